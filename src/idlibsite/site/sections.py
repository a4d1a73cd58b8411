"""A plan made of sections: the pages of one input each, kept whole between builds (pure).

A section is the pages of one claim, one source, one actor, one topic, one
period of the timeline...: what :func:`idlibsite.site.pages.plan` makes of a
few inputs.  A process that builds again (``serve``) keeps each section by a
key naming exactly what it is made from (objects by their ids, the section
holding them, so that no other object can take an id while it is kept), so
that an edit plans again only the sections it touches.  A section also keeps
what the sitemap lists of it, so that the sitemap's key is made from one hash
per section, not from every page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from idlibsite.cache import Keep, fresh
from idlibsite.site.exports import sitemap
from idlibsite.site.planned import Page, view

UNLISTED = frozenset({"redirect.html", "claim_version.html", "404.html"})  # old addresses, old versions: not for search engines
Listed = tuple[tuple[str, str], ...]  # (site path of a page's folder, when it last changed or "")


@dataclass(frozen=True, slots=True)
class Section:
    """The pages of a section, and what the sitemap lists of them."""

    held: object  # the objects its key names by id
    pages: Sequence[Page]
    listed: Listed
    digest: str  # a hash of ``listed``


def listed(pages: Sequence[Page], changed: Mapping[str, str]) -> Listed:
    """What the sitemap lists of ``pages``: every HTML page but redirects, version pages and 404.html,
    with the date it last changed when ``changed`` has one (a claim's page: its latest version)."""
    return tuple((p.path.removesuffix("index.html"), changed.get(p.path, "")) for p in pages
                 if p.path.endswith(".html") and p.template not in UNLISTED)


def section(held: object, make: Callable[[], Sequence[Page]], changed: Callable[[], Mapping[str, str]]) -> Section:
    pages = make()
    shown = listed(pages, changed())
    return Section(held, pages, shown, hashlib.sha256(repr(shown).encode()).hexdigest())


NONE_CHANGED: Mapping[str, str] = {}


def _none_changed() -> Mapping[str, str]:
    return NONE_CHANGED


class Sections:
    """The pages of one plan, in order, made of sections (``kept``: serve's ``Cache.kept``) and of
    loose pages, made at every plan (the catalogues)."""

    def __init__(self, kept: Keep = fresh) -> None:
        self.kept = kept
        self.pages: list[Page] = []
        self.made: list[Section] = []
        self.loose: list[Page] = []

    def add(self, key: Hashable, held: object, make: Callable[[], Sequence[Page]],
            changed: Callable[[], Mapping[str, str]] = _none_changed) -> None:
        """The section of ``key``: the last build's while ``key`` is the same (``held``: the objects it
        names by id), else ``make()``; ``changed()``: the date each of its pages last changed, if any."""
        made = self.kept(("section", key), partial(section, held, make, changed))
        self.made.append(made)
        self.pages += made.pages

    def page(self, page: Page) -> None:
        """A page made at every plan."""
        self.loose.append(page)
        self.pages.append(page)

    def sitemap(self, base_url: str) -> Page:
        """sitemap.xml, of every page so far: its key made from one hash per section."""
        loose = listed(self.loose, NONE_CHANGED)
        digests = hashlib.sha256("".join(s.digest for s in self.made).encode()).hexdigest()
        parts = [s.listed for s in self.made]
        return Page("sitemap.xml", frozenset({view((base_url, digests, loose))}), "", dict,
                    partial(_sitemap, base_url, [*parts, loose]))


def _sitemap(base_url: str, parts: Sequence[Listed]) -> bytes:
    return sitemap(sorted((base_url + path, changed) for part in parts for path, changed in part)).encode()
