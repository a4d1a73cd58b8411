"""serve: the anchor lock's passes of a check kept from one build to the next (``Cache.kept``), so that
an edit goes through the lock entries of the claims it touched, not through every entry of the lock.

- the lock and the versions file as read (:func:`read_kept`): the last build's while the file's stat
  (device, inode, size, mtime and ctime) is the one it had before it was read; the file (12 and 19 MB at
  3,000 sources) is then neither read nor hashed again;
- the lock entries of the site (:class:`Snapshot`): the last build's, with those of the claims whose
  quotes, claim or verdict's anchor are not the very objects of the last build made again.

A process that builds once (no reads kept) takes the path it took before: the readers themselves and
:func:`~lock.snapshot`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from itertools import compress
from operator import attrgetter, is_, is_not, or_
from pathlib import Path
from typing import TypeVar

from idlibsite.anchoring.lock import Locked, entry_key, snapshot, statement_entries, verdict_entry
from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.spans import Anchor
from idlibsite.annotations.records import Claim
from idlibsite.cache import Cache
from idlibsite.projectfiles import signature
from idlibsite.sources.records import Source

READ_KIND = "record read"  # Cache.kept: the lock or versions file as read, by its path, name as shown, stat
SNAPSHOT_MADE = ("lock snapshot",)  # Cache.kept: the last build's lock entries of the site (one object)

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
        made = None
        if (self.ids == ids and self.claim_ids == claim_ids and site.claim_by_id is not None
                and len(site.sources) == len(self.sources) and all(map(is_, site.sources, self.sources))):
            made = self._again(site, groups, claims, anchors)
        if made is None:
            made = snapshot(site)
        self.sources, self.ids, self.groups, self.claim_ids, self.claims, self.anchors, self.made = (
            site.sources, ids, groups, claim_ids, claims, anchors, made)  # whole or not at all
        return made

    def _again(self, site: Site, groups: list[tuple[Quote, ...]], claims: list[Claim],
               anchors: list[Anchor | None]) -> dict[str, Locked] | None:
        """The last build's entries with those of the changed claims made again (found in C); None when a
        changed claim's entries have other keys than the last build's (an entry added or removed: the
        order would be another)."""
        made = dict(self.made)
        for group, was in compress(zip(groups, self.groups), map(is_not, groups, self.groups)):
            entries = statement_entries(group)
            keys = [k for k, _ in entries]
            if keys != list(map(entry_key, was)) or f"{group[0].claim.id}/verdict" in keys:  # (a statement's id)
                return None
            made.update(entries)
        for claim, anchor in compress(zip(claims, anchors), map(or_, map(is_not, claims, self.claims),
                                                                 map(is_not, anchors, self.anchors))):
            k = f"{claim.id}/verdict"
            entry = verdict_entry(claim, anchor, site)
            if (entry is None) != (k not in made):
                return None
            if entry is not None:
                made[k] = entry
        return made
