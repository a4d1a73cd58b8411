"""An on-disk cache of derived records keyed by content hash (``.idlibsite-cache/cache.sqlite``).

Parsed sources, parsed claim files and anchors are kept under a key made of
the hashes of everything they are computed from plus the tool's version, so
an unchanged input is never parsed or anchored again and a changed one can
never be served a stale result.  The cache only saves time: deleting it
changes nothing but speed.  ``check`` reads it; ``build`` also writes it, and
drops the entries the build no longer used, so it stays the size of the
project.  A Cache also keeps what it read or stored in memory, so a process
that builds again and again with the same Cache (``idlibsite serve``) unpickles
nothing twice.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from idlibsite import __version__

CACHE_DIR = ".idlibsite-cache"  # in the project root, ignored by git
CACHE_FILE = "cache.sqlite"
BUSY_TIMEOUT = 30.0  # seconds to wait for another build's write to the cache
BATCH = 500  # keys looked up per query (well under SQLite's limit of bound parameters)


def key(*parts: str | bytes) -> str:
    """A cache key from the given parts and the tool's version."""
    return keyer()(*parts)


def keyer(*prefix: str | bytes) -> Callable[..., str]:
    """``key(*prefix, *rest)`` as a function of ``rest``: the prefix is hashed once for many keys."""
    start = hashlib.sha256(__version__.encode())
    _feed(start, prefix)

    def key_of(*rest: str | bytes) -> str:
        digest = start.copy()
        _feed(digest, rest)
        return digest.hexdigest()

    return key_of


def _feed(digest: hashlib._Hash, parts: tuple[str | bytes, ...]) -> None:
    """Each part, length first, so that no two lists of parts feed the same bytes."""
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)


class Cache:
    """Pickled values by (kind, key); a folder of None gives a cache that keeps nothing."""

    def __init__(self, folder: Path | None, *, writable: bool = False) -> None:
        self.folder = folder
        self.writable = writable
        self.used: dict[str, set[str]] = {}
        self.pending: list[tuple[str, str, bytes]] = []
        self.memo: dict[tuple[str, str], object] = {}  # values read or put, by (kind, key)
        self.db: sqlite3.Connection | None = None
        if folder is not None and (folder / CACHE_FILE).exists():
            self.db = self._connect(folder)  # nothing is created until a build commits

    @staticmethod
    def _connect(folder: Path) -> sqlite3.Connection | None:
        try:
            db = sqlite3.connect(folder / CACHE_FILE, timeout=BUSY_TIMEOUT)
            db.execute("CREATE TABLE IF NOT EXISTS entries "
                       "(kind TEXT, key TEXT, value BLOB, PRIMARY KEY (kind, key))")
        except (OSError, sqlite3.Error):
            return None  # an unusable cache is no cache
        return db

    def get(self, kind: str, k: str) -> object | None:
        return self.get_many(kind, (k,)).get(k)

    def get_many(self, kind: str, keys: Iterable[str]) -> dict[str, object]:
        """The values stored under those of ``keys`` that have one (a damaged entry has none).

        Keys not yet in memory are read in batches, one query per BATCH keys.
        """
        wanted = list(dict.fromkeys(keys))
        self.used.setdefault(kind, set()).update(wanted)
        found = {k: self.memo[kind, k] for k in wanted if (kind, k) in self.memo}
        missing = [k for k in wanted if k not in found]
        db = self.db
        if db is None:
            return found
        for i in range(0, len(missing), BATCH):
            batch = missing[i:i + BATCH]
            try:
                rows = db.execute(f"SELECT key, value FROM entries WHERE kind=? AND key IN "
                                  f"({','.join('?' * len(batch))})", (kind, *batch)).fetchall()
            except sqlite3.Error:
                continue  # an unreadable cache is no cache
            for k, blob in rows:
                try:
                    value = pickle.loads(blob)
                except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
                    continue  # a damaged entry is recomputed
                if value is not None:
                    self.memo[kind, k] = found[k] = value
        return found

    def put(self, kind: str, k: str, value: object) -> None:
        self.used.setdefault(kind, set()).add(k)
        self.memo[kind, k] = value
        if self.writable:
            self.pending.append((kind, k, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))

    def commit(self) -> None:
        """Store what was put, and drop every entry of a used kind that this run did not use.

        The next run with this Cache starts counting what it uses afresh.
        """
        self.memo = {(kind, k): v for (kind, k), v in self.memo.items() if k in self.used.get(kind, ())}
        used, self.used = self.used, {}
        if self.folder is None or not self.writable:
            return
        if self.db is None:
            try:
                self.folder.mkdir(exist_ok=True)
                (self.folder / ".gitignore").write_text("*\n", "utf-8")
            except OSError:
                return
            self.db = self._connect(self.folder)
            if self.db is None:
                return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", self.pending)
                for kind, keys in used.items():  # the stale keys are few: found here, deleted one by one
                    stored = {row[0] for row in self.db.execute("SELECT key FROM entries WHERE kind=?", (kind,))}
                    self.db.executemany("DELETE FROM entries WHERE kind=? AND key=?",
                                        [(kind, k) for k in sorted(stored - keys)])
        except sqlite3.Error:
            pass  # the cache only saves time
        self.pending.clear()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
