"""Find what a reader would call a statement in an article's paragraphs (pure).

Two kinds of passage, in one pass over each paragraph:

- **direct**: a quotation (:func:`find_quotations`), the words inside the marks;
- **reported**: a sentence with a speech verb (said, told, accused, ...) or
  "according to", where the reported words are outside quotation marks.  A
  sentence that only wraps a quotation (``"...," she said.``) is not also
  reported; one that quotes a few words inside its own clause (scare quotes:
  ``He said Turkey would not allow "a new wave of migration".``) is.

Sentences are cut on the paragraph with every quotation masked, so a
quotation of several sentences stays whole, and a dateline opening the first
paragraph (``MOSCOW, February 21. /TASS/.``, ``ANKARA (Reuters) -``) is left
out of the sentence after it.  ``idlibsite check`` counts these passages for
coverage; ``suggest`` also asks who said each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from idlibsite.sources.quotations import Quotation, find_quotations

SPEECH_VERBS = frozenset(
    "said says say told tells added adds noted notes stressed stresses called calls accused accuses"
    " denied denies warned warns urged urges claimed claims stated announced insisted affirmed"
    " emphasized emphasised emphasizes underlined underlines blamed blames condemned condemns"
    " criticized criticised dismissed rejected threatened vowed explained wrote asked confirmed"
    " complained declared argued pledged welcomed slammed reiterated recalled replied pointed"
    " reported indicated acknowledged admitted estimated described thanked expressed saying".split()
)
"""Verbs that report speech.  ``pointed`` only counts as "pointed out" (see :func:`speech_verbs`)."""

MASK = "\u2063"
"""Stands for each character of a quotation (marks included) in a masked paragraph."""

REPORTED_MIN_WORDS = 3
"""Words a sentence needs between its speech verb and its first quotation to
report something of its own (``Craft accused Moscow and Damascus of "..."``);
fewer (``Erdogan said: "..."``, ``the source added that "..."``) only introduce
the quotation."""

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen maj capt col lt sgt st jr sen rep gov prof no vs adm brig cmdr"
    " jan feb mar apr aug sept sep oct nov dec".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\u2063]+[\u2063A-Z\"“‘'(«0-9])")
_WORD = re.compile(r"[\w’'.-]+")
DATELINE = re.compile(
    r"^(?:[A-Z][\w’'.-]*(?:[ ,]+[\w’'.-]+){0,5}?\s*(?:\([^()\n]{1,80}\)\s*[-—–]{1,2}"
    r"|[.,]?\s*/[A-Z]+/\.|,\s*SANA\s*[-—–]{1,2}|\s+[-—–]{1,2})\s+"
    r"|[A-Z]{3,}(?:,? [A-Z][\w.]*){0,3}\s+[-—–]{1,2}\s+)"
)
"""An agency dateline at the start of a paragraph, up to the first word of the story."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph, with its quotations masked."""

    start: int  # offsets into the searched text
    end: int
    masked: str  # the sentence with each quotation's characters replaced by MASK


@dataclass(frozen=True)
class Passage:
    """A statement-like passage: a quotation or a sentence of reported speech."""

    kind: str  # "direct" or "reported"
    start: int  # offsets into the searched text
    end: int
    sentence: Sentence  # the sentence it is (reported) or is part of (direct)


def sentences(text: str, start: int, end: int, quotations: Sequence[Quotation]) -> list[Sentence]:
    """The sentences of text[start:end], a dateline at its start left out."""
    segment = text[start:end]
    pieces, done = [], 0
    for q in quotations:
        if start <= q.start and q.end <= end:
            lo, hi = _with_marks(text, q.start - start, q.end - start, start, end)
            lo = max(lo, done)
            pieces += [segment[done:lo], MASK * (hi - lo)]
            done = hi
    masked = "".join([*pieces, segment[done:]])
    offset = 0
    dateline = DATELINE.match(masked)
    if dateline and len(dateline.group()) < 90:
        offset = dateline.end()
    out = []
    for piece_start, piece_end in _cuts(masked, offset):
        piece = masked[piece_start:piece_end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            out.append(Sentence(start + piece_start + lead, start + piece_start + trail, piece[lead:trail]))
    return out


def _with_marks(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """Widen a quotation's inner range to take in its marks."""
    if lo > 0 and not text[start + lo - 1].isalnum():
        lo -= 1
    if start + hi < end and not text[start + hi].isalnum() and not text[start + hi].isspace():
        hi += 1
    return lo, hi


def _cuts(masked: str, offset: int) -> list[tuple[int, int]]:
    out = []
    begin = offset
    for m in _SENTENCE_END.finditer(masked, offset):
        words = _WORD.findall(masked[begin : m.start()])
        last = words[-1].lower().rstrip(".") if words else ""
        if m.group() == "." and (last in _ABBREVIATIONS or re.fullmatch(r"(?:\w\.)*\w", last)):
            continue  # Mr. / U.N. / Feb. : not the end of a sentence
        out.append((begin, m.end()))
        begin = m.end()
    out.append((begin, len(masked)))
    return out


_LETTERS = re.compile(r"[A-Za-z]+")
_TRIGGERS = SPEECH_VERBS | {"according"}
_TWO_WORDS = re.compile(r"(?:according to|pointed out)(?![A-Za-z])", re.IGNORECASE)
# "according to" a text, not a speaker: the terms of an agreement are no one's statement
_TO_A_TEXT = re.compile(r"\s+(?:the\s+|these\s+|those\s+|this\s+|that\s+)?(?:\w+\s+)?"
                        r"(?:agreements?|deals?|accords?|memorand(?:um|a)|treat(?:y|ies)|protocols?|laws?|rules|"
                        r"terms|plans?|resolutions?|constitution|charter)\b", re.IGNORECASE)


def speech_verbs(masked: str) -> list[re.Match[str]]:
    """The speech verbs of a masked sentence (and "according to", "pointed out"), outside quotations."""
    if _TRIGGERS.isdisjoint(_LETTERS.findall(masked.lower())):
        return []  # most sentences: one pass in C, no match objects
    found = []
    for m in _LETTERS.finditer(masked):
        word = m.group().lower()
        if word in ("according", "pointed"):
            two = _TWO_WORDS.match(masked, m.start())
            if two and not (word == "according" and _TO_A_TEXT.match(masked, two.end())):
                found.append(two)
        elif word in SPEECH_VERBS:
            found.append(m)
    return found


def is_reported(masked: str) -> bool:
    """True when a masked sentence reports speech in words of its own (see module docstring)."""
    verbs = speech_verbs(masked)
    if not verbs or masked.lstrip().startswith(MASK):
        return False
    for verb in verbs:
        quote = masked.find(MASK, verb.end())
        if quote < 0:
            return True
        between = masked[verb.end() : quote].replace(" that ", " ")
        if len(_WORD.findall(between)) >= REPORTED_MIN_WORDS:
            return True
    after = masked[masked.rindex(MASK) + 1 :] if MASK in masked else ""
    if len(_WORD.findall(after)) >= REPORTED_MIN_WORDS and not speech_verbs(after):
        return True  # He noted that "isolated provocations" by militants had been recorded.
    return False


def find_passages(text: str, ranges: Sequence[tuple[int, int]]) -> list[Passage]:
    """Every quotation and reported-speech sentence of the ranges, in text order."""
    out: list[Passage] = []
    quotations = find_quotations(text, ranges)
    taken: set[int] = set()  # starts of the quotations already kept
    for start, end in sorted(ranges):
        inside = [q for q in quotations if start <= q.start < end]
        for sentence in sentences(text, start, end, inside):
            for q in inside:
                if q.start not in taken and (sentence.start <= q.start < sentence.end
                                             or q.start < sentence.start < q.end):
                    taken.add(q.start)
                    out.append(Passage("direct", q.start, q.end, sentence))
            if is_reported(sentence.masked):
                out.append(Passage("reported", sentence.start, sentence.end, sentence))
    return sorted(out, key=lambda p: (p.start, p.end, p.kind))
