"""An on-disk cache of derived records keyed by content hash (``.idlibsite-cache/cache.sqlite``).

Parsed sources, parsed claim files and anchors are kept under a key made of the hashes of everything they
are computed from plus the tool's version, so an unchanged input is never parsed or anchored again and a
changed one can never be served a stale result.  The cache only saves time: deleting it changes nothing but
speed.  ``check`` reads it; ``build`` also writes it, and drops the entries the build no longer used, so it
stays the size of the project.  Each value is stored with a checksum of its bytes: a damaged entry is
recomputed (and stored again), a damaged file (no longer a database) is discarded as a whole and made again,
each with a notice.  A Cache also keeps what it read or stored in memory, so a process that builds again
and again with the same Cache (``idlibsite serve``) unpickles nothing twice (``remember=False``, for a
process that builds once, keeps nothing); past a commit, only what that build read or stored, not an entry
it only counted as used (``touch``: its value held in a form made from it, or not at all).  Such a process,
told of every changed file by a watcher, may also keep what it read of the input files (``keep_reads``, which
says which files the watcher reports; keptreads.py): a file not reported changed is then not read again.  It
also keeps, in memory only and from one build to the next, results cheap to store but not worth a query (what
a check reports about one unchanged item: ``kept``).
What a build stores reaches the file only at ``commit``, so a refused build leaves the cache as it was;
until then the pickles wait in memory, and past SPILL bytes in an anonymous temporary file.
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
import tempfile
from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator
from itertools import compress
from operator import itemgetter, not_
from pathlib import Path
from typing import IO, TypeVar, cast

from idlibsite.keys import code_digest as code_digest
from idlibsite.keys import key as key
from idlibsite.keys import keyer as keyer
from idlibsite.keys import packed_key
from idlibsite.keptreads import KeptReads
from idlibsite.pickled import dumps
from idlibsite.sqlitefile import integrity, undecodable

CACHE_DIR = ".idlibsite-cache"  # in the project root, ignored by git
CACHE_FILE = "cache.sqlite"
BUSY_TIMEOUT = 30.0  # seconds to wait for another build's write to the cache
BATCH = 500  # keys looked up per query (well under SQLite's limit of bound parameters)
CHECKSUM = 16  # leading bytes of a value's SHA-256 stored before it
SPILL = 4 << 20  # bytes of pickles to commit held in memory; more wait in a temporary file
# bytes a page of the file: 16 KiB, not SQLite's 4: a cold build's commit stores every value (2.4 kB each on
# average), one write (a system call) a page and one B-tree level fewer at 200,000 entries: 25% less CPU at
# 3,000 and 10,000 sources; reading values by key took no longer
PAGE_SIZE = 16384

T = TypeVar("T")


_NOTHING = object()  # no value kept under a key


class _Damaged(Exception):
    """The cache's file cannot be trusted: it is discarded."""


class Cache(KeptReads):
    """Pickled values by (kind, key); a folder of None gives a cache that keeps nothing."""

    def __init__(self, folder: Path | None, *, writable: bool = False,
                 notice: Callable[[str], None] = lambda message: None,
                 keep_reads: Callable[[str], bool] | None = None, remember: bool = True,
                 hand_over: bool = False) -> None:
        super().__init__(keep_reads, hand_over)
        self.folder = folder
        self.writable = writable
        self.notice = notice  # told when a damaged cache is discarded
        # the keys used and put since the last commit, by kind; a process that builds once holds only the
        # used, packed (keys.packed_key): all its commit reads of them is whether a key stored was used
        self.once = keep_reads is None and not remember
        self.used: dict[str, set[str | bytes]] = {}
        self.put_keys: dict[str, set[str]] = {}
        # a process that builds again: each kind's keys in the file after its last commit, so that the
        # next commit finds the stale ones without reading every key (another process's are only not dropped)
        self.stored: dict[str, set[str]] = {}
        self.pending: list[tuple[str, str, bytes]] = []  # to store at commit, after those spilled
        self.pending_size = 0  # bytes of the values in ``pending``
        self.spilled: IO[bytes] | None = None  # pickled batches of ``pending``
        self.memo: dict[str, dict[str, object]] = {}  # values read or put, by kind and key
        # the keys whose values this build read or put (not only touched), by kind: the memo keeps only those
        # past a commit; a value only touched is one the build held in a form made from it (``kept``)
        self.got: dict[str, set[str]] = {}
        # whether to fill ``memo``: not in a process that builds once (what only the memo would hold,
        # such as each source's passages, is then dropped once used)
        self.remember = remember
        self.kept_now: dict[Hashable, object] = {}  # values of ``kept`` asked for since the last commit
        self.kept_before: dict[Hashable, object] = {}  # and those asked for before it
        self.db: sqlite3.Connection | None = None
        if folder is not None and (folder / CACHE_FILE).exists():
            self.db = self._connect(folder)  # nothing is created until a build commits

    def _connect(self, folder: Path) -> sqlite3.Connection | None:
        try:
            db = sqlite3.connect(folder / CACHE_FILE, timeout=BUSY_TIMEOUT)
        except (OSError, sqlite3.Error):
            return None  # an unusable cache is no cache
        try:
            db.execute(f"PRAGMA page_size={PAGE_SIZE}")  # a file made now (no effect on one made before)
            db.execute("CREATE TABLE IF NOT EXISTS entries "
                       "(kind TEXT, key TEXT, value BLOB, PRIMARY KEY (kind, key))")
        except sqlite3.OperationalError:  # busy, locked or read-only: the file may be fine
            db.close()
            return None
        except sqlite3.DatabaseError as exc:  # not a database (any more)
            db.close()
            self._discard(folder, str(exc))
            return None
        return db

    def _discard(self, folder: Path, reason: str) -> None:
        """Stop using a damaged cache; a writing run deletes it, to be made again at commit."""
        if self.db is not None:
            self.db.close()
            self.db = None
        self.stored = {}
        path = folder / CACHE_FILE
        if self.writable:
            for damaged in (path, path.with_name(CACHE_FILE + "-journal")):
                damaged.unlink(missing_ok=True)
        self.notice(f"{CACHE_DIR}/{CACHE_FILE}: the build cache is damaged ({reason}); it was discarded "
                    + ("and is made again" if self.writable else "for this run (the next build makes it again)"))

    def kept(self, k: Hashable, make: Callable[[], T]) -> T:
        """``make()``, or what it gave for an equal ``k`` (holding everything ``make`` reads, by value) in
        this build or the last: in memory, in a process that builds again (one with ``keep_reads``)."""
        if self.reads is None:
            return make()
        # one look-up in each dict at most (a key is a tuple, hashed again at each): 60,000 calls an edit
        found = self.kept_now.get(k, _NOTHING)
        if found is _NOTHING:
            found = self.kept_before.get(k, _NOTHING)
            self.kept_now[k] = found = make() if found is _NOTHING else found
        return found  # type: ignore[return-value]  # stored by make() of an equal k

    def recall(self, k: Hashable) -> object | None:
        """What ``kept`` or ``keep`` had for ``k`` in this build or the last (None: nothing), kept on as by ``kept``."""
        found = self.kept_now.get(k, _NOTHING)
        if found is not _NOTHING:
            return found
        if self.reads is None or (found := self.kept_before.get(k, _NOTHING)) is _NOTHING:
            return None
        self.kept_now[k] = found
        return found

    def keep(self, k: Hashable, value: T) -> T:
        """Keep ``value`` under ``k`` for ``recall`` (a stage that makes what was not kept in one batch)."""
        if self.reads is not None:
            self.kept_now[k] = value
        return value

    def forget(self, k: Hashable) -> None:
        """Hold no more what ``kept`` or ``keep`` had for ``k``: a value known stale before the next commit drops
        it (serve's record of a tree saved over: ~12 MB at 3,000 sources, held through the next build's peak)."""
        self.kept_now.pop(k, None)
        self.kept_before.pop(k, None)

    def touch(self, kind: str, keys: Iterable[str]) -> None:
        """Count ``keys`` as used, as ``get_many`` would, for a value kept in memory made from their entries."""
        self.used.setdefault(kind, set()).update(map(packed_key, keys) if self.once else keys)

    def get(self, kind: str, k: str) -> object | None:
        return self.get_many(kind, (k,)).get(k)

    def get_many(self, kind: str, keys: Iterable[str], *, remember: bool = True) -> dict[str, object]:
        """The values stored under those of ``keys`` that have one (a damaged entry has none).

        Keys not yet in memory are read in batches, one query per BATCH keys.  Without ``remember``, those
        read from the file are not kept in memory: for a reader that keeps what it made of them (an
        unchanged input's is then never looked up again), so that the process does not hold both.
        """
        wanted = list(dict.fromkeys(keys))
        self.used.setdefault(kind, set()).update(map(packed_key, wanted) if self.once else wanted)
        memo = self.memo.get(kind, {})
        found = {k: memo[k] for k in wanted if k in memo}
        missing = [k for k in wanted if k not in found]
        if self.db is not None and self.folder is not None:
            try:
                found.update(self._read(self.db, kind, missing, self.remember and remember))
            except _Damaged as exc:
                self._discard(self.folder, str(exc))
        if self.remember and remember:
            self.got.setdefault(kind, set()).update(found)
        return found

    def _read(self, db: sqlite3.Connection, kind: str, keys: list[str], remember: bool) -> dict[str, object]:
        """The stored values of ``keys`` (with ``remember``, kept in ``memo``); raises _Damaged when the
        file cannot be trusted."""
        found: dict[str, object] = {}
        damaged = 0
        for i in range(0, len(keys), BATCH):
            batch = keys[i:i + BATCH]
            try:
                rows = db.execute(f"SELECT key, value FROM entries WHERE kind=? AND key IN "
                                  f"({','.join('?' * len(batch))})", (kind, *batch)).fetchall()
            except sqlite3.OperationalError as exc:
                if not undecodable(exc) and exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                    continue  # busy or locked: computed this time
                raise _Damaged(str(exc)) from exc  # such as a column's name damaged: "no such column: value"
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # malformed, or a key's text damaged
                raise _Damaged(str(exc)) from exc
            for k, blob in rows:
                # the value read in place: a slice of a value copied it, twice (80 MB a fresh edit at 3,000 sources)
                if not isinstance(blob, bytes) or \
                        hashlib.sha256(value_of := memoryview(blob)[CHECKSUM:]).digest()[:CHECKSUM] != blob[:CHECKSUM]:
                    damaged += 1  # recomputed, and stored again at commit
                    continue
                try:
                    value = pickle.loads(value_of)
                except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
                    continue  # an intact entry of a class that changed: recomputed
                if value is not None:
                    found[k] = value
                    if remember:
                        self.memo.setdefault(kind, {})[k] = value
        if damaged and integrity(db) != "ok":  # its index is damaged too: a stored entry could not be replaced
            raise _Damaged(f"{damaged} damaged entries and a damaged index")
        if damaged:
            self.notice(f"{CACHE_DIR}/{CACHE_FILE}: {damaged} damaged entr{'ies' if damaged > 1 else 'y'} of kind "
                        f"'{kind}' did not match {'their' if damaged > 1 else 'its'} checksum: discarded and "
                        "computed again")
        return found

    def put(self, kind: str, k: str, value: T, *, remember: bool = True) -> T:
        """Store ``value``; return it as the cache keeps it, for the caller to use instead: when
        writable, a copy read back from its pickle.  CPython keeps the UTF-8 form of every non-ASCII
        str it pickles inside the str, so the pickled value itself would hold its text twice.  Without
        ``remember``, not kept in memory (as :meth:`get_many`'s): read from the file once committed."""
        self.used.setdefault(kind, set()).add(packed_key(k) if self.once else k)
        if not self.once:
            self.put_keys.setdefault(kind, set()).add(k)
        if self.writable:
            data = dumps(value)  # records as pickled.py's: they load several times faster
            value = pickle.loads(data)
            self.pending.append((kind, k, hashlib.sha256(data).digest()[:CHECKSUM] + data))
            self.pending_size += len(data)
            if self.pending_size > SPILL:
                self._spill()
        if self.remember and remember:
            self.memo.setdefault(kind, {})[k] = value
            self.got.setdefault(kind, set()).add(k)
        return value

    def _spill(self) -> None:
        """Move ``pending`` into the temporary file, as one pickled batch."""
        if self.spilled is None:
            self.spilled = tempfile.TemporaryFile()  # closed by _drop_pending
        pickle.dump(self.pending, self.spilled, protocol=pickle.HIGHEST_PROTOCOL)
        self.pending, self.pending_size = [], 0

    def _to_store(self) -> Iterator[tuple[str, str, bytes]]:
        """Every entry put since the last commit, in order: the spilled batches, then ``pending``."""
        if self.spilled is not None:
            self.spilled.flush()
            end = self.spilled.tell()
            self.spilled.seek(0)
            while self.spilled.tell() < end:
                yield from pickle.load(self.spilled)
        yield from self.pending

    def _drop_pending(self) -> None:
        self.pending, self.pending_size = [], 0
        if self.spilled is not None:
            self.spilled.close()
            self.spilled = None

    def commit(self) -> None:
        """Store what was put, and drop every entry of a used kind that this run did not use.

        The next run with this Cache starts counting what it uses afresh.
        """
        self._forget_unused()
        self.got = {}
        self.kept_before, self.kept_now = self.kept_now, {}
        used, self.used = self.used, {}
        put, self.put_keys = self.put_keys, {}
        self.tops = {}
        self.handed = None if self.handed is None else {}
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
        known, self.stored = self.stored, {}  # unknown until this commit is done
        now: dict[str, set[str]] = {}
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", self._to_store())
                for kind, keys in used.items():  # the stale keys (few, but after a code change): deleted one by one
                    stored = known.get(kind)
                    if stored is None and self.reads is None:  # builds once: only the stale rows held, by rowid
                        # (a set of every stored key, at the very end of a build where its peak is, took 7 MB at 1,000
                        # sources; the stale keys, every one after a code change, and their (kind, key) pairs 180 bytes
                        # a key, where a rowid in an array takes 8)
                        self.db.executemany("DELETE FROM entries WHERE rowid=?",
                                            zip(_stale_rows(self.db, kind, keys, self.once)))
                        continue
                    if stored is None:
                        stored = {row[0] for row in self.db.execute("SELECT key FROM entries WHERE kind=?", (kind,))}
                    # serve: the keys used that were not stored, few (those put), and those stored not used, counted
                    # from them: the very set of the keys used is what is stored now when each is stored or put (a
                    # new set of every key, ``(stored & keys) | made``, took 20 ms for 84,000 anchors' keys)
                    added, made = keys - stored, put.get(kind, set())
                    stale = sorted(stored - keys) if len(stored) - len(keys) + len(added) else []
                    now[kind] = cast(set[str], keys) if added <= made <= keys else (stored & keys) | made  # (unpacked)
                    self.db.executemany("DELETE FROM entries WHERE kind=? AND key=?", [(kind, k) for k in stale])
            if self.reads is not None:
                self.stored = {**known, **now}
        except sqlite3.OperationalError as exc:
            if undecodable(exc):  # a stored key damaged: nothing could ever be stored again
                self._discard(self.folder, str(exc))
            # else busy or full: the cache only saves time
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            self._discard(self.folder, str(exc))
        self._drop_pending()

    def _forget_unused(self) -> None:
        """Drop from ``memo`` every value this run did not read or put (one it only touched is held, if at all,
        in a form made from it): by sets of keys per kind (in C), where a pass over every entry took 0.17 s of a
        warm edit at 3,000 sources."""
        for kind in list(self.memo):
            memo, used = self.memo[kind], self.got.get(kind, set())
            for k in memo.keys() - used:
                del memo[k]
            if not memo:
                del self.memo[kind]

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


SWEEP = 256  # rows of a kind gone through at a time by _stale_rows (~60 KB held)


def _stale_rows(db: sqlite3.Connection, kind: str, used: set[str | bytes], once: bool) -> array[int]:
    """The rowids of the entries of ``kind`` whose keys are not in ``used`` (packed by keys.packed_key when
    ``once``), a batch of rows at a time, each batch in C: a call of packed_key per stored key was most of a
    fresh edit's commit (0.2 of its 0.55 s profiled at 1,000 sources; 1.3 s at 10,000)."""
    stale: array[int] = array("q")
    rows = db.execute("SELECT rowid, key FROM entries WHERE kind=?", (kind,))
    while batch := rows.fetchmany(SWEEP):
        keys = list(map(itemgetter(1), batch))
        found = map(used.__contains__, _packed(keys) if once else keys)
        stale.extend(compress(map(itemgetter(0), batch), map(not_, found)))
    return stale


def _packed(keys: list[str]) -> list[str | bytes]:
    """keys.packed_key of each of ``keys``, in C when every one is 64 lowercase hex digits (as key() makes them:
    each one's 32 bytes).  (Told apart by SQLite, ``NOT GLOB '*[^0-9a-f]*'``, took 2 µs a key: more than the call.)"""
    try:
        packed = list(map(bytes.fromhex, keys))
    except (ValueError, TypeError):
        return list(map(packed_key, keys))
    if set(map(len, keys)) == {64} and list(map(bytes.hex, packed)) == keys:
        return packed  # type: ignore[return-value]  # (a list of bytes)
    return list(map(packed_key, keys))
