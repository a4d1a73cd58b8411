"""A process that builds once: each unchanged claim's lock entries taken from the lock as read, not made.

A claim's lock entries (lock.py's :func:`~lock.snapshot`) are a function of its entry key (claimentries.py:
its file, the sources it cites with their sidecars and outlets, the actors, the topics, the rules), as its
quotes are.  When a check's entries equal the lock as read, each claim's entry key and the keys of its
entries in the lock are stored under the hash of that lock's rows (lock.py's ``lock_rows``): one cache
entry, a ``marshal.dumps`` of claim id -> (entry key, its statements' entry keys, its verdict's or "").  A
later process that reads the same lock takes the entries of each claim whose entry key is the one stored as
the lock's very objects: no quote of it is read, no entry made.  The others' are made from their quotes, as
:func:`~lock.snapshot` makes them, and the whole is :func:`~lock.snapshot`'s, in its order.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Mapping
from operator import attrgetter

from idlibsite.anchoring.lock import Locked, snapshot, statement_entries, verdict_entry
from idlibsite.anchoring.model import Site
from idlibsite.cache import Cache
from idlibsite.keys import key

CLAIMS_KIND = "lock-claims-1"  # cache entries: by the SHA-256 of a lock's rows, each claim's keys (see above)
Row = tuple[str, tuple[str, ...], str]  # a claim's entry key, its statements' keys in the lock, its verdict's
# ("": none)


def snapshot_taken(site: Site, cache: Cache, locked: Mapping[str, Locked], rows: bytes | None,
                   keys: Mapping[str, str]) -> dict[str, Locked]:
    """:func:`~lock.snapshot` of ``site``, the entries of each claim whose entry key (``keys``) is the one stored
    for the lock as read (``locked``, read from ``rows``) taken from it; each claim's keys stored for that lock
    when the entries equal it.  Without rows, or with two claims of one id: :func:`~lock.snapshot`."""
    if rows is None or site.claim_by_id is None:
        return snapshot(site)
    name = key(CLAIMS_KIND, hashlib.sha256(rows).digest())
    stored = _read(cache.get(CLAIMS_KIND, name))
    claims = site.annotations.claims
    by_claim = site.quotes_by_claim
    out: dict[str, Locked] = {}
    now: dict[str, Row] = {}
    verdicts: list[tuple[str, Locked | None]] = []  # each claim's verdict's entry, put after every statement's
    for claim, row in zip(claims, map(stored.get, map(_ID, claims))):
        k = keys.get(claim.id)
        taken = _taken(row, locked) if row is not None and row[0] == k else None
        if taken is not None:
            out.update(taken[0])
            verdicts.append(taken[1])
            now[claim.id] = row  # type: ignore[assignment]  # (taken: not None)
        else:
            made = statement_entries(by_claim.get(claim.id, ()))
            out.update(made)
            verdict = verdict_entry(claim, site.verdicts.get(claim.id), site)
            verdicts.append((f"{claim.id}/verdict" if verdict is not None else "", verdict))
            if k is not None:
                now[claim.id] = (k, tuple(entry_key for entry_key, _ in made), verdicts[-1][0])
    out.update((vk, v) for vk, v in verdicts if v is not None)
    if now == stored:
        cache.touch(CLAIMS_KIND, (name,))
    elif out == locked:  # (in C: the entries taken by identity)
        cache.put(CLAIMS_KIND, name, marshal.dumps(now))
    return out


def _taken(row: Row, locked: Mapping[str, Locked]) -> tuple[zip[tuple[str, Locked]], tuple[str, Locked]] | None:
    """A claim's statements' entries in ``locked`` at the keys of its ``row``, and its verdict's (its key
    "": none); None when one is not there (not the lock the row was stored for), or the row is not one."""
    try:
        taken = list(map(locked.get, row[1]))
        verdict = locked.get(row[2]) if row[2] else None
    except TypeError:  # (keys of another type)
        return None
    if not all(taken) or row[2] and verdict is None:  # (an entry is true: tested in C)
        return None
    return zip(row[1], taken), (row[2], verdict)  # type: ignore[arg-type, return-value]  # (none is None)


_ID = attrgetter("id")  # a claim's


def _read(value: object) -> dict[str, Row]:
    """The claims' keys as stored; none when ``value`` is not such a map of rows."""
    if not isinstance(value, bytes):
        return {}
    try:
        stored = marshal.loads(value)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(stored, dict) or not all(isinstance(r, tuple) and len(r) == 3 for r in stored.values()):
        return {}
    return stored
