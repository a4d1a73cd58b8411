"""Each source's attributed passages (quotations and reported speech in the blocks whose quotations are
attributed speech), read from the cache or found only when first asked for (check.py's coverage, the
checks of meaning)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from idlibsite.cache import Cache, key
from idlibsite.sources.records import Source

if TYPE_CHECKING:
    from idlibsite.sources.statements import Passage

# Blocks whose quotations are attributed speech (headings repeat body quotes).
QUOTED_KINDS = ("body",)
PASSAGES_KIND = "passages"  # cache entries: the attributed passages of a source (every key holds the code's digest)


class Passages(Mapping[str, Sequence["Passage"]]):  # a string: Passage is a type only here
    """Each source's attributed passages by its id (``made``: the source, the ranges of its quoted blocks and
    its passages' cache key), read from the cache or found only when first asked for."""

    def __init__(self, cache: Cache, made: dict[str, tuple[Source, list[tuple[int, int]] | None, str]]) -> None:
        self.cache = cache
        self.made = made
        self.read: dict[str, Sequence[Passage]] = {}

    def __getitem__(self, source_id: str) -> Sequence[Passage]:
        if source_id not in self.read:
            self.read[source_id] = self.of(*self.made[source_id])
        return self.read[source_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.made)

    def __len__(self) -> int:
        return len(self.made)

    def of(self, source: Source, ranges: list[tuple[int, int]] | None, k: str) -> list[Passage]:
        """The passages of ``source`` (its quoted blocks' ``ranges``, None: not gone through yet; cache key
        ``k``), from the cache or found."""
        passages = self.cache.get(PASSAGES_KIND, k)
        if not isinstance(passages, list):
            # Imported here, the one place passages are found: the finders and the parsers they import (~0.1 s CPU)
            # are loaded only by a process that has a source whose passages are not stored.
            from idlibsite.sources.statements import find_passages
            found = find_passages(source.text, source.blocks.ranges(QUOTED_KINDS) if ranges is None else ranges)
            passages = self.cache.put(PASSAGES_KIND, k, found)
        if self.made[source.id][0] is source:  # of two sources with one id, the last is the one asked for by id
            self.read[source.id] = passages
        return passages


def load_finders() -> None:
    """Import the finders of passages and their parsers (~0.1 s CPU, once a process), as :meth:`Passages.of`
    does at its first source whose passages are not stored: for ``serve`` to pay it at a quiet moment rather
    than at a save (meaning.py)."""
    import_module("idlibsite.sources.statements")


def ranges_and_key(source: Source) -> tuple[list[tuple[int, int]], str]:
    """The ranges of the source's blocks whose quotations are attributed speech, and the cache key
    of its passages."""
    ranges = source.blocks.ranges(QUOTED_KINDS)
    return ranges, key(source.sha256, repr(ranges))
