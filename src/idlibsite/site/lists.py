"""Listing pages of bounded size: a long list is split by a stable key of each item (pure).

No listing page shows more than :data:`BOUND` items, whatever the size of the
project, so an edit of one claim re-renders a bounded number of listing pages,
each of bounded size.  A list of at most :data:`BOUND` items stays one page,
as it always was (so a small project reads as before); a longer one becomes
the index of its parts:

- a month of the timeline (``timeline/<yyyy-mm>/``): its days, each a page
  (``timeline/<yyyy-mm-dd>/``), and the statements dated only to the month
  on a page of their own (``timeline/<yyyy-mm>/month-only/``);
- a speaker's or a claim's timeline (``timeline/speakers/<id>/``,
  ``timeline/claims/<id>/``): the months said (``.../<yyyy-mm>/``);
- a topic (``topics/<slug>/``): the months its claims were asserted in
  (``topics/<slug>/<yyyy-mm>/``).  A claim's date is set in its own file, so
  no edit of another claim, nor of a statement, moves it to another page (the
  month of its first statement would move it whenever a statement is added);
- the sources (``sources/``): the months of publication
  (``sources/by_month/<yyyy-mm>/``: an id is a slug, which never holds "_",
  so no source's page can take that path).

A date given only to the year keys ``<yyyy>``, an unknown one ``unknown``.
A key holding more than :data:`BOUND` items is paged: its first page at the
key's path, then ``page/2/``, ``page/3/``..., in a stable order (the date,
then the ids), so an edited item moves no other.  Every URL that existed
before keeps its list, whole or as the index of its parts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import TypeVar

from idlibsite.anchoring.model import Quote, Site
from idlibsite.annotations.records import Actor, Claim
from idlibsite.dates import PartialDate
from idlibsite.site import timeline
from idlibsite.site.planned import Current, Later, Page, dep, neighbours, packed, view
from idlibsite.site.rows import claim_row
from idlibsite.sources.records import Source

BOUND = 200  # items on one listing page at most; a list of at most this many is not split

T = TypeVar("T")
Near = tuple[object, object]  # the (previous, next) links of a page in its series


@dataclass(frozen=True)
class Paging:
    """Where a page is in a key's pages; only a key with more than BOUND items has more than one."""

    number: int  # 1 for the first page
    pages: int
    first: int  # the page's first item, counted from 1 in the key's order
    last: int
    total: int  # items under the key
    links: tuple[str, ...]  # the site path of each page, first to last


@dataclass(frozen=True)
class Part:
    """A link of a split list's index: one key, its first page and what it holds."""

    path: str  # site path of its first page, e.g. "timeline/2020-03-05/"
    label: str  # "5 March 2020"
    count: str  # "214 statements"


def counted(n: int, noun: str) -> str:
    """'1 statement', '1,234 statements'."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def paged(path: str, items: Sequence[T]) -> list[tuple[str, Paging | None, tuple[T, ...]]]:
    """(site path, paging, items) of each page of ``items`` under ``path``; paging is None on a lone page."""
    count = max(1, -(-len(items) // BOUND))
    if count == 1:
        return [(path, None, tuple(items))]
    links = tuple(path if n == 1 else f"{path}page/{n}/" for n in range(1, count + 1))
    return [(links[n], Paging(n + 1, count, n * BOUND + 1, min(len(items), (n + 1) * BOUND), len(items), links),
             tuple(items[n * BOUND:(n + 1) * BOUND])) for n in range(count)]


def groups(items: Sequence[T], key: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """``items`` by key, keys in time order (an unknown date last), each group in the order given."""
    keyed: dict[str, list[T]] = defaultdict(list)
    for item in items:
        keyed[key(item)].append(item)
    return sorted(keyed.items(), key=lambda kv: kv[0].replace("unknown", "9999"))


def quotes_deps(quotes: Sequence[Quote]) -> frozenset[str]:
    """What a list of statements shows: speakers, claims (titles, sides) and the quoted words."""
    return frozenset({"actors", *map(dep, repeat("claim"), set(map(_CLAIM_ID, quotes))),
                      *map(dep, repeat("source"), set(map(_SOURCE_ID, quotes)))})


_CLAIM_ID, _SOURCE_ID = attrgetter("claim.id"), attrgetter("source.id")  # a quote's


def _period_page(heading: str, quotes: Sequence[Quote], before: object, after: object,
                 crumbs: tuple[tuple[str, str], ...] = (), summary: str = "",
                 paging: Paging | None = None, series: str = "Other months") -> dict[str, object]:
    """A list of statements by month and day: grouped only when rendered."""
    return {"section": "timeline", "heading": heading, "months": timeline.months(quotes), "before": before,
            "after": after, "crumbs": crumbs, "summary": summary, "paging": paging, "series": series}


def _statements(path: str, heading: str, quotes: Sequence[Quote], what: str, near: Near,
                crumbs: tuple[tuple[str, str], ...] = (), series: str = "Other months") -> list[Page]:
    """The pages of one list of statements (``near``: the series' links, relative to timeline/)."""
    pages = []
    for page_path, paging, shown in paged(path, quotes):
        summary = f"{counted(len(quotes), 'statement')} {what}."
        deps = quotes_deps(shown) | {view((heading, near, crumbs, summary, paging, series))}
        pages.append(Page(page_path + "index.html", packed(deps), "period.html",
                          Later(_period_page, heading, shown, *near, crumbs, summary, paging, series)))
    return pages


def index_page(path: str, section: str, heading: str, crumbs: tuple[tuple[str, str], ...], summary: str,
           parts: Sequence[Part], intro: str = "", near: tuple[Part | None, Part | None] = (None, None)) -> Page:
    """The index of a split list: a link to each key's first page, with its count (all it shows is in its view)."""
    context: dict[str, object] = {"section": section, "heading": heading, "crumbs": crumbs, "intro": intro,
                                  "summary": summary, "parts": tuple(parts), "before": near[0], "after": near[1]}
    return Page(path + "index.html", (view((heading, crumbs, intro, summary, tuple(parts), near)),),
                "parts.html", lambda: context)


TIMELINE = (("timeline/", "Timeline"),)


Month = tuple[str, str] | None  # a period's (key, label), None at either end of the timeline


Sectioned = tuple[Hashable, object, Callable[[], list[Page]]]  # a section's key, what it holds, its pages' maker


def period_sections(period: timeline.Period, near: tuple[Month, Month]) -> list[Sectioned]:
    """The sections of a period's pages (``timeline/<key>/``; ``near``: the periods before and after it), each
    (key, held, make): its statements; or, when long, the index of its days (named by what it shows) and each
    day's pages, named by the very tuple of its statements (:attr:`timeline.Period.days`) and its neighbours,
    so that an edit plans again only the days whose statements it changed (and the index when a count did)."""
    path = f"timeline/{period.key}/"
    if len(period.quotes) <= BOUND or period.key[4:5] != "-":  # not a month: a year only, or unknown
        what = "said on a date the sources do not give" if period.key == "unknown" else f"said in {period.label}"
        return [(("period", id(period), near), period,
                 partial(_statements, path, period.label, period.quotes, what, near, TIMELINE))]
    days, summary = day_parts(period.key, period.label, period.days)
    parts = tuple(Part(f"timeline/{key}/", label, counted(len(qs), "statement")) for key, label, qs, _ in days)
    month_near = (_month_link(near[0]), _month_link(near[1]))
    made: list[Sectioned] = [(("month", path, period.label, summary, parts, month_near), None,
                            partial(_month_index, path, period.label, summary, parts, month_near))]
    crumbs, series = (*TIMELINE, (path, period.label)), f"Other days of {period.label}"
    for (key, label, qs, what), day_near in zip(days, neighbours([(k, lbl) for k, lbl, _, _ in days], None),
                                                strict=True):
        made.append((("day", id(qs), day_near), qs,
                     partial(_statements, f"timeline/{key}/", label, qs, what, day_near, crumbs, series)))
    return made


def _month_index(path: str, label: str, summary: str, parts: Sequence[Part],
                 near: tuple[Part | None, Part | None]) -> list[Page]:
    return [index_page(path, "timeline", label, TIMELINE, summary, parts, near=near)]


Day = tuple[str, str, Sequence[Quote], str]  # (key, label, statements, what they are: "dated 5 March 2020")


def month_days(key: str, label: str, quotes: Sequence[Quote]) -> tuple[list[Day], str]:
    """:func:`day_parts` of a month's statements, in the order given within each day."""
    only = [q for q in quotes if q.statement.said.precision == "month"]
    dated = groups([q for q in quotes if q.statement.said.precision == "day"], lambda q: q.statement.said.iso)
    return day_parts(key, label, [only, *map(itemgetter(1), dated)] if only else list(map(itemgetter(1), dated)))


def day_parts(key: str, label: str, days: Sequence[Sequence[Quote]]) -> tuple[list[Day], str]:
    """The parts of a month too long for one page, from its statements by date said (``days``: those dated
    only to the month first, when any), and the summary of its index: the statements dated only to the month
    (key ``<yyyy-mm>/month-only``), then each day said (key ``<yyyy-mm-dd>``)."""
    parts: list[Day] = []
    only = 0
    for qs in days:
        said = qs[0].statement.said
        if said.precision == "month":
            only = len(qs)
            parts.append((f"{key}/month-only", f"Dated only to {label}", qs, "dated only to the month, "
                          "as the sources give no day"))
        else:
            parts.append((said.iso, said.human(), qs, f"dated {said.human()}"))
    total = sum(map(len, days))
    summary = (f"{counted(total, 'statement')} said in {label}: "
               f"{counted(total - only, 'statement')} dated on {counted(len(days) - bool(only), 'day')}"
               + (f", {counted(only, 'statement')} dated only to the month" if only else "") + ".")
    return parts, summary


def _month_link(month: Month) -> Part | None:
    return None if month is None else Part(f"timeline/{month[0]}/", month[1], "")


def narrowed_pages(path: str, heading: str, quotes: Sequence[Quote]) -> list[Page]:
    """A speaker's or a claim's timeline (``path``: ``timeline/speakers/<id>/``...), the index of its
    months when long."""
    ordered = sorted(quotes, key=timeline.by_date)
    if len(ordered) <= BOUND:
        return _statements(path, heading, ordered, "in time order", (None, None), TIMELINE)
    months = groups(ordered, timeline.period_key)
    parts = [Part(f"{path}{key}/", timeline.period_label(key), counted(len(qs), "statement")) for key, qs in months]
    summary = f"{counted(len(ordered), 'statement')} in time order, by the month said ({counted(len(parts), 'month')})."
    pages = [index_page(path, "timeline", heading, TIMELINE, summary, parts)]
    relative = path.removeprefix("timeline/")
    near = neighbours([(relative + key, timeline.period_label(key)) for key, _ in months], None)
    for (key, qs), month_near in zip(months, near, strict=True):
        label = timeline.period_label(key)
        pages += _statements(f"{path}{key}/", f"{heading}: {label}", qs, f"said in {label}", month_near,
                             (*TIMELINE, (path, heading)))
    return pages


def asserted_in(key: str) -> str:
    if key == "unknown":
        return "Date of assertion unknown"
    return f"Asserted in {timeline.period_label(key)}"


def topic_pages(current: Current, topic: str, title: str, description: str, claims: Sequence[Claim],
                own: frozenset[str]) -> list[Page]:
    """A topic's page (``topics/<slug>/``): its claims, or the index of the months they were asserted in.
    ``own``: what the topic's page shows of the topic itself (its title, its description); the rows
    are made from the ``current`` site when rendered (and the dependencies from its claims' now)."""
    deps_of = current.deps_of
    context: dict[str, object] = {"section": "claims", "topic": topic, "title": title,
                                  "description": description, "part": "", "paging": None}
    path = f"topics/{topic}/"
    if len(claims) <= BOUND:
        return [Page(path + "index.html", packed(own.union(*(deps_of[c.id] for c in claims))), "topic.html",
                     Later(current.of, _topic_rows, context, claims))]
    months = groups(sorted(claims, key=lambda c: (c.date.sort_key(), c.id)), lambda c: timeline.date_key(c.date))
    parts = [Part(f"{path}{key}/", asserted_in(key), counted(len(cs), "claim")) for key, cs in months]
    summary = (f"{counted(len(claims), 'claim')} under this topic, by the month each was asserted in "
               f"({counted(len(parts), 'month')}).")
    pages = [index_page(path, "claims", title, (("", "Claims"),), summary, parts, description)]
    for (key, cs), near in zip(months, neighbours(parts, None), strict=True):
        for page_path, paging, shown in paged(f"{path}{key}/", cs):
            part: dict[str, object] = {**context, "part": asserted_in(key), "paging": paging,
                                       "before": near[0], "after": near[1]}
            deps = frozenset({dep("topic", topic), view((key, paging, near))}).union(*(deps_of[c.id] for c in shown))
            pages.append(Page(page_path + "index.html", packed(deps), "topic.html",
                              Later(current.of, _topic_rows, part, shown)))
    return pages


def _topic_rows(site: Site, context: dict[str, object], claims: Sequence[Claim]) -> dict[str, object]:
    return {"before": None, "after": None, **context, "rows": [claim_row(site, c) for c in claims]}


Listed = tuple[str, str, str, PartialDate, int]  # a source as the sources list shows it


def source_list_pages(sources: Sequence[Source], quotes_by_source: Mapping[str, Sequence[Quote]]) -> list[Page]:
    """The sources, newest first (``sources/``), or the index of the months they were published in."""
    rows: list[Listed] = [(s.id, s.meta.title, s.meta.outlet, s.meta.date, len(quotes_by_source.get(s.id, ())))
                          for s in sorted(sources, key=lambda s: (s.meta.date.sort_key(), s.id), reverse=True)]
    context: dict[str, object] = {"section": "sources", "part": "", "paging": None, "before": None, "after": None}
    if len(rows) <= BOUND:
        return [Page("sources/index.html", (view(rows),), "sources.html",
                     lambda: {**context, "sources": rows})]
    months = groups(rows, lambda row: timeline.date_key(row[3]))
    months = [m for m in reversed(months) if m[0] != "unknown"] + [m for m in months if m[0] == "unknown"]
    parts = [Part(f"sources/by_month/{key}/", _published(key), counted(len(listed), "source"))
             for key, listed in months]
    summary = f"{counted(len(rows), 'source')}, by the month each was published in, newest first."
    intro = ("The archived articles every statement is anchored in. Each file is kept byte for byte; "
             "its SHA-256 is shown on its page.")
    pages = [index_page("sources/", "sources", "Sources", (), summary, parts, intro)]
    for (key, listed), near in zip(months, neighbours(parts, None), strict=True):
        for page_path, paging, shown in paged(f"sources/by_month/{key}/", listed):
            part: dict[str, object] = {**context, "part": _published(key), "paging": paging,
                                       "before": near[1], "after": near[0], "sources": shown}  # newest first
            pages.append(Page(page_path + "index.html", (view((key, shown, paging, near)),), "sources.html",
                              Later(dict, part)))
    return pages


def _published(key: str) -> str:
    return "Publication date unknown" if key == "unknown" else f"Published in {timeline.period_label(key)}"


def claims_by_topic(site: Site) -> list[tuple[str, tuple[Claim, ...]]]:
    """The claims of each topic, by topic slug."""
    return sorted(site.claims_by_topic.items())


def actors_by_affiliation(site: Site) -> list[tuple[str, list[tuple[Actor, int]]]]:
    """Every actor, with the number of statements it said, by affiliation."""
    groups: dict[str, list[tuple[Actor, int]]] = defaultdict(list)
    for actor in site.annotations.actors:
        groups[actor.affiliation].append((actor, len(site.quotes_by_actor.get(actor.id, ()))))
    return sorted(groups.items())
