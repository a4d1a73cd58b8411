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
    Bonnyrigg, cafe owner'); "" otherwise."""
    line = text.rfind("\n", 0, at) + 1
    if line == 0 or not text.startswith(DOUBLE_OPENING, line):
        return ""
    above = text.rfind("\n", 0, line - 1) + 1
    name_line = text[above : line - 1]
    if not name_line.strip() or any(m in name_line for m in DOUBLE_OPENING) or name_line.rstrip().endswith((".", ":", "?", "!")):
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
