"""What a build says of the tree it made: the files it changed (the write report), and, in ``serve``,
what it knew of the pages it made, kept with the tree's record for the next build (aside.py's carry)."""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Set
from dataclasses import dataclass

from idlibsite.output.trees import Tree


@dataclass(frozen=True)
class WriteReport:
    """What a build changed, compared with the site it replaced."""

    written: int  # files that are new or whose bytes changed
    unchanged: int  # files with the same bytes as before
    removed: int  # files of the previous site that the new one no longer has


@dataclass(frozen=True)
class Made:
    """What a build said of the pages it made or kept (:meth:`Aside.carry`)."""

    keys: Mapping[str, str]  # each page's key
    indexed: Mapping[str, str]  # the SHA-256 of each page the search indexes
    # the site's record the build began with (weakly: a record no longer kept is not held for this), when known:
    site: weakref.ref[Tree] | None = None
    differs: Set[str] = frozenset()  # the paths this record and ``site`` record otherwise (or one of them only)

    def differs_from(self, site: Tree) -> Set[str] | None:
        """The paths this build's record and ``site`` record otherwise, when ``site`` is the very record the
        build began with as the site (serve: the next build's spare); else None."""
        return self.differs if self.site is not None and self.site() is site else None


def differing(now: Tree, site: Tree, among: Set[str]) -> frozenset[str]:
    """The paths of ``among`` that ``now`` and ``site`` record otherwise, or one of them only."""
    paths = list(among)
    return frozenset(p for p, a, b in zip(paths, now.packed_all(paths), site.packed_all(paths)) if a != b)
