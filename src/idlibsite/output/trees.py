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
"""

from __future__ import annotations

import os
import stat
import struct
from collections import deque
from itertools import compress
from operator import ne
from collections.abc import Callable, Iterable, Iterator, KeysView, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple


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
KEY_AT = _FIXED.size - 4  # where a packed entry's key length starts, followed by the key
INDEXED = 1  # flags: the search indexes the file
_SHA_DIGEST = 2  # flags: the SHA-256 is held as its 32 bytes, not as 64 hex digits
_DIGEST = 1 << 31  # in the key's length: the key is held as 32 bytes, not as 64 hex digits (a SHA-256)
KEY_START = _FIXED.size  # where a packed entry's key starts
DIGEST_KEY = struct.pack("<I", 32 | _DIGEST)  # a packed entry's key length when its key is a SHA-256's 32 bytes
FILE = slice(1, 17)  # a packed entry's inode and size
CTIME = slice(25, 33)  # and its ctime
STAT = struct.Struct("<QQqq")  # a packed entry's inode, size, mtime and ctime, from FILE.start on


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

    __slots__ = ("_packed", "_base", "_set", "_under", "_from", "_since_from", "__weakref__")  # (made.py)

    def __init__(self, entries: Iterable[tuple[str, Entry]] = ()) -> None:
        self._packed: dict[str, bytes] = {path: _pack(e) for path, e in entries}
        # a copy made by :meth:`without`: the tree it was made of, and every path left out, set or deleted since
        self._base: Tree | None = None
        self._set: set[str] | None = None
        self._under: dict[str, dict[str, str]] = {}  # what keys_under gave of each prefix, until a change
        # a copy (of a copy) made by :meth:`without`: what keys_under had given of its base then, and every
        # path left out, set or deleted since (the saved record is a copy: this goes with it)
        self._from: dict[str, dict[str, str]] = {}
        self._since_from: set[str] | None = None

    def __getitem__(self, path: str) -> Entry:
        return _unpack(self._packed[path])

    def get(self, path: str, default: Entry | None = None) -> Entry | None:  # type: ignore[override]
        packed = self._packed.get(path)
        return default if packed is None else _unpack(packed)

    def __setitem__(self, path: str, e: Entry) -> None:
        self._packed[path] = _pack(e)
        self._changed(path)

    def __delitem__(self, path: str) -> None:
        del self._packed[path]
        self._changed(path)

    def _changed(self, path: str) -> None:
        if self._set is not None:
            self._set.add(path)
        if self._since_from is not None and self._since_from is not self._set:
            self._since_from.add(path)
        if self._under:
            self._under.clear()

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
        return packed if packed is not None and packed[KEY_AT:KEY_AT + len(tag)] == tag else None

    def packed(self, path: str) -> bytes | None:
        return self._packed.get(path)

    def set_packed(self, path: str, packed: bytes) -> None:
        self._packed[path] = packed
        self._changed(path)

    def packed_all(self, paths: Iterable[str]) -> list[bytes | None]:
        """The packed entry of each of ``paths`` (None for one not recorded), in C."""
        return list(map(self._packed.get, paths))

    def set_packed_all(self, paths: Sequence[str], packed: Sequence[bytes]) -> None:
        """:meth:`set_packed` of each of ``paths``, in C; in a copy made by :meth:`without`, the base's very
        entries given back to it are not said to be set since (:meth:`since`)."""
        self._packed.update(zip(paths, packed))
        if self._under:
            self._under.clear()
        if self._since_from is not None and self._since_from is not self._set:
            self._since_from.update(paths)
        if self._set is not None:
            if self._base is not None and self._base.packed_all(paths) == packed:
                self._set.difference_update(paths)
            else:
                self._set.update(paths)

    def sharing(self, packed: dict[str, bytes]) -> dict[str, bytes]:
        """:func:`sharing` with this tree's entries."""
        return sharing(packed, self._packed)

    def keys_under(self, prefix: str) -> dict[str, str]:
        """The key of each file under ``prefix``, unpacking only those; kept until the tree changes.  In
        a copy made by :meth:`without` of a tree asked already (serve: the site's record, a copy of the
        spare's, which was the site a build before), what that one gave then, with only the paths left
        out, set or deleted since gone through (the others hold the very entries it had then)."""
        made = self._under.get(prefix)
        if made is None:
            was = self._from.get(prefix) if self._since_from is not None else None
            if was is None:
                made = {p: _key_part(e) for p, e in self._packed.items() if p.startswith(prefix)}
            else:
                made = dict(was)
                for p in self._since_from:  # type: ignore[union-attr]  # a copy: seen above
                    if p.startswith(prefix):
                        e = self._packed.get(p)
                        if e is None:
                            made.pop(p, None)
                        else:
                            made[p] = _key_part(e)
            self._under[prefix] = made
        return dict(made)

    def by_key(self, under: str) -> dict[str, list[str]]:
        """The paths under ``under`` grouped by the key they were made from."""
        grouped: dict[str, list[str]] = {}
        for path, key in self.keys_under(under).items():
            grouped.setdefault(key, []).append(path)
        return grouped

    def differing(self, other: Tree) -> set[str]:
        """The paths that one of the two trees records and the other does not, or records otherwise."""
        return {p for p, _ in self._packed.items() ^ other._packed.items()}

    def without(self, paths: Iterable[str]) -> Tree:
        """A copy without ``paths``, which knows them and the paths set or deleted in it since (:meth:`since`).
        Copied by ``dict.copy``, a clone of the table also when a third of it or less is holes (paths deleted):
        ``dict()`` inserts each entry again then, twice as long (serve's record is such a copy, kept as it is)."""
        packed, left = self._packed.copy(), self._packed.keys() & paths  # (a pass over ``paths`` alone)
        deque(map(packed.__delitem__, left), 0)  # in C
        made = Tree.of_packed(packed)
        made._base, made._set, made._from = self, left, dict(self._under)
        made._since_from = made._set
        return made

    def since(self, base: Tree) -> set[str] | None:
        """The paths left out of this tree, set or deleted in it since it was made by ``base.without(...)``: every other
        path it holds has ``base``'s very entry.  None when it was not made so (nothing is known)."""
        return self._set if self._base is base and self._set is not None else None

    def gone_from(self, base: Tree) -> set[str]:
        """The paths ``base`` records and this tree does not (found among :meth:`since` alone, when known)."""
        since, theirs, ours = self.since(base), base._packed, self._packed
        return base.keys() - self.keys() if since is None else {p for p in since if p in theirs and p not in ours}

    def same_bytes(self, other: Tree, paths: Iterable[str] | None = None) -> int:
        """How many paths (of ``paths``, when given) both record with the same SHA-256 (of every path: those
        both record alike counted in C, the others gone through)."""
        theirs, ours = other._packed, self._packed
        if paths is None:
            differ = self._differing_from(theirs)
            return len(ours) - len(differ) + other.same_bytes(self, differ)
        items = ((p, ours.get(p)) for p in paths)
        return sum(1 for p, e in items if e is not None and (o := theirs.get(p)) is not None
                   and (o == e or _sha_part(o) == _sha_part(e)))

    def _differing_from(self, theirs: Mapping[str, bytes]) -> list[str]:
        """The paths of this tree that ``theirs`` records otherwise or not at all, found in C."""
        ours = self._packed
        return list(compress(ours, map(ne, ours.values(), map(theirs.get, ours))))

    @classmethod
    def of_packed(cls, packed: dict[str, bytes]) -> Tree:
        made = cls()
        made._packed = packed
        return made

    def copy(self) -> Tree:
        made = Tree.of_packed(dict(self._packed))
        made._under, made._from = dict(self._under), self._from
        made._since_from = None if self._since_from is None else set(self._since_from)
        return made

    def detach(self) -> Tree:
        """This tree, changed in place into a record kept in memory (Records.save) that no build changes from here
        on, and returned: it no longer knows the tree it was made of by :meth:`without` (which it would keep alive,
        and that one its own base, a record per build) nor the paths set since; what :meth:`keys_under` knows is
        kept, as :meth:`copy` keeps it.  (A copy of every entry cost serve's save O(files): a dict with holes, 0.009 s
        of its 0.012 at 3,000 sources.)"""
        self._base = self._set = None
        return self

    def changed_from(self, before: Mapping[str, Entry]) -> Iterator[tuple[str, bytes]]:
        """Each path whose entry differs from ``before``'s, with its packed entry (compared packed when
        ``before`` is a Tree)."""
        if isinstance(before, Tree):
            old, ours, since = before._packed, self._packed, self.since(before)
            if since is not None:  # a copy of ``before`` (serve's spare): only the paths set since can differ
                return ((p, e) for p in since if (e := ours.get(p)) is not None and old.get(p) != e)
            return ((p, ours[p]) for p in self._differing_from(old))
        return ((p, self._packed[p]) for p, e in self.items() if before.get(p) != e)


def sharing(packed: dict[str, bytes], other: dict[str, bytes]) -> dict[str, bytes]:
    """``packed`` (path -> packed entry), each path that ``other`` holds as other's own string, and each entry
    equal to other's as other's own bytes: a build holds the site's record and the spare's, which record most
    files alike (35 MB for the two at 3,000 sources)."""
    names = dict(zip(other, other))
    return {names.get(p, p): o if (o := other.get(p)) == e else e for p, e in packed.items()}


def _pack(e: Entry) -> bytes:
    key, sha, indexed, ino, size, mtime_ns, ctime_ns = e
    k, key_digest = _digest_or_text(key)
    h, sha_digest = _digest_or_text(sha)
    flags = (INDEXED if indexed else 0) | (_SHA_DIGEST if sha_digest else 0)
    return _FIXED.pack(flags, ino, size, mtime_ns, ctime_ns, len(k) | (_DIGEST if key_digest else 0)) + k + h


def same_file(a: bytes, b: bytes) -> bool:
    """Whether two packed entries record the same inode and size."""
    return a[FILE] == b[FILE]


def later(a: bytes, b: bytes) -> bytes:
    """Of two packed entries of one file (hard links of one inode), the one of the later ctime: a link
    stamps the inode's ctime, so the other tree's record of it no longer matches the file."""
    def ctime(packed: bytes) -> int:
        return int.from_bytes(packed[CTIME], "little", signed=True)

    return a if ctime(a) >= ctime(b) else b


def indexed_sha(packed: bytes) -> tuple[bool, str]:
    """Whether the search indexes the file of a packed entry, and its SHA-256."""
    return bool(packed[0] & INDEXED), _text(_sha_part(packed), packed[0] & _SHA_DIGEST)


def _text(part: bytes, digest: int) -> str:
    return part.hex() if digest else part.decode()


def _key_length(packed: bytes) -> tuple[int, int]:
    """The length of a packed entry's key in bytes, and whether it is a digest (non-zero)."""
    n = int.from_bytes(packed[KEY_AT:_FIXED.size], "little")
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
                        bool(flags & INDEXED), ino, size, mtime_ns,
                        ctime_ns))  # (Entry's own __new__ is Python code, several times slower)


_new = tuple.__new__


@dataclass(frozen=True)
class Earlier:
    """A tree as it was when the build began, for the search (site/search.py's ``Earlier``)."""

    root: str  # where it is
    record: Tree  # its record
    keyed: Callable[[], Mapping[str, object]]  # its files under some folder (the search's), by the key they
    # were made from (grouped when first asked)

    def sha(self, path: str) -> str | None:
        e = self.record.get(path)
        return None if e is None else e.sha

    def read(self, path: str) -> bytes:
        with open(f"{self.root}/{path}", "rb") as f:
            return f.read()

    def has(self, key: str) -> bool:
        return key in self.keyed()


def intact(path: Path | str, e: Entry) -> bool:
    """Whether the file at ``path`` is still the one recorded in ``e`` (not replaced or edited)."""
    return _file_stat(path) == e[3:]


def intact_packed(path: str, packed: bytes, dir_fd: int | None = None) -> bool:
    """:func:`intact` of a packed entry, of which only the stat is unpacked (a fresh build's pass over
    every kept page); ``path`` relative to the folder ``dir_fd`` when given."""
    return _file_stat(path, dir_fd) == STAT.unpack_from(packed, FILE.start)


def restamped(tree: Tree, root: Path) -> tuple[dict[str, bytes], int]:
    """The entries of ``tree`` (its files under ``root``) whose ctime moved while their inode, size and mtime are the
    recorded ones, with the ctime they have now, and the latest such ctime (0 if none): deleting another tree's links to
    a file stamps its ctime and nothing else.  A file that differs otherwise keeps its entry (not :func:`intact`)."""
    changed, latest = {}, 0
    for path, was in tree._packed.items():
        now = _file_stat(f"{root}/{path}")
        if now is not None and now != (recorded := STAT.unpack_from(was, FILE.start)) and now[:3] == recorded[:3]:
            changed[path] = was[:CTIME.start] + now[3].to_bytes(8, "little", signed=True) + was[CTIME.stop:]
            latest = max(latest, now[3])
    return changed, latest


def linked(path: Path | str, e: Entry) -> os.stat_result | None:
    """The stat of the file at ``path`` when it is the file ``e`` records (its inode and size), whatever
    its times: a link to that inode made or deleted since, in any tree, stamped its ctime; else None."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st if stat.S_ISREG(st.st_mode) and (st.st_ino, st.st_size) == e[3:5] else None


def _file_stat(path: Path | str, dir_fd: int | None = None) -> tuple[int, int, int, int] | None:
    """The inode, size, mtime and ctime (ns) of a regular file that is not a link (else None)."""
    try:
        st = os.lstat(path, dir_fd=dir_fd)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns) if stat.S_ISREG(st.st_mode) else None
