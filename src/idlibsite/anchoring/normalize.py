"""Normalization for comparing typed words with article text, with an offset map back.

Annotators type quotes; articles store them with curly quotes, line wraps,
hyphenated wraps, stray spaces and NBSPs.  Both sides are brought to one
*normalized* form, compared there, and every normalized character remembers
the range of the original text it came from, so a match in the normalized
text maps back to exact offsets in the file.

The normalization, in order (:func:`normalize_text` and :func:`normalize`
share the code of every rule; :func:`normalize` also records the offset map):

1. Unicode NFKC, one cluster (a character and the combining marks after it)
   at a time, so that every normalized character comes from one cluster:
   ``…`` becomes ``...``, NBSP becomes a space, ``ﬁ`` becomes ``fi``.
2. Every double quote mark (``" “ ” „ ‟``) becomes ``"``, every single quote
   mark or apostrophe (``' ‘ ’ ‚ ‛ ` ``) becomes ``'``, every dash
   (``- ‐ ‑ ‒ – — ― −``) becomes ``-``; soft hyphens and zero-width characters
   are deleted.
3. A run of dashes between two letters or digits is deleted, with any
   whitespace after it: an intra-word hyphen is not significant.  This is how
   a hyphenated line wrap matches either way it is typed: the source
   ``Bashar al-\\nAssad`` and the typed ``al-Assad`` both read ``alAssad``; the
   source ``Bash-\\nar`` and the typed ``Bashar`` both read ``Bashar``.
   Deciding per word whether the hyphen belongs to the word (``al-``) or to
   the wrap (``Bash-``) would need a dictionary; dropping it on both sides
   needs none and cannot mis-anchor, because matching only ever compares two
   normalized texts.  A spaced dash (``civilians - mostly``) is punctuation
   and stays.
4. Every run of whitespace (spaces, line breaks, CRLF, tabs) becomes one space.
5. A space next to a quote mark is deleted: ``flow of“ hundreds``,
   ``flow of "hundreds`` and ``flow of"hundreds`` all read ``flow of"hundreds``.

Case is kept: a capital letter is part of what was said.  The normalized text
is a matching key, never displayed.

Rules 3 to 5 are one regular expression over the folded text (rules 1 and 2):
a whitespace run is either deleted whole (inside an intra-word join, or next
to a quote mark) or replaced whole by one space, and no deletion makes two
runs or a run and a quote mark meet, so the rules need no second pass.  The
offset map is kept as *runs* of normalized characters whose original offsets
step by one with the index; a run ends only where characters were deleted,
merged or expanded, so the map takes a few numbers per paragraph break or
quote mark rather than a tuple per character.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

DOUBLE_QUOTES = '"“”„‟'
SINGLE_QUOTES = "'‘’‚‛`"
DASHES = "-‐‑‒–—―−"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width spaces and joiners
QUOTE_MARKS = "\"'"  # the normalized quote marks

_TABLE = str.maketrans(
    {c: '"' for c in DOUBLE_QUOTES}
    | {c: "'" for c in SINGLE_QUOTES}
    | {c: "-" for c in DASHES}
    | {c: None for c in INVISIBLE}
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Rules 3 to 5 on folded text.  \s is exactly str.isspace() and [^\W_] exactly
# str.isalnum() on str patterns.  A match is "gone" (deleted): an intra-word
# dash run with the whitespace after it, or a whitespace run next to a quote
# mark; or "space" (one space): any other whitespace run but a lone space,
# which stays as it is.  Every match begins with its first dash or whitespace
# character, and the lookbehinds that follow look back at it (``(?<=\s)``: it
# was whitespace): a pattern that begins with a character class lets the
# regex engine skip the other characters three times faster.
_RULES = re.compile(
    r"[-\s](?:"
    r"(?:(?<=[^\W_]-)-*\s*(?=[^\W_])|(?<=[\"']\s)\s*|(?<=\s)\s*(?=[\"']))(?P<gone>)"
    r"|(?<=\s)(?:\s+|(?<=[^\S ]))(?P<space>))"
)


def normalize_text(text: str) -> str:
    """The normalized form of ``text`` (fast, no offset map): use it for typed quotes."""
    return _RULES.sub(_replacement, _fold_text(text))


def _fold_text(text: str) -> str:
    """Rules 1 and 2, without the clusters: most typed quotes need only the table.

    A text already in NFKC (curly quotes, accented letters) has each cluster in
    NFKC too: NFKC of the whole text composes nothing across a cluster's first
    character, so NFKC of each cluster alone changes nothing either.
    """
    return text.translate(_TABLE) if unicodedata.is_normalized("NFKC", text) else _fold(text)[0]


def _replacement(match: re.Match[str]) -> str:
    return " " if match.lastgroup == "space" else ""


def _fold(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """Rules 1 and 2: the folded text, and each cluster not folded one character to one.

    A cluster is given as (start, end, number of folded characters it became).
    Only a run of non-ASCII characters, with the ASCII character before it
    (which combining marks may follow), needs more than the table.
    """
    if text.isascii():
        return text.translate(_TABLE), []
    parts: list[str] = []
    clusters: list[tuple[int, int, int]] = []
    done = 0
    for match in _NON_ASCII.finditer(text):
        start, end = max(match.start() - 1, done), match.end()
        fold = _fold_short if end - start <= SHORT_SEGMENT else _fold_segment
        folded, inside = fold(text[start:end])
        parts += text[done:start], folded
        if inside:
            clusters += [(start + i, start + j, count) for i, j, count in inside]
        done = end
    parts.append(text[done:])
    return "".join(parts).translate(_TABLE), clusters  # a folded segment folds to itself


def _fold_segment(segment: str) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Rules 1 and 2 on a segment of whole clusters, one cluster at a time.

    Returns the folded segment and each cluster not folded one character to one,
    as (start, end, number of folded characters it became).
    """
    parts: list[str] = []
    clusters: list[tuple[int, int, int]] = []
    i, n = 0, len(segment)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(segment[j]):
            j += 1
        folded = unicodedata.normalize("NFKC", segment[i:j]).translate(_TABLE)
        parts.append(folded)
        if j - i != 1 or len(folded) != 1:
            clusters.append((i, j, len(folded)))
        i = j
    return "".join(parts), tuple(clusters)


# Short segments (a curly quote or an accented letter with the letter before
# it) recur all through a corpus: they are folded once.
SHORT_SEGMENT = 8
_fold_short = lru_cache(maxsize=4096)(_fold_segment)


@dataclass(frozen=True)
class Normalized:
    """A text in normalized form, each normalized character mapped to its origin.

    Character ``i`` of ``text`` comes from ``original[start(i):end(i)]`` (a
    cluster, or a whitespace run).  The map is stored as runs: run ``k`` begins
    at normalized index ``run_at[k]``, and its character ``run_at[k] + d``
    comes from ``run_start[k] + d`` to ``run_end[k] + d``.
    """

    original: str  # the text as given, never rewritten
    text: str  # the normalized form (== normalize_text(original))
    run_at: array[int]  # normalized index where each run begins: 0 first, increasing
    run_start: array[int]  # original start of each run's first character
    run_end: array[int]  # original end of each run's first character

    def start(self, i: int) -> int:
        """Offset in the original of the source of ``text[i]``."""
        k = bisect_right(self.run_at, i) - 1
        return self.run_start[k] + i - self.run_at[k]

    def end(self, i: int) -> int:
        """Offset just past the source of ``text[i]`` (a whitespace run, a cluster)."""
        k = bisect_right(self.run_at, i) - 1
        return self.run_end[k] + i - self.run_at[k]

    def starts(self, lo: int, hi: int) -> list[int]:
        """``[start(i) for i in range(lo, hi)]``, a run at a time."""
        return self._offsets(self.run_start, lo, hi)

    def ends(self, lo: int, hi: int) -> list[int]:
        """``[end(i) for i in range(lo, hi)]``, a run at a time."""
        return self._offsets(self.run_end, lo, hi)

    def _offsets(self, firsts: array[int], lo: int, hi: int) -> list[int]:
        if lo >= hi:
            return []
        at = self.run_at
        k = bisect_right(at, lo) - 1
        found: list[int] = []
        while k + 1 < len(at) and at[k + 1] < hi:  # run k ends before hi
            shift = firsts[k] - at[k]
            found += range(lo + shift, at[k + 1] + shift)
            lo, k = at[k + 1], k + 1
        shift = firsts[k] - at[k]
        found += range(lo + shift, hi + shift)
        return found

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalized range [start, end) (which must be non-empty)."""
        return self.start(start), self.end(end - 1)

    def to_normalized(self, offset: int) -> int:
        """Index of the first normalized character that comes from at or after ``offset``."""
        k = bisect_left(self.run_start, offset)  # runs before k start before offset
        if k and offset - self.run_start[k - 1] < self._run_length(k - 1):
            return self.run_at[k - 1] + offset - self.run_start[k - 1]
        return self.run_at[k] if k < len(self.run_at) else len(self.text)

    def _run_length(self, k: int) -> int:
        after = self.run_at[k + 1] if k + 1 < len(self.run_at) else len(self.text)
        return after - self.run_at[k]


def normalize(text: str) -> Normalized:
    """Normalize ``text`` and keep, for every normalized character, where it came from."""
    folded, clusters = _fold(text)
    locate = _Reader(_fold_map(clusters))
    runs = _Runs()
    parts: list[str] = []
    done = mapped = 0  # in folded text: end of the text made, of the map made
    for match in _RULES.finditer(folded):
        start, end = match.span()
        replacement = _replacement(match)
        parts += folded[done:start], replacement
        done = end
        if end - start == len(replacement):
            continue  # a line break became a space: the map is that of the folded text
        runs.copy(locate, mapped, start)
        if replacement:  # one space for the whole run
            runs.add(runs.length, locate(start)[0], locate(end - 1)[1])
            runs.length += 1
        mapped = end
    runs.copy(locate, mapped, len(folded))
    parts.append(folded[done:])
    return Normalized(text, "".join(parts), array("q", runs.at), array("q", runs.start),
                      array("q", runs.end))


def _fold_map(clusters: list[tuple[int, int, int]]) -> _Runs:
    """The offset map of the folded text, from the clusters :func:`_fold` reports."""
    runs = _Runs()
    done = 0  # in the original text
    for start, end, count in clusters:
        runs.add(runs.length, done, done + 1)  # characters folded one to one
        runs.length += start - done
        for c in range(count):
            runs.add(runs.length + c, start, end)
        runs.length += count
        done = end
    runs.add(runs.length, done, done + 1)  # (empty when the text ends with a cluster)
    return runs


class _Runs:
    """An offset map under construction: runs of characters whose offsets step by one."""

    def __init__(self) -> None:
        self.at: list[int] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.length = 0  # characters mapped so far

    def add(self, at: int, start: int, end: int) -> None:
        """Character ``at`` (and those after it, up to the next run) maps to [start, end)."""
        if self.at and self.at[-1] == at:  # the last run turned out empty: replace it
            del self.at[-1], self.start[-1], self.end[-1]
        if self.at:
            step = at - self.at[-1]
            if start - self.start[-1] == step and end - self.end[-1] == step:
                return  # it continues the last run
        self.at.append(at)
        self.start.append(start)
        self.end.append(end)

    def copy(self, locate: _Reader, start: int, end: int) -> None:
        """Append the characters [start, end) of the map ``locate`` reads, unchanged."""
        if start >= end:
            return
        self.add(self.length, *locate(start))
        for at, first, last in locate.runs_before(end):
            self.add(self.length + at - start, first, last)
        self.length += end - start


class _Reader:
    """Reads a :class:`_Runs` at increasing indexes, in constant time per step."""

    def __init__(self, runs: _Runs) -> None:
        self.runs = runs
        self.k = 0  # the run of the last character read

    def __call__(self, i: int) -> tuple[int, int]:
        """(start, end) of character ``i``; ``i`` never decreases between calls."""
        at = self.runs.at
        while self.k + 1 < len(at) and at[self.k + 1] <= i:
            self.k += 1
        d = i - at[self.k]
        return self.runs.start[self.k] + d, self.runs.end[self.k] + d

    def runs_before(self, end: int) -> list[tuple[int, int, int]]:
        """The runs after that of the last character read that begin before ``end``."""
        runs, found = self.runs, []
        k = self.k + 1
        while k < len(runs.at) and runs.at[k] < end:
            found.append((runs.at[k], runs.start[k], runs.end[k]))
            k += 1
        return found
