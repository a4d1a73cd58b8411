"""serve: the search's shards planned again from the pages whose SHA-256 changed.

Saying whether the last site's bundle is still current (``search.bundle_is_current``, each edit in
``serve``) plans the shards of every indexed page: each page's shard (a SHA-256 of its path), the
pages of each sorted, and each shard's key (a hash over all its pages).  While the same paths are
indexed by the same Pagefind, the shards hold the same pages, so only the key of a shard one of
whose pages' SHA-256 changed is made again; the pages that changed are found in C (the symmetric
difference of the two builds' ``indexed``), not page by page.
"""

from __future__ import annotations

from collections.abc import Mapping

from idlibsite.site.search import Shard, plan_shards, shard_count, shard_key, shard_of


class ShardsAgain:
    """serve (``Cache.kept``): the shards the last build planned, with the pages and indexer they are of."""

    def __init__(self) -> None:
        # the indexed pages (path -> SHA-256, a copy), the indexer, the shards and each one's number
        self.last: tuple[dict[str, str], str, list[Shard], list[int]] | None = None

    def plan(self, indexed: Mapping[str, str], indexer: str = "") -> list[Shard]:
        """:func:`plan_shards` of ``indexed``: the last build's shards, the key of each made again only
        when one of its pages' SHA-256 changed, while the same paths are indexed by the same ``indexer``."""
        last = self.last  # one attribute: an interrupted build leaves the last plan whole
        count = shard_count(len(indexed))
        if last is None or last[1] != indexer or last[0].keys() != indexed.keys():
            shards = plan_shards(indexed, indexer)
            numbers = [shard_of(shard.pages[0], count) for shard in shards]
        else:
            was, _, shards, numbers = last
            redo = {shard_of(path, count) for path, _ in indexed.items() ^ was.items()}
            if redo:
                shards = [Shard(s.folder, s.pages, shard_key(indexer, s.folder, s.pages, indexed)) if n in redo
                          else s for s, n in zip(shards, numbers)]
        self.last = dict(indexed), indexer, shards, numbers
        return shards
