"""How news prose reports speech: the speech verbs, and where sentences end (pure).

One lexicon and one sentence splitter for everything that reads attribution:
the passages that coverage and ``suggest`` find (:mod:`.statements`), the
speaker ``suggest`` proposes (:mod:`idlibsite.attribution.clause`) and the
attribution clauses of check's meaning checks (:mod:`.clauses`).

A paragraph is read with its quotations masked (:func:`mask`): the words
inside the marks, and the marks, become :data:`MASK`, so a name inside a
quotation never counts and a quotation of several sentences stays whole.
Sentences (:func:`split`) end at ``. ! ? …`` followed by a space and a
capital, a digit or a quotation (or glued to the next sentence, ``in
Syria.Yet``), never after an abbreviation or initials (``Feb.``, ``U.N.``);
a quotation that ends a sentence (``"It ended." Then ...``) ends it too,
unless a short speech clause follows (``"We will stay!" Akar said.``).  An
agency dateline opening the paragraph (``MOSCOW, February 21. /TASS/.``,
``ANKARA (Reuters) -``) belongs to no sentence.

It is the one splitter: coverage, ``suggest``, the meaning checks, the
sentence shown around a quote and the paragraph cutter all use it.  pysbd
was measured in its place and lost (bench/README.md, "One splitter").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MASK = "\u2063"
"""Stands for each character of a quotation (marks included) in a masked paragraph."""

SPEECH_VERBS = (
    "said says say told tells added adds noted notes stressed stresses called calls accused accuses"
    " denied denies warned warns urged urges claimed claims stated announced insisted affirmed"
    " emphasized emphasised emphasizes emphasises underlined underlines blamed blames condemned condemns"
    " criticized criticised dismissed rejected rejects threatened vowed explained wrote tweeted asked"
    " confirmed complained declared argued pledged welcomed slammed reiterated recalled reminded replied"
    " reported indicated acknowledged admitted estimated described thanked expressed implied protested"
    " demanded promised ordered saying"
).split() + ["pointed out", "made clear", "took issue", "stands accused", "put the number at",
             "put the figure at", "put the toll at", "according to"]
"""Verbs and verb phrases that report speech, in the past and present (the one list).
"saying" reports speech but has no subject of its own ("..., saying ...")."""

MEDIUM_VERBS = frozenset("wrote tweeted".split())
"""Verbs that name a medium: they report speech only when what was said follows, as
a "that" clause, a colon or a quotation (``tweeted that ...``, not ``tweeted a video``)."""

PARTICIPLES = frozenset("saying adding noting claiming insisting stressing warning calling urging demanding".split())
"""Participles that continue a speech clause; they add no subject of their own."""

_SINGLE = frozenset(v for v in SPEECH_VERBS if " " not in v)
_PHRASES = {  # first word -> the phrases it starts ("pointed out", "according to")
    first: re.compile("|".join(re.escape(v).replace(r"\ ", r"\s+") for v in SPEECH_VERBS
                               if v.split()[0] == first) + r"(?![A-Za-z])", re.IGNORECASE)
    for first in {v.split()[0] for v in SPEECH_VERBS if " " in v}}
_FIRST_WORDS = _SINGLE | frozenset(_PHRASES)
_LETTERS = re.compile(r"[A-Za-z]+")
_CONTENT = re.compile(r"\bthat\b|:|\u2063")
# "according to" a text, not a speaker: the terms of an agreement are no one's statement
_TO_A_TEXT = re.compile(r"\s+(?:the\s+|these\s+|those\s+|this\s+|that\s+)?(?:\w+\s+)?"
                        r"(?:agreements?|deals?|accords?|memorand(?:um|a)|treat(?:y|ies)|protocols?|laws?|rules|"
                        r"terms|plans?|resolutions?|constitution|charter)\b", re.IGNORECASE)

ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen maj capt col lt sgt st jr sen rep gov prof no vs adm brig cmdr approx"
    " jan feb mar apr jun jul aug sept sep oct nov dec".split()
)
"""Words that end in a full stop without ending the sentence ("Feb. 19", "Dr. Smith")."""

TAIL_WORDS = 8
"""Most words in a speech clause that closes a quoted sentence (``"…!" Cutts said.``)
without starting a sentence of its own."""

TERMINAL = ".!?…"
_END = re.compile(r"[.!?…]+\u2063*(?=[\s\u2063]+[\u2063A-Z\"“‘'(«0-9])|(?<=[a-z])[.!?…]+(?=[A-Z][a-z])")
_LAST_WORD = re.compile(r"[\w’'.-]+$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # U.N., U.S, J (not a number: "Feb. 3.")
DATELINE = re.compile(
    r"^(?:[A-Z][\w’'.-]*(?:[ ,]+[\w’'.-]+){0,5}?\s*(?:\([^()\n]{1,80}\)\s*[-—–]{1,2}"
    r"|[.,]?\s*/[A-Z]+/\.|,\s*SANA\s*[-—–]{1,2}|\s+[-—–]{1,2})\s+"
    r"|[A-Z]{3,}(?:,? [A-Z][\w.]*){0,3}\s+[-—–]{1,2}\s+)"
)
"""An agency dateline at the start of a paragraph, up to the first word of the story."""
DATELINE_MAX = 90


def speech_verbs(masked: str) -> list[re.Match[str]]:
    """The speech verbs of a masked sentence (and "according to" a speaker), outside quotations."""
    if _FIRST_WORDS.isdisjoint(_LETTERS.findall(masked.lower())):
        return []  # most sentences: one pass in C, no match objects
    found: list[re.Match[str]] = []
    done = 0  # the end of the last phrase: its words are not verbs again
    for m in _LETTERS.finditer(masked):
        if m.start() < done:
            continue
        word = m.group().lower()
        phrase = _PHRASES[word].match(masked, m.start()) if word in _PHRASES else None
        if phrase:
            done = phrase.end()
            if not (word == "according" and _TO_A_TEXT.match(masked, phrase.end())):
                found.append(phrase)
        elif word in _SINGLE and not (word in MEDIUM_VERBS and not _CONTENT.search(masked, m.end())):
            found.append(m)
    return found


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph, with its quotations masked."""

    start: int  # offsets into the searched text
    end: int
    masked: str  # the sentence with each quotation's characters replaced by MASK


def mask(text: str, start: int, end: int, quotations: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with each quotation (inner offsets into ``text``) and its marks
    replaced by MASK, lengths kept."""
    return _masked(text, start, end, quotations, keep_ends=False)


def split(text: str, start: int, end: int, quotations: Sequence[tuple[int, int]]) -> list[Sentence]:
    """The sentences of ``text[start:end]`` (a paragraph; ``quotations`` are the inner offsets of
    its quotations), a dateline at its start left out, spaces around each trimmed."""
    shown = _masked(text, start, end, quotations, keep_ends=True)
    masked = mask(text, start, end, quotations)
    offset = 0
    dateline = DATELINE.match(shown)
    if dateline and len(dateline.group()) < DATELINE_MAX:
        offset = dateline.end()
    out = []
    for lo, hi in _cuts(shown, offset):
        piece = shown[lo:hi]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            out.append(Sentence(start + lo + lead, start + lo + trail, masked[lo + lead : lo + trail]))
    return out


def _masked(text: str, start: int, end: int, quotations: Sequence[tuple[int, int]], keep_ends: bool) -> str:
    chars = list(text[start:end])
    for q_start, q_end in quotations:
        if not (start <= q_start and q_end <= end):
            continue
        lo, hi = q_start - start, q_end - start
        if lo > 0 and not chars[lo - 1].isalnum() and not chars[lo - 1].isspace():
            lo -= 1  # the opening mark
        if hi < len(chars) and not chars[hi].isalnum() and not chars[hi].isspace():
            hi += 1  # the closing mark
        keep = q_end - start - 1 if keep_ends and text[q_end - 1] in TERMINAL else -1
        for i in range(lo, hi):
            if i != keep:
                chars[i] = MASK
    return "".join(chars)


def _cuts(shown: str, offset: int) -> list[tuple[int, int]]:
    out = []
    begin = offset
    for m in _END.finditer(shown, offset):
        if m.group()[0] == "." and m.start() > begin and shown[m.start() - 1] != MASK:
            word = _LAST_WORD.search(shown, max(begin, m.start() - 20), m.start())
            last = word.group().lower().rstrip(".") if word else ""
            if last in ABBREVIATIONS or _INITIALS.fullmatch(last):
                continue  # Mr. / U.N. / Feb. : not the end of a sentence
        if MASK in m.group() and _tail_follows(shown, m.end()):
            continue  # a quoted sentence's end, then its speech clause: "It ended!" Brandt said.
        out.append((begin, m.end()))
        begin = m.end()
    out.append((begin, len(shown)))
    return out


def _tail_follows(shown: str, stop: int) -> bool:
    """True when a short speech clause follows a quoted sentence's end ("…!” Cutts said.")."""
    rest = re.match(r"[\s\u2063]*([^.!?…\u2063]*)", shown[stop:])
    clause = rest.group(1) if rest else ""
    return len(clause.split()) <= TAIL_WORDS and bool(speech_verbs(clause))
