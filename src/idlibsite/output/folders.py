"""Removing what a tree holds beyond the new site, listing only the folders changed since it was recorded.

The spare is brought up to date in place, so before it is swapped in,
everything in it that the new site does not have is removed, whatever put it
there: the whole tree is listed (:func:`prune`).  As git's untracked cache
does, each folder's stat (inode, mtime, ctime) is recorded with the tree's
record (records.py) once the folder is pruned, with the number of files
left in it.  Adding, removing or renaming an entry of a folder changes its
mtime and ctime, and a ctime cannot be set back by hand: so a folder whose
stat is still the recorded one holds what it held then, the files of the
tree's record in it and its recorded subfolders.  Such a folder is not
listed: of its files, those the new site no longer has are removed by name,
and its subfolders are looked at in turn.  Any other folder is listed.  The
tree's own folder is always listed (a rename of the tree may or may not
stamp it).  A change made in the tick of the stat recorded would keep it:
the writer waits for the next tick before it swaps the tree in
(``fs.stamp_after``), as it does for the files it records.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping

Folder = tuple[int, int, int, int]  # a folder's inode, mtime_ns and ctime_ns, and how many files it holds
Folders = dict[str, Folder]  # by site path ("claims/c1"; the tree's own folder is never recorded)


def prune(tree: str, keep: Collection[str], known: Mapping[str, Folder], gone: Iterable[str]) -> tuple[Folders, int]:
    """Delete what under ``tree`` is not in ``keep`` (site paths); ``known``: the folders recorded with
    the tree's record, whose files are that record's, of which ``gone`` are not in ``keep``.  Return
    every folder left, as recorded from now on, and the latest ctime among them."""
    walk = _Walk(tree, keep, known, gone)
    walk.folder("", tree)
    return walk.found, walk.latest


class _Walk:
    def __init__(self, tree: str, keep: Collection[str], known: Mapping[str, Folder], gone: Iterable[str]) -> None:
        self.keep, self.known = keep, known
        self.below: dict[str, list[str]] = {}  # a recorded folder's recorded subfolders, by name
        for path in known:
            parent, _, name = path.rpartition("/")
            self.below.setdefault(parent, []).append(name)
        self.gone: dict[str, list[str]] = {}  # the files to remove from each folder, by name
        for path in gone:
            parent, _, name = path.rpartition("/")
            self.gone.setdefault(parent, []).append(name)
        self.found: Folders = {}
        self.latest = 0

    def folder(self, rel: str, path: str) -> bool:
        """Prune the folder at site path ``rel`` (``path`` on disk); True when it is left empty."""
        was = self.known.get(rel) if rel else None
        if was is not None and _stat(os.lstat(path)) == was[:3]:  # unchanged: its entries are the recorded ones
            files = was[3]
            for name in self.gone.get(rel, ()):
                os.unlink(f"{path}/{name}")
                files -= 1
            empty = files == 0
            for name in self.below.get(rel, ()):
                empty = self._sub(f"{rel}/{name}", f"{path}/{name}") and empty
        else:
            files, empty = 0, True
            with os.scandir(path) as entries:
                for item in entries:
                    sub = f"{rel}/{item.name}" if rel else item.name
                    inside = f"{path}/{item.name}"  # not item.path: only a path inside ``path`` is ever deleted
                    if item.is_dir(follow_symlinks=False):
                        empty = self._sub(sub, inside) and empty
                    elif sub in self.keep and item.is_file(follow_symlinks=False):
                        files, empty = files + 1, False
                    else:
                        os.unlink(inside)
        if rel and not empty:
            st = os.lstat(path)
            self.found[rel] = (*_stat(st), files)
            self.latest = max(self.latest, st.st_ctime_ns)
        return empty

    def _sub(self, rel: str, path: str) -> bool:
        """Prune a subfolder, and remove it when it is left empty; True when it was."""
        if self.folder(rel, path):
            os.rmdir(path)
            return True
        return False


def _stat(st: os.stat_result) -> tuple[int, int, int]:
    return st.st_ino, st.st_mtime_ns, st.st_ctime_ns


def packed(folders: Folders) -> bytes:
    """``folders`` as stored with a tree's record: NUL-separated fields (no path holds a NUL)."""
    return "\0".join(f"{path}\0{ino}\0{mtime}\0{ctime}\0{files}"
                     for path, (ino, mtime, ctime, files) in folders.items()).encode("utf-8", "surrogateescape")


def unpacked(data: bytes) -> Folders:
    """What :func:`packed` stored; raises ValueError (UnicodeDecodeError among them) when it is damaged."""
    if not data:
        return {}
    fields = data.decode("utf-8", "surrogateescape").split("\0")
    if len(fields) % 5:
        raise ValueError("a record of folders with a field too many or too few")
    paths, numbers = fields[0::5], list(map(int, fields[1::5] + fields[2::5] + fields[3::5] + fields[4::5]))
    n = len(paths)
    return {path: (numbers[i], numbers[n + i], numbers[2 * n + i], numbers[3 * n + i]) for i, path in enumerate(paths)}
