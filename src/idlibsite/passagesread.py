"""Each source's attributed passages (quotations, reported speech) as the check's coverage reads them: found
in its quoted blocks, or read from the cache, only when first asked for."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from idlibsite.cache import Cache, key
from idlibsite.sources.records import Source
from idlibsite.sources.statements import Passage, find_passages

# Blocks whose quotations are attributed speech (headings repeat body quotes).
QUOTED_KINDS = ("body",)
PASSAGES_KIND = "passages"  # cache entries: the attributed passages of a source (every key holds the code's digest)


class Passages(Mapping[str, Sequence[Passage]]):
    """Each source's attributed passages by its id (``made``: the source, the ranges of its quoted blocks and
    its passages' cache key), read from the cache or found only when first asked for."""

    def __init__(self, cache: Cache, made: dict[str, tuple[Source, list[tuple[int, int]], str]]) -> None:
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

    def of(self, source: Source, ranges: list[tuple[int, int]], k: str) -> list[Passage]:
        """The passages of ``source`` (its quoted blocks' ``ranges``, cache key ``k``), from the cache or found."""
        passages = self.cache.get(PASSAGES_KIND, k)
        if not isinstance(passages, list):
            passages = self.cache.put(PASSAGES_KIND, k, find_passages(source.text, ranges))
        if self.made[source.id][0] is source:  # of two sources with one id, the last is the one asked for by id
            self.read[source.id] = passages
        return passages


def ranges_and_key(source: Source) -> tuple[list[tuple[int, int]], str]:
    """The ranges of the source's blocks whose quotations are attributed speech, and the cache key
    of its passages."""
    ranges = source.blocks.ranges(QUOTED_KINDS)
    return ranges, key(source.sha256, repr(ranges))
