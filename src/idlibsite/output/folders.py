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
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable

from idlibsite.output.fs import is_empty


def prune(tree: str, keep: Collection[str], known: bytes, gone: Iterable[str]) -> tuple[bytes, int]:
    """Delete what under ``tree`` is not in ``keep`` (site paths); ``known``: the folders recorded with
    the tree's record (as this returns them), whose files are that record's, of which ``gone`` are not
    in ``keep``.  Return every folder left, to be recorded from now on, and the latest ctime among them."""
    walk = _Walk(keep, _unpacked(known), gone)
    walk.folder("", tree)
    return "\0".join(walk.found).encode("utf-8", "surrogateescape"), walk.latest


def _unpacked(known: bytes) -> dict[str, str]:
    """Each folder's stat as :func:`_stat` gives it, by site path; none when ``known`` is damaged: then
    every folder is listed.  (No path holds a NUL; a path that is not UTF-8 is kept as its bytes.)"""
    fields = known.decode("utf-8", "surrogateescape").split("\0") if known else []
    return dict(zip(fields[0::2], fields[1::2], strict=True)) if len(fields) % 2 == 0 else {}


class _Walk:
    def __init__(self, keep: Collection[str], known: dict[str, str], gone: Iterable[str]) -> None:
        self.keep, self.known = keep, known
        self.below: dict[str, list[str]] = {}  # a recorded folder's recorded subfolders, by name
        for path in known:
            parent, _, name = path.rpartition("/")
            self.below.setdefault(parent, []).append(name)
        self.gone: dict[str, list[str]] = {}  # the files to remove from each folder, by name
        for path in gone:
            parent, _, name = path.rpartition("/")
            self.gone.setdefault(parent, []).append(name)
        self.found: list[str] = []  # each folder left and its stat, as stored
        self.latest = 0

    def folder(self, rel: str, path: str) -> bool:
        """Prune the folder at site path ``rel`` (``path`` on disk); True when it is left empty."""
        was = self.known.get(rel) if rel else None
        if was is not None and was == _stat(os.lstat(path)):  # unchanged: its entries are the recorded ones
            removed = False
            for name in self.gone.get(rel, ()):
                os.unlink(f"{path}/{name}")
                removed = True
            for name in self.below.get(rel, ()):
                removed = self._sub(f"{rel}/{name}", f"{path}/{name}") or removed
            if not removed:  # it holds what it held when recorded (something), with the same stat
                self.found += (rel, was)
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
                    elif sub in self.keep and item.is_file(follow_symlinks=False):
                        empty = False
                    else:
                        os.unlink(inside)
        if rel and not empty:
            st = os.lstat(path)
            self.found += (rel, _stat(st))
            self.latest = max(self.latest, st.st_ctime_ns)
        return empty

    def _sub(self, rel: str, path: str) -> bool:
        """Prune a subfolder, and remove it when it is left empty; True when it was."""
        if self.folder(rel, path):
            os.rmdir(path)
            return True
        return False


def _stat(st: os.stat_result) -> str:
    return f"{st.st_ino}:{st.st_mtime_ns}:{st.st_ctime_ns}"
