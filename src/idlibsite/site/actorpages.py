"""An actor's pages: the profile, and the actor's statements and asserted claims in parts of bounded size (pure).

``actors/<id>/`` shows the actor's profile (name, kind, affiliation, roles,
other spellings), the claims the actor asserts and the actor's statement
cards.  The rule is site/lists.py's: a list of at most :data:`lists.BOUND`
items is shown whole on the profile, as it always was (so the project's own
actors, and every actor of a small project, keep one page); a longer one is
shown there as the index of its parts, each split by a key that no other
edit changes:

- the statements by the month said: ``actors/<id>/<yyyy-mm>/`` (``<yyyy>``
  for a year only, ``unknown``); a month of more than BOUND statements lists
  its days, each at ``actors/<id>/<yyyy-mm-dd>/``, and the statements dated
  only to the month at ``actors/<id>/<yyyy-mm>/month-only/``;
- the claims asserted by the month each was asserted in (the ``date`` of the
  claim's own file, as on topic pages): ``actors/<id>/asserted/<yyyy-mm>/``.

A key holding more than BOUND items is paged (``page/2/``...), in date then
id order.  A card keeps the id it had on the profile
(``s-<claim>--<statement>``, site/fragments.py), and the profile of a split
actor keeps that id too, on an item hidden until it is the link's target,
which links to the card's page: a fragment never reaches the server, so
without script a link written to the old card can only land on an element of
``actors/<id>/`` itself.  Those items hold ids and paths only (no title, no
quoted words), so no edit of a claim's or a source's text changes the
profile of a split actor; a statement added, removed or re-dated does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from idlibsite.anchoring.model import Quote, Site
from idlibsite.annotations.records import Actor, Claim
from idlibsite.site import lists, timeline
from idlibsite.site.fragments import statement_fragment
from idlibsite.site.lists import Paging, Part, counted
from idlibsite.site.planned import Current, Later, Page, neighbours, packed, redirect, view
from idlibsite.site.rows import claim_row

Moved = tuple[str, str, str]  # (old element id, site path of the page now showing it, that page's label)
Crumbs = tuple[tuple[str, str], ...]


def whole_deps(site: Site, actor: Actor, deps_of: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """What an actor's page shows when it is one page: the profile (``actors``), every statement card
    (speaker, claim, quoted words) and every asserted claim's row (``deps_of``: each claim's deps)."""
    quotes = site.quotes_by_actor.get(actor.id, ())
    return lists.quotes_deps(quotes).union({"actors"}, *(deps_of[c.id] for c in site.claims_by_actor.get(actor.id, ())))


def actor_pages(current: Current, actor: Actor, said: Sequence[Quote], claims: Sequence[Claim]) -> list[Page]:
    """The actor's profile (``actors/<id>/``) and, for a list longer than BOUND, the pages of its parts:
    of the statements the actor ``said`` and the ``claims`` the actor asserts, their rows made from the
    ``current`` site when rendered (and their dependencies from its claims' now)."""
    deps_of = current.deps_of
    path = f"actors/{actor.id}/"
    crumbs: Crumbs = (("actors/", "Actors"), (path, actor.name))
    quotes = sorted(said, key=timeline.by_date)
    pages: list[Page] = []
    profile: dict[str, object] = {"section": "actors", "actor": actor, "statements": len(quotes),
                                  "claims": len(claims), "quotes": (), "asserted": (), "statement_parts": (),
                                  "claim_parts": (), "statements_summary": "", "claims_summary": "", "moved": ()}
    deps = {"actors"}
    shown: list[object] = []  # what the profile shows of its parts: all in its view
    if len(quotes) <= lists.BOUND:
        profile["quotes"] = tuple(quotes)
        deps |= lists.quotes_deps(quotes)
    else:
        parts, summary, moved, part_pages = _statement_parts(actor, quotes, crumbs)
        pages += part_pages
        profile |= {"statement_parts": parts, "statements_summary": summary, "moved": moved}
        shown += [parts, summary, moved]
    if len(claims) <= lists.BOUND:
        profile["asserted"] = claims
        deps = deps.union(*(deps_of[c.id] for c in claims))
    else:
        parts, summary, part_pages = _claim_parts(current, actor, claims, crumbs, deps_of)
        pages += part_pages
        profile |= {"claim_parts": parts, "claims_summary": summary}
        shown += [parts, summary]
    if shown:
        deps.add(view(tuple(shown)))
    return [Page(path + "index.html", packed(deps), "actor.html", Later(current.of, _rows, profile)), *pages,
            *(redirect(f"actors/{old}/", path, "actor", actor.name, "actors") for old, _ in actor.former_ids)]


def _rows(site: Site, context: dict[str, object], key: str = "asserted") -> dict[str, object]:
    """``context`` with its claims (``key``) as the rows of a claims table: made only when rendered."""
    claims: Sequence[Claim] = context[key]  # type: ignore[assignment]
    return {**context, key: [claim_row(site, c) for c in claims]}


def _statement_parts(actor: Actor, quotes: Sequence[Quote], crumbs: Crumbs
                     ) -> tuple[tuple[Part, ...], str, tuple[Moved, ...], list[Page]]:
    """The months the actor's statements were said in, a summary of them, where each card now is, and
    the pages of the months (or of their days)."""
    path = crumbs[-1][0]
    months = lists.groups(quotes, timeline.period_key)
    parts = tuple(Part(f"{path}{key}/", timeline.period_label(key), counted(len(qs), "statement"))
                  for key, qs in months)
    summary = (f"{counted(len(quotes), 'statement')} by {actor.name}, by the month said "
               f"({counted(len(parts), 'month')}).")
    pages: list[Page] = []
    moved: list[Moved] = []
    for (key, qs), part, near in zip(months, parts, neighbours(parts, None), strict=True):
        label = part.label
        if len(qs) <= lists.BOUND or key[4:5] != "-":  # a month that fits, or a year only, or unknown
            what = "said on a date the sources do not give" if key == "unknown" else f"said in {label}"
            pages += _cards(actor, part.path, label, qs, what, near, crumbs, moved)
            continue
        days, day_summary = lists.month_days(key, label, qs)
        day_parts = [Part(f"{path}{day}/", day_label, counted(len(day_qs), "statement"))
                     for day, day_label, day_qs, _ in days]
        pages.append(lists.index_page(part.path, "actors", f"Statements by {actor.name}: {label}", crumbs, day_summary,
                                      day_parts, near=near))
        for (_, day_label, day_qs, what), day_part, day_near in zip(days, day_parts, neighbours(day_parts, None),
                                                                    strict=True):
            pages += _cards(actor, day_part.path, day_label, day_qs, what, day_near, (*crumbs, (part.path, label)),
                            moved)
    return parts, summary, tuple(moved), pages


def _cards(actor: Actor, path: str, label: str, quotes: Sequence[Quote], what: str,
           near: tuple[Part | None, Part | None], crumbs: Crumbs, moved: list[Moved]) -> list[Page]:
    """The pages of one key of the actor's statements, as cards; each card's old id is added to ``moved``."""
    pages = []
    heading = f"Statements by {actor.name}: {label}"
    summary = f"{counted(len(quotes), 'statement')} by {actor.name} {what}."
    for page_path, paging, shown in lists.paged(path, quotes):
        where = f"{label}, page {paging.number}" if paging else label
        moved += [(statement_fragment(q.statement.id, q.claim.id), page_path, where) for q in shown]
        context = _part(heading, crumbs, summary, paging, near) | {"quotes": shown, "rows": ()}
        deps = lists.quotes_deps(shown) | {view((heading, crumbs, summary, paging, near))}
        pages.append(Page(page_path + "index.html", packed(deps), "actor_part.html", Later(dict, context)))
    return pages


def _claim_parts(current: Current, actor: Actor, claims: Sequence[Claim], crumbs: Crumbs,
                 deps_of: Mapping[str, frozenset[str]]) -> tuple[tuple[Part, ...], str, list[Page]]:
    """The months the actor's claims were asserted in, a summary of them, and the pages of the months."""
    path = f"{crumbs[-1][0]}asserted/"
    months = lists.groups(sorted(claims, key=lambda c: (c.date.sort_key(), c.id)),
                          lambda c: timeline.date_key(c.date))
    parts = tuple(Part(f"{path}{key}/", lists.asserted_in(key), counted(len(cs), "claim")) for key, cs in months)
    summary = (f"{counted(len(claims), 'claim')} asserted by {actor.name}, by the month each was asserted in "
               f"({counted(len(parts), 'month')}).")
    pages = []
    for (key, cs), part, near in zip(months, parts, neighbours(parts, None), strict=True):
        heading = f"Claims asserted by {actor.name}: {timeline.period_label(key)}"
        when = "on a date not given" if key == "unknown" else f"in {timeline.period_label(key)}"
        summary_here = f"{counted(len(cs), 'claim')} asserted by {actor.name} {when}."
        for page_path, paging, shown in lists.paged(part.path, cs):
            context = _part(heading, crumbs, summary_here, paging, near) | {"quotes": (), "rows": shown}
            deps = frozenset({"actors", view((heading, crumbs, summary_here, paging, near))}).union(
                *(deps_of[c.id] for c in shown))
            pages.append(Page(page_path + "index.html", packed(deps), "actor_part.html",
                              Later(current.of, _rows, context, "rows")))
    return parts, summary, pages


def _part(heading: str, crumbs: Crumbs, summary: str, paging: Paging | None,
          near: tuple[Part | None, Part | None]) -> dict[str, object]:
    """What a page of one key shows besides its items; its series is the months, or the days of its month."""
    series = f"Other days of {crumbs[-1][1]}" if len(crumbs) > 2 else "Other months"
    return {"section": "actors", "heading": heading, "crumbs": crumbs, "summary": summary, "paging": paging,
            "before": near[0], "after": near[1], "series_label": series}
