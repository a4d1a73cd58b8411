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
3. **elided**: the quote cut at its marks (:mod:`idlibsite.anchoring.marks`):
   ``A … B``, ``A [...] B`` or ``A [inserted words] B``, as parts in order,
   each part exact or normalized, each within the mark's gap of the previous
   one (:data:`~idlibsite.anchoring.marks.MAX_ELISION_GAP` after an elision,
   :data:`~idlibsite.anchoring.marks.MAX_REPLACED` after an insertion, which
   is never matched itself).  The whole quote is tried first, since sources
   contain ``...`` and brackets themselves, then as few cuts as possible.
   Each later part is taken at its nearest place after the previous one; two
   places of the first part are ambiguous.  Parts are never fuzzy: they are
   short, and a typo in one of two short parts is where a fuzzy match would
   most easily land on the wrong words.  A quote with brackets that the
   source does not have goes no further.
4. **fuzzy**: the places of :func:`idlibsite.anchoring.fuzzy.places` within
   the quote's edit allowance.  When two or more are there, the one whose
   words are closest to the typed ones wins (:func:`~idlibsite.anchoring.wording.word_cost`:
   typos cost nothing, each changed, missing or added word costs one); a tie
   is ambiguous, even when one of them has fewer edits: a quote that leaves
   out the one word in which two sentences differ fits both.  A fuzzy match
   may change (not mistype) one word in :data:`~idlibsite.anchoring.wording.WORDS_PER_CHANGE`;
   one that changes a name, a number or a negation is refused as a misquote
   unless ``accept`` lists that change.

A quote found in more than one place at the best level is refused unless a
``prefix``/``suffix`` (text that must come just before/after, compared
normalized) or an ``occurrence`` (1-based, in text order) picks one.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from idlibsite.anchoring.fuzzy import (
    MESSAGE_EXCERPT,
    MIN_FUZZY_SCORE,
    NORMALIZED_SCORE,
    fuzzy_score,
    places,
    too_far,
    whole_words,
)
from idlibsite.anchoring.marks import Mark, marks
from idlibsite.anchoring.normalize import QUOTE_MARKS, Normalized, normalize, normalize_text
from idlibsite.anchoring.spans import (
    Anchor,
    AnchorFailure,
    Candidate,
    Method,
    Prepared,
    Span,
)
from idlibsite.anchoring.wording import (
    Change,
    accepted_form,
    changed_words,
    changes,
    changes_allowed,
    meaningful,
    word_cost,
)
from idlibsite.errors import line_col

# The revision of these rules, part of every cached anchor's key: bump it when
# a quote could anchor differently, so no anchor made by older rules is reused.
RULES = "2"
EXACT_SCORE = 1.0  # the typed characters are in the source as typed
# Marks of one quote considered as cuts (any later one is kept as text):
# each of the 2**4 combinations costs one search per part.
MAX_CUTS = 4
SELECTOR_CONTEXT = 32  # characters of prefix/suffix in a TextQuoteSelector (as Hypothesis)
CONTEXT_SLACK = 4  # spaces and quote marks skipped between a match and its prefix/suffix
# Places close to a quote are compared in words over their text and this many
# characters on either side: the boundaries the fuzzy path chose can leave out a
# few words at the ends (as many characters as the allowance, about 5 words).
WORD_SLACK = 40

_STRIP = " " + QUOTE_MARKS


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
    occurrence: int | None = None, accept: tuple[str, ...] = (),
) -> Anchor | AnchorFailure:
    """Anchor ``quote`` in the prepared source (see the module docstring for the order).

    ``accept`` lists the meaningful word changes the annotator accepts in a
    fuzzy match, each as :func:`~idlibsite.anchoring.wording.accepted_form` writes it.
    """
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
    cuts = marks(typed)
    ntext = prepared.normalized.text
    if any(m.bracketed and normalize_text(m.text) not in ntext for m in cuts):
        return _bracket_failure(prepared, typed, cuts, context, rejected)
    return _fuzzy(prepared, typed, key, context, rejected, accept)


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
        if whole_words(prepared.text, at, end):
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
        if whole_words(norm.original, start, end):
            exact = norm.original[start:end] == typed
            method: Method = "exact" if exact else "normalized"
            out.append(((start, end, method, EXACT_SCORE if exact else NORMALIZED_SCORE), a, b))
        at = norm.text.find(key.core, at + 1)
    return out


def exact_places(text: str, typed: str) -> list[tuple[int, int]]:
    """Every place (start, end) of ``typed`` in ``text`` as a quote's exact or normalized match finds it, never fuzzy."""
    key = _Key.of(typed)
    return [(start, end) for (start, end, _, _), _, _ in _part_matches(normalize(text), typed, key)] if key.core else []


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
    """Hits of the quote cut at its marks: as few cuts as anchor, the rest kept as text.

    Each cut is tried before two (a source's own ``...`` can sit in an elided
    quote).  There is one hit per place of the first part; each later part is
    taken at its nearest place after the previous one.
    """
    found = marks(typed)[:MAX_CUTS]
    for count in range(1, len(found) + 1):
        hits = []
        for cuts in combinations(found, count):
            bounds = [0] + [x for m in cuts for x in (m.start, m.end)] + [len(typed)]
            parts = [typed[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]
            hits += _chains(prepared.normalized, parts, [0] + [m.gap for m in cuts])
        if hits:
            return hits
    return []


def _chains(norm: Normalized, parts: list[str], gaps: list[int]) -> list[_Hit]:
    """Hits of the parts in order, each within its gap (the largest of the marks
    before it, when a part between two marks is empty) of the previous one."""
    steps = []  # (every match of a part, how far after the previous part it may start)
    gap = 0
    for part, before in zip(parts, gaps, strict=True):
        gap = max(gap, before)
        key = _Key.of(part)
        if key.core:
            steps.append((_part_matches(norm, part, key), gap))
            gap = 0
    hits = []
    for first in steps[0][0] if steps else []:
        chain = [first]
        for later, gap in steps[1:]:
            end = chain[-1][2]
            near = [o for o in later if end <= o[1] <= end + gap]
            if not near:
                break
            chain.append(near[0])
        if len(chain) == len(steps):
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


def _choose(
    prepared: Prepared, hits: list[_Hit], occurrence: int | None, typed: str = ""
) -> Anchor | AnchorFailure:
    """The one hit, the requested occurrence, or an ambiguity failure.

    ``typed`` is given for fuzzy hits: when their texts differ, the message says
    how the quote differs from each, word by word.
    """
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
    if typed and len({c.text for c in tied}) > 1:
        differs = "; ".join(f"at {c.line}:{c.column}, " + ", ".join(map(str, changes(typed, c.text)))
                            for c in tied)
        pick = ", ".join(f"{n} for {c.line}:{c.column}" for n, c in enumerate(tied, 1))
        message = (
            f"the quote is as close to {len(hits)} places that differ from each other ({where}); "
            f"typed → article: {differs}; "
            f"add an anchor prefix, suffix or occurrence ({pick}) to pick one"
        )
        return AnchorFailure("ambiguous", message, tied[0], tied)
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


def _fuzzy(
    prepared: Prepared, typed: str, key: _Key, context: _Context, rejected: list[_Hit],
    accept: tuple[str, ...],
) -> Anchor | AnchorFailure:
    norm, core = prepared.normalized, key.core
    found = places(norm, core)
    if not found:
        return AnchorFailure("not-found", "the quote is not in the source", None)
    hits = []
    for edits, s, e in found:
        a, b = _with_marks(norm.text, s, e, key.lead, key.trail)
        start, end = norm.to_original(a, b)
        hits.append(_Hit(((start, end, "fuzzy", fuzzy_score(core, edits)),), a, b))
    best = _candidate(prepared.text, *hits[0].parts[0][:2], hits[0].parts[0][3])
    if best.score < MIN_FUZZY_SCORE:
        return too_far(core, found[0][0], best)
    kept = [h for h in hits if _fits(norm.text, h, context)]
    if not any(h.parts[0][3] >= MIN_FUZZY_SCORE for h in kept):
        starts = sorted({h.parts[0][0] for h in rejected + hits if h.parts[0][3] >= MIN_FUZZY_SCORE})
        places_ = ", ".join("{}:{}".format(*line_col(prepared.text, start)) for start in starts)
        message = f"the quote matches at {places_}, but not with the given prefix/suffix"
        return AnchorFailure("not-found", message, best)
    if len(kept) > 1:  # the closest in words; a tie is ambiguous, whatever the edits
        costs = [word_cost(typed, prepared.text[max(0, h.parts[0][0] - WORD_SLACK):
                                                h.parts[0][1] + WORD_SLACK]) for h in kept]
        least = min(c for h, c in zip(kept, costs, strict=True) if h.parts[0][3] >= MIN_FUZZY_SCORE)
        kept = [h for h, cost in zip(kept, costs, strict=True) if cost <= least]
    chosen = _choose(prepared, kept, context.occurrence, typed if len(kept) > 1 else "")
    if not isinstance(chosen, Anchor):
        return chosen
    span = chosen.spans[0]
    best = _candidate(prepared.text, span.start, span.end, span.score)
    if span.score < MIN_FUZZY_SCORE:  # an occurrence that picks a place too far from the quote
        edits = {h.parts[0][0]: d for (d, _, _), h in zip(found, hits, strict=True)}[span.start]
        return too_far(core, edits, best)
    differs, allowed = changes(typed, span.text), changes_allowed(typed)
    if changed_words(differs) > allowed:  # the best alignment of the words decides
        changed = word_cost(typed, prepared.text[max(0, span.start - WORD_SLACK):span.end + WORD_SLACK])
        if changed > allowed:
            message = (f"the quote is not in the source; the closest text, at {best.line}:{best.column}, "
                       f"has {changed} word(s) that are not the quote's, more than the {allowed} a quote "
                       f"this long may have (typed → article): {', '.join(map(str, differs))}")
            return AnchorFailure("low-score", message, best)
    return _misquote(prepared.text, chosen, differs, accept)


def _misquote(
    text: str, found: Anchor, differs: tuple[Change, ...], accept: tuple[str, ...]
) -> Anchor | AnchorFailure:
    """The fuzzy anchor, or a failure when its words (``differs``: typed → article) change
    a name, a number or a negation."""
    span = found.spans[0]
    wrong = [(c, what) for c in differs if (what := meaningful(c)) and accepted_form(c) not in accept]
    if not wrong:
        return found
    said = "; ".join(f"{c} ({what})" for c, what in wrong)
    best = _candidate(text, span.start, span.end, span.score)
    message = (f"the quote is close to the text at {best.line}:{best.column}, but changes what it "
               f"says, word by word (typed → article): {said}")
    return AnchorFailure("misquote", message, best)


def _bracket_failure(
    prepared: Prepared, typed: str, cuts: list[Mark], context: _Context, rejected: list[_Hit]
) -> AnchorFailure:
    """A quote with brackets whose parts are not all in the source, in order: the
    closest text to its words (the marks left out) is named, never anchored."""
    bounds = [0] + [x for m in cuts for x in (m.start, m.end)] + [len(typed)]
    words = " ".join(typed[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2))
    shown = ", ".join(m.text for m in cuts)
    near = _fuzzy(prepared, words, _Key.of(words), context, rejected, ())
    best = near.best if isinstance(near, AnchorFailure) else _candidate(
        prepared.text, near.start, near.end, near.score)
    message = (f"the words around {shown} are not all in the source, exactly and in order "
               "(the words on either side of a bracket are never matched approximately)")
    if best is not None:
        message += f"; the closest text, at {best.line}:{best.column}, reads {best.text[:MESSAGE_EXCERPT]!r}"
    return AnchorFailure("not-found", message, best)
