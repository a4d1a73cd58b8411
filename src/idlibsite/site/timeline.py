"""The timeline: statements by the date said, one page per month, and narrowed views (pure).

A timeline page lists its statements by month and, within a month, by the
date said: each month and each date is written once, as a heading, and a
statement whose source gives only the month is listed under "day not given"
at the start of its month.  The timeline can be narrowed without script: to
one speaker or one claim by its own page (``timeline/speakers/<id>/``,
``timeline/claims/<id>/``), to one side by an anchor on every timeline page
(``#side-counter``; the stylesheet hides the other sides at that :target).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, compress, groupby
from operator import is_not, itemgetter

from idlibsite.anchoring.grouping import Grouping, Ranked
from idlibsite.anchoring.model import Quote, Site
from idlibsite.memo import Keep, fresh, holding
from idlibsite.dates import PartialDate, parse_partial_date


@dataclass(frozen=True)
class Period:
    """A timeline page: the statements said in one month (or year, or at an unknown date)."""

    key: str  # "2020-03", "2020" (year only) or "unknown": its path is timeline/<key>/
    label: str  # "March 2020", "2020, year only", "Date unknown"
    quotes: tuple[Quote, ...]  # by date said
    # the same by date said (in a month, those dated only to the month first), each date's the very tuple of
    # the last build while its statements are the very same objects (serve: a long month's day pages are
    # planned again only for the days whose statements changed, site/lists.py)
    days: tuple[tuple[Quote, ...], ...]


@dataclass(frozen=True)
class Day:
    """The statements said on one date, or in a month whose day the sources do not give."""

    date: PartialDate  # the date said: a day, or a month or year when the sources give no more
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Month:
    """A month of a timeline page, its statements grouped by day."""

    key: str  # as Period.key
    label: str  # as Period.label
    days: tuple[Day, ...]


def by_date(q: Quote) -> tuple[str, str, str]:
    return (q.statement.said.sort_key(), q.claim.id, q.statement.id)


def date_key(date: PartialDate) -> str:
    """The month of a date ("2020-03"), its year when only the year is given, or "unknown"."""
    return date.iso[:7] if date.known else "unknown"


def period_key(q: Quote) -> str:
    return date_key(q.statement.said)


def periods(site: Site, kept: Keep = fresh) -> list[Period]:
    """Statements grouped by the month said; a month- or year-only date leads its period.

    Made from each claim's statements by period, then each period from its claims' parts: with ``kept``
    (serve's ``Cache.kept``) the parts are grouped by period as in the last build, updated from the claims
    whose quotes are not the very tuple of the last build (anchoring/grouping.py), and a period none of
    whose parts changed (the very tuple of parts) is the very Period of the last build; a period made again
    is the last build's with the statements of the parts gone taken out and those of the parts new put in
    place (:func:`_merged`), each date's statements the last build's very tuple while they are the very same
    objects."""
    groups = kept((PERIODS, "by claim"), Grouping[tuple[Quote, ...], Dated]).update(site.quotes_by_claim, _dated)
    last: dict[str, Ordered] = kept((PERIODS, "ordered"), dict)  # the last build's periods, by key
    ordered = sorted(groups.items(), key=lambda kv: kv[0].replace("unknown", "9999"))
    made = [kept((PERIODS, key, id(parts)), partial(holding, parts, partial(_ordered, key, parts, last.get(key))))[1]
            for key, parts in ordered]
    last.clear()
    last.update(zip(map(_FIRST, ordered), zip(map(_SECOND, ordered), made)))
    return list(map(_FIRST, made))


Dated = tuple[tuple[tuple[str, str, str], Quote], ...]  # statements with their by_date keys
PERIODS = "periods"  # Cache.kept: a claim's statements by period, and a period made of such parts


def _dated(quotes: Sequence[Quote]) -> list[tuple[str, Dated]]:
    """One claim's statements by period key, each with its :func:`by_date` key."""
    groups: dict[str, list[tuple[tuple[str, str, str], Quote]]] = defaultdict(list)
    for q in quotes:
        groups[period_key(q)].append((by_date(q), q))
    return [(key, tuple(dated)) for key, dated in groups.items()]


Key = tuple[str, str, str]  # a statement's :func:`by_date` key
Ordered = tuple[Sequence[Dated], tuple[Period, tuple[Key, ...]]]  # a period's parts, it, and its statements' keys
MERGED = 16  # parts gone or new at most for a period to be made from the last build's (else sorted whole)


def _ordered(key: str, parts: Sequence[Dated], last: Ordered | None = None) -> tuple[Period, tuple[Key, ...]]:
    """The period of ``key`` from its claims' statements, by date said (claim and statement ids break ties), and
    each statement's key; ``last``: the last build's period of ``key``, which it is made from while few parts
    changed (:func:`_merged`), and each date's statements of which are taken again while they are the very same
    objects (held by it: no other object has their ids)."""
    merged = _merged(key, parts, *last) if last is not None else None
    if merged is not None:
        return merged
    dated = sorted(chain.from_iterable(parts), key=itemgetter(0))
    keys, quotes = tuple(map(itemgetter(0), dated)), tuple(map(itemgetter(1), dated))
    said = list(map(itemgetter(0), keys))  # each one's date said (its sort key)
    starts = list(map(partial(bisect_left, said), dict.fromkeys(said)))
    days = list(map(quotes.__getitem__, map(slice, starts, [*starts[1:], len(said)])))
    if last is not None:
        was = dict(zip(map(_ids, last[1][0].days), last[1][0].days))
        days = list(map(was.get, map(_ids, days), days))
    return Period(key, period_label(key), quotes, tuple(days)), keys


def _merged(key: str, parts: Sequence[Dated], was_parts: Sequence[Dated], was: tuple[Period, tuple[Key, ...]]
            ) -> tuple[Period, tuple[Key, ...]] | None:
    """The period ``was`` (made of ``was_parts``, with its statements' keys) with the statements of its parts not
    in ``parts`` taken out and those of the parts of ``parts`` not in it put in, each by bisection: what sorting
    every statement of ``parts`` gives; the days of the dates none of them is on are ``was``'s, the others made
    again (the last build's while the very same objects).  None when more than :data:`MERGED` parts changed, or
    a key is there twice (the order of equal keys is the sort's)."""
    if len(parts) == len(was_parts):  # (a claim edited: its part at its place)
        at = list(compress(range(len(parts)), map(is_not, parts, was_parts)))  # a pass in C
        gone, new = [was_parts[n] for n in at], [parts[n] for n in at]
    else:
        now, then = set(map(id, parts)), set(map(id, was_parts))
        gone, new = [p for p in was_parts if id(p) not in now], [p for p in parts if id(p) not in then]
    if len(gone) + len(new) > MERGED:
        return None
    period, keys, quotes = was[0], list(was[1]), list(was[0].quotes)
    touched: set[str] = set()  # the dates said of the statements taken out or put in
    for k, q in chain.from_iterable(gone):
        at_key = bisect_left(keys, k)
        if at_key == len(keys) or quotes[at_key] is not q:
            return None
        del keys[at_key], quotes[at_key]
        touched.add(k[0])
    for k, q in chain.from_iterable(new):
        at_key = bisect_left(keys, k)
        if at_key < len(keys) and keys[at_key] == k:
            return None
        keys.insert(at_key, k)
        quotes.insert(at_key, q)
        touched.add(k[0])
    last_days = {day[0].statement.said.sort_key(): day for day in period.days}
    days = {d: day for d, day in last_days.items() if d not in touched}
    for d in touched:  # its statements: those from the first key of its date to the first past it
        day = tuple(quotes[bisect_left(keys, (d,)):bisect_left(keys, (d + "\0",))])
        if day:
            same = d in last_days and _ids(last_days[d]) == _ids(day)
            days[d] = last_days[d] if same else day
    return Period(key, period.label, tuple(quotes), tuple(map(days.__getitem__, sorted(days)))), tuple(keys)


def _ids(quotes: tuple[Quote, ...]) -> tuple[int, ...]:
    return tuple(map(id, quotes))


_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def period_label(key: str) -> str:
    if key == "unknown":
        return "Date unknown"
    date = parse_partial_date(key)
    return date.human() + (", year only" if date.precision == "year" else "")  # no aside: a count in ( ) follows it


def months(quotes: Sequence[Quote]) -> tuple[Month, ...]:
    """``quotes`` by month, then by date said (both in time order, an unknown date last)."""
    ordered = sorted(quotes, key=by_date)
    out = []
    for key, in_month in groupby(ordered, key=period_key):
        days = tuple(Day(said, tuple(qs)) for said, qs in groupby(in_month, key=lambda q: q.statement.said))
        out.append(Month(key, period_label(key), days))
    return tuple(sorted(out, key=lambda m: m.key.replace("unknown", "9999")))


def speakers(site: Site) -> list[tuple[str, str, int]]:
    """(actor id, name, statements) of everyone quoted, by name: the timeline's speaker pages."""
    return sorted(((a, site.actor_by_id[a].name, len(qs)) for a, qs in site.quotes_by_actor.items()),
                  key=lambda s: (s[1].casefold(), s[0]))


def claims(site: Site, kept: Keep = fresh) -> list[tuple[str, str, int]]:
    """(claim id, title, statements) of every claim with statements, by title: its claim pages.  serve
    (``kept``): the last build's, updated from the claims whose quotes are not the very tuple of the last
    build (a claim's quotes hold it: an edited claim's are made again)."""
    ranked = kept((PERIODS, "claims"), Ranked[tuple[Quote, ...], tuple[str, str], tuple[str, str, int]])
    return ranked.update(site.quotes_by_claim, _titled)


def _titled(quotes: tuple[Quote, ...]) -> tuple[tuple[str, str], tuple[str, str, int]]:
    claim = quotes[0].claim  # (linking groups no claim without quotes)
    return (claim.title.casefold(), claim.id), (claim.id, claim.title, len(quotes))
