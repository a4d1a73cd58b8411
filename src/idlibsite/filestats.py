"""Input files known unchanged without reading them, by their stat, as git's index knows them.

A build records, for each file it read and hashed, its device, inode, size and modification and change
times (nanoseconds) with the SHA-256 of its bytes, in the cache: one table per folder (kind STAT_KIND),
read once and stored again only when a record in it changed (one entry per file took 0.41 s of a fresh
edit at 3,000 sources in its keys and look-ups).  The next build that finds the same five numbers takes
the recorded SHA-256 without opening the file; any other stat, a file that is not a regular one (a link,
a folder) or ``build --full`` reads and hashes it.  Each file is still stat'ed: a write in place changes
neither the folder's listing nor its times, so neither can stand for its files' stats.

What is trusted: that a file whose bytes change also gets a new change time (st_ctime, which the kernel
sets on every write and which no program can set back, unlike the modification time that ``touch -d``
or an unpacked archive set).  The race is a file written twice within one tick of the file system's
clock (a few milliseconds; a second or two on some file systems): its second version can have the same
stat as the first.  So a stat is recorded only when it was the same before and after the read and both
times are at least RACY_NS older than the read: a file changed that recently is read and hashed again
by the next build too, until its times are old enough for a second write to show.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path

from idlibsite.cache import Cache, key
from idlibsite.errors import Problem
from idlibsite.projectfiles import RACY_NS, Signature, signature

STAT_KIND = "file-stats"  # cache entries: a folder's table of (stat signature, SHA-256 hex) by file name as shown

class Stats:
    """The stat records of one folder's files: read from the cache as one table (a cache entry keyed by
    the folder's name as shown), and stored as one by ``store`` when a file was changed, added, gone or
    not recorded.  Without ``trust`` (``build --full``) the table is not read, only made again."""

    def __init__(self, cache: Cache, folder: str, trust: bool) -> None:
        self.cache, self.key = cache, key(STAT_KIND, folder)
        found = cache.get(STAT_KIND, self.key) if trust and cache.reads is None else None
        self.records: dict[str, tuple[Signature, str]] = found if isinstance(found, dict) else {}
        self.now: dict[str, tuple[Signature, str]] = {}  # each file's record, as this build found it

    def digests(self, files: Sequence[tuple[Path, str]],
                root: Path) -> list[tuple[bytes | None, str | None, list[Problem]]]:
        """For each (path, name as shown) of ``files``: its bytes (None when not read), the SHA-256 (hex)
        of its bytes (None when it cannot be read) and the problems reading it; a file whose stat is the
        one recorded is not read.  A process that keeps its reads (``serve``) takes the SHA-256 it kept of a
        file not reported changed since, while its stat is the one it had (``Cache.digest``)."""
        cache = self.cache
        if cache.reads is not None:
            return [cache.digest(path, root, shown) for path, shown in files]
        out: list[tuple[bytes | None, str | None, list[Problem]]] = []
        for path, shown in files:
            name = os.fspath(path)
            before = signature(name)
            record = self.records.get(shown)
            if before is not None and record is not None and record[0] == before:
                self.now[shown] = record
                out.append((None, record[1], []))
                continue
            read_at = time.time_ns()
            data, problems = read_hashed(cache, path, root, shown)
            if data is None:
                out.append((None, None, problems))
                continue
            sha = _sha(data)
            if (not problems and before is not None and signature(name) == before
                    and read_at - max(before[3], before[4]) >= RACY_NS):
                self.now[shown] = before, sha
            out.append((data, sha, problems))
        return out

    def store(self) -> None:
        """Store the table as this build found it, unless it is the one read."""
        if self.cache.reads is None and self.now != self.records:
            self.cache.put(STAT_KIND, self.key, self.now)


def read_hashed(cache: Cache, path: Path, root: Path, shown: str) -> tuple[bytes | None, list[Problem]]:
    """``cache.read``, for a file whose SHA-256 the build shows instead of its bytes: not handed over, nor
    kept (the reader holds what it makes of them)."""
    data, problems = cache.read(path, root, shown, keep=False)
    if cache.handed is not None:
        cache.handed.pop(os.fspath(path), None)
    return data, problems


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
