"""What each claim file gave, taken again in a process that builds again (``serve``) while it was not read again.

Such a process keeps what it read of every input file (``Cache.read`` with ``keep_reads``: its SHA-256 and
stat) until the watcher reports it changed, so a claim file whose kept read is the very one the last build
used has the same bytes, and, checked against the same actor and topic ids (:class:`ClaimFiles` is kept by those) and
named from the same folder, gives what it gave then.  Such a file's name, bytes, key and cache entry
are not looked up again: an edit of one claim file costs what that file gives, not a pass of several
look-ups over every claim file of the project.  The folder's listing is taken again while it lists the
same names.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import is_, is_not
from pathlib import Path

from idlibsite.annotations.records import Claim
from idlibsite.errors import Loc, Problem
from idlibsite.projectfiles import FolderSignature, folder_signature

Alias = tuple[str, Loc, str]  # an alias, where it is written, the id of its claim
Listing = tuple[list[Path], list[Path]]  # a claims folder's *.yml files and its claim files, by name


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one claim file gave: read, parsed and checked."""

    display: str  # its name as shown
    sha: str | None  # the SHA-256 (hex) of its bytes; None when it could not be read
    key: str  # its cache key (CLAIM_KIND)
    problems: tuple[Problem, ...]  # reading it, then parsing and checking it
    claim: Claim | None  # None: unreadable, unparsable or without a usable id
    aliases: tuple[Alias, ...]  # its aliases, checked against every claim's once all are read


class ClaimFiles:
    """The outcome of each claim file of the last build, with the read it came from (by identity), by
    position in the folder's listing; and what load.py gathered of them (gathered.py)."""

    def __init__(self) -> None:
        self.names: frozenset[str] | None = None  # the names the folder listed
        self.stat: FolderSignature | None = None  # its stat before (None: not old enough to stand for them)
        self.listing: Listing = ([], [])
        self.paths: Sequence[Path] = ()  # the claim files of the last build, in order
        self.files: list[str] = []  # their paths as strings
        self.reads: list[object] = []  # the kept read each outcome came from (None: not kept, made each time)
        self.out: list[Outcome] = []  # what each gave
        self.unkept: list[int] = []  # the positions of those not kept
        # the positions whose outcome may not be the last build's, and that build's outcomes (None: every one)
        self.again: tuple[list[Outcome], list[int]] | None = None
        self.gathered: object = None  # what load.py made of the last build's outcomes (gathered.Gathered)

    def listed(self, folder: Path, make: Callable[[], Listing]) -> Listing:
        """``make()`` (the files of ``folder``, from their names only), or the last one while the folder
        lists the same names, or has the stat it had before the last listing (not listed again)."""
        stat = folder_signature(os.fspath(folder))  # before the listing: while it is the same, so are the names
        if stat is not None and stat == self.stat:
            return self.listing
        try:
            names = frozenset(os.listdir(folder))
        except OSError:
            self.names = self.stat = None
            return make()
        if names != self.names:
            self.listing, self.names = make(), names
        self.stat = stat
        return self.listing

    def outcomes(self, paths: Sequence[Path], reads: Mapping[str, object] | None,
                 make: Callable[[Sequence[Path]], list[Outcome]]) -> list[Outcome]:
        """The outcome of each of ``paths``, in order: the last build's for a file whose kept read
        (``reads``: ``Cache.reads``, None when reads are not kept) is the one it came from, else from
        ``make`` (given the others, in order, at once).  With the very listing of the last build, each
        file's kept read is compared by position, in C, and only the others are gone through (``again``)."""
        self.again = None
        if reads is None:
            return make(paths)
        if paths is self.paths:  # the same listing: the same files, in the same order
            files, last = self.files, self.out
            now = list(map(reads.get, files))
            todo = sorted({*compress(range(len(files)), map(is_not, now, self.reads)), *self.unkept})
            out = list(last)
            for at, outcome in zip(todo, make([paths[at] for at in todo]), strict=True):
                out[at] = outcome
            for at in todo:
                now[at] = reads.get(files[at])
            again: tuple[list[Outcome], list[int]] | None = last, todo
        else:
            files = [os.fspath(p) for p in paths]
            was = dict(zip(self.files, zip(self.reads, self.out)))
            found: list[Outcome | None] = []
            for name in files:
                w = was.get(name)
                found.append(w[1] if w is not None and w[0] is not None and reads.get(name) is w[0] else None)
            made = iter(make([p for p, o in zip(paths, found) if o is None]))
            out = [o if o is not None else next(made) for o in found]
            now, again = list(map(reads.get, files)), None  # else read each time (a link, a file the watcher
            # does not report)
        self.paths, self.files, self.reads, self.out, self.again = paths, files, now, out, again  # whole
        self.unkept = list(compress(range(len(now)), map(is_, now, repeat(None))))
        return out
