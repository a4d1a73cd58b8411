"""A process that builds once: the pages of each unchanged claim taken from one stored table, not planned.

What the rest of a build reads of a claim's section (site/sections.py) is each page's path and key (the
kept files' pass, the search's and the site's records), what the sitemap lists of it, and the claim's row
of the claims tables and line of claims.json.  :class:`ClaimTable` stores those for every claim, in
BUCKETS cache entries read in one query, each row under a key naming by content everything the section
is made from (:meth:`ClaimTable.key`): the hash of every input its pages show (the claim, its sources, the
actors, its topics; with the shared hash of templates, configuration and version), the view of its
history (each of its versions), the sources of its versions archived here, and its statements and
verdict as anchored; the cache adds the tool's code.  A row whose key is not the claim's now is planned
as before; a damaged entry is read as none.  The planned claims' rows are stored at the cache's commit,
so a failed build stores nothing.  A claim whose page cannot be kept from the site (a file edited by
hand, or removed) makes the build plan every claim again (build.py).

plan18j stored each section as its own entry, with its pages: reading and unpickling 3,000 entries and
making their pages again cost what planning them did.  Here a row is plain values, a bucket one pickle,
and no page of an unchanged claim is made.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.spans import Span
from idlibsite.cache import Cache, keyer
from idlibsite.site.rows import ClaimRow
from idlibsite.site.sections import Listed, Section

TABLE_KIND = "claim-table-1"  # cache entries: BUCKETS of the claims' rows (below)
BUCKETS = 16  # entries the table is stored in: a one-claim edit stores one of them again


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """What a build reads of one claim's section and row, stored."""

    key: str  # :meth:`ClaimTable.key` of what it was made from
    paths: tuple[str, ...]  # its pages' paths, in the plan's order
    keys: tuple[str, ...]  # each one's page key (site/incremental.py)
    html: int  # how many of them are HTML pages
    listed: Listed  # what the sitemap lists of them (sections.py)
    digest: str  # the hash of ``listed``
    row: tuple[ClaimRow, str]  # its row of the claims tables, and the repr of its line of claims.json's view

    @property
    def section(self) -> Section:
        """As a section of the plan: for the sitemap, with no page."""
        return Section(None, (), self.listed, self.digest)


def _bucket(claim: str) -> int:
    return zlib.crc32(claim.encode()) % BUCKETS


class ClaimTable:
    """The stored rows of the claims (read from ``cache`` once, unless not ``read``: ``build --full``), and
    those of the claims this build plans, stored by :meth:`store`."""

    def __init__(self, cache: Cache, shared: str, read: bool = True) -> None:
        self.cache = cache
        self.keyer = keyer(TABLE_KIND, shared)  # (shared: the hash of templates, configuration and version)
        self.names = [self.keyer(f"bucket {n}") for n in range(BUCKETS)]
        found = cache.get_many(TABLE_KIND, self.names) if read else {}
        self.stored: list[dict[str, StoredClaim]] = []
        for name in self.names:
            bucket = found.get(name)
            self.stored.append(bucket if isinstance(bucket, dict) else {})
        self.taken: dict[str, StoredClaim] = {}  # the rows used by this plan
        self.planned: dict[str, tuple[str, Section, tuple[ClaimRow, str]]] = {}  # the claims it planned

    def key(self, site: Site, claim: str, inputs: Iterable[tuple[str, str]], archived: Iterable[str],
            quotes: Sequence[Quote]) -> str:
        """The key of a claim's row: its id, the inputs its pages show with their hashes (``inputs``, sorted),
        the sources of its versions archived, and its statements and verdict as anchored."""
        verdict = site.verdicts.get(claim)
        # one line a part (ids and input keys hold no line break): one part to hash, not one each
        return self.keyer(claim, "\n".join([*(f"{d}={h}" for d, h in inputs), "|", *sorted(archived), "|",
                                            *(f"{q.statement.id} {q.source.id} {q.speaker.id} {_spans(q.anchor.spans)}"
                                              for q in quotes),
                                            "|", "" if verdict is None else _spans(verdict.spans)]))

    def get(self, claim: str, key: str) -> StoredClaim | None:
        """The stored row of ``claim`` when made from ``key``, else None (the claim is then planned)."""
        found = self.stored[_bucket(claim)].get(claim)
        if found is None or found.key != key:
            return None
        self.taken[claim] = found
        return found

    def planned_claim(self, claim: str, key: str, section: Section, row: tuple[ClaimRow, str]) -> None:
        """A claim this build planned (its row stored by :meth:`store`)."""
        self.planned[claim] = key, section, row

    def paths(self) -> Iterator[str]:
        """The pages of the claims taken from the table."""
        for found in self.taken.values():
            yield from found.paths

    def keys(self) -> Iterator[tuple[str, str]]:
        """Each page of the claims taken, with its key."""
        for found in self.taken.values():
            yield from zip(found.paths, found.keys)

    @property
    def pages(self) -> int:
        """How many pages the claims taken have."""
        return sum(len(found.paths) for found in self.taken.values())

    def html(self) -> int:
        return sum(found.html for found in self.taken.values())

    def store(self, keys: Mapping[str, str]) -> None:
        """Store the table of this build's claims (``keys``: every page's): the buckets holding a claim
        planned or gone, put (stored at commit); the others counted as used."""
        now: list[dict[str, StoredClaim]] = [{} for _ in range(BUCKETS)]
        for claim, found in self.taken.items():
            now[_bucket(claim)][claim] = found
        for claim, (key, section, row) in self.planned.items():
            paths = tuple(p.path for p in section.pages)
            now[_bucket(claim)][claim] = StoredClaim(key, paths, tuple(keys[p] for p in paths),
                                                     sum(p.endswith(".html") for p in paths),
                                                     section.listed, section.digest, row)
        for name, was, bucket in zip(self.names, self.stored, now, strict=True):
            if bucket.keys() == was.keys() and all(was[c] is found for c, found in bucket.items()):
                self.cache.touch(TABLE_KIND, (name,))
            else:
                self.cache.put(TABLE_KIND, name, bucket)
        self.planned = {}  # (their sections hold their pages)


def _spans(spans: Iterable[Span]) -> str:
    return ",".join(f"{s.start}-{s.end}-{s.method}" for s in spans)
