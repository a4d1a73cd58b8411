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
from collections.abc import Iterable
from pathlib import Path

from idlibsite import __version__

CACHE_DIR = ".idlibsite-cache"  # in the project root, ignored by git
CACHE_FILE = "cache.sqlite"
BUSY_TIMEOUT = 30.0  # seconds to wait for another build's write to the cache


def key(*parts: str | bytes) -> str:
    """A cache key from the given parts and the tool's version."""
    digest = hashlib.sha256(__version__.encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


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
        self.used.setdefault(kind, set()).add(k)
        if (kind, k) in self.memo:
            return self.memo[kind, k]
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM entries WHERE kind=? AND key=?", (kind, k)).fetchone()
            value = pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None  # a damaged entry is recomputed
        if value is not None:
            self.memo[kind, k] = value
        return value

    def get_many(self, kind: str, keys: Iterable[str]) -> dict[str, object]:
        return {k: v for k in keys if (v := self.get(kind, k)) is not None}

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
