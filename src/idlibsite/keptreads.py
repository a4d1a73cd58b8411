"""The input files a build reads, as a process that builds again (``idlibsite serve``) keeps them.

Such a process, told of every changed file by a watcher, keeps what it read of each file the watcher
reports (``keep_reads`` says which): a file not reported changed since is not read again.  What it keeps
is the file's SHA-256, its stat (taken before the read) and the problems reading it; its bytes only when
the reader asks for them at every build (``read``).  A reader that holds what it made of the bytes (a
source parsed, a claim file checked) asks for the SHA-256 alone (``digest``): kept as long as the file's
stat is the one it had; when it needs the bytes after all (what they make was not found in the cache),
they are read again and must have that SHA-256.  A file whose stat or bytes are not those kept changed
without being reported yet: it is read as new and counted in ``unkept``, so that what the build makes of
it is not kept as unchanged.  A folder's value (``unchanged``) is kept until a path under it is reported.
When a change may have gone unreported (serve's first change, or its first quiet moment: a save made while
its first build ran), ``unseen`` forgets the reads of the files whose stat is no longer the one kept, as a
build that reads nothing again tells a changed file (filestats.py), not every read.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from idlibsite.errors import Problem
from idlibsite.projectfiles import RACY_NS, FolderSignature, Signature, folder_signature, read_input, signature

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Kept:
    """What a process that builds again keeps of an input file it read."""

    sha: str | None  # the SHA-256 (hex) of its bytes; None when it could not be read
    stat: Signature | None  # its stat, taken before it was read
    problems: tuple[Problem, ...]  # reading it
    data: bytes | None  # its bytes, when a reader asks for them at every build; else None (read again if needed)


class KeptReads:
    """The reads of input files kept by a Cache (``keep_reads``), and each folder's value made of them."""

    def __init__(self, keep_reads: Callable[[str], bool] | None, hand_over: bool) -> None:
        # input files read, by path, whose every change is reported to ``changed`` (None: read each time)
        self.reads: dict[str, Kept] | None = None if keep_reads is None else {}
        self.watched = keep_reads or (lambda path: False)
        # a build that reads each file twice (checked, then hashed and shown): the first read's result, given
        # to the second (and dropped), so the build shows and hashes the very bytes it checked
        self.handed: dict[str, tuple[bytes | None, tuple[Problem, ...]]] | None = {} if hand_over else None
        self.tops: dict[str, str] = {}  # each project root's real path, found once until the next commit
        # per folder, what ``unchanged`` made, the names the folder listed and its stat before (None: not old
        # enough to stand for them): dropped when ``changed`` names a path under it; ``unkept`` counts reads of
        # files not kept (not watched, links, changed unreported)
        self.folders: dict[str, tuple[FolderSignature | None, frozenset[str], object]] = {}
        self.unkept = 0
        self.reported: set[str] | None = None  # paths ``changed`` named since build.py took them (None: any)
        self.started = time.time_ns()  # before any read: every stat kept was taken after it

    def read(self, path: Path | str, root: Path, shown: str, *,
             keep: bool = True) -> tuple[bytes | None, list[Problem]]:
        """:func:`read_input`, or what it gave before for a file not reported changed since (``keep_reads``).

        A file the watcher does not report, or a symbolic link (a change to what it points to is
        reported under another path), is read each time.  Without ``keep``, a kept file's bytes are
        not kept (the reader holds what it made of them): read again when asked for, and checked
        against the SHA-256 kept.  With ``hand_over``, the next read of a file gets this one's result (once).
        """
        name = os.fspath(path)
        kept = None if self.reads is None else self.reads.get(name)
        if kept is not None and (kept.data is not None or kept.sha is None):
            return kept.data, list(kept.problems)
        if self.handed is not None and name in self.handed:
            data, problems = self.handed.pop(name)
            return data, list(problems)
        top = self.tops.get(str(root))
        if top is None:
            top = self.tops[str(root)] = os.path.realpath(root)
        watched = self.reads is not None and self.watched(name) and not os.path.islink(name)
        stat = signature(name) if watched else None  # before the read: a write after it changes the stat kept
        data, found = read_input(Path(path), root, shown, top=top)
        if watched:
            assert self.reads is not None
            sha = None if data is None else hashlib.sha256(data).hexdigest()
            if kept is not None and sha == kept.sha:  # its bytes not kept: read again, the same
                if keep or stat != kept.stat:
                    self.reads[name] = replace(kept, stat=stat, data=data if keep else None)
                return data, found
            if kept is not None:  # changed since, not reported yet: what is made of it now is not kept
                self.unkept += 1
            self.reads[name] = Kept(sha, stat, tuple(found), data if keep else None)
        else:
            self.unkept += 1
            if kept is not None:  # a link now
                del self.reads[name]  # type: ignore[union-attr]  # kept: reads are
            if self.handed is not None:
                self.handed[name] = data, tuple(found)
        return data, found

    def digest(self, path: Path, root: Path, shown: str) -> tuple[bytes | None, str | None, list[Problem]]:
        """For a process that keeps its reads: the bytes of an input file (None when not read), their
        SHA-256 (hex; None when it cannot be read) and the problems reading it, for a reader that holds
        what it makes of them: the SHA-256 kept of a file not reported changed, while its stat is the one
        it had; else :meth:`read` without keeping the bytes."""
        name = os.fspath(path)
        assert self.reads is not None
        kept = self.reads.get(name)
        if kept is not None and (kept.data is not None or kept.sha is None or kept.stat == signature(name)):
            return kept.data, kept.sha, list(kept.problems)
        data, problems = self.read(path, root, shown, keep=False)
        kept = self.reads.get(name)
        if data is not None and (kept is None or kept.sha is None):  # not kept: a link, a file not watched
            return data, hashlib.sha256(data).hexdigest(), problems
        return data, None if data is None else kept.sha, problems  # type: ignore[union-attr]  # kept: read

    def unchanged(self, folder: Path, make: Callable[[], T]) -> T:
        """``make()`` (which reads the files of ``folder``), or what it gave in the last build when no
        path under ``folder`` was reported ``changed`` since, the folder lists the same names (a file
        the watcher does not report, added or removed) and every file ``make`` read was one the
        watcher reports (kept, as ``keep_reads``).  Only in a process that builds again.  The folder is not
        listed again while its stat is the one taken before the last listing (:func:`folder_signature`)."""
        if self.reads is None:
            return make()
        name = os.fspath(folder)
        stat = folder_signature(name)  # before the listing: while it is the same, so are the names listed
        last = self.folders.pop(name, None)
        if last is not None and stat is not None and last[0] == stat:
            self.folders[name] = last
            return last[2]  # type: ignore[return-value]  # stored by make() below
        try:
            listed = frozenset(os.listdir(name))
        except OSError:
            return make()
        if last is not None and last[1] == listed:
            self.folders[name] = stat, listed, last[2]
            return last[2]  # type: ignore[return-value]  # stored by make() below
        unkept = self.unkept
        value = make()
        if self.unkept == unkept:
            self.folders[name] = stat, listed, value
        return value

    def changed(self, paths: Iterable[str] | None) -> None:
        """Forget the reads of ``paths`` and of every file under them (a folder), or of every file (None)."""
        if self.reads is None:
            return
        self.reported = None if paths is None or self.reported is None else self.reported.union(paths)
        if paths is None:
            self.reads.clear()
            self.folders.clear()
            return
        for folder in [f for f in self.folders if any(p == f or p.startswith(f + os.sep) for p in paths)]:
            del self.folders[folder]
        for path in paths:
            if self.reads.pop(path, None) is None:  # not a file read: perhaps a folder, moved or deleted
                under = path.rstrip(os.sep) + os.sep
                for name in [n for n in self.reads if n.startswith(under)]:
                    del self.reads[name]

    def unseen(self) -> None:
        """Forget the reads of the files changed since they were read, told by their stat as a build that
        trusts stats tells them (filestats.py: a write sets a new change time), and so the folders' values
        holding them (:meth:`changed`): for a change the watcher may not have reported.  A file whose stat
        was not taken, that could not be read, or whose times are not RACY_NS older than this object (a
        second write in the same tick could have left its stat as kept) is read again too.  The others,
        and what the last build made of them, are kept: the next build does not make the model again."""
        if self.reads is None:
            return
        old = self.started - RACY_NS
        self.changed([name for name, kept in self.reads.items() if kept.sha is None or kept.stat is None
                      or max(kept.stat[3], kept.stat[4]) > old or signature(name) != kept.stat])
