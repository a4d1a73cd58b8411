"""Find the quotations in an article: passages a speaker is quoted as saying.

A pure function over text and code-point offsets, with no I/O.  ``idlibsite
check`` uses it to report how many quotations of each source are covered by
a statement, and ``suggest`` to propose statements.

How marks are read, one range (a body paragraph) at a time:

- Curly double marks say which way they face: ``“`` opens, ``”`` closes.
  Their spacing is not trusted (001 has ``flow of“ hundreds of thousands ”of``),
  and a ``“`` inside an open quotation opens a nested one.
- A straight ``"`` closes the innermost open straight ``"``; otherwise it opens.
- Single marks (``‘ ’ '``) only nest inside a double-quoted passage: at the top
  level they are far more often apostrophes (``Ankara’s``, ``It's``) than
  quotations, and no article in the corpus quotes with them.  A ``’`` or
  ``'`` between two letters is always an apostrophe.
- A double quotation closed by a single mark (003: ``"The camps ...
  healthcare,' said Mohanned Othman``) is closed there when the single mark
  follows punctuation, precedes a space, and the double marks left in the
  range cannot close it.
- A quotation still open at the end of its range runs to the end of the
  range (news style opens every paragraph of a long quotation and closes
  only the last); it is returned with ``closed=False``.
- Only top-level quotations are returned: a nested one (``‘regime’``) is part
  of the quotation around it.  Quotations shorter than :data:`MIN_WORDS`
  words are scare quotes or terms, not statements, and are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

MIN_WORDS = 2
"""Fewest words a quotation must have.  One word in quotation marks is a scare
quote or a term (‘violate’, ‘regime’, "terrorist"), not something a speaker is
recorded as saying; two words already carry a claim ("war crimes", "about a
million" has three).  A word is a whitespace-separated token with at least one
letter or digit, so "worst-case scenario." counts two."""

OPENERS = "“«"
"""Double marks that can only open a quotation."""

CLOSERS = "”»"
"""Double marks that can only close a quotation."""

STRAIGHT = '"'
"""The straight double mark: its direction comes from what is open."""

SINGLE_OPENERS = "‘'"
"""Marks that open a nested quotation (a straight ' only where a word starts)."""

SINGLE_CLOSERS = "’'"
"""Marks that close a nested quotation, or a double one they mismatch."""

CLAUSE_END = ",.;:!?…"
"""Punctuation that ends the quoted words just before a mismatched closing mark."""

WORD_START_AFTER = ' \t\r\n([{"“«—–-/'
"""Characters after which a straight ' starts a word (so it may open a quote)."""


@dataclass(frozen=True)
class Quotation:
    """One quoted passage: the words inside the marks, as offsets into the text."""

    start: int  # code-point offset of the first quoted character (marks excluded)
    end: int  # offset just past the last quoted character (marks excluded)
    text: str  # = the searched text[start:end]; leading and trailing spaces trimmed
    closed: bool = True  # False when no closing mark was found before the range end


@dataclass
class _Open:
    """A quotation mark waiting for its closing mark."""

    pos: int  # offset of the opening mark
    double: bool  # a double mark (“ « "), not a single one
    straight: bool  # the straight form (" or '), whose direction is guessed


_Closer = Callable[[int, int], None]  # close(stack index, position of the closing mark)


def find_quotations(text: str, ranges: Sequence[tuple[int, int]]) -> list[Quotation]:
    """Return the quotations of at least MIN_WORDS words in ``ranges``, in text order.

    ``ranges`` are (start, end) code-point offsets of the blocks to search
    (usually the body paragraphs).  A quotation never crosses a range
    boundary.  Raises ValueError for a range outside ``text``.
    """
    found: list[Quotation] = []
    for start, end in sorted(ranges):
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"range ({start}, {end}) is outside a text of length {len(text)}")
        found.extend(_in_range(text, start, end))
    return sorted(set(found), key=lambda q: (q.start, q.end))


def _in_range(text: str, start: int, end: int) -> list[Quotation]:
    found: list[Quotation] = []
    stack: list[_Open] = []  # the bottom entry, when there is one, is always double

    def close(index: int, pos: int) -> None:
        """Close stack[index] (and whatever is open inside it) with a mark at pos."""
        opened = stack[index]
        del stack[index:]
        if not stack:
            _keep(found, text, opened.pos + 1, pos, closed=True)

    for pos in range(start, end):
        ch = text[pos]
        if ch in OPENERS:
            stack.append(_Open(pos, double=True, straight=False))
        elif ch in CLOSERS:
            index = _innermost_double(stack)
            if index is not None:
                close(index, pos)
        elif ch == STRAIGHT:
            index = _innermost_double(stack)
            if index is not None and stack[index].straight:
                close(index, pos)
            else:
                stack.append(_Open(pos, double=True, straight=True))
        elif ch in SINGLE_OPENERS or ch in SINGLE_CLOSERS:
            _single(text, pos, start, end, stack, close)
    if stack:  # runs on to the end of the range
        _keep(found, text, stack[0].pos + 1, end, closed=False)
    return found


def _single(text: str, pos: int, start: int, end: int, stack: list[_Open], close: _Closer) -> None:
    """Handle a single mark: nested open or close, mismatched close, or apostrophe."""
    ch = text[pos]
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return  # apostrophe inside a word: Ankara’s, It's
    if not stack:
        return  # top-level single marks are not quotations (see module docstring)
    top = stack[-1]
    if ch in SINGLE_CLOSERS:
        closes_nested = not top.double and not before.isspace()
        closes_double = top.double and _mismatched_close(text, pos, end, before, after)
        if closes_nested or closes_double:
            close(len(stack) - 1, pos)
            return
    if ch == "‘" or (ch == "'" and before in WORD_START_AFTER and not after.isspace()):
        stack.append(_Open(pos, double=False, straight=ch == "'"))


def _mismatched_close(text: str, pos: int, end: int, before: str, after: str) -> bool:
    """True when a single mark at pos closes the open double quotation."""
    if before not in CLAUSE_END or not after.isspace():
        return False
    rest = text[pos + 1 : end]
    # The double marks left must pair among themselves, or one of them closes it.
    balanced_straight = rest.count(STRAIGHT) % 2 == 0
    balanced_curly = sum(rest.count(c) for c in CLOSERS) <= sum(rest.count(c) for c in OPENERS)
    return balanced_straight and balanced_curly


def _innermost_double(stack: list[_Open]) -> int | None:
    """Index of the innermost open double mark, None when there is none."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].double:
            return index
    return None


def _keep(found: list[Quotation], text: str, start: int, end: int, closed: bool) -> None:
    """Trim spaces and add text[start:end] when it has at least MIN_WORDS words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if word_count(text[start:end]) >= MIN_WORDS:
        found.append(Quotation(start, end, text[start:end], closed))


def word_count(passage: str) -> int:
    """Whitespace-separated tokens holding at least one letter or digit."""
    return sum(1 for token in passage.split() if any(c.isalnum() for c in token))
