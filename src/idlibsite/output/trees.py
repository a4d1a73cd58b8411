"""What each output tree of ours holds, file by file (``.idlibsite-cache/trees.sqlite``).

The writer keeps two trees per output: the site and a spare (the site before
last) that the next build brings up to date.  To do that without reading
either, it records, for every file of a tree, the key it was made from, the
SHA-256 of its bytes, whether the search indexes it, and its stat (inode,
size, mtime, ctime) as written.  A file whose stat still matches is trusted
to hold the recorded bytes; anything else is doubtful and made again.  The
ctime is what makes the check safe: an edit in place can restore the size
and, with ``touch -r``, the mtime, but every write, ``utime``, ``chmod`` or
link stamps the inode's ctime with the current time, and no call sets it
back (only moving the system clock could).

A tree is named by the identity of its marker file (device, inode, ctime),
which moves with the tree through renames and changes when the tree is
made anew, so a record can never describe another tree.  A tree's record is
marked unclean before the tree is changed and clean again with its new
content in one transaction: a build killed in between leaves a tree without
a clean record, which the next build treats as unknown.  Rows change only for
files that changed, so saving costs O(changes).  Each save stores a new
random token with the record: a process that builds again (``serve``, its
Cache keeping values) keeps the record it saved or loaded in memory and
reads the rows again only when the token in the file is no longer its own
(another build of the same output saved in between); an unclean record is
never used, kept or not.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from collections.abc import Callable, Collection, Iterable, Iterator, KeysView, Mapping, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import NamedTuple

from idlibsite.cache import Cache, Same, undecodable
from idlibsite.errors import OutputError, Problem

RECORDS = "trees.sqlite"
OWN = "own-record"  # Cache.keep: a record this process saved
SCHEMA = 4  # PRAGMA user_version: 2 the ctime, 4 a token per save (3: one in clean); others are started again
BUSY_TIMEOUT = 30.0  # seconds; only one build writes an output at a time (the lock)


class Entry(NamedTuple):
    """One file of a tree: what made it, its bytes' hash, and its stat when written."""

    key: str  # the key of the inputs it was made from ("" for files not keyed)
    sha: str  # SHA-256 of its bytes, hex
    indexed: bool  # whether the search indexes it
    ino: int
    size: int
    mtime_ns: int
    ctime_ns: int  # changed by every write, utime, chmod and link: an edit in place cannot hide


def entry(key: str, sha: str, indexed: bool, st: os.stat_result) -> Entry:
    return Entry(key, sha, indexed, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


_FIXED = struct.Struct("<BQQqqI")  # flags, ino, size, mtime_ns, ctime_ns, the key's length in bytes (| _DIGEST)
_KEY_AT = _FIXED.size - 4  # where a packed entry's key length starts, followed by the key
_INDEXED = 1  # flags: the search indexes the file
_SHA_DIGEST = 2  # flags: the SHA-256 is held as its 32 bytes, not as 64 hex digits
_DIGEST = 1 << 31  # in the key's length: the key is held as 32 bytes, not as 64 hex digits (a SHA-256)
_FILE = slice(1, 17)  # a packed entry's inode and size
_CTIME = slice(25, 33)  # and its ctime
_STAT = struct.Struct("<QQqq")  # a packed entry's inode, size, mtime and ctime, from _FILE.start on


def key_tag(key: str) -> bytes:
    """What a packed entry made from ``key`` holds from its key's length on, up to its SHA-256 (to
    compare a key with an entry's without unpacking it)."""
    k, digest = _digest_or_text(key)
    return struct.pack("<I", len(k) | (_DIGEST if digest else 0)) + k


def _digest_or_text(value: str) -> tuple[bytes, bool]:
    """A key or SHA-256 as packed: the 32 bytes of 64 lowercase hex digits (whose text would take twice
    as much: keys and hashes are most of a record), else its UTF-8; and whether it is the former."""
    if len(value) == 64:
        try:
            digest = bytes.fromhex(value)
        except ValueError:
            pass
        else:
            if digest.hex() == value:  # (not upper case, nor with spaces: given back exactly as it was)
                return digest, True
    return value.encode(), False


class Tree(MutableMapping[str, Entry]):
    """A tree's record, path -> Entry, each entry held packed in one ``bytes`` (134 bytes, its key and
    SHA-256 as digests, where a tuple of two hex strings and four large ints took 470: 64,000 files at
    3,000 sources, and a build holds the site's record, the spare's and the new one)."""

    __slots__ = ("_packed",)

    def __init__(self, entries: Iterable[tuple[str, Entry]] = ()) -> None:
        self._packed: dict[str, bytes] = {path: _pack(e) for path, e in entries}

    def __getitem__(self, path: str) -> Entry:
        return _unpack(self._packed[path])

    def get(self, path: str, default: Entry | None = None) -> Entry | None:  # type: ignore[override]
        packed = self._packed.get(path)
        return default if packed is None else _unpack(packed)

    def __setitem__(self, path: str, e: Entry) -> None:
        self._packed[path] = _pack(e)

    def __delitem__(self, path: str) -> None:
        del self._packed[path]

    def __contains__(self, path: object) -> bool:
        return path in self._packed

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def keys(self) -> KeysView[str]:
        return self._packed.keys()

    # Packed entries as they are, for the passes of a build over every page (in ``serve``, which
    # trusts its own records, unpacking and packing again each kept page's entry was most of the
    # cost of keeping it)

    def made_from(self, path: str, tag: bytes) -> bytes | None:
        """The packed entry of ``path`` when it was made from the key of ``tag`` (:func:`key_tag`)."""
        packed = self._packed.get(path)
        return packed if packed is not None and packed[_KEY_AT:_KEY_AT + len(tag)] == tag else None

    def packed(self, path: str) -> bytes | None:
        return self._packed.get(path)

    def set_packed(self, path: str, packed: bytes) -> None:
        self._packed[path] = packed

    def keys_under(self, prefix: str) -> dict[str, str]:
        """The key of each file under ``prefix``, unpacking only those."""
        return {p: _key_part(e) for p, e in self._packed.items() if p.startswith(prefix)}

    def differing(self, other: Tree) -> set[str]:
        """The paths that one of the two trees records and the other does not, or records otherwise."""
        return {p for p, _ in self._packed.items() ^ other._packed.items()}

    def without(self, paths: Iterable[str]) -> Tree:
        """A copy without ``paths``."""
        packed = dict(self._packed)
        for p in paths:
            packed.pop(p, None)
        return Tree.of_packed(packed)

    def same_bytes(self, other: Tree) -> int:
        """How many paths both record with the same SHA-256."""
        theirs = other._packed
        return sum(1 for p, e in self._packed.items()
                   if (o := theirs.get(p)) is not None and (o == e or _sha_part(o) == _sha_part(e)))

    @classmethod
    def of_packed(cls, packed: dict[str, bytes]) -> Tree:
        made = cls()
        made._packed = packed
        return made

    def copy(self) -> Tree:
        return Tree.of_packed(dict(self._packed))

    def changed_from(self, before: Mapping[str, Entry]) -> Iterator[tuple[str, Entry]]:
        """Each path whose entry differs from ``before``'s (compared packed when ``before`` is a Tree)."""
        if isinstance(before, Tree):
            old = before._packed
            return ((p, _unpack(e)) for p, e in self._packed.items() if old.get(p) != e)
        return ((p, e) for p, e in self.items() if before.get(p) != e)


def _pack(e: Entry) -> bytes:
    return _packed(*e)


def _packed(key: str, sha: str, indexed: bool, ino: int, size: int, mtime_ns: int, ctime_ns: int) -> bytes:
    k, key_digest = _digest_or_text(key)
    h, sha_digest = _digest_or_text(sha)
    flags = (_INDEXED if indexed else 0) | (_SHA_DIGEST if sha_digest else 0)
    return _FIXED.pack(flags, ino, size, mtime_ns, ctime_ns, len(k) | (_DIGEST if key_digest else 0)) + k + h


def same_file(a: bytes, b: bytes) -> bool:
    """Whether two packed entries record the same inode and size."""
    return a[_FILE] == b[_FILE]


def later(a: bytes, b: bytes) -> bytes:
    """Of two packed entries of one file (hard links of one inode), the one of the later ctime: a link
    stamps the inode's ctime, so the other tree's record of it no longer matches the file."""
    def ctime(packed: bytes) -> int:
        return int.from_bytes(packed[_CTIME], "little", signed=True)

    return a if ctime(a) >= ctime(b) else b


def indexed_sha(packed: bytes, tag: bytes) -> tuple[bool, str]:
    """Whether the search indexes the file of a packed entry made from the key of ``tag``, and its SHA-256."""
    return bool(packed[0] & _INDEXED), _text(packed[_KEY_AT + len(tag):], packed[0] & _SHA_DIGEST)


def _text(part: bytes, digest: int) -> str:
    return part.hex() if digest else part.decode()


def _key_length(packed: bytes) -> tuple[int, int]:
    """The length of a packed entry's key in bytes, and whether it is a digest (non-zero)."""
    n = int.from_bytes(packed[_KEY_AT:_FIXED.size], "little")
    return n & ~_DIGEST, n & _DIGEST


def _key_part(packed: bytes) -> str:
    n, digest = _key_length(packed)
    return _text(packed[_FIXED.size:_FIXED.size + n], digest)


def _sha_part(packed: bytes) -> bytes:
    return packed[_FIXED.size + _key_length(packed)[0]:]


def _unpack(packed: bytes) -> Entry:
    flags, ino, size, mtime_ns, ctime_ns, n = _FIXED.unpack_from(packed)
    at, end = _FIXED.size, _FIXED.size + (n & ~_DIGEST)
    return _new(Entry, (_text(packed[at:end], n & _DIGEST), _text(packed[end:], flags & _SHA_DIGEST),
                        bool(flags & _INDEXED), ino, size, mtime_ns,
                        ctime_ns))  # (Entry's own __new__ is Python code, several times slower)


_new = tuple.__new__


def intact(path: Path | str, e: Entry) -> bool:
    """Whether the file at ``path`` is still the one recorded in ``e`` (not replaced or edited)."""
    return _file_stat(path) == e[3:]


def intact_packed(path: str, packed: bytes) -> bool:
    """:func:`intact` of a packed entry, of which only the stat is unpacked (a fresh build's pass over
    every kept page)."""
    return _file_stat(path) == _STAT.unpack_from(packed, _FILE.start)


def _file_stat(path: Path | str) -> tuple[int, int, int, int] | None:
    """The inode, size, mtime and ctime (ns) of a regular file that is not a link (else None)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns) if stat.S_ISREG(st.st_mode) else None


def tree_id(tree: Path, marker: str) -> str | None:
    """The identity of a tree: its marker file's device, inode and ctime; None when unmarked."""
    try:
        st = os.lstat(tree / marker)
    except OSError:
        return None
    return f"{st.st_dev}:{st.st_ino}:{st.st_ctime_ns}" if stat.S_ISREG(st.st_mode) else None


@dataclass
class Records:
    """The records of the trees of one output directory, in the project's cache folder."""

    db: sqlite3.Connection
    output: str
    path: str = ""  # the records file
    cache: Cache | None = None  # keeps the records loaded or saved, in a process that builds again
    notice: Callable[[str], None] = lambda message: None  # told when a damaged record is discarded

    @classmethod
    def open(cls, folder: Path, output: Path, *, retry: bool = True,
             notice: Callable[[str], None] = lambda message: None, cache: Cache | None = None) -> Records:
        """The records of ``output``'s trees; a file that is not a database, or a damaged one, is
        started again (``notice`` is told): the records only save time.  ``cache`` keeps each
        record in memory between builds while the file's token for it is unchanged (``Cache.kept``).

        Raises OutputError when the database is busy or cannot be written
        (another build holding it, a full disk): its records are kept.
        """
        folder.mkdir(exist_ok=True)
        (folder / ".gitignore").write_text("*\n", "utf-8")
        try:
            db = sqlite3.connect(folder / RECORDS, timeout=BUSY_TIMEOUT, isolation_level=None)
        except sqlite3.Error as exc:
            raise _unusable(folder / RECORDS, exc) from exc
        try:
            (version,) = db.execute("PRAGMA user_version").fetchone()
            if version != SCHEMA:  # records of another version of idlibsite: they only save time
                db.execute("DROP TABLE IF EXISTS files")
                db.execute("DROP TABLE IF EXISTS trees")
                db.execute(f"PRAGMA user_version = {SCHEMA}")
            db.execute("CREATE TABLE IF NOT EXISTS trees "
                       "(id TEXT PRIMARY KEY, output TEXT, clean INTEGER, token TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS files (tree TEXT, path TEXT, key TEXT, sha TEXT, "
                       "indexed INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER, "
                       "PRIMARY KEY (tree, path)) WITHOUT ROWID")
            (check,) = db.execute("PRAGMA quick_check(1)").fetchone()  # linear in the file's size
            if check != "ok":
                raise sqlite3.DatabaseError(check)
        except sqlite3.OperationalError as exc:  # busy, locked, read-only, full: the file is fine
            db.close()
            raise _unusable(folder / RECORDS, exc) from exc
        except sqlite3.DatabaseError as exc:  # not a database: it only saves time, so start again
            db.close()
            if not retry:
                raise _unusable(folder / RECORDS, exc) from exc
            (folder / RECORDS).unlink()
            notice(f"{folder.name}/{RECORDS}: the records of the built trees are damaged ({exc}); they were "
                   "discarded, and every page is checked again")
            return cls.open(folder, output, retry=False, cache=cache)
        return cls(db, str(output), str(folder / RECORDS), cache, notice)

    def load(self, tree: str | None) -> Tree | None:
        """Every file of ``tree`` as recorded; None when it has no clean record.  The mapping
        returned may be shared with later loads: it must not be changed."""
        if tree is None:
            return None
        row = self.db.execute("SELECT clean, token FROM trees WHERE id=? AND output=?",
                              (tree, self.output)).fetchone()
        if row is None or not row[0]:
            return None
        if self.cache is None:
            return self._rows(tree)
        return self.cache.kept((RECORDS, self.path, self.output, tree, str(row[1])), partial(self._rows, tree))

    def _rows(self, tree: str) -> Tree | None:
        try:
            rows = self.db.execute("SELECT path, key, sha, indexed, ino, size, mtime_ns, ctime_ns FROM files "
                                   "WHERE tree=?", (tree,))
            try:  # packed as read: a list of every row took ~30 MB at 3,000 sources
                return Tree.of_packed({r[0]: _packed(*r[1:]) for r in rows})
            finally:  # a read stopped by a damaged row holds the file's read lock until closed
                rows.close()
        except sqlite3.OperationalError as exc:
            if not undecodable(exc):  # busy, locked: the file is fine
                raise
            damaged: Exception = exc
        except (sqlite3.DatabaseError, UnicodeDecodeError, struct.error, AttributeError) as exc:  # a damaged row
            damaged = exc  # (struct.error, AttributeError: a value of the wrong type): the tree is unknown
        with self._transaction():  # discarded, so that the next save writes the tree's record afresh
            self.db.execute("DELETE FROM files WHERE tree=?", (tree,))
        folder = Path(self.path).parent
        self.notice(f"{folder.name}/{RECORDS}: a record of the built trees is damaged ({damaged}); it was "
                    "discarded, and every page of that tree is checked again")
        return None

    def unclean(self, tree: str) -> None:
        """Say, before ``tree`` changes, that its record may no longer describe it."""
        with self._transaction():
            self.db.execute("INSERT OR REPLACE INTO trees VALUES (?, ?, 0, '')", (tree, self.output))

    def save(self, tree: str, before: Mapping[str, Entry], after: Mapping[str, Entry],
             keep: Collection[str], made_with: object = True) -> None:
        """Record that ``tree`` now holds ``after`` (it held ``before``): only changed rows are written.

        The records of this output's other trees, except those in ``keep``, are dropped.
        ``made_with``: what the build knew of the files it made, kept with the record in memory
        for :meth:`made_with` (``serve``).
        """
        changed = ((tree, p, *e) for p, e in (after.changed_from(before) if isinstance(after, Tree)  # made as
                                              else ((p, e) for p, e in after.items() if before.get(p) != e)))
        # written (a list of every row took 35 MB at 3,000 sources, where a rebuild into the spare changes each)
        gone = [(tree, p) for p in before.keys() - after.keys()]
        others = [t for (t,) in self.db.execute("SELECT id FROM trees WHERE output=?", (self.output,))
                  if t != tree and t not in keep]
        token = os.urandom(16).hex()  # a new one at each save: a record kept in memory under an old one is stale
        with self._transaction():
            if not before:  # a new tree: no row of an older record under its name may stay
                self.db.execute("DELETE FROM files WHERE tree=?", (tree,))
            self.db.executemany("DELETE FROM files WHERE tree=? AND path=?", gone)
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", changed)
            for other in others:
                self.db.execute("DELETE FROM files WHERE tree=?", (other,))
                self.db.execute("DELETE FROM trees WHERE id=?", (other,))
            self.db.execute("INSERT OR REPLACE INTO trees VALUES (?, ?, 1, ?)", (tree, self.output, token))
        if self.cache is not None:  # the next build in this process need not read it back
            saved = after.copy() if isinstance(after, Tree) else Tree(after.items())
            self.cache.kept((RECORDS, self.path, self.output, tree, token), lambda: saved)
            self.cache.keep((OWN, Same(saved)), made_with)

    def own(self, record: Mapping[str, Entry] | None) -> bool:
        """Whether ``record`` is one this process saved and kept (``serve``): each of its files was written,
        or found intact, by this process's build, and only its builds change the tree while the record's
        token is unchanged.  Its files are trusted without a stat: a file edited by hand in the output
        while serving is made again by the next build of another process."""
        return self.made_with(record) is not None

    def made_with(self, record: Mapping[str, Entry] | None) -> object | None:
        """What the build that saved ``record`` said of it (``save``'s ``made_with``), when it is one this
        process saved and kept (:meth:`own`); else None."""
        return None if record is None or self.cache is None else self.cache.recall((OWN, Same(record)))

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")


def _unusable(path: Path, exc: sqlite3.Error) -> OutputError:
    return OutputError([Problem(str(path), None, None, f"the build records cannot be used: {exc}",
                                "wait for the other build of this site to finish, or free disk space, "
                                "then build again")])
