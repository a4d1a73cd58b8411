"""Incremental builds: each page's key is a hash of the inputs it depends on.

Inputs are keyed ``claim:<id>``, ``source:<id>``, ``topic:<id>`` and ``actors``;
each is hashed from everything a page can show of it (a source's article and its
sidecar, a topic's title) and the path it is shown under
(renaming a file changes the key),
plus what shapes every page: templates and static files, the
configuration and the tool's version.  The writer records each file of the
site and of its spare with the key it was made from (output/trees.py).  A page whose
key is unchanged is kept from either tree, when its file is intact, instead
of being rendered; anything doubtful is rendered again.  So the output always
equals a full build's.

A process that builds again (``serve``) keeps a :class:`KeyMemo`: each set of
dependencies' key from the last build, dropped once one of its inputs' hashes
changes, so an edit hashes again only the pages that read what it touched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from functools import partial

from idlibsite import __version__
from idlibsite.memo import Keep, fresh
from idlibsite.config import Config
from idlibsite.site.pages import Page
from idlibsite.site.planned import Deps


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def input_hashes(
    config: Config, inputs: Iterable[tuple[str, Sequence[bytes | str]]], shaping: Sequence[tuple[str, bytes]],
    kept: Keep = fresh,
) -> dict[str, str]:
    """The hash of every input key from all its parts, and of ``*shared*``: templates, configuration, version.

    Each part is hashed on its own, so no two different lists of parts give the same key.
    ``inputs`` (key, parts) may be made as they are hashed: no input's bytes need be held beyond its turn.
    ``kept`` (``Cache.kept``) gives the hash of the same parts again without hashing them: in ``serve``
    an unchanged file's bytes are the very object read before, compared at no cost.
    """
    shared = hashlib.sha256(__version__.encode())
    shared.update(repr((config.title, config.base_url, config.language)).encode())
    for name, data in shaping:
        shared.update(_sha(name.encode()).encode() + _sha(data).encode())
    hashes = {key: kept(("input-hash", key, tuple(parts)), partial(_hash_parts, parts)) for key, parts in inputs}
    hashes["*shared*"] = shared.hexdigest()
    return hashes


def _hash_parts(parts: Sequence[bytes | str]) -> str:
    """A str part is the SHA-256 (hex) of bytes the caller hashed already (a claim file: build.py)."""
    return _sha("".join(part if isinstance(part, str) else _sha(part) for part in parts).encode())


class KeyMemo:
    """The page keys of the last build, by set of dependencies, for a process that builds again.

    ``holding`` indexes each dependency to the sets of ``by_deps`` that hold it, so that a
    changed input drops exactly the keys made from it; a set no page has any more is dropped.
    It is made when a second build starts, and kept up to date after: a process that builds
    once never makes it (it took as much memory as the keys themselves, 9 MB at 1,000 sources).
    """

    def __init__(self) -> None:
        self.hashes: Mapping[str, str] = {}  # the input hashes the keys were made from
        self.by_deps: dict[Deps, str] = {}
        self.holding: dict[str, set[Deps]] | None = None  # None until a second build starts

    def start(self, hashes: Mapping[str, str]) -> None:
        """Drop every key made from an input whose hash is not the same in ``hashes`` (all of them when
        the templates, the configuration or the version changed)."""
        before, self.hashes = self.hashes, hashes
        if before.get("*shared*") != hashes.get("*shared*"):
            self.by_deps, self.holding = {}, None
            return
        if self.holding is None:  # a second build: index the keys the first one made
            self.holding = {}
            for deps in self.by_deps:
                _index(self.holding, deps)
        for dep in [d for d in before.keys() | hashes.keys() if before.get(d) != hashes.get(d)]:
            for deps in list(self.holding.get(dep, ())):
                self._drop(deps)

    def key(self, deps: Deps) -> str:
        found = self.by_deps.get(deps)
        if found is None:
            listed = "".join(f"{dep}={self.hashes.get(dep, '')}\n" for dep in deps)  # sorted: packed
            found = self.by_deps[deps] = hashlib.sha256((self.hashes["*shared*"] + listed).encode()).hexdigest()
            if self.holding is not None:
                _index(self.holding, deps)
        return found

    def keep_only(self, used: Iterable[Deps]) -> None:
        """Forget the sets of dependencies no page of this build has."""
        wanted = set(used)
        for deps in [d for d in self.by_deps if d not in wanted]:
            self._drop(deps)

    def _drop(self, deps: Deps) -> None:
        del self.by_deps[deps]
        if self.holding is None:  # the first build: nothing indexed yet
            return
        for dep in deps:
            holders = self.holding[dep]
            holders.discard(deps)
            if not holders:
                del self.holding[dep]


def _index(holding: dict[str, set[Deps]], deps: Deps) -> None:
    """Record that ``deps`` holds each of its dependencies."""
    for dep in deps:
        holding.setdefault(dep, set()).add(deps)


def page_keys(pages: Sequence[Page], hashes: Mapping[str, str], memo: KeyMemo | None = None) -> dict[str, str]:
    """Each page's key: a hash of the hashes of everything it depends on.

    A claim's pages share one set of dependencies, so each set is hashed once; with ``memo``
    (the last build's), only the sets that hold an input whose hash changed are hashed again.
    """
    memo = memo or KeyMemo()
    memo.start(hashes)
    found = memo.by_deps.get  # most sets are kept: no call of memo.key for them
    keys = {page.path: found(page.deps) or memo.key(page.deps) for page in pages}
    memo.keep_only(page.deps for page in pages)
    return keys
