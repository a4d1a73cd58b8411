"""serve: the anchor lock's passes of a check kept from one build to the next (``Cache.kept``), so that
an edit goes through the lock entries of the claims it touched, not through every entry of the lock.

- the lock and the versions file as read (:func:`read_kept`): the last build's while the file's stat
  (device, inode, size, mtime and ctime) is the one it had before it was read; the file (12 and 19 MB at
  3,000 sources) is then neither read nor hashed again;
- the lock entries of the site (:class:`Snapshot`): the last build's, with those of the claims whose
  quotes, claim or verdict's anchor are not the very objects of the last build made again;
- whether those entries equal the lock as read (:func:`lock_equal`, before the lock is written): when the
  last build's were found equal to that very lock as read, only the entries made again are compared (a
  title edit: none of 25,000 at 3,000 sources changed, each compared by ``==`` before).

A process that builds once (no reads kept) takes the path it took before: the readers themselves and
:func:`~lock.snapshot`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import partial
from itertools import compress
from operator import attrgetter, eq, is_, is_not, or_
from pathlib import Path
from typing import TypeVar

from idlibsite.anchoring.lock import Locked, entry_key, same_entries, snapshot, statement_entries, verdict_entry
from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.spans import Anchor
from idlibsite.annotations.records import Claim
from idlibsite.cache import Cache
from idlibsite.memo import Same
from idlibsite.projectfiles import signature
from idlibsite.sources.records import Source

READ_KIND = "record read"  # Cache.kept: the lock or versions file as read, by its path, name as shown, stat
SNAPSHOT_MADE = ("lock snapshot",)  # Cache.kept: the last build's lock entries of the site (one object)
EQUAL_KIND = "lock equal"  # Cache.kept: which snapshot was last found equal to the lock as read, by that lock

_ID = attrgetter("id")  # a claim's
T = TypeVar("T")


def read_kept(path: Path, display: str, cache: Cache, read: Callable[[Path, str, Cache], T]) -> T:
    """``read(path, display, cache)`` (the lock's or the versions file's reader); serve: the last build's
    while the file's stat is the one it had when read (taken before the read: a write after it changes
    it).  A file that cannot be read raises each time."""
    stat = signature(os.fspath(path)) if cache.reads is not None else None
    if stat is None:  # builds once, or no regular file: read (and reported) as before
        return read(path, display, cache)
    return cache.kept((READ_KIND, os.fspath(path), display, stat), partial(read, path, display, cache))


def snapshot_kept(site: Site, cache: Cache, taken: Callable[[], dict[str, Locked]] | None = None
                  ) -> dict[str, Locked]:
    """:func:`snapshot` of ``site``; serve: made from the last build's (:class:`Snapshot`); a process that
    builds once (``Cache.once``, as the spans index): ``taken()`` when given (lockclaims.py: the unchanged
    claims' taken from the lock as read)."""
    if cache.reads is None:
        return taken() if taken is not None and cache.once else snapshot(site)
    return cache.kept(SNAPSHOT_MADE, Snapshot).of(site)


def lock_equal(cache: Cache, entries: Mapping[str, Locked], read: Mapping[str, Locked]) -> bool:
    """Whether ``entries`` (the lock's new entries) equal ``read`` (the lock as read); serve: when they are the
    snapshot's made from the one last found equal to this very lock as read (its file unchanged since), only
    the entries made again are compared: the others are that snapshot's, the keys the same."""
    snap = cache.kept(SNAPSHOT_MADE, Snapshot) if cache.reads is not None else None
    if snap is None or snap.made is not entries:  # builds once, or not serve's snapshot: compared whole
        return same_entries(entries, read)
    found = cache.kept((EQUAL_KIND, Same(read)), Found)
    patched, snap.patched = snap.patched, None  # read once: not held through the rest of the build
    if patched is not None and patched[0] == found.serial and len(patched[1]) < len(entries):  # (else: every one)
        equal = all(map(eq, map(read.get, patched[1]), map(entries.__getitem__, patched[1])))  # (in C)
    else:
        equal = same_entries(entries, read)
    found.serial = snap.serial if equal else None
    return equal


class Found:
    """The serial of the snapshot (``Snapshot.serial``) last found equal to a lock as read (None: none)."""

    def __init__(self) -> None:
        self.serial: int | None = None


class Snapshot:
    """serve: the last build's lock entries (:func:`snapshot`) and what they were made of: the sources, the
    quotes of each claim as linking grouped them, the claims and each one's verdict's anchor."""

    def __init__(self) -> None:
        self.sources: tuple[Source, ...] = ()
        self.ids: list[str] | None = None  # the claim ids of the quotes' groups, in order (None: none made)
        self.groups: list[tuple[Quote, ...]] = []
        self.claim_ids: list[str] = []
        self.claims: list[Claim] = []
        self.anchors: list[Anchor | None] = []  # each claim's verdict's anchor (None: none)
        self.made: dict[str, Locked] = {}
        self.serial = 0  # of ``made``: one more at each made
        self.patched: tuple[int, list[str]] | None = None  # ``made`` as the made of that serial with the entries
        # of these keys made again (None: made anew)

    def of(self, site: Site) -> dict[str, Locked]:
        """The lock entries of ``site``: when its sources are the very objects of the last build and its
        claims and groups of quotes have the same ids in the same order (no claim id twice), the last
        build's with those of the claims whose group, claim or verdict's anchor is another object made
        again, provided they give the same keys; else all made anew.  Either way equal to
        :func:`snapshot`'s, in its order, an unchanged claim's entries the very objects of the last build."""
        by_claim = site.quotes_by_claim
        ids, groups = list(by_claim), list(by_claim.values())
        claims = list(site.annotations.claims)
        claim_ids = list(map(_ID, claims))
        anchors = list(map(site.verdicts.get, claim_ids))
        again = None
        if (self.ids == ids and self.claim_ids == claim_ids and site.claim_by_id is not None
                and len(site.sources) == len(self.sources) and all(map(is_, site.sources, self.sources))):
            again = self._again(site, groups, claims, anchors)
        made, patched = (snapshot(site), None) if again is None else (again[0], (self.serial, again[1]))
        self.sources, self.ids, self.groups, self.claim_ids, self.claims, self.anchors, self.made, self.patched = (
            site.sources, ids, groups, claim_ids, claims, anchors, made, patched)  # whole or not at all
        self.serial += 1
        return made

    def _again(self, site: Site, groups: list[tuple[Quote, ...]], claims: list[Claim],
               anchors: list[Anchor | None]) -> tuple[dict[str, Locked], list[str]] | None:
        """The last build's entries with those of the changed claims made again (found in C), and the keys
        made again; None when a changed claim's entries have other keys than the last build's (an entry
        added or removed: the order would be another)."""
        made = dict(self.made)
        again: list[str] = []
        for group, was in compress(zip(groups, self.groups), map(is_not, groups, self.groups)):
            entries = statement_entries(group)
            keys = [k for k, _ in entries]
            if keys != list(map(entry_key, was)) or f"{group[0].claim.id}/verdict" in keys:  # (a statement's id)
                return None
            made.update(entries)
            again += keys
        for claim, anchor in compress(zip(claims, anchors), map(or_, map(is_not, claims, self.claims),
                                                                 map(is_not, anchors, self.anchors))):
            k = f"{claim.id}/verdict"
            entry = verdict_entry(claim, anchor, site)
            if (entry is None) != (k not in made):
                return None
            if entry is not None:
                made[k] = entry
                again.append(k)
        return made, again
