"""A process that builds once: each unchanged claim's lock entries taken from the lock as read, not made.

A claim's lock entries (lock.py's :func:`~lock.snapshot`) are a function of its entry key (claimentries.py:
its file, the sources it cites with their sidecars and outlets, the actors, the topics, the rules), as its
quotes are.  When a check's entries equal the lock as read, each claim's entry key and the places of its
entries in the lock (their positions in its rows) are stored under the hash of that lock's rows (lock.py's
``lock_rows``): one cache entry of plain arrays (:func:`_dumps`), ~100 bytes a claim (its id the most).  A
later process that reads the same lock takes the entries of each claim whose entry key is the one stored as
the lock's very objects, at those places: no quote of it is read, no entry made.  The others' are made from
their quotes, as :func:`~lock.snapshot` makes them, and the whole is :func:`~lock.snapshot`'s, in its order.
The entry is stored again only when more than a few claims were made (an edit of a few claims leaves it as
it was: their entries are made at each build until then).
"""

from __future__ import annotations

import hashlib
import marshal
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from idlibsite.anchoring.lock import Locked, snapshot, statement_entries, verdict_entry
from idlibsite.anchoring.model import Site
from idlibsite.cache import Cache
from idlibsite.keys import key

CLAIMS_KIND = "lock-claims-2"  # cache entries: by the SHA-256 of a lock's rows, each claim's key and places
DIGEST = 32  # bytes of an entry key (a SHA-256 as hex digits) as stored
# a claim's id, entry key, and either its places and its verdict's (taken) or its entries' keys and its
# verdict's key ("": none) (made)
Row = tuple[str, str, Sequence[int], int] | tuple[str, str, Sequence[str], str]


@dataclass(frozen=True, slots=True)
class _Stored:
    """Each claim's entry key and the places of its entries in the lock's rows, as :func:`_dumps` stores them:
    claim ``i``'s statements' at ``places[bounds[i]:bounds[i + 1]]``, its verdict's at ``verdicts[i]`` (-1:
    none), its key the ``i``-th ``DIGEST`` bytes of ``digests``."""

    index: dict[str, int]  # claim id -> i
    digests: bytes
    bounds: memoryview
    places: memoryview
    verdicts: memoryview

    def places_of(self, claim_id: str, k: str) -> tuple[memoryview, int] | None:
        """Claim ``claim_id``'s places (its statements', its verdict's) when its entry key ``k`` is the one
        stored; else None."""
        i = self.index.get(claim_id)
        if i is None or self.digests[i * DIGEST:(i + 1) * DIGEST] != bytes.fromhex(k):
            return None
        return self.places[self.bounds[i]:self.bounds[i + 1]], self.verdicts[i]


def snapshot_taken(site: Site, cache: Cache, locked: Mapping[str, Locked], rows: bytes | None,
                   keys: Mapping[str, str]) -> dict[str, Locked]:
    """:func:`~lock.snapshot` of ``site``, the entries of each claim whose entry key (``keys``) is the one stored
    for the lock as read (``locked``, read from ``rows``) taken from it; each claim's key and places stored for
    that lock when the entries equal it and more than a few claims were made.  Without rows, or with two
    claims of one id: :func:`~lock.snapshot`."""
    if rows is None or site.claim_by_id is None:
        return snapshot(site)
    name = key(CLAIMS_KIND, hashlib.sha256(rows).digest())
    claims = site.annotations.claims
    lock_keys = list(locked)
    stored = _read(cache.get(CLAIMS_KIND, name), len(lock_keys))
    entries = list(locked.values()) if stored is not None else []
    by_claim = site.quotes_by_claim
    out: dict[str, Locked] = {}
    now: list[Row] = []  # each claim's with a key
    verdicts: list[tuple[str, Locked | None]] = []  # each claim's verdict's entry, put after every statement's
    made = 0
    for claim in claims:
        k = keys.get(claim.id)
        taken = stored.places_of(claim.id, k) if stored is not None and k is not None else None
        if taken is not None:
            places, v = taken
            out.update(zip(map(lock_keys.__getitem__, places), map(entries.__getitem__, places)))
            verdicts.append((lock_keys[v], entries[v]) if v >= 0 else ("", None))
            now.append((claim.id, k, places, v))  # type: ignore[arg-type]  # (taken: k is not None)
        else:
            made += 1
            entries_made = statement_entries(by_claim.get(claim.id, ()))
            out.update(entries_made)
            verdict = verdict_entry(claim, site.verdicts.get(claim.id), site)
            verdicts.append((f"{claim.id}/verdict" if verdict is not None else "", verdict))
            if k is not None:
                now.append((claim.id, k, [ek for ek, _ in entries_made], verdicts[-1][0]))
    out.update((vk, v) for vk, v in verdicts if v is not None)
    if (stored is None or made > len(claims) // 64 + 16) and out == locked:  # (in C: the entries taken by identity)
        cache.put(CLAIMS_KIND, name, _dumps(now, dict(zip(lock_keys, range(len(lock_keys))))))
    return out


def _dumps(now: Sequence[Row], place: Mapping[str, int]) -> bytes:
    """The value stored for these claims (``place``: each lock key's place in the lock's rows)."""
    bounds, places, verdicts = array("I", [0]), array("I"), array("i")
    for _, _, of, v in now:
        places.extend(of if isinstance(v, int) else map(place.__getitem__, of))  # type: ignore[arg-type]
        bounds.append(len(places))
        verdicts.append(v if isinstance(v, int) else place[v] if v else -1)
    return marshal.dumps((tuple(row[0] for row in now), b"".join(bytes.fromhex(row[1]) for row in now),
                          bounds.tobytes(), places.tobytes(), verdicts.tobytes()))


def _read(value: object, size: int) -> _Stored | None:
    """The claims' keys and places as stored for a lock of ``size`` entries; None when ``value`` is not such."""
    if not isinstance(value, bytes):
        return None
    try:
        ids, digests, bounds, places, verdicts = marshal.loads(value)
        bounds, places = memoryview(bounds).cast("I"), memoryview(places).cast("I")
        verdicts = memoryview(verdicts).cast("i")
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(ids, tuple):
        return None
    index = dict(zip(ids, range(len(ids))))
    if not (len(ids) == len(index) == len(verdicts) == len(bounds) - 1 and all(isinstance(i, str) for i in ids)
            and isinstance(digests, bytes) and len(digests) == len(ids) * DIGEST
            and bounds[-1] == len(places) and max(chain(places, verdicts), default=-1) < size
            and min(verdicts, default=-1) >= -1 and all(map(int.__le__, bounds, bounds[1:]))):
        return None
    return _Stored(index, digests, bounds, places, verdicts)
