"""A process that builds once: each unchanged claim's lock entries taken from the lock as read, not made.

A claim's lock entries (lock.py's :func:`~lock.snapshot`) are a function of its entry key (claimentries.py:
its file, the sources it cites with their sidecars and outlets, the actors, the topics, the rules), as its
quotes are.  When a check's entries equal the lock as read, each claim's entry key is stored under the hash
of that lock's rows (lock.py's ``lock_rows``): one cache entry, a ``marshal.dumps`` of claim id -> key.  A
later process that reads the same lock takes the entries of each claim whose key is the one stored as the
lock's very entries, at the keys of the statements (and verdict) its entry read anchors: no quote of it is
read, no entry made.  The others' are made from their quotes, as :func:`~lock.snapshot` makes them.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Mapping, Set

from idlibsite.anchoring.lock import Locked, snapshot, statement_entries, verdict_entry
from idlibsite.anchoring.model import Site
from idlibsite.cache import Cache
from idlibsite.keys import key

CLAIMS_KIND = "lock-claims-1"  # cache entries: by the SHA-256 of a lock's rows, each claim's entry key


def snapshot_taken(site: Site, cache: Cache, locked: Mapping[str, Locked], rows: bytes | None,
                   keys: Mapping[str, str], anchored: Mapping[str, tuple[int, ...]],
                   verdicts: Set[str]) -> dict[str, Locked]:
    """:func:`~lock.snapshot` of ``site``, each claim whose entry key (``keys``) is the one stored for the lock
    as read (``locked``, read from ``rows``) taken from it: the entries of the statements ``anchored`` gives,
    and of its verdict if in ``verdicts``.  The claims' keys stored when the entries equal the lock.  Without
    rows, or with two claims of one id: :func:`~lock.snapshot`."""
    if rows is None or site.claim_by_id is None:
        return snapshot(site)
    name = key(CLAIMS_KIND, hashlib.sha256(rows).digest())
    stored = _read(cache.get(CLAIMS_KIND, name))
    claims = site.annotations.claims
    taken = [_taken(c.id, [c.statements[i].id for i in anchored[c.id]], c.id in verdicts, locked)
             if (k := keys.get(c.id)) is not None and stored.get(c.id) == k and c.id in anchored else None
             for c in claims]
    by_claim = site.quotes_by_claim
    out: dict[str, Locked] = {}
    for claim, its in zip(claims, taken):
        out.update(statement_entries(by_claim.get(claim.id, ())) if its is None else its[0])
    for claim, its in zip(claims, taken):  # (after every statement's, in the claims' order: as snapshot)
        entry = verdict_entry(claim, site.verdicts.get(claim.id), site) if its is None else its[1]
        if entry is not None:
            out[f"{claim.id}/verdict"] = entry
    now = {c.id: k for c in claims if (k := keys.get(c.id)) is not None}
    if now == stored:
        cache.touch(CLAIMS_KIND, (name,))
    elif out == locked:  # (in C: the entries taken by identity)
        cache.put(CLAIMS_KIND, name, marshal.dumps(now))
    return out


def _taken(claim_id: str, statements: list[str], verdict: bool, locked: Mapping[str, Locked]
           ) -> tuple[list[tuple[str, Locked]], Locked | None] | None:
    """A claim's statement entries (of the statements of these ids) and verdict's entry in ``locked``; None
    when one is not there."""
    its = [(k, e) for k in (f"{claim_id}/{s}" for s in statements) if (e := locked.get(k)) is not None]
    entry = locked.get(f"{claim_id}/verdict") if verdict else None
    return None if len(its) != len(statements) or verdict and entry is None else (its, entry)


def _read(value: object) -> dict[str, str]:
    """The claims' keys as stored; none when ``value`` is not such a map."""
    if not isinstance(value, bytes):
        return {}
    try:
        stored = marshal.loads(value)
    except (ValueError, EOFError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}
