"""What the planner makes of each output file: a :class:`Page` and the keys it depends on (pure)."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import compress
from operator import is_not
from typing import Generic, TypeVar, cast

from idlibsite.anchoring.model import Site

Deps = tuple[str, ...]
"""What a page depends on (input keys and views, see :func:`dep` and :func:`view`), as :func:`packed` holds
them: sorted, each once.  A frozenset took 216 bytes even for one key (a version page's, a redirect's),
728 for five; a tuple takes 40 and 8 a key.  Its readers need no set's operations: page keys are made
from the sorted keys, and tuples of equal keys are equal and hash alike."""


def packed(keys: Iterable[str]) -> Deps:
    """``keys`` as a page holds them (:data:`Deps`)."""
    return tuple(sorted(frozenset(keys)))


NO_INPUTS: Deps = ()  # pages that show no data (only templates and configuration)


def dep(kind: str, ident: str) -> str:
    """The key of one input, e.g. ``dep("claim", id)``: one string per input, however many pages and
    dependency sets name it (each f-string was a new one: at 1,000 sources, 85,000 of them, 8 MB)."""
    return sys.intern(f"{kind}:{ident}")


def view(value: object) -> str:
    """A dependency on data derived from many inputs (a catalogue's rows).

    The key's name carries a hash of ``value``, so the page's key changes
    exactly when what it shows does.  ``value`` must hold only plain values
    (strings, numbers, tuples, frozen records of those): their repr is stable
    from one process to the next.
    """
    return "view:" + hashlib.sha256(repr(value).encode()).hexdigest()


T = TypeVar("T")


def listed_view(reprs: Sequence[str], runs: Runs | None = None) -> str:
    """A :func:`view` of a list, made from the repr of each of its items (kept per item in ``serve``), by runs
    of them (``runs``: serve's, kept: a run of the same strings is not hashed again)."""
    return "view:" + (runs or Runs()).of(reprs, _listed)


def _listed(reprs: Sequence[str]) -> str:
    return "[" + ", ".join(reprs) + "]"


class Runs:
    """A hash of a sequence's items, made as one hash of the hashes of each run of :data:`RUN` items (the hash
    of ``text(run)``, one ``text`` for one Runs).  serve (``Cache.kept``): a run's hash is the last one's while
    its items are the very objects of it, so an edit hashes again the runs of the items it replaced, not every
    item's text (a pass in C finds them): the sitemap's key (a digest per section: 50,000 at 10,000 sources)
    and claims.json's view (a line per claim: ~3 MB hashed, ~15 ms at 10,000 sources)."""

    def __init__(self) -> None:
        self.made: Sequence[object] = ()  # the items of the last one (none: every run hashed next)
        self.runs: list[str] = []  # the hash of each run of them

    def of(self, items: Sequence[T], text: Callable[[Sequence[T]], str]) -> str:
        """The hash of ``items``."""
        was, self.made = self.made, ()  # (an interrupted update: every run hashed next)
        starts = range(0, len(items), RUN)
        if len(was) == len(items):
            again = sorted({at // RUN for at in compress(range(len(items)), map(is_not, items, was))})
            runs = self.runs
        else:
            again, runs = list(range(len(starts))), [""] * len(starts)
        for n in again:
            runs[n] = hashlib.sha256(text(items[starts[n]:starts[n] + RUN]).encode()).hexdigest()
        self.made, self.runs = tuple(items), runs  # (as hashed: the caller's list may grow after)
        return hashlib.sha256("".join(runs).encode()).hexdigest()


RUN = 1024  # items hashed together (:class:`Runs`)


@dataclass(frozen=True, slots=True)
class Page:
    """One output file and how to make it."""

    path: str  # site path, e.g. "claims/foo/index.html"
    deps: Deps  # input keys it is made from, and views (see :func:`view`), :func:`packed`
    template: str  # the template to render, "" when ``data`` makes the bytes
    context: Callable[[], dict[str, object]]  # the template's variables, computed only when rendered
    data: Callable[[], bytes] | None = None  # for files that are not rendered from a template


def redirect(path: str, target: str, noun: str, title: str, own: str) -> Page:
    """The page at the old folder ``path`` of a renamed claim, source or actor (``noun``), sending the
    reader to its folder ``target`` now (``title``: its title or name; ``own``: its input's key)."""
    context = {"noun": noun, "title": title, "target": target}
    return Page(f"{path}index.html", (own,), "redirect.html", Later(dict, context))


def moved(page: Page, folder: str) -> Page:
    """``page`` (a data file: claim.json, cite.bib...) also written in ``folder``, with the same bytes."""
    return replace(page, path=folder + page.path.rsplit("/", 1)[1])


class Later(Generic[T]):
    """``func(*args, *more)`` when called with ``more``: :func:`functools.partial` without its dict of
    keywords (64 bytes even empty) and its weak references.  A page's context and bytes are made so when
    rendered: 32,000 of them at 1,000 sources, ~100 bytes each less."""

    __slots__ = ("args", "func")

    def __init__(self, func: Callable[..., T], *args: object) -> None:
        self.func, self.args = func, args

    def __call__(self, *more: object) -> T:
        return self.func(*self.args, *more)


class Whole(Later[bytes]):
    """The bytes of a file listing the whole site (claims.json, sitemap.xml: 3 MB each at 3,000 sources, the
    largest of a build), made as :class:`Later`.  The renderer makes such a file in its own process when its
    turn comes, never in a worker (site/render.py): a worker's bytes arrived pickled, and the parent held
    them twice (the pickle, and its pages as read) beside the other pages of the chunk and those ahead."""

    __slots__ = ()


class Once(Generic[T]):
    """``make()``, made when first called and kept (what :func:`functools.cache` of a function of no
    arguments does, in 48 bytes instead of ~350): a claim's citation, shown by three of its pages."""

    __slots__ = ("make", "made")

    def __init__(self, make: Callable[[], T]) -> None:
        self.make: Callable[[], T] | None = make
        self.made: T | None = None

    def __call__(self) -> T:
        if self.make is not None:
            self.made, self.make = self.make(), None
        return cast(T, self.made)


def neighbours(items: Sequence[T], none: T) -> list[tuple[T, T]]:
    """(previous, next) of each item, ``none`` at either end: the links of a paged series."""
    padded = [none, *items, none]
    return list(zip(padded, padded[2:]))


class Current:
    """The site, the input bytes and each claim's dependencies of the latest plan: pages kept from an earlier
    plan are made from them when rendered, and the pages of a section kept are made again from them, so that
    nothing kept holds an old site (serve keeps one across builds) or what an old plan made of every claim."""

    __slots__ = ("deps_of", "inputs", "site")

    def __init__(self) -> None:
        self.site: Site | None = None
        self.inputs: Mapping[str, bytes] = {}
        self.deps_of: Mapping[str, frozenset[str]] = {}  # each claim's (site/pages.py ``claim_deps``)

    def of(self, make: Callable[..., T], *args: object) -> T:
        """``make(site, *args)`` with the current site."""
        assert self.site is not None
        return make(self.site, *args)

    def read(self, key: str) -> bytes:
        """The bytes of the input ``key`` (``source:<id>``, ``page:<id>``) as this build read them."""
        return self.inputs[key]
