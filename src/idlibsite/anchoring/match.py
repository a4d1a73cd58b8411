"""Anchor typed quotes to the exact words of a source text (pure, no I/O).

``prepare(text)`` normalizes a source once; ``anchor(prepared, quote, ...)``
then returns an :class:`Anchor` (one :class:`Span` per part of the quote) or
an :class:`AnchorFailure` saying why not.  Offsets are code points into the
original text, whatever path found them.

Matching order, the first that finds anything wins:

1. **exact**: ``str.find`` of the typed quote in the original text.  Here
   and in 2 and 3 a match must consist of whole words (no letter or digit on
   both sides of either end); a match inside a word is left to the fuzzy
   path, which snaps to word boundaries (``Kado`` is a typo of ``Kador``).
2. **normalized**: the typed quote and the source compared in the form of
   :mod:`idlibsite.anchoring.normalize`; quote marks typed at the very ends of the
   quote are optional, and covered by the span when the source has them.
3. **elided**: ``A … B`` (or ``A ... B``) as parts in order, each part exact
   or normalized, each within :data:`MAX_ELISION_GAP` of the previous one.
   The whole quote is tried first, since sources contain ``...`` themselves,
   then as few cuts as possible.  Each later part is taken at its nearest
   place after the previous one; two places of the first part are ambiguous.
   Parts are never fuzzy: they are short, and a typo in one of two short
   parts is where a fuzzy match would most easily land on the wrong words.
4. **fuzzy**: rapidfuzz finds the region (``partial_ratio_alignment``), then
   the boundaries are chosen among word boundaries near it to minimise the
   OSA edit distance (a transposed pair of letters counts as one edit).  The
   score accounts for quote length; below :data:`MIN_FUZZY_SCORE` nothing is
   accepted.

A quote found in more than one place at the best level is refused unless a
``prefix``/``suffix`` (text that must come just before/after, compared
normalized) or an ``occurrence`` (1-based, in text order) picks one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from idlibsite.anchoring.normalize import QUOTE_MARKS, Normalized, normalize_text
from idlibsite.anchoring.spans import (
    Anchor,
    AnchorFailure,
    Candidate,
    Method,
    Prepared,
    Reason,
    Span,
)
from idlibsite.errors import line_col

EXACT_SCORE = 1.0  # the typed characters are in the source as typed
# Same words, other typography: certain of the place, not of every character.
NORMALIZED_SCORE = 0.99
# Any edit ranks below a typography-only difference, however long the quote.
FUZZY_SCORE_CEILING = 0.98
# How many edits a fuzzy match may have: one per CHARS_PER_EDIT characters
# beyond SHORT_QUOTE_CHARS, and one per word beyond SHORT_QUOTE_WORDS,
# whichever allows fewer.  Short quotes buy nothing: three words with a typo
# are as likely a different phrase, thirty words with one are not.  A word
# left out or added costs at least two edits (the word and its space) and
# buys one, so shuffled words or a sentence from another article never fit.
SHORT_QUOTE_CHARS = 10
CHARS_PER_EDIT = 6  # a short word and its space: 3 typos need 28 characters
SHORT_QUOTE_WORDS = 3  # so 3 typos need 6 words, and 3 words are never fuzzy
# The score a quote loses when it uses its whole allowance of edits.
ALLOWANCE_PENALTY = 0.15
MIN_FUZZY_SCORE = FUZZY_SCORE_CEILING * (1 - ALLOWANCE_PENALTY)  # the score at the allowance
# partial_ratio_alignment scores a window as long as the quote with the Indel
# ratio; an acceptable match (at most one edit per CHARS_PER_EDIT, each worth
# up to 2 Indel operations, plus as many for the length difference) scores above this.
REGION_CUTOFF = 100 * (1 - 2 / CHARS_PER_EDIT)
# The region's ends can be off by the length difference between quote and
# match (at most the allowed edits) plus a few characters of sliding:
# boundaries are searched this far around them, plus the allowed edits.
BOUNDARY_SLACK = 8
MAX_FUZZY_REGIONS = 4  # regions examined for ties (a quote repeated 3 times, plus one)
# Below this score the best candidate is noise: reported as "not found".
NEAR_MISS_SCORE = 0.5
# Parts of an elided quote lie within this many normalized characters of each
# other (about 80 words: a clause or a few sentences left out, not a page).
MAX_ELISION_GAP = 500
# Ellipses of one quote considered as cuts (any later one is kept as text):
# each of the 2**4 combinations costs one search per part.
MAX_ELLIPSES = 4
SELECTOR_CONTEXT = 32  # characters of prefix/suffix in a TextQuoteSelector (as Hypothesis)
CONTEXT_SLACK = 4  # spaces and quote marks skipped between a match and its prefix/suffix
MESSAGE_EXCERPT = 60  # characters of candidate text quoted in a failure message

_ELLIPSIS = re.compile(r"\s*(?:\.{3,}|…)\s*")
_STRIP = " " + QUOTE_MARKS
_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits


@dataclass(frozen=True)
class _Hit:
    """A match before disambiguation."""

    parts: tuple[tuple[int, int, Method, float], ...]  # original start, end, method, score
    nstart: int  # normalized offset of the first part (for the prefix check)
    nend: int  # normalized offset past the last part (for the suffix check)


@dataclass(frozen=True)
class _Context:
    prefix: str  # normalized, without end spaces and quote marks; "" for none
    suffix: str
    occurrence: int | None


def anchor(
    prepared: Prepared, quote: str, prefix: str = "", suffix: str = "",
    occurrence: int | None = None,
) -> Anchor | AnchorFailure:
    """Anchor ``quote`` in the prepared source (see the module docstring for the order)."""
    typed = quote.strip()
    key = _Key.of(typed)
    if not key.core:
        return AnchorFailure("empty", "the quote is empty", None)
    context = _Context(_Key.of(prefix).core if prefix else "",
                       _Key.of(suffix).core if suffix else "", occurrence)
    rejected: list[_Hit] = []
    for find in (_exact_hits, _normalized_hits, _elided_hits):
        hits = find(prepared, typed, key)
        kept = [h for h in hits if _fits(prepared.normalized.text, h, context)]
        if kept:
            return _choose(prepared, kept, context.occurrence)
        rejected += hits
    return _fuzzy(prepared, key, context, rejected)


@dataclass(frozen=True)
class _Key:
    """A typed quote as it is searched for in the normalized text."""

    core: str  # normalized, without end spaces and quote marks
    lead: int  # quote marks typed before it (covered by the span if the source has them)
    trail: int  # quote marks typed after it

    @classmethod
    def of(cls, typed: str) -> _Key:
        text = normalize_text(typed).strip(" ")
        core = text.strip(_STRIP)
        return cls(core, len(text) - len(text.lstrip(_STRIP)), len(text) - len(text.rstrip(_STRIP)))


def _exact_hits(prepared: Prepared, typed: str, key: _Key) -> list[_Hit]:
    hits = []
    norm = prepared.normalized
    at = prepared.text.find(typed)
    while at >= 0:
        end = at + len(typed)
        if _whole_words(prepared.text, at, end):
            hits.append(_Hit(((at, end, "exact", EXACT_SCORE),), norm.to_normalized(at),
                             norm.to_normalized(end)))
        at = prepared.text.find(typed, at + 1)
    return hits


def _normalized_hits(prepared: Prepared, typed: str, key: _Key) -> list[_Hit]:
    return [_Hit((part,), a, b) for part, a, b in _part_matches(prepared.normalized, typed, key)]


def _part_matches(
    norm: Normalized, typed: str, key: _Key
) -> list[tuple[tuple[int, int, Method, float], int, int]]:
    """Every normalized match of a typed quote: (original part, normalized start, end)."""
    out = []
    at = norm.text.find(key.core)
    while at >= 0:
        a, b = _with_marks(norm.text, at, at + len(key.core), key.lead, key.trail)
        start, end = norm.to_original(a, b)
        if _whole_words(norm.original, start, end):
            exact = norm.original[start:end] == typed
            method: Method = "exact" if exact else "normalized"
            out.append(((start, end, method, EXACT_SCORE if exact else NORMALIZED_SCORE), a, b))
        at = norm.text.find(key.core, at + 1)
    return out


def _whole_words(text: str, start: int, end: int) -> bool:
    """Does [start, end) neither start nor end inside a word (of the original text)?"""
    def inside(at: int) -> bool:  # the ends of the text are never inside a word
        return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()

    return not inside(start) and not inside(end)


def _with_marks(ntext: str, a: int, b: int, lead: int, trail: int) -> tuple[int, int]:
    """Widen [a, b) over up to lead/trail quote marks that the source has there."""
    for _ in range(lead):
        if a > 0 and ntext[a - 1] in QUOTE_MARKS:
            a -= 1
    for _ in range(trail):
        if b < len(ntext) and ntext[b] in QUOTE_MARKS:
            b += 1
    return a, b


def _elided_hits(prepared: Prepared, typed: str, key: _Key) -> list[_Hit]:
    """Hits of the quote cut at its ellipses: as few cuts as anchor, the rest kept as text.

    Each cut is tried before two (a source's own ``...`` can sit in an elided
    quote).  There is one hit per place of the first part; each later part is
    taken at its nearest place after the previous one.
    """
    marks = list(_ELLIPSIS.finditer(typed))[:MAX_ELLIPSES]
    for count in range(1, len(marks) + 1):
        hits = []
        for cuts in combinations(marks, count):
            bounds = [0] + [x for m in cuts for x in m.span()] + [len(typed)]
            parts = [typed[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]
            hits += _chains(prepared.normalized, parts)
        if hits:
            return hits
    return []


def _chains(norm: Normalized, parts: list[str]) -> list[_Hit]:
    keys = [(p, _Key.of(p)) for p in parts]
    options = [_part_matches(norm, p, k) for p, k in keys if k.core]
    hits = []
    for first in options[0] if options else []:
        chain = [first]
        for later in options[1:]:
            end = chain[-1][2]
            near = [o for o in later if end <= o[1] <= end + MAX_ELISION_GAP]
            if not near:
                break
            chain.append(near[0])
        if len(chain) == len(options):
            hits.append(_Hit(tuple(p for p, _, _ in chain), chain[0][1], chain[-1][2]))
    return hits


def _fits(ntext: str, hit: _Hit, context: _Context) -> bool:
    """Does the hit have the required prefix before it and suffix after it?"""
    if context.prefix:
        before = ntext[max(0, hit.nstart - len(context.prefix) - CONTEXT_SLACK) : hit.nstart]
        if not before.rstrip(_STRIP).endswith(context.prefix):
            return False
    if context.suffix:
        after = ntext[hit.nend : hit.nend + len(context.suffix) + CONTEXT_SLACK]
        if not after.lstrip(_STRIP).startswith(context.suffix):
            return False
    return True


def _choose(prepared: Prepared, hits: list[_Hit], occurrence: int | None) -> Anchor | AnchorFailure:
    """The one hit, the requested occurrence, or an ambiguity failure."""
    hits = sorted(hits, key=lambda h: (h.parts[0][0], h.parts[-1][1]))
    if occurrence is None and len(hits) == 1:
        return _anchor_of(prepared.text, hits[0])
    if occurrence is not None and 1 <= occurrence <= len(hits):
        return _anchor_of(prepared.text, hits[occurrence - 1])
    tied = tuple(
        _candidate(prepared.text, h.parts[0][0], h.parts[-1][1], h.parts[0][3]) for h in hits
    )
    where = ", ".join(f"{c.line}:{c.column}" for c in tied)
    if occurrence is not None:
        message = f"occurrence {occurrence} asked for, but the quote matches {len(hits)} place(s): {where}"
        return AnchorFailure("not-found", message, tied[0], tied)
    message = (
        f"the quote matches {len(hits)} places ({where}); "
        "add an anchor prefix, suffix or occurrence"
    )
    return AnchorFailure("ambiguous", message, tied[0], tied)


def _anchor_of(text: str, hit: _Hit) -> Anchor:
    return Anchor(
        tuple(
            Span(
                s,
                e,
                text[s:e],
                method,
                score,
                text[max(0, s - SELECTOR_CONTEXT) : s],
                text[e : e + SELECTOR_CONTEXT],
            )
            for s, e, method, score in hit.parts
        )
    )


def _candidate(text: str, start: int, end: int, score: float) -> Candidate:
    line, column = line_col(text, start)
    return Candidate(start, end, text[start:end], score, line, column)


def edit_allowance(core: str) -> float:
    """How many edits a fuzzy match of a normalized quote may have (<= 0: none)."""
    return min((len(core) - SHORT_QUOTE_CHARS) / CHARS_PER_EDIT,
               len(_WORD.findall(core)) - SHORT_QUOTE_WORDS)


def fuzzy_score(core: str, edits: int) -> float:
    """Score of a fuzzy match of a normalized quote with ``edits`` OSA edits.

    Lower with more edits, higher for a longer quote; MIN_FUZZY_SCORE exactly
    when the edits reach the quote's allowance, 0 for a quote too short to have one.
    """
    allowance = edit_allowance(core)
    if allowance <= 0:
        return 0.0
    return FUZZY_SCORE_CEILING * max(0.0, 1 - ALLOWANCE_PENALTY * edits / allowance)


def _fuzzy(
    prepared: Prepared, key: _Key, context: _Context, rejected: list[_Hit]
) -> Anchor | AnchorFailure:
    norm, core = prepared.normalized, key.core
    slack = BOUNDARY_SLACK + max(0, int(edit_allowance(core)))
    found: list[tuple[int, int, int]] = []  # (edits, normalized start, end)
    masked = norm.text if len(core) <= len(norm.text) else ""
    for _ in range(MAX_FUZZY_REGIONS if masked else 0):
        cutoff = REGION_CUTOFF if found else 0
        region = fuzz.partial_ratio_alignment(core, masked, score_cutoff=cutoff)
        if region is None:
            break
        if region.score < REGION_CUTOFF:  # hopeless: report the region as rapidfuzz found it
            s, e = region.dest_start, region.dest_end
            found.append((OSA.distance(core, norm.text[s:e]), s, e))
            break
        s, e, d = _refine(norm, core, region.dest_start, region.dest_end, slack)
        if found and (d > min(found)[0] or any(s < fe and fs < e for _, fs, fe in found)):
            break
        found.append((d, s, e))
        lo, hi = min(s, region.dest_start), max(e, region.dest_end)
        masked = masked[:lo] + "\0" * (hi - lo) + masked[hi:]
    if not found:
        return AnchorFailure("not-found", "the quote is not in the source", None)
    edits = min(found)[0]
    score = fuzzy_score(core, edits)
    hits = []
    for _, s, e in sorted(f for f in found if f[0] == edits):
        a, b = _with_marks(norm.text, s, e, key.lead, key.trail)
        start, end = norm.to_original(a, b)
        hits.append(_Hit(((start, end, "fuzzy", score),), a, b))
    best = _candidate(prepared.text, hits[0].parts[0][0], hits[0].parts[0][1], score)
    if score < MIN_FUZZY_SCORE:
        reason: Reason = "low-score" if score >= NEAR_MISS_SCORE else "not-found"
        excerpt = best.text[:MESSAGE_EXCERPT]
        message = (
            f"the quote is not in the source; the closest text, at {best.line}:{best.column}"
            f" ({edits} edit(s), score {score:.2f} < {MIN_FUZZY_SCORE:.2f}), reads {excerpt!r}"
        )
        return AnchorFailure(reason, message, best)
    kept = [h for h in hits if _fits(norm.text, h, context)]
    if kept:
        return _choose(prepared, kept, context.occurrence)
    starts = sorted({h.parts[0][0] for h in rejected + hits})
    places = ", ".join("{}:{}".format(*line_col(prepared.text, start)) for start in starts)
    message = f"the quote matches at {places}, but not with the given prefix/suffix"
    return AnchorFailure("not-found", message, best)


def _refine(norm: Normalized, core: str, start: int, end: int, slack: int) -> tuple[int, int, int]:
    """The whole-word span near [start, end) closest to ``core``: (start, end, edits).

    Word boundaries are those of the original text, so ``Assad`` in
    ``al-\\nAssad`` starts a word although the normalized text reads ``alAssad``.
    """
    ntext, text, n = norm.text, norm.original, len(norm.text)
    lo, hi = max(0, start - slack), min(n, start + slack + 1)
    starts = [p for p, at in enumerate(norm.starts(lo, hi), lo)
              if ntext[p] != " " and _whole_words(text, at, at)]
    lo, hi = max(1, end - slack), min(n, end + slack) + 1
    ends = [p for p, at in enumerate(norm.ends(lo - 1, hi - 1), lo)
            if ntext[p - 1] != " " and _whole_words(text, at, at)]
    best = (len(core) + 1, 0, 0, start, end)
    for s in starts:
        for e in ends:
            if e > s:
                d = OSA.distance(core, ntext[s:e], score_cutoff=best[0])
                # On a tie: ends that agree with the typed ends (so a typed final
                # "." is kept), then the length nearest to the typed length.
                ends_differ = (ntext[s] != core[0]) + (ntext[e - 1] != core[-1])
                best = min(best, (d, ends_differ, abs(e - s - len(core)), s, e))
    return best[3], best[4], best[0]
