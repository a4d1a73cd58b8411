"""A process that builds once: the pages of each unchanged section taken from one stored table, not planned.

What the rest of a build reads of a section (site/sections.py) is each page's path and key (the kept
files' pass, the search's and the site's records), what the sitemap lists of it, and for a claim its
row of the claims tables and line of claims.json.  :class:`SectionTable` stores those for the sections
of every claim, source, actor, topic and speaker (named ``claim:<id>``, ``source:<id>``...), in BUCKETS
cache entries read in one query, each row under a key naming by content everything the section is made
from.  A claim's (:meth:`SectionTable.key`): the hash of every input its pages show (the claim, its
sources, the actors, its topics; with the shared hash of templates, configuration and version), the view
of its history (each of its versions), the sources of its versions archived here, and its statements and
verdict as anchored.  The other sections' (:meth:`SectionTable.key_of`, site/pages.py): the inputs of
their own with their hashes, what they show besides, and the key of each claim they show (so a changed
claim, statement or source of a statement makes them again).  The cache adds the tool's code.  A row
whose key is not the section's now is planned as before; a damaged entry is read as none.

A claim's key is not made again while nothing it names can have changed (:meth:`SectionTable.unchanged`):
its row also holds what it was made from, the hash of every input but the claims (:meth:`SectionTable.start`:
the sources, actors, topics and shared parts, so the same sources archived, and the same quotes linked from
an unchanged claim file, linking reading no more), the hash of the claim's own file, and its history's rows.
Nor is the key of another section while it shows the same claims, none of which was made again
(:meth:`SectionTable.shows_unchanged`): its row holds that hash, what it shows of its own and the hash of its
claims' ids (:meth:`SectionTable.shown`); its key's parts (a claim key and a statement id per quote) are then
not made (fresh18aq: 3,689 sections at 3,000 sources, 80,000 such parts).  The planned
sections' rows are stored at the cache's commit, so a failed build stores nothing.  A section whose page
cannot be kept from the site (a file edited by hand, or removed) makes the build plan every section
again (build.py).

plan18j stored each section as its own entry, with its pages: reading and unpickling 3,000 entries and
making their pages again cost what planning them did.  Here a row is plain values, a bucket one pickle,
and no page of an unchanged claim is made.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.spans import Span
from idlibsite.cache import Cache, keyer
from idlibsite.site.rows import ClaimRow
from idlibsite.site.sections import Listed, Section
from idlibsite.site.versioned import HistoryRow

TABLE_KIND = "section-table-2"  # cache entries: BUCKETS of the sections' rows (below)
BUCKETS = 64  # entries the table is stored in: a one-claim edit stores a few of them again (its ~10 sections)


@dataclass(frozen=True, slots=True)
class StoredSection:
    """What a build reads of one section (and of a claim's row), stored."""

    key: str  # :meth:`SectionTable.key` or :meth:`SectionTable.key_of` of what it was made from
    paths: tuple[str, ...]  # its pages' paths, in the plan's order
    keys: tuple[str, ...]  # each one's page key (site/incremental.py)
    html: int  # how many of them are HTML pages
    listed: Listed  # what the sitemap lists of them (sections.py)
    digest: str  # the hash of ``listed``
    row: tuple[ClaimRow, str] | None  # a claim's row of the claims tables, and the repr of its line of claims.json
    made_from: tuple[object, ...] = ()  # :meth:`SectionTable.made_from` (a claim's), :meth:`SectionTable.shown`

    @property
    def section(self) -> Section:
        """As a section of the plan: for the sitemap, with no page."""
        return Section(None, (), (), 0, self.listed, self.digest, tuple)


def _bucket(name: str) -> int:
    return zlib.crc32(name.encode()) % BUCKETS


class SectionTable:
    """The stored rows of the sections (read from ``cache`` once, unless not ``read``: ``build --full``), and
    those of the sections this build plans, stored by :meth:`store`."""

    def __init__(self, cache: Cache, shared: str, read: bool = True) -> None:
        self.cache = cache
        self.keyer = keyer(TABLE_KIND, shared)  # (shared: the hash of templates, configuration and version)
        self.names = [self.keyer(f"bucket {n}") for n in range(BUCKETS)]
        found = cache.get_many(TABLE_KIND, self.names) if read else {}
        self.stored: list[dict[str, StoredSection]] = []
        for name in self.names:
            bucket = found.get(name)
            self.stored.append(bucket if isinstance(bucket, dict) else {})
        self.taken: dict[str, StoredSection] = {}  # the rows used by this plan, by section's name
        self.planned: dict[str, tuple[str, Section, tuple[ClaimRow, str] | None, tuple[object, ...]]] = {}  # the
        # sections it planned
        self.others = ""  # :meth:`start`
        self.same: set[str] = set()  # the claims whose rows :meth:`unchanged` took (their keys not made)

    def start(self, hashes: Mapping[str, str]) -> None:
        """This build's inputs and their ``hashes``: the hash of those that are not claims, made once."""
        self.others = hashlib.sha256("\n".join(sorted(f"{k}={v}" for k, v in hashes.items()
                                                      if not k.startswith("claim:"))).encode()).hexdigest()

    def made_from(self, claim_hash: str, rows: Iterable[HistoryRow]) -> tuple[object, ...]:
        """What a claim's key is made of but its statements and the inputs it shows (which, with the same
        other inputs and ``claim_hash`` of its file, linking gives and names the same): :meth:`start`'s hash,
        the claim's file's and each of its history's ``rows`` as plain values."""
        return (self.others, claim_hash, *((r.version, r.date.iso, r.path, r.changes, r.sources) for r in rows))

    def unchanged(self, name: str, made_from: tuple[object, ...], claim: str) -> StoredSection | None:
        """The stored row of the section ``name`` of ``claim`` when made from the same :meth:`made_from` (its
        key then the same: not made again), else None."""
        found = self.stored[_bucket(name)].get(name)
        if found is None or found.made_from != made_from:
            return None
        self.taken[name] = found
        self.same.add(claim)
        return found

    def shown(self, own: tuple[object, ...], claims: Sequence[str]) -> tuple[object, ...]:
        """What the key of a section that is not a claim's is made of but the keys of the claims it shows (each
        from its statements, its file and its history): :meth:`start`'s hash (its own inputs among the others,
        and the actors of its statements), what it shows of its own besides its inputs (``own``: a source's
        neighbours, a topic's title and description...), and the hash of the ids of the ``claims`` it shows, in
        order (with the statements of each, which an unchanged claim file and the same other inputs give the
        same, linking reading no more)."""
        return (self.others, own, hashlib.sha256("\n".join(claims).encode()).digest())

    def shows_unchanged(self, name: str, made_from: tuple[object, ...], claims: Iterable[str]) -> StoredSection | None:
        """The stored row of the section ``name`` (not a claim's) when made from the same :meth:`shown` and none
        of its ``claims`` was made again (each one's row taken by :meth:`unchanged`): its key is then the one
        stored, made of the same parts, and is not made again.  Else None."""
        found = self.stored[_bucket(name)].get(name)
        if found is None or found.made_from != made_from or not self.same.issuperset(claims):
            return None
        self.taken[name] = found
        return found

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

    def key_of(self, name: str, parts: Iterable[str]) -> str:
        """The key of the section ``name`` (not a claim's) made from ``parts`` (none holding a line break)."""
        return self.keyer(name, "\n".join(parts))

    def get(self, name: str, key: str, made_from: tuple[object, ...]) -> StoredSection | None:
        """The stored row of the section ``name`` when made from ``key``, else None (it is then planned);
        stored again with its ``made_from`` now (:meth:`made_from`, :meth:`shown`) when another."""
        found = self.stored[_bucket(name)].get(name)
        if found is None or found.key != key:
            return None
        self.taken[name] = found if found.made_from == made_from else replace(found, made_from=made_from)
        return found

    def planned_section(self, name: str, key: str, section: Section, row: tuple[ClaimRow, str] | None = None,
                        made_from: tuple[object, ...] = ()) -> None:
        """A section this build planned (its row stored by :meth:`store` with ``made_from``: :meth:`made_from`,
        :meth:`shown`)."""
        self.planned[name] = key, section, row, made_from

    def paths(self) -> Iterator[str]:
        """The pages of the sections taken from the table."""
        for found in self.taken.values():
            yield from found.paths

    def keys(self) -> Iterator[tuple[str, str]]:
        """Each page of the sections taken, with its key."""
        for found in self.taken.values():
            yield from zip(found.paths, found.keys)

    @property
    def pages(self) -> int:
        """How many pages the sections taken have."""
        return sum(len(found.paths) for found in self.taken.values())

    def html(self) -> int:
        return sum(found.html for found in self.taken.values())

    def store(self, keys: Mapping[str, str]) -> None:
        """Store the table of this build's sections (``keys``: every page's): the buckets holding a section
        planned or gone, put (stored at commit); the others counted as used."""
        now: list[dict[str, StoredSection]] = [{} for _ in range(BUCKETS)]
        for name, found in self.taken.items():
            now[_bucket(name)][name] = found
        for name, (key, section, row, made_from) in self.planned.items():
            now[_bucket(name)][name] = StoredSection(key, section.paths, tuple(keys[p] for p in section.paths),
                                                     section.html, section.listed, section.digest, row, made_from)
        for name, was, bucket in zip(self.names, self.stored, now, strict=True):
            if bucket.keys() == was.keys() and all(was[n] is found for n, found in bucket.items()):
                self.cache.touch(TABLE_KIND, (name,))
            else:
                self.cache.put(TABLE_KIND, name, bucket)
        self.planned = {}


def _spans(spans: Iterable[Span]) -> str:
    return ",".join(f"{s.start}-{s.end}-{s.method}" for s in spans)
