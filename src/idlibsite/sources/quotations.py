"""Find the quotations in an article: passages a speaker is quoted as saying.

A pure function over text and code-point offsets, with no I/O.  ``idlibsite
check`` uses it to report how many quotations of each source are covered by
a statement, and ``suggest`` to propose statements.

How marks are read, one range (a body paragraph) at a time:

- Curly double marks say which way they face: ``“`` opens, ``”`` closes.
  Their spacing is not trusted (001 has ``flow of“ hundreds of thousands ”of``),
  and a ``“`` inside an open quotation opens a nested one.
- A straight ``"`` closes the innermost open straight ``"``; otherwise it opens.
- A ``”`` at a word's start with nothing open opens when another ``”`` follows in the range (Swedish and Finnish
  copy open and close with the same mark: ``”We cannot just stand by”``).
- The low mark ``„`` of German, Polish and Balkan copy only opens; a ``“``, a ``”``
  or a straight ``"`` closes it (``„2015 must not repeat itself"``, a translation
  that kept the opening mark).  So do two commas at a word's start, Dutch copy's
  ``,,`` for it (``,,He always said ...”, says his wife``).
- Single marks (``‘ ’ '``) only nest inside a double-quoted passage: at the top
  level they are far more often apostrophes (``Ankara’s``, ``It's``) than
  quotations, and no article in the corpus quotes with them.  A ``’`` or
  ``'`` between two letters is always an apostrophe.
- A paragraph or deck that opens with words in single marks closed after a comma or a
  stop, a capitalised word after them (``'We will not leave,' Akar tells reporters``),
  quotes them: headline style quotes with single marks.  So do words in single marks
  that open a sentence or follow a colon or a comma outside any quotation, closed after a
  comma or a stop at a space or the range's end (British copy quoting with single marks
  throughout: ``'...,' Mr Dogan said. 'Our soldiers are being treated.'``).
- A headline (a range of one line that ends with no stop, :func:`headline_quotations`) quotes with single marks anywhere
  (``SA 'deeply concerned' about ...``, ``‘I count the hours’: Toronto Syrians ...``, ``...: 'I hear my kids' cousins
  crying'``): a mark at a word's start opens, and the last mark at a word's end before the next opening one closes,
  so an apostrophe inside a word (``Syria's``) or a plural's before the closing mark (``kids' cousins``) is none.
- A double quotation closed by a single mark (003: ``"The camps ...
  healthcare,' said Mohanned Othman``) is closed there when the single mark
  follows punctuation, precedes a space, and the double marks left in the
  range cannot close it.
- A quotation still open at the end of its range runs to the end of the
  range (news style opens every paragraph of a long quotation and closes
  only the last); it is returned with ``closed=False``.  When the ranges after
  it have no mark at all, up to a range whose one mark closes (a letter that
  "reads:" over paragraphs, opened once and closed once), each of them is a
  quotation too, the last one up to its closing mark.
- Only top-level quotations are returned: a nested one (``‘regime’``) is part
  of the quotation around it.  Quotations shorter than :data:`MIN_WORDS`
  words are scare quotes or terms, not statements, and are dropped.
"""

from __future__ import annotations

import re
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

LOW_OPENER = "„"
"""The low double mark („) of German, Polish and Balkan copy: it only opens, and a "“", a "”" or a straight mark closes it."""

DOUBLE_OPENING = tuple(STRAIGHT + OPENERS + LOW_OPENER)
"""Every double mark that can open a quotation: what a paragraph of a quotation run, or one under a name line, starts
with (single marks are too often apostrophes to count)."""

SINGLE_OPENERS = "‘'"
"""Marks that open a nested quotation (a straight ' only where a word starts)."""

SINGLE_CLOSERS = "’'"
"""Marks that close a nested quotation, or a double one they mismatch."""

LOW_SINGLE = "‚"
"""The low single mark (‚, never a comma nor an apostrophe) of German copy: it opens a quotation that a "‘" closes, or a
"’" at a word's end ("Russia was fighting ‚terrorists, not Turks‘"), nested or not (LABELS Round 54); nested, any single
closing mark closes it, a straight one too (a translation's „... ‚We are fighting terrorists.' For the people ...“)."""
_LOW_SINGLE = re.compile(r"‚(?P<words>[^‚‘\n\"“”„]+?)(?:‘|’(?!\w))")

LOW_COMMAS = r"(?:(?<=^,)|(?<=[\s(\[:—–],))(?<!,,,),(?=[^\s,])"
"""Two commas at a word's start written for the low mark „ (Dutch copy typed without it: ",,He always said ...”"): the
second is read as the low mark, which only opens."""
_MARKS = re.compile("[" + re.escape(OPENERS + LOW_OPENER + CLOSERS + STRAIGHT + SINGLE_OPENERS + SINGLE_CLOSERS + LOW_SINGLE) + "]|" + LOW_COMMAS, re.M)

_OUTSIDE = r"(?:[,.!?…](?=[’'])|(?<=[\w)])(?=[’'][,.][^\S\n]))"
"""The end of words in single marks: a comma or a stop inside the closing mark (English style), or the last word's end when
the comma or stop stands after it (continental style: "‘Assad's planes must stay on the ground’, Blok said"), read so in
a body's paragraph only: a headline's "'We will respond', says X" is :func:`headline_quotations`' (:func:`_continental`)."""


def _continental(m: re.Match[str]) -> bool:
    """True when words in single marks end with no comma or stop inside the closing mark (:data:`_OUTSIDE`'s second form)."""
    return m.string[m.end("words") - 1] not in ",.!?…"
_SINGLE_DECK = re.compile(rf"[^\S\n]*[‘'](?P<words>[^‘’'\n\"“”]+?(?:[’'](?=\w)[^‘’'\n\"“”]*?)*{_OUTSIDE})[’'][,.]?"
                          r"(?:[^\S\n]+(?=[A-Z]|(?:he|she|they|it|we)\s|[a-z]+[^\S\n]+(?:[A-Z]|(?:the|a|an|his|her|its|their)\s))|[^\S\n]*$)")
"""Words in single marks that open a range, a comma or a stop before the closing mark or after it (:data:`_OUTSIDE`), and after it the speaker (a
capitalised word or a pronoun, or a verb before them: "said Tom Hale", "added the minister") or the range's end: a deck
or headline's quotation ("'We will not leave,' Akar tells reporters"), a quotation whose speaker follows it, a
paragraph all in single marks (British copy's quotation in a paragraph of its own); an apostrophe inside a word
("Ankara's") does not close it."""

_SINGLE_LATER = re.compile(rf"(?<=[.!?…:,][^\S\n])[‘'](?P<words>[^‘’'\n\"“”\s][^‘’'\n\"“”]*?(?:[’'](?=\w)[^‘’'\n\"“”]*?)*{_OUTSIDE})[’'](?=[,.]?(?:\s|$))")
"""Words in single marks after a sentence's end, a colon or a comma, a comma or a stop before the closing mark and a space
or the range's end after it: a quotation in single marks that goes on after its speech clause ("... said. 'We will
stay.'"); an apostrophe inside a word ("Ankara's") does not close it, and a plural's ("soldiers' lives") makes no match."""

CLAUSE_END = ",.;:!?…"
"""Punctuation that ends the quoted words just before a mismatched closing mark."""

WORD_START_AFTER = ' \t\r\n([{"“«—–-/'
"""Characters after which a straight ' starts a word (so it may open a quote)."""


@dataclass(frozen=True, slots=True)
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
    low: bool = False  # the low mark „, which “ and a straight " close as well as ”


class _Stack:
    """The open marks, innermost last, with the positions of the double ones: finding the
    innermost double mark costs nothing, however many single marks are open above it."""

    def __init__(self) -> None:
        self.marks: list[_Open] = []  # the bottom entry, when there is one, is always double
        self.doubles: list[int] = []  # indices into marks of the double ones, in order

    def push(self, mark: _Open) -> None:
        if mark.double:
            self.doubles.append(len(self.marks))
        self.marks.append(mark)

    def innermost_double(self) -> int | None:
        """Index of the innermost open double mark, None when there is none."""
        return self.doubles[-1] if self.doubles else None

    def pop_from(self, index: int) -> _Open:
        """Remove marks[index] and everything open inside it; the mark at index."""
        opened = self.marks[index]
        del self.marks[index:]
        while self.doubles and self.doubles[-1] >= index:
            self.doubles.pop()
        return opened


@dataclass
class _Rest:
    """How many double marks of each kind lie after the current position, up to the range end."""

    straight: int
    closers: int
    openers: int

    def passed(self, ch: str) -> None:
        """The scan has moved past ``ch``."""
        self.straight -= ch == STRAIGHT
        self.closers -= ch in CLOSERS
        self.openers -= ch in OPENERS


_Closer = Callable[[int, int], None]  # close(stack index, position of the closing mark)


def find_quotations(text: str, ranges: Sequence[tuple[int, int]]) -> list[Quotation]:
    """Return the quotations of at least MIN_WORDS words in ``ranges``, in text order.

    ``ranges`` are (start, end) code-point offsets of the blocks to search
    (usually the body paragraphs).  A quotation never crosses a range
    boundary.  Raises ValueError for a range outside ``text``.  Time is
    linear in the length of the ranges.
    """
    found: list[Quotation] = []
    unmarked: list[tuple[int, int]] | None = None  # the ranges with no mark since a quotation left open, if one was
    for start, end in sorted(ranges):
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"range ({start}, {end}) is outside a text of length {len(text)}")
        marks = list(_DOUBLE.finditer(text, start, end))
        if unmarked is not None and not marks and len(unmarked) < MAX_UNMARKED:
            unmarked.append((start, end))  # a paragraph of the letter quoted, no mark of its own
            continue
        if unmarked is not None and len(marks) == 1 and marks[0].group() in CLOSERS + STRAIGHT and text[marks[0].start() - 1 : marks[0].start()].strip():
            for at, to in unmarked:
                _keep(found, text, at, to, closed=True)
            _keep(found, text, start, marks[0].start(), closed=True)  # the lone mark that closes it at last
            unmarked = None
            continue
        for at, to in unmarked or []:
            found.extend(_in_range(text, at, to))  # never closed: read as they stand
        kept = _in_range(text, start, end)
        found.extend(kept)
        unmarked = [] if any(not q.closed and q.end == end for q in kept) else None
    for at, to in unmarked or []:
        found.extend(_in_range(text, at, to))
    return sorted(set(found), key=lambda q: (q.start, q.end))


MAX_UNMARKED = 6
"""The most paragraphs with no mark of their own that a quotation left open at a paragraph's end runs through before a
later paragraph's lone closing mark ends it (a letter "reads:" over paragraphs, opened once and closed once)."""


def _in_range(text: str, start: int, end: int) -> list[Quotation]:
    found: list[Quotation] = []
    stack = _Stack()
    rest = _Rest(text.count(STRAIGHT, start, end), sum(text.count(c, start, end) for c in CLOSERS),
                 sum(text.count(c, start, end) for c in OPENERS))

    def close(index: int, pos: int) -> None:
        """Close stack[index] (and whatever is open inside it) with a mark at pos."""
        opened = stack.pop_from(index)
        if not stack.marks:
            _keep(found, text, opened.pos + 1, pos, closed=True)

    headline = _headline_style(text, start, end)
    deck = _SINGLE_DECK.match(text, start, end)
    deck = None if deck and headline and _continental(deck) else deck
    if deck:  # "'We will not leave,' Akar tells reporters": a deck's quotation in single marks
        _keep(found, text, deck.start("words"), deck.end("words"), closed=True)
        rest = _Rest(text.count(STRAIGHT, deck.end(), end), sum(text.count(c, deck.end(), end) for c in CLOSERS),
                     sum(text.count(c, deck.end(), end) for c in OPENERS))
    skip = deck.end() if deck else start  # marks before it are inside a quotation in single marks, kept already
    for mark in _MARKS.finditer(text, skip, end):  # every other character changes nothing
        pos = mark.start()
        if pos < skip:
            continue
        ch = text[pos]
        rest.passed(ch)
        later = _SINGLE_LATER.match(text, pos, end) if not stack.marks and ch in SINGLE_OPENERS else None
        later = None if later and headline and _continental(later) else later
        if later:  # "... said. 'We will stay.'": a later quotation in single marks
            _keep(found, text, later.start("words"), later.end("words"), closed=True)
            skip = later.end()
            continue
        if ch == LOW_SINGLE:  # a top-level quotation in low single marks; inside a double one, a nested one it opens
            low = None if stack.marks else _LOW_SINGLE.match(text, pos, end)
            if low:
                _keep(found, text, low.start("words"), low.end("words"), closed=True)
                skip = low.end()
            elif stack.marks:  # „... ‚We are fighting terrorists.' For ...“: closed by the next single closing mark, not the double
                stack.push(_Open(pos, double=False, straight=False))
            continue
        if ch in OPENERS or ch in LOW_OPENER + ",":
            index = stack.innermost_double()
            if ch == "“" and index is not None and stack.marks[index].low:
                close(index, pos)  # „...“
            else:
                stack.push(_Open(pos, double=True, straight=False, low=ch in LOW_OPENER + ","))
        elif ch in CLOSERS:
            index = stack.innermost_double()
            if index is not None:
                close(index, pos)
            elif ch == "”" and rest.closers and _AT_WORD_START.match(text, pos):
                stack.push(_Open(pos, double=True, straight=False))  # Swedish and Finnish ”...”: it opens a word
        elif ch == STRAIGHT:
            index = stack.innermost_double()
            if index is not None and (stack.marks[index].straight or stack.marks[index].low):
                close(index, pos)
            else:
                stack.push(_Open(pos, double=True, straight=True))
        elif ch in SINGLE_OPENERS or ch in SINGLE_CLOSERS:
            _single(text, pos, start, end, stack, rest, close)
    if stack.marks:  # runs on to the end of the range
        _keep(found, text, stack.marks[0].pos + 1, end, closed=False)
    return found


_DOUBLE = re.compile("(?=[{0},])(?:[{0}]|{1})".format(re.escape(OPENERS + LOW_OPENER + CLOSERS + STRAIGHT), LOW_COMMAS), re.M)
"""A double mark, or two commas read as the low one: every match opens with a mark or a comma, looked for first (else
LOW_COMMAS' two look-behinds were tried at every letter of a paragraph; 0.06 s → 0.02 over 300 generated sources)."""
_AT_WORD_START = re.compile(r"(?:(?<=^)|(?<=[\s(\[:—–]))”(?=[^\W\d_])", re.M)
"""A right mark ” at a word's start with none open: the opening mark of Swedish and Finnish copy, which opens and closes
a quotation with the same mark ("beskrev läget som ”den värsta katastrofen”"), when another ” follows to close it."""
_SINGLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[:—–-]))[‘'](?=\w)|‘")
_SINGLE_CLOSING = re.compile(r"(?<=\S)[’'](?!\w)")


def _headline_style(text: str, start: int, end: int) -> bool:
    """True when the range is one line that ends with no stop, as a headline or a deck does ("SA 'deeply concerned'
    about Syria escalation", "KRCS chief: 'The need is beyond anything we have seen'")."""
    line = text[start:end].strip().rstrip("‘’'")
    return bool(line) and "\n" not in line and line[-1] not in ".!?…"


def headline_quotations(text: str, start: int, end: int) -> list[Quotation]:
    """The quotations in single marks of a headline with no double marks (:func:`_headline_style`), each from a mark at
    a word's start to the last mark at a word's end before the next one at a word's start.  They are words the headline
    quotes, not a clause of it: "Erdogan boasts 'we opened the doors'" still reports, in a clause of its own."""
    deck = _SINGLE_DECK.match(text, start, end)
    if not _headline_style(text, start, end) or _DOUBLE.search(text, start, end) or deck and not _continental(deck):
        return []
    openings = [m.start() for m in _SINGLE_OPENING.finditer(text[:end], start)]
    spans: list[tuple[int, int]] = []
    for at, following in zip(openings, [*openings[1:], end]):
        closing = [m.start() for m in _SINGLE_CLOSING.finditer(text, at + 1, following)]
        if closing and (not spans or at >= spans[-1][1]):
            spans.append((at + 1, closing[-1]))
    return [q for q in (_quoted(text, a, b) for a, b in spans) if q]


def _quoted(text: str, start: int, end: int) -> Quotation | None:
    """The quotation text[start:end] (spaces trimmed), None when it has fewer than MIN_WORDS words."""
    kept: list[Quotation] = []
    _keep(kept, text, start, end, closed=True)
    return kept[0] if kept else None


def _single(text: str, pos: int, start: int, end: int, stack: _Stack, rest: _Rest, close: _Closer) -> None:
    """Handle a single mark: nested open or close, mismatched close, or apostrophe."""
    ch = text[pos]
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return  # apostrophe inside a word: Ankara’s, It's
    if not stack.marks:
        return  # top-level single marks are not quotations (see module docstring)
    top = stack.marks[-1]
    if ch in SINGLE_CLOSERS:
        closes_nested = not top.double and not before.isspace()
        closes_double = top.double and _mismatched_close(before, after, rest)
        if closes_nested or closes_double:
            close(len(stack.marks) - 1, pos)
            return
    if ch == "‘" or (ch == "'" and before in WORD_START_AFTER and not after.isspace()):
        stack.push(_Open(pos, double=False, straight=ch == "'"))


def _mismatched_close(before: str, after: str, rest: _Rest) -> bool:
    """True when a single mark closes the open double quotation."""
    if before not in CLAUSE_END or not after.isspace():
        return False
    # The double marks left must pair among themselves, or one of them closes it.
    return rest.straight % 2 == 0 and rest.closers <= rest.openers


def _keep(found: list[Quotation], text: str, start: int, end: int, closed: bool) -> None:
    """Trim spaces and add text[start:end] when it has at least MIN_WORDS words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if word_count(text[start:end]) >= MIN_WORDS:
        found.append(Quotation(start, end, text[start:end], closed))


_COUNTED = re.compile(r"[^\W_]\S*")
"""A token's first letter or digit (a word character but the underscore: what ``str.isalnum`` is true of) and the rest of
the token: one match per token that has one."""


def word_count(passage: str) -> int:
    """Whitespace-separated tokens holding at least one letter or digit (counted in one pass in C, not letter by letter)."""
    return len(_COUNTED.findall(passage))
