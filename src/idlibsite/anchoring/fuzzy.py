"""The fuzzy path of anchoring: places of the source close to a typed quote (pure).

rapidfuzz finds a region (``partial_ratio_alignment``), then the boundaries
are chosen among word boundaries near it to minimise the OSA edit distance
(a transposed pair of letters counts as one edit).  The score accounts for
quote length; below :data:`MIN_FUZZY_SCORE` nothing is accepted.  Which of
several close places is meant is decided in :mod:`idlibsite.anchoring.match`.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from idlibsite.anchoring.normalize import Normalized
from idlibsite.anchoring.spans import AnchorFailure, Candidate, Reason

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
# Regions examined: a quote repeated 3 times, plus one (ties and near-duplicates).
MAX_FUZZY_REGIONS = 4
# Below this score the best candidate is noise: reported as "not found".
NEAR_MISS_SCORE = 0.5
MESSAGE_EXCERPT = 60  # characters of candidate text quoted in a failure message

_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits


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


def places(norm: Normalized, core: str) -> list[tuple[int, int, int]]:
    """Distinct places close to ``core``: (edits, normalized start, end), fewest edits first.

    The closest place is always given (when the source is not shorter than the
    quote), however far; the others when rapidfuzz finds them similar enough
    to be worth refining (:data:`REGION_CUTOFF`), even beyond the quote's edit
    allowance, so that a near-duplicate sentence is seen: the word a quote
    leaves out may be short in one sentence and long in the other.
    """
    allowance = edit_allowance(core)
    slack = BOUNDARY_SLACK + max(0, int(allowance))
    found: list[tuple[int, int, int]] = []
    masked = norm.text if len(core) <= len(norm.text) else ""
    for _ in range(MAX_FUZZY_REGIONS if masked else 0):
        cutoff = REGION_CUTOFF if found else 0
        region = fuzz.partial_ratio_alignment(core, masked, score_cutoff=cutoff)
        if region is None:
            break
        if region.score < REGION_CUTOFF:  # hopeless: report the region as rapidfuzz found it, in whole words
            s, e = _whole_words(norm.text, region.dest_start, region.dest_end)
            found.append((OSA.distance(core, norm.text[s:e]), s, e))
            break
        s, e, d = _refine(norm, core, region.dest_start, region.dest_end, slack)
        if any(s < fe and fs < e for _, fs, fe in found):
            break
        found.append((d, s, e))
        lo, hi = min(s, region.dest_start), max(e, region.dest_end)
        masked = masked[:lo] + "\0" * (hi - lo) + masked[hi:]
    return sorted(found)


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened to the words it cuts, so that the text a message shows begins and ends as words do."""
    while 0 < start < len(text) and not text[start - 1].isspace() and not text[start].isspace():
        start -= 1
    while 0 < end < len(text) and not text[end - 1].isspace() and not text[end].isspace():
        end += 1
    return start, end


def too_far(core: str, edits: int, best: Candidate) -> AnchorFailure:
    """The failure of a quote whose closest place has more edits than it may have."""
    allowance = edit_allowance(core)
    reason: Reason = "low-score" if best.score >= NEAR_MISS_SCORE else "not-found"
    reads = f"reads {best.text[:MESSAGE_EXCERPT]!r}"
    if allowance < 1:
        message = (
            f"the quote is not in the source, and too short to be matched approximately "
            f"(that takes more than {SHORT_QUOTE_WORDS} words and {SHORT_QUOTE_CHARS} characters); "
            f"the closest text, at {best.line}:{best.column}, is {edits} edit(s) away and {reads}"
        )
        return AnchorFailure("not-found", message, best)
    message = (
        f"the quote is not in the source; the closest text, at {best.line}:{best.column}, is "
        f"{edits} edit(s) away, more than the {int(allowance)} a quote this long may have "
        f"(score {best.score:.2f} < {MIN_FUZZY_SCORE:.2f}), and {reads}"
    )
    return AnchorFailure(reason, message, best)


def _refine(norm: Normalized, core: str, start: int, end: int, slack: int) -> tuple[int, int, int]:
    """The whole-word span near [start, end) closest to ``core``: (start, end, edits).

    Word boundaries are those of the original text, so ``Assad`` in
    ``al-\\nAssad`` starts a word although the normalized text reads ``alAssad``.
    """
    ntext, text, n = norm.text, norm.original, len(norm.text)
    lo, hi = max(0, start - slack), min(n, start + slack + 1)
    starts = [p for p, at in enumerate(norm.starts(lo, hi), lo)
              if ntext[p] != " " and whole_words(text, at, at)]
    lo, hi = max(1, end - slack), min(n, end + slack) + 1
    ends = [p for p, at in enumerate(norm.ends(lo - 1, hi - 1), lo)
            if ntext[p - 1] != " " and whole_words(text, at, at)]
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


def whole_words(text: str, start: int, end: int) -> bool:
    """Does [start, end) neither start nor end inside a word (of the original text)?"""
    def inside(at: int) -> bool:  # the ends of the text are never inside a word
        return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()

    return not inside(start) and not inside(end)
