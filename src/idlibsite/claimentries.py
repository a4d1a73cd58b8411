"""One key and one cache entry per claim file: what linking and the checks of meaning found for it.

Linking (anchoring/link.py) and the checks of meaning (meaning.py) read the same inputs of a claim: its
file, the sources it cites (their paths, bytes, sidecars and outlets), the actors and the topics.  A fresh
process makes one key per claim from the stat tables' hashes (``hashed``: the SHA-256 of each claim file
and sidecar, by its name as shown) and reads one entry per claim: link's part (its anchors by statement
position, its problems of linking packed) and meaning's (the actors each statement's clause names, the
problems of its checks packed).  Before, each stage made a key of its own from the same inputs and read
an entry of its own.  The entry is stored once both stages have found their part of a claim anew.

An entry is one ``marshal.dumps`` of plain values (:func:`_entry` reads it): tuples of ints, strs, floats,
bytes and frozensets, each anchor as its spans' rows.  Pickled as records (kind claim-4), the 3,000 entries
of 1,000 sources were some 30,000 objects (an Anchor and its Spans per quote, each claim's Entry, Stored and
Runs), each rebuilt through pickle's calls; marshal (the standard library's, the format of
problemrows.Run's rows) loads the rows in C, and linking makes each Anchor where it joins it to its Quote
(:meth:`Stored.linked`).
"""

from __future__ import annotations

import marshal
import os
from pickle import UnpicklingError
from collections.abc import Callable, Mapping, Sequence

from idlibsite.anchoring.link import CLAIM_KIND, Stored, cited
from idlibsite.anchoring.match import RULES as LINK_RULES
from idlibsite.annotations.records import Annotations, Claim
from idlibsite.cache import Cache
from idlibsite.keys import framed, framed_keyer
from idlibsite.meaning import RULES as MEANING_RULES, Whole, actor_names
from idlibsite.pickled import maker
from idlibsite.problemrows import RUN, Run, joined
from idlibsite.sources.corpus import SIDECAR_SUFFIX
from idlibsite.sources.records import Source


class ClaimEntries:
    """The entries of one check: read by link for the claims it does not recall, their meaning parts
    handed to the checks of meaning, and each claim found anew by both stored whole."""

    def __init__(self, cache: Cache, annotations: Annotations, hashed: Mapping[str, str]) -> None:
        self.cache = cache
        self.annotations = annotations
        self.hashed = hashed
        self.keys: dict[str, str] = {}  # claim id -> its key (claims whose file and sidecars are hashed)
        self.checked: dict[str, Whole] = {}  # claim id -> meaning's part of its entry, as read
        self.anchored: dict[str, int] = {}  # claim id -> how many of its statements its entry read anchors
        self.linked: dict[str, Stored] = {}  # claim id -> link's part, as linking found it anew
        self.both: dict[tuple[int, int], tuple[Run, Run, Run]] = {}  # the ids of the two runs of an entry
        # read -> those runs and their rows joined, as stored

    def read(self, claims: Sequence[Claim], by_id: Mapping[str, Source]) -> dict[str, tuple[str, Stored | None]]:
        """Each of ``claims`` that has a key: its key and link's part of its entry (None: not stored)."""
        annotations = self.annotations
        key_of = framed_keyer(CLAIM_KIND, LINK_RULES, MEANING_RULES, repr(actor_names(annotations.actors)), "",
                              *(t.id for t in annotations.topics))
        cites: dict[str, bytes | None] = {}  # each source cited: its part of a claim's key, made once
        for claim in claims:
            k = _key(claim, key_of, by_id, self.hashed, cites)
            if k is not None:
                self.keys[claim.id] = k
        # not kept in the cache's memory (nor those put): what linking and meaning made of them is (serve keeps
        # it from build to build), so their bytes (4.6 MB at 1,000 sources) would be held too until the next build
        stored = self.cache.get_many(CLAIM_KIND, (self.keys[c.id] for c in claims if c.id in self.keys),
                                     remember=False)
        found: dict[str, tuple[str, Stored | None]] = {}
        for claim in claims:
            k = self.keys.get(claim.id)
            if k is None:
                continue
            hit = stored.get(k)
            entry = _entry(hit) if isinstance(hit, bytes) else None
            if entry is not None:
                linked, checked, both = entry
                self.checked[claim.id] = checked
                self.anchored[claim.id] = len(linked.anchors)
                if both is not None:
                    self.both[id(linked.run), id(checked[1])] = linked.run, checked[1], both
                found[claim.id] = k, linked
            else:
                found[claim.id] = k, None
        return found

    def put(self, claim_id: str, found: Whole) -> None:
        """Store the entry of a claim that meaning found ``found`` for anew, when linking found it anew too."""
        linked = self.linked.get(claim_id)
        if linked is not None:
            both = joined((linked.run, found[1])) if linked.run.count and found[1].count else None
            self.cache.put(CLAIM_KIND, self.keys[claim_id], marshal.dumps((
                linked.anchors, linked.verdict, RUN(linked.run), linked.keys, found[0], RUN(found[1]),
                None if both is None else RUN(both))), remember=False)

    def joined(self, runs: Sequence[Run]) -> Run | None:
        """The rows of ``runs`` joined as stored, when they are the very two runs of an entry read."""
        if len(runs) == 2 and (hit := self.both.get((id(runs[0]), id(runs[1])))) is not None \
                and hit[0] is runs[0] and hit[1] is runs[1]:
            return hit[2]
        return None


def _entry(data: bytes) -> tuple[Stored, Whole, Run | None] | None:
    """An entry as :meth:`ClaimEntries.put` stores it: link's part (its anchors still rows), meaning's, and
    the two runs' rows joined (None: one is empty); None when ``data`` is not an entry of this layout."""
    try:
        anchors, verdict, run, keys, speakers, checked, both = marshal.loads(data)
        return (_stored((anchors, verdict, _run(run), keys)), (speakers, _run(checked)),
                None if both is None else _run(both))
    except (ValueError, EOFError, TypeError, UnpicklingError):  # bad marshal data, or another layout
        return None


_stored, _run = maker(Stored), maker(Run)  # a record of its fields' values (no __init__), as pickle makes it


def _key(claim: Claim, key_of: Callable[[bytes], str], by_id: Mapping[str, Source],
         hashed: Mapping[str, str], cites: dict[str, bytes | None]) -> str | None:
    """The claim's key: its file's name and hash and, for each source it cites, the source's path (named
    in messages), bytes (by hash), sidecar (its block kinds) and outlet, or that it is missing; None when
    a hash is unknown (with the rules, every actor's names and the topic ids in ``key_of``).  ``cites``:
    each source's part of the key as :func:`framed` bytes (None: its sidecar's hash unknown), made once."""
    sha = hashed.get(claim.path)
    if sha is None:
        return None
    parts = [framed((claim.path, sha))]
    for source_id in cited(claim):
        if source_id not in cites:
            cites[source_id] = _cited_part(by_id.get(source_id), hashed)
        part = cites[source_id]
        if part is None:
            return None
        parts.append(part)
    return key_of(b"".join(parts))


def _cited_part(source: Source | None, hashed: Mapping[str, str]) -> bytes | None:
    """A cited source's part of a claim's key (:func:`_key`), framed."""
    if source is None:
        return framed(("", "", "", ""))
    sidecar = hashed.get(os.path.splitext(source.path)[0] + SIDECAR_SUFFIX)
    return None if sidecar is None else framed((source.path, source.sha256, sidecar, source.meta.outlet))
