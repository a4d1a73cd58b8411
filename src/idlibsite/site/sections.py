"""A plan made of sections: the pages of one input each, kept between builds (pure).

A section is the pages of one claim, one source, one actor, one topic, one
period of the timeline...: what :func:`idlibsite.site.pages.plan` makes of a
few inputs.  A process that builds again (``serve``) keeps each section by a
key naming exactly what it is made from (objects by their ids, the section
holding them, so that no other object can take an id while it is kept), so
that an edit plans again only the sections it touches.  A section kept holds
what a build reads of its pages (their paths and dependencies), not the pages:
they are made again from it only when one of them is to be rendered.  A section
also keeps what the sitemap lists of it, so that the sitemap's key is made from
one hash per section, not from every page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import partial
from itertools import chain, compress, repeat, takewhile
from operator import attrgetter, eq, is_, is_not, itemgetter, not_
from typing import cast

from idlibsite.anchoring.grouping import dropped
from idlibsite.anchoring.model import Quote
from idlibsite.annotations.records import Claim
from idlibsite.memo import Keep, fresh
from idlibsite.site.exports import SITEMAP_HEAD, SITEMAP_TAIL, sitemap_rows
from idlibsite.site.hashes import changed as changed_since
from idlibsite.site.planned import Deps, Page, Runs, Whole, packed, view
from idlibsite.site.rows import ClaimRow

# old addresses, old versions, gone claims' addresses: not for search engines
UNLISTED = frozenset({"redirect.html", "claim_version.html", "claim_gone.html", "404.html"})
Listed = tuple[tuple[str, str], ...]  # (site path of a page's folder, when it last changed or "")


@dataclass(frozen=True, slots=True)
class Section:
    """What a build reads of a section's pages, and how to make them again: kept in ``serve`` from build to
    build, without its pages (each with its path, its dependencies and the call that renders it: 38 % of what
    serve kept at 3,000 sources), which are made again only when one is to be rendered (:meth:`Sections.pages`)."""

    held: object  # the objects its key names by id
    paths: tuple[str, ...]  # its pages' paths, in order
    deps: tuple[Deps, ...]  # each one's dependencies (the very tuple of its page: one per claim, shared)
    html: int  # how many of them are HTML pages
    listed: Listed
    digest: str  # a hash of ``listed``
    make: Callable[[], Sequence[Page]]  # its pages again (pure: the same paths and dependencies)


def listed(pages: Sequence[Page], changed: Mapping[str, str]) -> Listed:
    """What the sitemap lists of ``pages``: every HTML page but redirects, version pages, gone claims' pages and
    404.html, with the date it last changed when ``changed`` has one (a claim's page: its latest version)."""
    return tuple((p.path.removesuffix("index.html"), changed.get(p.path, "")) for p in pages
                 if p.path.endswith(".html") and p.template not in UNLISTED)


def section(held: object, make: Callable[[], Sequence[Page]], changed: Callable[[], Mapping[str, str]],
            took: Callable[[Sequence[Page]], object] = lambda pages: None) -> Section:
    """The section of the pages ``make()`` gives, which ``took`` is given (the plan renders them)."""
    pages = make()
    took(pages)
    shown = listed(pages, changed())
    paths = tuple(p.path for p in pages)
    return Section(held, paths, tuple(p.deps for p in pages), sum(p.endswith(".html") for p in paths), shown,
                   hashlib.sha256(repr(shown).encode()).hexdigest(), make)


NONE_CHANGED: Mapping[str, str] = {}


def _never(path: str) -> bool:
    return False


def _none_changed() -> Mapping[str, str]:
    return NONE_CHANGED


class Sections:
    """The pages of one plan, in order, made of sections (``kept``: serve's ``Cache.kept``) and of
    loose pages, made at every plan (the catalogues).  A section made by this plan comes with its pages (but
    past ``hold``); one taken from the last plan with none, until they are asked for (:meth:`pages`).

    With ``hold`` (a build that may keep most pages from the site: not ``--full``), only the first ``hold``
    sections made now come with their pages (an edit's few, to be rendered); the others are held as ones
    taken again, without their pages, made again only if one of them is not kept.  After a code change every
    claim is planned again and none of its pages rendered: every page of the site (its path, deps and the
    calls that would render it: ~7 MB at 1,000 sources) was held from the plan to the end of rendering, beside
    the trees' records, and then left the allocator's pools full of holes (25 MB at 3,000 sources in serve)."""

    def __init__(self, kept: Keep = fresh, hold: int | None = None) -> None:
        self.kept = kept
        self.hold = hold  # how many more sections made now come with their pages (None: all)
        self.made: list[Section] = []
        self.pages_made: list[Sequence[Page] | None] = []  # each section's pages when this plan made them
        self.loose: list[Page] = []
        self.count = 0  # pages in all
        self.html = 0  # of them HTML pages

    def add(self, key: Hashable, held: object, make: Callable[[], Sequence[Page]],
            changed: Callable[[], Mapping[str, str]] = _none_changed) -> Section:
        """The section of ``key``: the last build's while ``key`` is the same (``held``: the objects it
        names by id), else ``make()``; ``changed()``: the date each of its pages last changed, if any."""
        made, pages = self.make(key, held, make, changed)
        self.again(made, pages)
        return made

    def make(self, key: Hashable | None, held: object, make: Callable[[], Sequence[Page]],
             changed: Callable[[], Mapping[str, str]] = _none_changed) -> tuple[Section, Sequence[Page] | None]:
        """:meth:`add`'s section and, when made now, its pages, not yet put in the plan (``key`` None: made,
        not kept)."""
        took: list[Sequence[Page]] = []
        made_now = partial(section, held, make, changed, took.append)
        made = made_now() if key is None else self.kept(("section", key), made_now)
        return made, took[0] if took else None

    def again(self, made: Section, pages: Sequence[Page] | None = None) -> None:
        """A section of the last plan, known to be the same (:class:`Again`); or one made now, with its ``pages``."""
        self.made.append(made)
        self.pages_made.append(self._held(pages))
        self.count += len(made.paths)
        self.html += made.html

    def extend(self, made: Sequence[Section], pages: Sequence[Sequence[Page] | None]) -> None:
        """:meth:`again` of each of ``made`` (with its ``pages``), in order: in C."""
        self.made += made
        at = len(self.pages_made)
        self.pages_made += pages
        if self.hold is not None:  # (only the sections made now gone through: serve's edit takes the others)
            for i in compress(range(at, len(self.pages_made)), pages):
                self.pages_made[i] = self._held(self.pages_made[i])
        self.count += sum(map(len, map(_PATHS, made)))
        self.html += sum(map(_HTML, made))

    def _held(self, pages: Sequence[Page] | None) -> Sequence[Page] | None:
        """A section's ``pages`` as the plan holds them (none past its ``hold``: made again when asked for)."""
        if pages is None or self.hold is None:
            return pages
        self.hold -= 1
        return pages if self.hold >= 0 else None

    def page(self, page: Page) -> None:
        """A page made at every plan."""
        self.loose.append(page)
        self.count += 1
        self.html += page.path.endswith(".html")

    def pairs(self) -> Iterator[tuple[str, Deps]]:
        """Each page's path and dependencies, in order (no page made)."""
        for made in self.made:
            yield from zip(made.paths, made.deps)
        for page in self.loose:
            yield page.path, page.deps

    def pages(self, wanted: AbstractSet[str] | None = None, kept: Callable[[str], bool] = _never) -> list[Page]:
        """The pages of ``wanted`` paths (None: every page), in order; of a section taken from the last plan,
        none while each of them is ``kept`` (told first, in order: a page told kept is not rendered), else the
        pages ``make()`` gives again (each a page of the current site: :class:`Current`)."""
        every: list[Page] = []
        for made, pages in zip(self.made, self.pages_made):
            if wanted is not None and wanted.isdisjoint(made.paths):  # (in C: most sections, in serve)
                continue
            if pages is None:
                paths = made.paths if wanted is None else [p for p in made.paths if p in wanted]
                told = sum(1 for _ in takewhile(kept, paths))  # the first pages kept, told in order
                if told == len(paths):
                    continue
                pages = made.make()
                assert tuple(p.path for p in pages) == made.paths, "a section made again gave other pages"
                if wanted is None:  # (those told kept are not rendered: not given again)
                    pages = pages[told:]
                else:
                    pages = [p for p in pages if p.path in wanted][told:]
                every += pages
                continue
            every += pages if wanted is None else [p for p in pages if p.path in wanted]
        every += self.loose if wanted is None else [p for p in self.loose if p.path in wanted]
        return every

    def sitemap(self, base_url: str) -> Page:
        """sitemap.xml, of every page so far: its key made from one hash per section."""
        loose = listed(self.loose, NONE_CHANGED)
        digests = self.kept(("plan", "sitemap digests"), Runs).of(self.made, _digests)
        parts = list(map(_LISTED, self.made))
        return Page("sitemap.xml", packed({view((base_url, digests, loose))}), "", dict,
                    Whole(_sitemap, base_url, [*parts, loose]))


HELD_SECTIONS = 64  # sections made now whose pages a plan holds when most pages may be kept (an edit's
# sections, to be rendered: the claim's and the few that show it; beyond, made again if one is not kept)


def _digests(made: Sequence[Section]) -> str:
    """The text of a run of sections hashed for the sitemap's key (:class:`Runs`): their digests."""
    return "".join(map(_DIGEST, made))


def _sitemap(base_url: str, parts: Sequence[Listed]) -> bytes:
    """``sitemap`` of the pages listed in ``parts``, in UTF-8, made a few rows at a time: sorted by their paths
    (as by their addresses: ``base_url`` begins each), each address made only for its rows' moment."""
    rows = sorted(chain.from_iterable(parts))
    return b"".join([SITEMAP_HEAD.encode(), *(sitemap_rows([(base_url + path, changed) for path, changed in
                                                            rows[at:at + ROWS]]).encode()
                                             for at in range(0, len(rows), ROWS)), SITEMAP_TAIL.encode()])


ROWS = 1024  # rows of the sitemap made at a time


@dataclass(frozen=True, slots=True)
class Planned:
    """What a plan made of one claim, and what from."""

    held: tuple[object, ...]  # the claim, its versions' rows, the configuration and its quotes (the very tuple
    # linking kept, for an unchanged claim): compared by identity
    shown: Deps  # the inputs its pages show
    section: Section
    row: tuple[ClaimRow, str]  # its row of the claims tables and its line of claims.json's view


class Again:
    """``serve``: each claim's section and row from the last plan, taken again without making its key
    (a claim's inputs and their hashes, several look-ups) while the claim, its versions' rows, the
    configuration and its quotes are the very objects it was made from, the hashes of the inputs it
    shows and the sources archived are unchanged: all that its section's key in ``plan`` names.

    From the claims not taken again it also tells which sources, actors and topics their statements,
    verdicts and records showed or show (:meth:`touched`), so that the sections of the others are
    taken again by their name (:meth:`sections`), without a key naming each of their statements."""

    def __init__(self) -> None:
        self.last: dict[str, Planned] = {}
        self.now: dict[str, Planned] = {}
        self.hashes: Mapping[str, str] = {}
        self.source_ids: frozenset[str] = frozenset()
        self.changed: set[str] = set()
        self.same_sources = False
        self.missed: list[str] = []  # the claims of this plan not taken again
        self.kinds: dict[str, Named] = {}  # this plan's sections of sources, actors... (:meth:`sections`)
        self.kinds_last: dict[str, Named] = {}
        self.touched_names: frozenset[str] | None = None  # what :meth:`touched` found (None: take nothing again)
        self.done = False  # this plan was made to its end
        self.whole = False  # and the last one was: its sections by name are all it made

    def start(self, hashes: Mapping[str, str], source_ids: frozenset[str]) -> None:
        """A new plan, from the inputs of these hashes, with these sources archived."""
        self.changed = changed_since(hashes, self.hashes)  # added, removed or changed (site/hashes.py)
        self.same_sources = source_ids == self.source_ids
        self.last, self.now, self.hashes, self.source_ids = self.now, {}, hashes, source_ids
        self.kinds_last, self.kinds, self.missed = self.kinds, {}, []
        self.whole, self.done, self.touched_names = self.done, False, None

    def get(self, claim: str, held: tuple[object, ...]) -> Planned | None:
        found = self.last.get(claim)
        if (found is None or not self.same_sources or len(found.held) != len(held)
                or not all(map(is_, found.held, held)) or not self.changed.isdisjoint(found.shown)):
            self.missed.append(claim)
            return None
        return found

    def put(self, claim: str, planned: Planned) -> None:
        self.now[claim] = planned

    def unchanged(self, ids: Sequence[str], held: Sequence[Iterable[object]]) -> tuple[list[Planned], list[int]] | None:
        """:meth:`get` of every claim at once, each pass in C: the last plan's Planned of each claim of ``ids``
        (in order) and the positions of those :meth:`get` would not give (``held``: the claims, their
        versions' rows, the configuration and their quotes, each a sequence in the order of ``ids``); None
        when ``ids`` are not the last plan's claims in the same order (then each goes through :meth:`get`).
        :meth:`put_all` puts them, those at the positions made again."""
        if not self.same_sources or len(ids) != len(self.last) or list(self.last) != ids:
            return None
        planned = list(self.last.values())
        was = list(map(_HELD, planned))
        same = map(all, zip(*(map(is_, now, map(itemgetter(at), was)) for at, now in enumerate(held)),
                            map(self.changed.isdisjoint, map(_SHOWN, planned))))
        missed = list(compress(range(len(ids)), map(not_, same)))
        self.missed = [ids[at] for at in missed]
        return planned, missed

    def put_all(self, ids: Sequence[str], planned: Sequence[Planned]) -> None:
        """:meth:`put` of each claim of ``ids``, in order."""
        self.now = dict(zip(ids, planned, strict=True))

    def end(self) -> None:
        """The plan is made to its end: the next may take its sections by name again."""
        self.done = True

    def touched(self) -> None:
        """Once every claim is planned: the sources, actors and topics (``source:<id>``, ``actor:<id>``,
        ``topic:<id>``) that a claim not taken again, or gone since, showed in the last plan or shows in
        this one; the sections of the others are the last plan's.  Nothing is taken again after a plan
        not made to its end, or when the sources archived changed."""
        if not (self.whole and self.same_sources):
            return
        names: set[str] = set()
        for claim in [*self.missed, *dropped(self.now, self.last, self.missed)]:  # (a claim not missed is the last's)
            for planned in (self.last.get(claim), self.now.get(claim)):
                if planned is not None:
                    names.update(_shows(planned.held))
        self.touched_names = frozenset(names)

    def sections(self, plan: Sections, kind: str, shows: str, ids: list[str], very: tuple[Sequence[object], ...],
                 equal: tuple[Sequence[object], ...], one: Callable[[int], Made]) -> None:
        """The sections of one ``kind`` (the sources', the actors'...), one for each of ``ids`` in order, put in
        ``plan``: the last plan's of that id when no changed claim shows the ``shows`` input of that id (as
        :meth:`touched` names them), each of ``very`` (columns in the order of ``ids``: what its key names by
        id) is the very object and each of ``equal`` (what else its key names) is equal; else ``one(at)``, made
        by its key (:meth:`Sections.make`).  While the ids are the last plan's in the same order, each test is
        a pass in C; else the last plan's are found by id first (:meth:`Named.aligned`)."""
        made: list[Section] = []
        missed: Iterable[int] = range(len(ids))
        last = self.kinds_last.get(kind)
        if last is not None and self.touched_names is not None:
            if last.ids != ids:
                last = last.aligned(ids)
            prefix = shows + ":"
            touched = {name[len(prefix):] for name in self.touched_names if name.startswith(prefix)}
            same = zip(map(is_not, last.sections, repeat(_GONE)), map(not_, map(touched.__contains__, ids)),
                       *map(partial(map, is_), very, last.very), *map(partial(map, eq), equal, last.equal))
            made = list(last.sections)
            missed = list(compress(range(len(ids)), map(not_, map(all, same))))
        else:
            made = [cast(Section, _GONE)] * len(ids)
        pages: list[Sequence[Page] | None] = [None] * len(ids)
        for at in missed:
            made[at], pages[at] = one(at)
        plan.extend(made, pages)
        self.kinds[kind] = Named(ids, very, equal, made)


Made = tuple[Section, Sequence[Page] | None]  # a section, and its pages when made now
_GONE = object()  # (in :class:`Named`: no section of that id in the last plan)


@dataclass(frozen=True, slots=True)
class Named:
    """The sections of one kind in a plan (:meth:`Again.sections`), in order, with what each was made from."""

    ids: list[str]
    very: tuple[Sequence[object], ...]  # compared by identity, each in the order of ``ids``
    equal: tuple[Sequence[object], ...]  # compared by equality
    sections: list[Section]

    def aligned(self, ids: Sequence[str]) -> Named:
        """These sections and what they were made from, of each of ``ids`` in order (``_GONE`` where none)."""
        where = dict(zip(self.ids, range(len(self.ids))))
        at = [where.get(one) for one in ids]

        def pick(values: Sequence[object]) -> list[object]:
            return [_GONE if n is None else values[n] for n in at]

        return Named(list(ids), tuple(map(pick, self.very)), tuple(map(pick, self.equal)),
                     cast(list[Section], pick(self.sections)))


_PATHS, _HTML, _DIGEST, _LISTED = (attrgetter("paths"), attrgetter("html"), attrgetter("digest"),
                                   attrgetter("listed"))  # a Section's
_HELD, _SHOWN = attrgetter("held"), attrgetter("shown")  # a Planned's


def _shows(held: tuple[object, ...]) -> set[str]:
    """The sources, actors and topics a claim's pages and statements show (``held``: its
    :class:`Planned`'s: the claim, its versions' rows, the configuration, its quotes)."""
    claim = cast(Claim, held[0])
    names = {f"actor:{claim.actor}", *(f"topic:{t}" for t in claim.topics)}
    if claim.verdict is not None:
        names.add(f"source:{claim.verdict.source}")
    for quote in cast(tuple[Quote, ...], held[3]):
        names.update((f"source:{quote.source.id}", f"actor:{quote.speaker.id}"))
    return names
