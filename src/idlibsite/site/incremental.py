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

A process that builds again (``serve``) keeps an :class:`InputHashes`: the last build's hashes,
of which it hashes again only the inputs made of the files the watcher reported; and a
:class:`SectionKeys`: the keys of each section of the plan from the last build, dropped once one
of its inputs' hashes changes, so an edit keys again only the sections it touched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from itertools import chain, compress, repeat
from operator import and_, is_, itemgetter, not_
from typing import cast

from idlibsite import __version__
from idlibsite.anchoring.grouping import dropped
from idlibsite.memo import Keep, fresh
from idlibsite.config import Config
from idlibsite.site.hashes import Hashes
from idlibsite.site.hashes import changed as changed_since
from idlibsite.site.pages import Page
from idlibsite.site.planned import NO_INPUTS, Deps, packed
from idlibsite.site.sections import Section, Sections


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
    shared.update(repr((config.title, config.base_url, config.language, config.directory_urls)).encode())
    for name, data in shaping:
        shared.update(_sha(name.encode()).encode() + _sha(data).encode())
    hashes = {key: kept(("input-hash", key, tuple(parts)), partial(_hash_parts, parts)) for key, parts in inputs}
    hashes["*shared*"] = shared.hexdigest()
    return hashes


class InputHashes:
    """serve (``Cache.kept``): the input hashes of the last build, so that a build told which inputs the
    files reported changed since may have made (``again``) hashes only those, and takes the others'
    hashes as they were (a dict copy, in C): no other input is listed, read or keyed.

    A process that builds once, or a build not told (``again`` None), hashes every input."""

    def __init__(self) -> None:
        self.hashes: Hashes | None = None  # the last build's (None: none yet)
        self.unkept = 0  # Cache.unkept after the last build's: reads of files the watcher does not report

    def hashes_of(self, config: Config, every: Iterable[tuple[str, Sequence[bytes | str]]],
                  again: tuple[set[str], Iterable[tuple[str, Sequence[bytes | str]]]] | None,
                  shaping: Sequence[tuple[str, bytes]], kept: Keep = fresh, count: int = 0) -> Hashes:
        """:func:`input_hashes` of ``every`` input; or, with ``again`` (the keys of the inputs the reported
        files made in the last build or make now, and those of them there now, with their parts), the
        last build's less those keys, with those there now hashed (``every`` is then not gone through),
        unless that does not give ``count`` inputs (a file the watcher does not report, added or removed)."""
        made = None
        if again is not None and self.hashes is not None:
            gone, inputs = again
            made = Hashes(self.hashes)  # a new dict: the last build's is held by those who compare with it
            for k in gone:
                made.pop(k, None)
            hashed = input_hashes(config, inputs, shaping, kept)  # with "*shared*"
            made.update(hashed)
            made.made_from(self.hashes, {*gone, *hashed})  # the inputs changed: among those (site/hashes.py)
        if made is None or len(made) != count + 1:
            made = Hashes(input_hashes(config, every, shaping, kept))
        self.hashes = made
        return made


def _hash_parts(parts: Sequence[bytes | str]) -> str:
    """A str part is the SHA-256 (hex) of bytes the caller hashed already (a claim file: build.py)."""
    return _sha("".join(part if isinstance(part, str) else _sha(part) for part in parts).encode())


class SectionKeys:
    """serve (``Cache.kept``): the keys of each section's pages (site/sections.py) in the last build, with
    the inputs they read, so that only the sections made anew, or holding an input whose hash changed,
    are keyed again; and the last build's keys of every page, of which a copy (in C) has only those
    sections' paths (and the loose pages') taken out and put in again: no other section's keys are
    copied one by one.  Which sections those are is found by passes in C over the plan's sections.

    Kept from the second build on: a process that builds once keys each page (:func:`page_keys`).
    Each section is held, so the id it is found by is its own."""

    def __init__(self) -> None:
        self.hashes: Mapping[str, str] | None = None  # the hashes of the last build (None: none yet)
        self.made: dict[int, _Keyed] | None = None  # by section id
        self.all: dict[str, str] | None = None  # the last build's keys (None: none, or a path planned twice)
        self.loose: tuple[str, ...] = ()  # the last build's loose pages' paths
        # when ``all`` is a copy of the build before's keys (``base``): the paths taken out of it or put in since
        self.base: dict[str, str] | None = None
        self.touched: set[str] | None = None

    def keys(self, planned: Sections, hashes: Mapping[str, str]) -> dict[str, str]:
        """Each page's key, as :func:`page_keys` of ``planned.pages`` makes it (not in its order, when
        kept: a section keyed again puts its pages last)."""
        last, before, every, loose = self.made, self.hashes, self.all, self.loose
        self.hashes, self.made, self.all = hashes, None, None  # (whole or not at all: an interrupted build keys
        self.base = self.touched = None  # all again)
        self.loose = tuple(p.path for p in planned.loose)
        if before is None:  # a first build
            return keyed(planned.pairs(), hashes)
        changed = changed_since(hashes, before)  # added, removed or changed
        if last is None or "*shared*" in changed:
            last, every = {}, None
        sections = planned.made
        ids = list(map(id, sections))
        wases = list(map(last.get, ids, repeat(_NOT_MADE)))
        # kept whole: the very section, none of its inputs' hashes changed (passes in C)
        again = list(compress(range(len(ids)), map(not_, map(and_, map(is_, map(itemgetter(0), wases), sections),
                                                                map(changed.isdisjoint, map(itemgetter(1), wases))))))
        made: dict[Deps, str] = {}
        lines = _Lines(hashes)
        for at in again:
            section = sections[at]
            wases[at] = (section, _read(section.deps),
                         tuple([made.get(deps) or made.setdefault(deps, _key(lines, deps)) for deps in section.deps]))
        now = dict(zip(ids, cast(list[_Keyed], wases)))  # (none is _NOT_MADE now: each was keyed again)
        if every is None:  # every section's keys copied, in the plan's order
            keys: dict[str, str] = {}
            for section, was in zip(sections, wases):
                keys.update(zip(section.paths, was[2]))
        else:  # the last build's, less the pages of the sections gone or keyed again and the loose pages
            keys, touched = every.copy(), set(loose)
            redone = [ids[at] for at in again]  # (among them every section the last build had not)
            for i in chain(dropped(now, last, redone), redone):
                if (old := last.get(i)) is not None:
                    touched.update(old[0].paths)
            for path in touched:
                keys.pop(path, None)
            for at in again:
                touched.update(sections[at].paths)
                keys.update(zip(sections[at].paths, wases[at][2]))
            touched.update(p.path for p in planned.loose)
        keys.update((p.path, _key(lines, p.deps)) for p in planned.loose)
        self.made = now
        if len(keys) != planned.count:  # a path planned twice (render says so): the last one's, in order
            return keyed(planned.pairs(), hashes)  # (and the next build's copied section by section)
        self.all = keys
        if every is not None:
            self.base, self.touched = every, touched
        return keys

    def rekeyed(self, last: Mapping[str, str]) -> set[str] | None:
        """The paths whose key differs between ``last`` (a build's keys) and this build's, or that one of them
        has and the other not: found among the paths taken out and put in again alone when ``last`` is the
        very dict this build's were copied from (the one before's); None when not known."""
        now, was = self.all, self.base
        if now is None or was is None or was is not last or self.touched is None:
            return None
        return {p for p in self.touched if now.get(p) != was.get(p)}


_Keyed = tuple[Section, Deps, tuple[str, ...]]  # a section, the inputs its pages read, and their keys
# (in the order of its paths: a tuple of 3 keys takes 64 bytes, a dict of them ~220)
_NOT_MADE: tuple[None, Deps, tuple[str, ...]] = (None, (), ())  # a section the last build had not


def _read(deps: Sequence[Deps]) -> Deps:
    """The inputs read by the pages of these dependencies, each once: the very tuple when they all share one (a
    claim's pages), else their union (:func:`packed`).  A frozenset of them per section, kept from build to build,
    took 5.9 MB at 1,000 sources; the one pass over them that an edit makes (``set.isdisjoint``) is in C."""
    first = deps[0] if deps else NO_INPUTS
    return first if all(map(is_, deps, repeat(first))) else packed(chain.from_iterable(deps))


class _Lines(dict[str, str]):
    """Each input's line in the keys of the pages that depend on it, ``dep=hash``, made when first asked for: once
    an input, where a line made for each dependency of each page's set took 60% of the page keys at 1,000 sources
    (8 inputs a set), and the keys of the sets then joined from it in C."""

    def __init__(self, hashes: Mapping[str, str]) -> None:
        super().__init__()
        self.hashes = hashes

    def __missing__(self, dep: str) -> str:
        line = self[dep] = f"{dep}={self.hashes.get(dep, '')}\n"
        return line


def _key(lines: _Lines, deps: Deps) -> str:
    """The key of a page that depends on ``deps`` (sorted): a hash of the shared hash and each one's."""
    listed = "".join(map(lines.__getitem__, deps))  # sorted: packed
    return hashlib.sha256((lines.hashes["*shared*"] + listed).encode()).hexdigest()


def page_keys(pages: Sequence[Page], hashes: Mapping[str, str]) -> dict[str, str]:
    """Each page's key: a hash of the hashes of everything it depends on.

    A claim's pages share one set of dependencies, so each set is hashed once.
    """
    return keyed(((page.path, page.deps) for page in pages), hashes)


def keyed(pages: Iterable[tuple[str, Deps]], hashes: Mapping[str, str]) -> dict[str, str]:
    """:func:`page_keys` of the pages of these paths and dependencies."""
    made: dict[Deps, str] = {}
    lines = _Lines(hashes)
    return {path: made.get(deps) or made.setdefault(deps, _key(lines, deps)) for path, deps in pages}
