"""Passages seen and deliberately not listed: a sidecar's ``not_listed`` entries, placed in their article.

An entry answers the coverage warning of each attributed passage (sources/statements.py) its words
overlap and no statement covers: ``check`` counts those passages as not listed on purpose, and ``suggest``
leaves them out.  An entry is an error when its words are not in the article, are there twice, or overlap
no passage; a warning when every passage it overlaps is covered by a statement now (it answers nothing).
Words are found as anchoring finds a quote's (anchoring/normalize.py: quote marks, dashes, whitespace and
line wraps aside), never approximately: they are the article's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from idlibsite.anchoring.match import exact_places as places
from idlibsite.errors import Loc, Problem, line_col
from idlibsite.sources.records import Source

if TYPE_CHECKING:  # a type only: sources/statements.py and its parsers are imported where passages are found
    from idlibsite.sources.statements import Passage

WHAT = "not_listed"  # the sidecar's key, as messages name it


def placed(source: Source) -> list[tuple[int, int]]:
    """Where each ``not_listed`` entry of ``source`` that is in its article once is."""
    text = source.text
    return [found[0] for entry in source.meta.not_listed if len(found := places(text, entry.quote)) == 1]


def answered(source: Source, passages: Sequence[Passage], spans: Sequence[tuple[int, int]]
             ) -> tuple[frozenset[int], list[Problem]]:
    """The indexes of the ``passages`` that a ``not_listed`` entry of ``source`` overlaps and no span
    covers, and the problems of its entries (at the sidecar's quote)."""
    text = source.text
    out: set[int] = set()
    problems = []
    for i, entry in enumerate(source.meta.not_listed):
        what = f"{WHAT}[{i}].quote"
        found = places(text, entry.quote)
        if len(found) != 1:
            problems.append(_misplaced(source, entry.loc, what, found))
            continue
        start, end = found[0]
        hits = [n for n, p in enumerate(passages) if p.start < end and start < p.end]
        where = "{}:{}:{}".format(source.path, *line_col(text, start))
        if not hits:
            problems.append(entry.loc.problem(
                f"{what}: the words at {where} overlap no attributed passage (quotation or reported speech)",
                "check finds no quotation or reported speech there, so there is nothing to answer: remove the "
                "entry, or quote words of the passage check warns of"))
            continue
        uncovered = [n for n in hits if not any(s < passages[n].end and passages[n].start < e for s, e in spans)]
        if not uncovered:
            problems.append(entry.loc.problem(
                f"{what}: listed now: a statement covers the passage at {where}",
                f"remove it from {WHAT}", severity="warning"))
        out.update(uncovered)
    return frozenset(out), problems


def _misplaced(source: Source, loc: Loc, what: str, found: list[tuple[int, int]]) -> Problem:
    """The error of an entry whose words are not in the article, or are there more than once."""
    if not found:
        return loc.problem(f"{what}: the words are not in {source.path}",
                       "copy the words of the passage (or a part of it) exactly from the article")
    at = ", ".join("{}:{}".format(*line_col(source.text, start)) for start, _ in found)
    return loc.problem(f"{what}: the words are in {source.path} {len(found)} times ({at})",
                   "quote more of the passage's words, so that they are in the article once")
