"""What a build that runs once reads of its check only at its end, held packed while it renders.

The problems found (the build's result, printed when it ends), the anchor lock's new entries and the lock
as read (compared and written when the site is swapped in) are read by no page.  As objects they held, at
1,000 sources, 6.4 MB, 1.7 MB and (a build after another) as much again: packed as each one's fields,
marshalled (C, no pickle memo or class look-ups) and compressed (zlib, level 1), 0.6 MB, 0.7 and 0.7.  They
are made again as equal objects at the end, once the plan is let go of (build.py).  The problems stay
packed (problemrows.Problems: those the check kept packed as they are, the others packed here), made into
objects only when read.  A lock whose new entries are those it was read with (an edit that moved no anchor)
is held as the rows the check read it from (anchoring/lock.py: the cache's, by the SHA-256 of its bytes):
not packed here, and at the end one map of those rows (``Rows``), compared with itself and not written, whose
entries are made only if read.
"""

from __future__ import annotations

import marshal
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from idlibsite.anchoring.lock import Locked, Rows
from idlibsite.check import CheckResult
from idlibsite.problemrows import Problems

LEVEL = 1  # zlib's: at 1,000 sources 6 MB of the three's fields in ~0.1 s, to 2 MB
ROWS = 4096  # rows packed together


@dataclass(frozen=True)
class Held:
    """A check's problems, spans and lock as read, packed (:func:`held`)."""

    problems: Problems
    spans: tuple[bytes, ...]
    locked: tuple[bytes, ...]
    rows: bytes | None = None  # the lock unchanged: its rows as the cache holds them (check's ``locked_rows``)

    def lock(self) -> tuple[Mapping[str, Locked], Mapping[str, Locked]]:
        """The lock's new entries and the lock as read, made again (to be written): an entry of the lock as
        read that was held as the new entry of its key is that very entry again.  A lock held as its rows is
        both, one map of its rows, whose entries are made only if read (the lock is not written again)."""
        if self.rows is not None:  # (the check made the lock as read from these very rows, or them from it)
            entries = Rows(self.rows)
            return entries, entries
        spans = _entries(self.spans, {})
        return spans, _entries(self.locked, spans)

    def checked(self, light: CheckResult, lock: tuple[Mapping[str, Locked], Mapping[str, Locked]]) -> CheckResult:
        """``light`` (as :func:`held` gave it) with its problems (packed, as held) and ``lock`` (:meth:`lock`)."""
        return replace(light, problems=self.problems, spans=lock[0], locked=lock[1])


def held(checked: CheckResult) -> tuple[CheckResult, Held]:
    """``checked`` without its problems, spans and lock as read, and those packed: ``Held.checked`` of it
    and of ``Held.lock()`` is a CheckResult equal to ``checked``."""
    light = replace(checked, problems=(), spans={}, locked={})
    problems = checked.problems if isinstance(checked.problems, Problems) else Problems((tuple(checked.problems),))
    if checked.locked_rows is not None and checked.spans == checked.locked:  # (C: the shared entries by identity)
        # the new entries are the lock as read: held as the rows the check read it from, none packed
        return light, Held(problems.packed(ROWS), (), (), checked.locked_rows)
    return light, Held(problems.packed(ROWS), _packed_entries(checked.spans, {}),
                       _packed_entries(checked.locked, checked.spans))


def _packed_entries(entries: Mapping[str, Locked], shared: Mapping[str, Locked]) -> tuple[bytes, ...]:
    """``entries`` packed, each that is the very entry of ``shared`` under its key as its key alone: the
    check holds an unchanged statement's entry of the lock as read as its new entry (check._shared), so a
    fresh build after an edit packs and makes again only the new entries and those of the changed ones."""
    return _packed((k,) if shared.get(k) is e else (k, e.source, e.sha256, e.quote, e.parts)
                   for k, e in entries.items())


def _entries(packed: tuple[bytes, ...], shared: Mapping[str, Locked]) -> dict[str, Locked]:
    """The entries :func:`_packed_entries` packed, those packed as their key alone taken from ``shared``."""
    return {row[0]: shared[row[0]] if len(row) == 1 else Locked(*row[1:]) for row in _unpacked(packed)}


def _packed(rows: Iterable[tuple[Any, ...]]) -> tuple[bytes, ...]:
    """``rows`` packed ``ROWS`` at a time: neither the rows' tuples nor their marshalled bytes are ever all
    in memory at once, here or when they are read back."""
    each = iter(rows)

    def chunk() -> bytes:
        some: tuple[Any, ...] = tuple(islice(each, ROWS))
        return zlib.compress(marshal.dumps(some), LEVEL)

    return tuple(iter(chunk, _EMPTY))  # chunks until the empty one


def _unpacked(packed: tuple[bytes, ...]) -> Iterator[tuple[Any, ...]]:
    for chunk in packed:
        yield from marshal.loads(zlib.decompress(chunk))


_EMPTY = zlib.compress(marshal.dumps(()), LEVEL)  # the chunk of no rows, which ends the packing
