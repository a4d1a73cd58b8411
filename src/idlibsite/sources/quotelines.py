"""A quotations page: each quotation a line of its own, without marks, its author or its source on the line under it
(pure).

A quotations wiki prints a person's page as bullets of the subject's words, the source of each on the line under it
("Interview with CNN Türk, 20 February 2020."), and its "Quotes about" section with each speaker on that line instead
("Name, interview with ..., 3 March 2020.", "~ Name"); a quotations site prints a topic's page as quotations each over
its author's name ("Name" alone, "Dr. Name, a surgeon in Idlib"). Copied as text, the bullets and their marks are
gone: the quotation is a plain sentence with no speech verb, so no passage, and the author's line a fragment.  A
page is read so when at least :data:`MIN_ENTRIES` of its paragraphs are such a quotation over such a line:

- a quotation: a paragraph of a sentence or more (at least four words, ending with a stop), no quotation marks
  but at its ends, no speech verb unless its first sentence speaks in the first person (a line that reports another is read as any sentence);
- its line: under it, the paragraph's last line or the next paragraph, with no name line above the quotation (a
  page of quotations under their speakers' names, "Name, title" over the words, is read by other layouts), and no
  paragraph of words under the line that no line of its own attributes (the line would head them, an expert's name
  over the answer); a name line ("~ Name", "— Name, source", or
  two to five capitalised words alone or before a comma, a title before them no part of the name; no colon, no
  quotation marks, no article opening it, :data:`MAX_LINE` characters at most) gives the quotation's author; a source line (a date or a year in it, an occasion of speech, no speech verb: "Speech to troops ..., 12
  February 2020.") gives the page's subject, the person the page's title names, the quotation being under no section that
  doubts it or is about the subject ("Disputed", "Misattributed", "Quotes about ...": LABELS round 106, a disputed
  quotation is nobody's).

A doubted quotation is nobody's (its section's heading for a name, titled :data:`.asides.READER`, as a comment under a
nickname).  Each quotation is then the author's words (:func:`quoted_lines`, read as an embedded post's, LABELS "Embedded posts":
marks or not); the author's or source line is no passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.asides import READER
from idlibsite.sources.speech import speech_verbs
from idlibsite.sources.views import CAPITAL

MIN_ENTRIES = 2
MAX_LINE = 120
"""The longest author's or source's line: a longer one is a sentence of the page."""
_NAME = (rf"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Gen|Col)\.?[^\S\n]+)?(?P<name>[{CAPITAL}][\w’'.-]*(?:[^\S\n]+(?:(?:al|el|bin|ibn|van|von|de|der|la)[^\S\n]+)?"
         rf"[{CAPITAL}][\w’'.-]*){{1,4}})")
_NAME_LINE = re.compile(rf"[^\S\n]*(?:[~—–―][^\S\n]*)?{_NAME}[^\S\n]*(?:,[^\n]*|\([^\n]*)?")
"""An author's line: a tilde or a dash maybe, the name, and after a comma or a bracket what it tells of the source."""
_DASHED = re.compile(r"[^\S\n]*[~—–―]")
_SOURCE_LINE = re.compile(r"[^\S\n]*[A-Z][^\n]{0,200}?\b(?:1[89]|20)\d\d\b[^\n]{0,200}")
"""A source's line: a capital, a year in it ("Speech to troops at the border, Hatay, 12 February 2020.")."""
_OCCASION = re.compile(r"(?i)\b(?:interview\w*|speech|remarks|statement|address|conference|briefing|quoted|told|letter|tweet\w*|post"
                       r"|debate|television|radio|rally|meeting|summit|session|parliament|assembly|message|press|article|op-ed|column"
                       r"|book|broadcast|podcast|hearing|visit)\b")
"""A source line's words of an occasion of speech ("Interview with ...", "Speech to troops", "as quoted in"): a list of
facts each over its agency and date ("Reuters, 2 March 2020.") is no page of quotations."""
_QUOTATION = re.compile(r"[^\S\n]*[\"“‘']?[A-Z][^\n]*?\S+(?:[^\S\n]+\S+){3,}[.!?…][\"”’']?[^\S\n]*(?:\n[^\S\n]*[A-Z][^\n]*[.!?…][\"”’']?[^\S\n]*)*")
"""A quotation: a sentence or more, four words at least, ending with a stop (a closing mark after it maybe)."""
_DOUBTED = re.compile(r"(?im)^[^\S\n]*(?P<section>disputed|misattributed|attributed|unsourced|doubtful|dubious|quotes? about[^\n]*|about[^\n]*)"
                      r"(?:\[edit(?: source)?\])?[^\S\n]*$")
_SECTION = re.compile(r"(?m)^[^\S\n]*(?P<section>[^\n]{1,60}?)\[edit(?: source)?\][^\S\n]*$")
"""A wiki's section heading with its edit link run on ("Disputed[edit]", "2020[edit]")."""
_OWN = re.compile(r"[\"“‘']?(?:I|We|Our|My)\b")
"""A quotation in the first person, whose speech verb is the speaker's own ("We have informed the Russian side ..."):
still a quotation, not a line reporting another's words."""
_SUBJECT = re.compile(rf"[^\S\n]*{_NAME}[^\S\n]*")


def first_sentence(words: str) -> str:
    """The words up to the first stop that ends a sentence: where a compiled line's speech verb would tell a report."""
    return re.split(r"(?<=[.!?])\s+", words.strip(), maxsplit=1)[0]


def _author(line: str) -> str | None:
    """The author a line under a quotation names, "" for a source line that names none, None for neither."""
    if speech_verbs(line):
        return None  # a note ("the words were said by ..."), read as any sentence
    name = _NAME_LINE.fullmatch(line)
    if (name and not re.match(r"(?:The|A|An)\b", name.group("name")) and len(line.strip()) <= MAX_LINE
            and not re.search(r"[:\"“”]", line)):  # no sentence, no tag over words ("Name (Body): "..."")
        return name.group("name").rstrip(".")
    return "" if _SOURCE_LINE.fullmatch(line) and _OCCASION.search(line) else None


def _section(text: str, start: int) -> str:
    """The heading of the wiki section ``start`` is in ("" when none): the last "...[edit]" line above it."""
    found = [m.group("section") for m in _SECTION.finditer(text, 0, start)]
    return found[-1] if found else ""


def _subject(text: str) -> str:
    """The person a quotations page is about: its title, when it is a name of two to five capitalised words."""
    title = text.split("\n", 1)[0]
    m = _SUBJECT.fullmatch(title)
    return m.group("name") if m and not re.search(r"(?i)\bquot", title) and not title.isupper() else ""


def _named_above(text: str, ordered: Sequence[tuple[int, int]], start: int) -> bool:
    """True when a name line is just above the quotation at ``start`` (the line before it, or the paragraph before it):
    a page of quotations under their speakers' names ("Name, title" over the words), whose line under a quotation is
    the next speaker's, read by the layouts of boxes and highlights, not by this one."""
    line = text.rfind("\n", 0, max(start - 1, 0))
    above = text[line + 1 : start].strip()
    if not above:
        above = next((text[s:e] for s, e in reversed(ordered) if e <= start and text.count("\n", e, start) <= 2), "")
    return bool(above) and bool(_author(above.strip())) and _QUOTATION.fullmatch(above.strip()) is None


def quoted_lines(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[int, int, str, str]]:
    """The quotations of a quotations page (see the module's docstring), by the start of their paragraph: where the
    words start and end, the author's name, and no title; the author's lines themselves, with no words; {} when fewer
    than :data:`MIN_ENTRIES` quotations have an author's or a source's line under them."""
    ordered = sorted(ranges)
    subject = _subject(text)
    pairs = [((start, end), (under, under_end)) for (start, end), (under, under_end) in zip(ordered, ordered[1:])]
    pairs += [((start, line), (line + 1, end)) for start, end in ordered  # the author's line the range's last
              for line in [text.rfind("\n", start, end)] if line > start]
    found = []
    for (start, end), (under, under_end) in pairs:
        first = first_sentence(text[start:end])
        inner = text[start:end].strip()[1:-2]
        if re.search(r"[\"“”«»]", inner):
            continue  # marks inside the words: a sentence that quotes someone, read as any sentence
        if (text[end:under].count("\n") > 2 or not _QUOTATION.fullmatch(text, start, end)
                or speech_verbs(text[start:end]) and not _OWN.match(first)):
            continue
        author = _author(text[under:under_end])
        if author is not None and (author or subject) and not _named_above(text, ordered, start):
            found.append((start, end, under, under_end, author))
    quoted = {start for start, *_ in found}
    entries: dict[int, tuple[int, int, str, str]] = {}
    for start, end, under, under_end, author in found:
        if _heads_words(text, ordered, under_end, quoted):
            continue  # the name line heads the paragraph under it: a section's speaker, read by other layouts
        doubted = not author and _DOUBTED.fullmatch(_section(text, start))  # a disputed quotation, or one about the subject
        entries[start] = (start, end, author or (_section(text, start) if doubted else subject), READER if doubted else "")
        if under > end + 1:  # the author's line a paragraph of its own: no words
            entries[under] = (under, under, "", "")
    return entries if sum(1 for s, e, _, _ in entries.values() if e > s) >= MIN_ENTRIES else {}


def _heads_words(text: str, ordered: Sequence[tuple[int, int]], line_end: int, quoted: set[int]) -> bool:
    """True when the paragraph just under an author's line (ending at ``line_end``) is words that no line of their own
    attributes, two words in lowercase or more ("Senior hydrologist at the River Institute", "The dams will hold."): the
    name line is then a heading over them (an expert's answer under the name), not the signature of the words above."""
    nxt = next(((s, e) for s, e in ordered if s > line_end and text.count("\n", line_end, s) <= 2), None)
    return nxt is not None and nxt[0] not in quoted and len(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", text[nxt[0] : nxt[1]])) >= 2
