"""Hard-wrapped text cut into paragraphs, and the shape of a headline line (pure; no I/O).

Text copied from e-mail, terminals or PDF keeps its line breaks inside paragraphs.  Where a break
ends a paragraph is read from the width the text was wrapped at: the next word would have fitted
on the line, and the line ends a sentence or is a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

from idlibsite.sources.agencies import AGENCY
from idlibsite.sources.highlight import sentence_ends
from idlibsite.sources.paged import caps_continued

# A heading is short and does not end like a sentence.
HEADING_MAX_WORDS = 10
SENTENCE_END = re.compile(r"[.!?…:;,\"”’')\]]$")
# Words left lowercase in Title Case headlines.
SMALL_WORDS = frozenset(
    "a an and as at but by for from in into is it's of on or over the to up via with".split()
)
# A headline: at least this share of its other words capitalised.
TITLE_CASE_SHARE = 0.75
# A one-line headline at the top is at most this long.
HEADLINE_MAX_WORDS = 25

# Hard-wrapped text (e-mail, terminals, PDF copies) is at most this wide; a wider line
# is a whole paragraph on one line.
WRAP_MAX = 100
# A paragraph opening with an agency dateline: "MOSCOW (UrduPoint News / Sputnik - …", "ANKARA (Reuters) -"
AGENCY_DATELINE = re.compile(rf"[A-Z]{{3,}}[A-Z .'-]*(,[\w ]{{0,20}})? \(({AGENCY}|[\w .]+ / [\w .]+ -)")
# Lines continued in lowercase needed to trust them for the wrap width.
WRAPPED_EVIDENCE = 3
# A line ending a sentence ends a paragraph when the next word would have fitted.
PARAGRAPH_END = re.compile(r"[.!?…\"”’')\]]$")
# A sentence's stop, then any closing quotation marks or brackets: a line or an item that ends a sentence written out
# (unlike PARAGRAPH_END, a closing mark alone is not enough: "(Photo: Reuters)" ends no sentence).
STOP_END = re.compile(r"[.!?…][\"”’')\]]*$")
# A line without a sentence end shorter than this share of the width is a heading line.
HEADING_SHARE = 0.6
# A judgment's or a decision's paragraph number in brackets opening a line, or a United Nations document's number and the
# gap its tab left ("[6] The United Nations Office for the Coordination of Humanitarian" over "Affairs reported ...",
# "7.    The ..."): a paragraph's first line, never a heading, however many capitalised words of a name its hard wrap
# leaves on it (a numbered heading has one space: "2. Background").
BRACKETED_NUMBER = re.compile(r"\[\d{1,3}\][^\S\n]|\d{1,3}\.[^\S\n]{2,}")


def reflow(text: str, run: Sequence[tuple[int, int]], top: bool) -> list[list[tuple[int, int]]]:
    """A run of lines with no blank line between them, cut into paragraphs.

    A line break ends a paragraph when the text is not hard-wrapped (a line is
    wider than WRAP_MAX: one line per paragraph), or when the next line's first
    word would have fitted on this line, so a wrapping editor would have put it
    there, and this line ends a sentence (or is a short or Title Case heading line, but
    not the first half of a wrapped Title Case headline), or when the next line opens with an agency dateline.  At the ``top`` of the file, a first line
    that does not end a sentence is a headline above the first paragraph, unless a sentence
    ends inside it and the next word would not have fitted (a sentence running on).  A Title
    Case line that is full, no wider than the wrap and long or not wholly capitalised is a
    wrapped line of names, not a heading.  A next line that starts in lowercase always
    continues the sentence.
    """
    if not run:
        return []
    width = _wrap_width(text, run)
    out = [[run[0]]]
    short: bool | None = None  # whether the run's paragraphs are one sentence each; read when needed
    for (s0, e0), (s1, e1) in zip(run, run[1:]):
        line, nxt = text[s0:e0].strip(), text[s1:e1].strip()
        fits = len(text[s0:e0].rstrip()) + 1 + len(nxt.split()[0]) <= width
        starts = opens_sentence(nxt)
        first = top and (s0, e0) == run[0]
        wrapped_title = first and is_title_case(line) and is_title_case(nxt)  # a headline in two lines
        ends = bool(PARAGRAPH_END.search(line)) or not wrapped_title and (
            (len(line) <= width * HEADING_SHARE and not SENTENCE_END.search(line))
            or is_title_case(line) and not BRACKETED_NUMBER.match(line))
        headline = first and len(line.split()) <= HEADLINE_MAX_WORDS and not SENTENCE_END.search(line) \
            and not wrapped_title and (fits or len(sentence_ends(line)) == 1)  # else a sentence runs on
        heading = not wrapped_title and is_title_case(line) and not AGENCY_DATELINE.match(line) and not BRACKETED_NUMBER.match(line) \
            and (first or fits or len(line) > width or len(line.split()) <= HEADING_MAX_WORDS
                 and is_title_case(line, 1.0))  # else a wrapped line that happens to be full of names
        if not fits and starts and width <= WRAP_MAX and PARAGRAPH_END.search(line):
            if short is None:
                short = _one_sentence_paragraphs(text, run, width)
            fits = short  # a nearly full line ends a sentence: a paragraph end if that is the run's habit
        one_per_line = width > WRAP_MAX and not (wrapped_title and caps_continued(line, nxt))
        if starts and (one_per_line or (fits and ends) or headline or heading or AGENCY_DATELINE.match(nxt)):
            out.append([(s1, e1)])
        else:
            out[-1].append((s1, e1))
    return out


def opens_sentence(line: str, quoted: bool = True) -> bool:
    """Whether ``line`` may open a sentence: a capital, a digit, an opening quote or bracket (when ``quoted``), or a
    letter of a script without case (Arabic, Hebrew, Chinese: no line of theirs continues "in lowercase")."""
    first = line[:1]
    return first.isupper() or first.isdigit() or (quoted and first in "\"“‘'«([") \
        or (first.isalpha() and first.lower() == first.upper())


def _one_sentence_paragraphs(text: str, run: Sequence[tuple[int, int]], width: int) -> bool:
    """Whether the hard-wrapped paragraphs of ``run`` end after their first sentence more often than not.

    A nearly full line that ends a sentence is ambiguous: the next word would not have fitted
    whether or not a paragraph ended there.  The rest of the run tells which is more likely.
    Sentence ends inside a line are inside a paragraph; a sentence-ending line that the next
    word would have fitted ends one.  Both kinds land on a full line about equally often, so
    the more frequent kind in the unambiguous places is the better reading of the ambiguous
    ones (wire copy: paragraphs of one sentence; long-form: several).
    """
    lines = [text[s:e].strip() for s, e in run]
    line_starts = set(accumulate(len(line) + 1 for line in lines[:-1]))  # in the lines joined by spaces
    inside = sum(end not in line_starts for end in sentence_ends(" ".join(lines))[:-1])
    ending = sum(
        bool(PARAGRAPH_END.search(line)) and opens_sentence(nxt, quoted=False)
        and len(text[s:e].rstrip()) + 1 + len(nxt.split()[0]) <= width
        for line, nxt, (s, e) in zip(lines, lines[1:], run)
    )
    return ending > inside


def _wrap_width(text: str, run: Sequence[tuple[int, int]]) -> int:
    """The width a run was wrapped at: the longest line that a lowercase line continues (surely
    wrapped), when there are a few; else the longest line (a headline may be wider)."""
    lengths = [len(text[s:e].rstrip()) for s, e in run]
    wrapped = [n for n, (s, _) in zip(lengths, run[1:]) if text[s:s + 1].islower()]
    return max(wrapped) if len(wrapped) >= WRAPPED_EVIDENCE else max(lengths)


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_title_case(line: str, share: float = TITLE_CASE_SHARE) -> bool:
    if SENTENCE_END.search(line.strip()):
        return False  # first: most lines asked end a sentence, and then their words need not be found
    words = _TITLE_WORD.findall(line)
    if len(words) < 2:
        return False
    big = [w for w in words[1:] if w.lower() not in SMALL_WORDS]
    return words[0][0].isupper() and (
        not big or sum(w[0].isupper() for w in big) / len(big) >= share
    )
