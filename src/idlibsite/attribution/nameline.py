"""The name line a vox pop or a "what they said" roundup sets over each quotation (pure): 'Jan Egeland, Norwegian
Refugee Council' on its own line, the speaker's quotation on the next line of the same block, with no clause of its
own.  The quotation is the named person's (LABELS rule 10: the line before is about them), not the turn or the speaker
of the page's paragraph before (a "STREET TALK:" kicker, the last speaker named)."""

from __future__ import annotations

import re

from idlibsite.sources.quotations import DOUBLE_OPENING

_NAME = re.compile(r"(?:[A-Z][\w’'.-]+|al-\w+|bin|ibn|de|van|von)(?:\s+(?:[A-Z][\w’'.-]+|al-\w+|bin|ibn|de|van|von)){0,3}")
"""A name of one to four capitalised words (particles allowed): the first field of a name line."""


def name_over(text: str, at: int) -> str:
    """The name on the line just above the line that holds ``at``, when that line opens with a quotation mark and the
    one above is a name line: it opens its block (a blank line or the text's start before it), holds no quotation mark
    and ends with no sentence's or label's stop, and its first comma-separated field is a name ('Georges Hanna, 58,
    Bonnyrigg, cafe owner'); or else, when the quotation opens a paragraph of its own, the name of the paragraph above
    it that is one such name line (:func:`_name_paragraph_over`); "" otherwise."""
    line = text.rfind("\n", 0, at) + 1
    if line == 0 or not text.startswith(DOUBLE_OPENING, line):
        return ""
    above = text.rfind("\n", 0, line - 1) + 1
    name_line = text[above : line - 1]
    if not name_line.strip():
        return _name_paragraph_over(text, line)
    if any(m in name_line for m in DOUBLE_OPENING) or name_line.rstrip().endswith((".", ":", "?", "!")):
        return ""
    if above > 0 and text[text.rfind("\n", 0, above - 1) + 1 : above - 1].strip():
        return ""  # the line above is no block's first: a paragraph's last line, not a name line
    head = name_line.split(",")[0].strip()
    return head if _NAME.fullmatch(head) else ""


_FIRST_QUESTION = re.compile(r"(?m)^[^\S\n]*(?:\*\*)?(?:Q|QUESTION|Question)(?:\*\*)?[^\S\n]*[:.][^\S\n]")
"""The first question of a Q&A tagged "Q:" ("Q. ", "**Q:**")."""


def boxed_guest(text: str) -> str:
    """The guest of a Q&A box whose name line heads its questions ("60 SECONDS WITH ¶ Rana Aziz, settlement caseworker,
    Fairfield ¶ Q: ... ¶ A: ..."): the name that opens the paragraph right before the first "Q:", when that paragraph is
    one line of a name and its description, with no stop; "" otherwise."""
    first = _FIRST_QUESTION.search(text)
    if first is None:
        return ""
    before = text[: first.start()].rstrip()
    line = before[before.rfind("\n") + 1 :].strip()
    if "," not in line or any(m in line for m in DOUBLE_OPENING) or line.endswith((".", ":", "?", "!")) or before[: -len(line)].rstrip(" ")[-1:] not in ("\n", ""):
        return ""
    head = line.split(",")[0].strip()
    return head if _NAME.fullmatch(head) and len(head.split()) >= 2 else ""


_BLOCK = re.compile(r"\n[^\S\n]*\n")
_WHOLE_QUOTATION = re.compile(r"[^\S\n]*[\"“«„][^\n]*[\"”»][^\S\n]*")
"""A paragraph of one line that is a quotation, marks around the whole of it."""
_NAME_PARAGRAPH = re.compile(r"[^\S\n]*(?:\*\*)?(?P<name>[^*|,\n]+?)(?:\*\*)?(?:[^\S\n]*(?P<role>[|,][^\n]+))?[^\S\n]*")
"""A paragraph of one line that names who speaks below it: the name, maybe in bold ("**Omar Sabbagh**"), maybe its role
after a vertical bar or a comma ("Rachel Osei | Senior Fellow")."""


def _name_paragraph_over(text: str, line: int) -> str:
    """The speaker a "selected quotes" list names over the quotation paragraph that starts at ``line``: the nearest
    paragraph above that is no whole quotation, when it is one line of a name of two words or more (maybe in bold, maybe
    with its role after a bar or a comma) and every paragraph between is a whole quotation (the same speaker's next
    quotations); the name only when the line gives a role or the page writes the name elsewhere too (its list of
    speakers), so that a section's heading in capitals ("Key Takeaways") names nobody, and never the page's first line
    (its masthead) nor over a quotation with a tag of its own after it; "" otherwise."""
    own_end = text.find("\n", line)
    if not _WHOLE_QUOTATION.fullmatch(text, line, own_end if own_end >= 0 else len(text)):
        return ""  # a quotation with its own tag after it ('"..." – Foreign Affairs Ministry'): the tag's
    end = line
    while True:
        blanks = list(_BLOCK.finditer(text, 0, end))
        if not blanks or blanks[-1].end() != end:
            return ""
        start = blanks[-2].end() if len(blanks) > 1 else 0
        paragraph = text[start : blanks[-1].start()]
        if "\n" in paragraph.strip():
            return ""
        if not _WHOLE_QUOTATION.fullmatch(paragraph):
            break
        end = start
    named = _NAME_PARAGRAPH.fullmatch(paragraph)
    if named is None or start == 0 or any(m in paragraph for m in DOUBLE_OPENING) or paragraph.rstrip().endswith((".", ":", "?", "!")):
        return ""
    name = named.group("name").strip()
    if not _NAME.fullmatch(name) or len(name.split()) < 2:
        return ""
    return name if named.group("role") or text.count(name) > 1 else ""
