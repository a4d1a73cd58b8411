"""A process that builds once: the spans on each source, and what coverage keys of each source, stored.

The first of the cross-claim indexes (issue 18, point 2, stage 1): what the check of coverage
(check.py's ``_coverage``) reads of every claim is the spans its statements are anchored at on each
source, in the claims' order (:attr:`Site.quotes_by_source`).  Each claim's part (its spans by source) is
a function of its entry key (claimentries.py: its file, the sources it cites, the actors, the topics, the
rules), so it is stored with that key, and the grouping of every claim's part by source
(anchoring/grouping.py's :class:`Grouping`) with it; a fresh process takes each claim whose key is the
one stored as it was, and groups again only the sources a changed, added or removed claim's part names.

With each source's spans, the index stores what coverage keyed of the source (its passages' key and its
coverage's) by all those keys are made of: its path, bytes, sidecar and outlet, and the spans on it.  An
unchanged source's keys are then taken as stored, its quoted blocks' ranges not gone through nor hashed.

One cache entry per project, of plain values (one ``marshal.dumps``): read whole, stored again at the
commit of a build that changed it.  A value of another layout reads as no index: everything is grouped
and keyed again, as before.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Iterable, Mapping, Sequence

from idlibsite.anchoring.grouping import Grouping
from idlibsite.anchoring.model import Quote, Site
from idlibsite.cache import Cache, keyer
from idlibsite.sources.corpus import SIDECAR_SUFFIX
from idlibsite.sources.records import Source

INDEX_KIND = "spans-index-1"  # cache entries: one per project (its key names no input)
Spans = tuple[tuple[int, int], ...]  # spans on one source, in order: (start, end) each
Covered = tuple[str, str, str, str, Spans, str, str, bool]  # a source's path, SHA-256, sidecar's SHA-256, outlet
# and spans; the keys coverage made of them, its passages' and its coverage's; and whether two of its spans overlap


class SpansIndex:
    """The stored index, with each claim's part taken or made again for this build's claims (``keys``: each
    claim's entry key, in the claims' order; ``quotes``: each claim's quotes, read only for a changed claim)."""

    def __init__(self, cache: Cache, keys: Mapping[str, str], quotes: Mapping[str, Sequence[Quote]],
                 hashed: Mapping[str, str]) -> None:
        self.cache = cache
        self.name = keyer(INDEX_KIND)("index")
        self.hashed = hashed
        stored = _read(cache.get(INDEX_KIND, self.name))
        grouping: Grouping[str, tuple[int, int]] = Grouping()
        covered: dict[str, Covered] = {}
        if stored is not None:
            (grouping.held, grouping.parts, grouping.claims, grouping.groups, grouping.ranks), covered = stored
        was = grouping.held
        # a claim's key that is the one stored is held as the very string stored: Grouping takes again the
        # part of each claim whose object is the one it holds
        held = {c: w if (w := was.get(c)) == k else k for c, k in keys.items()}
        of_key = {k: c for c, k in keys.items()}
        self.spans = grouping.update(held, lambda k: _pairs(quotes.get(of_key[k], ())))
        self.held = held
        self.changed = stored is None or held != was  # (a claim's key, or the claims, not the ones stored)
        self.grouping = grouping
        self.covered = covered
        self.now: dict[str, Covered] = {}

    @classmethod
    def of(cls, site: Site, cache: Cache, keys: Mapping[str, str], hashed: Mapping[str, str]) -> SpansIndex | None:
        """The index for ``site`` (``keys``: its claims' entry keys); None when a claim has no entry key, or
        two claims or two sources share an id (errors the check reports: the spans are grouped as before)."""
        claims = site.annotations.claims
        of_claims = {c.id: k for c in claims if (k := keys.get(c.id)) is not None}
        if site.claim_by_id is None or len(of_claims) != len(claims) or len(site.source_by_id) != len(site.sources):
            return None
        return cls(cache, of_claims, site.quotes_by_claim, hashed)

    def keys_of(self, source: Source) -> tuple[str, str | None] | None:
        """The keys of ``source``'s passages and coverage as stored: the passages' when made of what it is now
        (None: made again), with the coverage's when made of the very spans on it too (else None)."""
        found, of = self.covered.get(source.id), self._of(source)
        if found is None or of is None or found[:4] != of[:4]:
            return None
        return found[5], found[6] if found[4] == of[4] else None

    def made(self, source: Source, passages_key: str, covered_key: str) -> None:
        """The keys coverage took or made of ``source`` now (stored, with whether its spans overlap)."""
        of = self._of(source)
        if of is None:
            return
        found = self.covered.get(source.id)
        if found is not None and found[:7] == (*of, passages_key, covered_key):
            self.now[source.id] = found
        else:
            self.now[source.id] = (*of, passages_key, covered_key, _overlapping(of[4]))

    def overlapping(self, quotes: Mapping[str, Sequence[Quote]]) -> dict[str, tuple[Quote, ...]]:
        """The quotes on each source two of whose spans overlap, by source in the order of
        :attr:`Site.quotes_by_source` (``quotes``: each claim's): the only sources on which the checks of
        meaning may find words given to two speakers or to both sides (meaning.py's ``_shared_spans``)."""
        claims = self.grouping.claims
        return {s: tuple(q for c in claims[s] for q in quotes[c] if q.source.id == s)
                for s in self.spans if (row := self.now.get(s)) is None or row[7]}

    def _of(self, source: Source) -> tuple[str, str, str, str, Spans] | None:
        """What a source's keys are made of (its blocks and sidecar's entries by its files' hashes); None
        when its sidecar's hash is unknown."""
        sidecar = self.hashed.get(os.path.splitext(source.path)[0] + SIDECAR_SUFFIX)
        return None if sidecar is None else (source.path, source.sha256, sidecar, source.meta.outlet,
                                             self.spans.get(source.id, ()))

    def store(self) -> None:
        """Store the index as this build made it (at the cache's commit), or count the stored one as used."""
        g = self.grouping
        if self.changed or self.now != self.covered:
            self.cache.put(INDEX_KIND, self.name, marshal.dumps(((self.held, g.parts, g.claims, g.groups, g.ranks),
                                                                 self.now)))
        else:
            self.cache.touch(INDEX_KIND, (self.name,))


def _pairs(quotes: Iterable[Quote]) -> list[tuple[str, tuple[int, int]]]:
    """Each span of ``quotes`` with its source's id, in order."""
    return [(q.source.id, (s.start, s.end)) for q in quotes for s in q.anchor.spans]


def _overlapping(spans: Spans) -> bool:
    """Whether two of ``spans`` overlap."""
    ordered = sorted(spans)
    return any(b[0] < a[1] for a, b in zip(ordered, ordered[1:]))


def _read(value: object) -> tuple[tuple[dict, dict, dict, dict, dict], dict[str, Covered]] | None:  # type: ignore[type-arg]
    """The index as :meth:`SpansIndex.store` stored it; None when ``value`` is not such an index."""
    if not isinstance(value, bytes):
        return None
    try:
        grouping, covered = marshal.loads(value)
        held, parts, claims, groups, ranks = grouping
    except (ValueError, EOFError, TypeError):  # bad marshal data, or another layout
        return None
    if not all(isinstance(d, dict) for d in (held, parts, claims, groups, ranks, covered)):
        return None
    return (held, parts, claims, groups, ranks), covered
