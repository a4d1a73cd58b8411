"""Removing what a tree holds beyond the new site, listing only the folders changed since it was recorded.

The spare is brought up to date in place, so before it is swapped in,
everything in it that the new site does not have is removed, whatever put it
there: the whole tree is listed (:func:`prune`).  As git's untracked cache
does, each folder's stat (inode, mtime, ctime) is recorded with the tree's
record (records.py) once the folder is pruned.  Adding, removing or renaming an entry of a folder changes its
mtime and ctime, and a ctime cannot be set back by hand: so a folder whose
stat is still the recorded one holds what it held then, the files of the
tree's record in it and its recorded subfolders.  Such a folder is not
listed: of its files, those the new site no longer has are removed by name,
and its subfolders are looked at in turn (it is listed only to see whether
that left it empty).  Any other folder is listed.  The
tree's own folder is always listed (a rename of the tree may or may not
stamp it).  A change made in the tick of the stat recorded would keep it:
the writer waits for the next tick before it swaps the tree in
(``fs.stamp_after``), as it does for the files it records.

The recorded folders' stats are taken first, a batch at a time in C (:func:`_changed`); then only the
folders changed, those holding a file to remove, and the folders above them are gone into: every other
recorded folder, nothing in or below it changed, keeps its recorded entry without a call in Python (a walk
of every folder was 1.1 s of a fresh one-claim edit at 10,000 sources, half of it above the ``lstat``).  A
recorded folder gone, or no longer a folder (a link, a file), sends the walk into every folder instead.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator
from itertools import chain, compress, starmap
from operator import attrgetter, itemgetter, methodcaller, ne, or_
from stat import S_ISDIR

from idlibsite.output.fs import MARKER, is_empty


def prune(tree: str, keep: Collection[str], known: bytes, gone: Iterable[str]) -> tuple[bytes, int]:
    """Delete what under ``tree`` is not in ``keep`` (site paths) nor its marker (fs.MARKER); ``known``: the
    folders recorded with the tree's record (as this returns them), whose files are that record's, of which
    ``gone`` are not in ``keep``.  Return every folder left, to be recorded from now on, and the latest ctime
    among them.  ``known`` is read a batch at a time, and what is returned is made of its very bytes but the
    entries of the folders gone into: its ~40,000 entries at 3,000 sources made into strings in a dict, copied,
    and joined again were 18.5 MB at once, in serve's quiet-moment build (which prunes the spare) at its peak."""
    by_folder: dict[str, list[str]] = {}  # the files to remove from each folder, by name
    for path in gone:
        parent, _, name = path.rpartition("/")
        by_folder.setdefault(parent, []).append(name)
    if known.count(b"\0") % 2 == 0:  # damaged (not path, stat pairs): every folder is listed
        known = b""
    changed = _changed(tree, known) if known else None
    if changed is None:  # every folder compared with its recorded stat, if any (all of them looked at)
        walk = _Walk(keep, _unpacked(known), by_folder, None, None)
        walk.folder("", tree)
        return _joined(walk.found.items()), walk.latest
    into = _with_parents(chain(changed, by_folder))  # (:class:`_Walk`'s)
    # the recorded entries of the folders the walk can reach: those gone into, and those in the tree's own
    # folder or in a changed one (both listed); a recorded folder's parent is recorded (it was not empty)
    listed = changed | {""}
    walk = _Walk(keep, dict(chain.from_iterable(_picked(paths, stats, into, listed)
                                                for _, _, paths, stats in _batches(known))), by_folder, changed, into)
    walk.folder("", tree)
    # the recorded entries of the folders not gone into, as recorded, in order; then those gone into, as found
    redone = into.union(walk.found)
    view = memoryview(known)
    kept = [piece for batch in _batches(known) for piece in _others(view, *batch, redone)]
    return b"\0".join([*kept, *filter(None, [_joined(walk.found.items())])]), walk.latest


CHUNK = 1 << 15  # bytes of ``known`` read at a time (~350 folders: their stats held at once by _changed)


def _batches(known: bytes) -> Iterator[tuple[int, int, list[str], list[str]]]:
    """The entries of ``known`` (path, stat pairs: an odd number of NULs), a batch at a time: where the
    batch begins and ends in ``known``, its folders' paths and their stats."""
    at, size = 0, len(known)
    while at < size:
        end = known.find(b"\0", at + CHUNK)
        end = size if end < 0 else end
        if known.count(b"\0", at, end) % 2 == 0:  # it ends with a path: up to the end of its stat
            end = known.find(b"\0", end + 1)
            end = size if end < 0 else end
        fields = known[at:end].decode("utf-8", "surrogateescape").split("\0")
        yield at, end, fields[0::2], fields[1::2]
        at = end + 1


def _picked(paths: list[str], stats: list[str], into: set[str], listed: set[str]) -> Iterator[tuple[str, str]]:
    """The entries of a batch whose folders are in ``into`` or in a folder of ``listed`` (passes in C)."""
    parents = map(_FIRST, map(methodcaller("rpartition", "/"), paths))
    return compress(zip(paths, stats), map(or_, map(into.__contains__, paths), map(listed.__contains__, parents)))


def _others(known: memoryview, at: int, end: int, paths: list[str], stats: list[str],
            redone: set[str]) -> list[bytes | memoryview]:
    """The entries of a batch (``known[at:end]``) of folders not in ``redone``: the batch's very bytes
    when none is (not copied), else its entries but those, joined."""
    if redone.isdisjoint(paths):
        return [known[at:end]]
    left = [(path, stat) for path, stat in zip(paths, stats) if path not in redone]
    return [_joined(left)] if left else []


def _joined(entries: Iterable[tuple[str, str]]) -> bytes:
    """Folders' entries as recorded: each path and its stat, NUL-separated."""
    return "\0".join(chain.from_iterable(entries)).encode("utf-8", "surrogateescape")


def _unpacked(known: bytes) -> dict[str, str]:
    """Each folder's stat as :func:`_stat` gives it, by site path; none when ``known`` is damaged: then
    every folder is listed.  (No path holds a NUL; a path that is not UTF-8 is kept as its bytes.)"""
    fields = known.decode("utf-8", "surrogateescape").split("\0") if known else []
    return dict(zip(fields[0::2], fields[1::2], strict=True)) if len(fields) % 2 == 0 else {}


def _changed(tree: str, known: bytes) -> set[str] | None:
    """The recorded folders whose stat is another now, each ``lstat``'ed from the tree's folder, a batch at a time
    in C; None when one is gone or is no longer a folder (a link to one included): the walk then compares each
    folder it reaches."""
    changed: set[str] = set()
    try:
        fd = os.open(tree, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return None
    lstat = os.lstat
    try:
        for _, _, batch, was in _batches(known):
            stats = [lstat(path, dir_fd=fd) for path in batch]  # (map with a partial's keyword: 25% slower)
            if not all(map(S_ISDIR, map(_MODE, stats))):
                return None
            now = starmap(_FORMAT, map(_FIELDS, stats))  # as _stat, twice as fast as str.format's lookups
            changed.update(compress(batch, map(ne, now, was)))
    except OSError:
        return None
    finally:
        os.close(fd)
    return changed


def _with_parents(folders: Iterable[str]) -> set[str]:
    """``folders``, the folders above each and the tree's own ("")."""
    found = {""}
    for folder in folders:
        while folder not in found:
            found.add(folder)
            folder = folder.rpartition("/")[0]
    return found


class _Walk:
    def __init__(self, keep: Collection[str], known: dict[str, str], gone: dict[str, list[str]],
                 changed: set[str] | None, into: set[str] | None) -> None:
        self.keep, self.known, self.gone, self.changed = keep, known, gone, changed
        # the folders gone into when the recorded ones' stats are known (``changed``): those changed, those
        # holding a file of ``gone`` and the folders above them; any other recorded folder keeps its entry
        self.into = into
        self.below: dict[str, list[str]] = {}  # a recorded folder's recorded subfolders (to go into), by name
        for path in known if self.into is None else (p for p in self.into if p in known):
            parent, _, name = path.rpartition("/")
            self.below.setdefault(parent, []).append(name)
        # each folder the walk left and its stat, as stored: those gone into (with ``changed``: the others keep
        # their recorded entries, :func:`prune`), or every one
        self.found: dict[str, str] = {}
        self.latest = 0

    def folder(self, rel: str, path: str) -> bool:
        """Prune the folder at site path ``rel`` (``path`` on disk); True when it is left empty."""
        was = self.known.get(rel) if rel else None
        if was is not None and (was == _stat(os.lstat(path)) if self.changed is None else rel not in self.changed):
            # unchanged: its entries are the recorded ones
            if self.into is not None and rel not in self.into:
                return False  # nor anything in or below it: it and its subfolders keep their entries (something)
            removed = False
            for name in self.gone.get(rel, ()):
                os.unlink(f"{path}/{name}")
                removed = True
            for name in self.below.get(rel, ()):
                removed = self._sub(f"{rel}/{name}", f"{path}/{name}") or removed
            if not removed:  # it holds what it held when recorded (something), with the same stat
                self.found[rel] = was
                return False
            empty = is_empty(path)
        else:
            empty = True
            with os.scandir(path) as listed:
                for item in listed:
                    sub = f"{rel}/{item.name}" if rel else item.name
                    inside = f"{path}/{item.name}"  # not item.path: only a path inside ``path`` is ever deleted
                    if item.is_dir(follow_symlinks=False):
                        empty = self._sub(sub, inside) and empty
                    elif (sub in self.keep or sub == MARKER) and item.is_file(follow_symlinks=False):
                        empty = False
                    else:
                        os.unlink(inside)
        if rel and not empty:
            st = os.lstat(path)
            self.found[rel] = _stat(st)
            self.latest = max(self.latest, st.st_ctime_ns)
        return empty

    def _sub(self, rel: str, path: str) -> bool:
        """Prune a subfolder, and remove it when it is left empty; True when it was."""
        if self.folder(rel, path):
            os.rmdir(path)
            return True
        return False


_FIRST = itemgetter(0)
_MODE = attrgetter("st_mode")
_FIELDS = attrgetter("st_ino", "st_mtime_ns", "st_ctime_ns")  # a folder's stat as recorded
_FORMAT = "{}:{}:{}".format


def _stat(st: os.stat_result) -> str:
    return _FORMAT(*_FIELDS(st))
