"""Actor pages of bounded size (site/actorpages.py): an actor's statements and asserted claims split by a
stable key, every old address and card id kept.

The project's actors have at most 16 statements and 2 asserted claims, so the
site is built again with a bound of a few items (test_lists' ``split``): every
actor of more than 4 statements is then split by month, a month of more than 4
by day, a day of more than 4 paged.  A generated project (bench/scale) shows
that a one-claim edit changes only the actor pages that show the claim.
"""

import re
from collections import Counter
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pytest

from conftest import copy_project
from test_html import parse
from test_lists import HOST, SMALL_BOUND, _edit_changes, generated, split, whole  # noqa: F401 (fixtures)
from idlibsite.anchoring.versions import append, snapshot
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.site import lists
from idlibsite.site.lists import quotes_deps
from idlibsite.site.pages import Page, claim_deps, plan

ACTOR_TEMPLATES = {"actor.html", "actor_part.html"}


def _cards(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the statement cards a page shows."""
    return [e.get("id") for e in doc.iter("article") if "statement" in e.get("class", "").split()]


def _count(text: str) -> int:
    found = re.match(r"\(?([\d,]+)[ )]", text)
    assert found is not None, text
    return int(found[1].replace(",", ""))


def _section(doc, heading: str):  # type: ignore[no-untyped-def]
    return next(s for s in doc.iter("section") if s.get("aria-labelledby") == heading)


def _reached(site: Path, path: str, parts=None) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(site path of the page, card id) of every card reached from ``path`` through the indexes of its parts
    and the pages of each key; each index's counts are checked against what its links lead to."""
    doc = parse(site / path / "index.html")
    if parts is None:
        parts = next((ul for ul in doc.iter("ul") if "parts" in ul.get("class", "").split()), None)
    if parts is not None:
        reached = []
        for li in parts:
            link = urljoin(HOST + path, next(li.iter("a")).get("href")).removeprefix(HOST)
            below = _reached(site, link)
            assert len(below) == _count(next(li.iter("span")).text[1:]), link
            reached += below
        return reached
    pager = [nav for nav in doc.iter("nav") if nav.get("class") == "pager"]
    pages = [urljoin(HOST + path, a.get("href")).removeprefix(HOST) for nav in pager for a in nav.iter("a")] or [path]
    assert pages[0] == path  # the key's first page is at the key's own path
    reached = []
    for page in pages:
        cards = _cards(parse(site / page / "index.html"))
        assert 0 < len(cards) <= SMALL_BOUND, page
        reached += [(page, card) for card in cards]
    return reached


def test_every_actor_keeps_its_address_its_cards_and_the_ids_of_its_cards(
        whole: Path, split: tuple[Path, str]) -> None:  # noqa: F811
    site = split[0]
    actors = sorted(p.parent.name for p in whole.glob("actors/*/index.html"))
    assert sorted(p.parent.name for p in site.glob("actors/*/index.html")) == actors
    kinds: Counter[str] = Counter()
    for actor in actors:
        before = _cards(parse(whole / "actors" / actor / "index.html"))
        profile = parse(site / "actors" / actor / "index.html")
        statements = _section(profile, "statements-h")
        assert _count(next(statements.iter("h2")).text.removeprefix("Statements ")) == len(before), actor
        moved = next((ul for ul in profile.iter("ul") if ul.get("class") == "moved"), None)
        if len(before) <= SMALL_BOUND:
            assert _cards(profile) == before and moved is None, actor  # shown whole, as before
            continue
        kinds["split"] += 1
        assert _cards(profile) == []
        summary = next(p for p in statements.iter("p") if p.get("class") == "summary").text
        assert summary.startswith(f"{len(before)} statements by "), summary
        reached = _reached(site, f"actors/{actor}/",
                           next(ul for ul in statements.iter("ul") if "parts" in ul.get("class")))
        assert sorted(card for _, card in reached) == sorted(before), actor  # each card once, under its old id
        kinds["paged"] += any("/page/" in page for page, _ in reached)
        kinds["days"] += any(re.search(r"/\d{4}-\d\d-\d\d/", page) for page, _ in reached)
        # an old link to a card (actors/<id>/#<card id>) lands, without script, on an element of the profile
        # that links to the page now showing the card, which has that id
        assert moved is not None
        landing = {li.get("id"): urljoin(HOST + f"actors/{actor}/", next(li.iter("a")).get("href"))
                   for li in moved}
        assert sorted(landing) == sorted(before)
        where = dict((card, page) for page, card in reached)
        for card, link in landing.items():
            page, fragment = urldefrag(link)
            assert (page.removeprefix(HOST), fragment) == (where[card], card)
    assert kinds["split"] >= 3 and kinds["paged"] and kinds["days"], kinds


def test_an_actors_roles_give_their_dates_after_a_comma_not_in_a_second_parenthesis(whole: Path) -> None:  # noqa: F811
    """A title with its own parenthesis ("Kremlin spokesman (press secretary ...)") followed by "(from May 2012)"
    read as two asides; the dates follow a comma."""
    roles = [" ".join("".join(li.itertext()).split())
             for li in next(div for div in parse(whole / "actors" / "dmitry-peskov" / "index.html").iter("div")
                            if next(div.iter("dt")).text == "Role").iter("li")]
    assert roles == ["Kremlin spokesman (press secretary of the President of Russia), from May 2012"]


def _by_path(pages: list[Page]) -> dict[str, Page]:
    return {p.path: p for p in pages}


def test_each_actor_page_depends_on_exactly_what_it_shows(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    monkeypatch.setattr(lists, "BOUND", 1)  # every actor of two claims asserted or two statements is split
    config = load_config(copy_project(tmp_path))
    checked = check(config)
    site = checked.site
    versions = append(checked.versions, {c.id: snapshot(site, c) for c in site.annotations.claims})
    pages = _by_path(plan(site, config, {}, versions))
    deps_of = {c.id: claim_deps(site, c) for c in site.annotations.claims}
    split_claims = 0
    for actor in site.annotations.actors:
        path = f"actors/{actor.id}/"
        profile = pages[path + "index.html"]
        context = profile.context()
        quotes, claims = site.quotes_by_actor.get(actor.id, ()), site.claims_by_actor.get(actor.id, ())
        plain = {d for d in profile.deps if not d.startswith("view:")}
        expected = {"actors"} | (quotes_deps(quotes) if len(quotes) <= 1 else set())
        assert plain == expected.union(*(deps_of[c.id] for c in claims if len(claims) <= 1)), actor.id
        assert context["statements"] == len(quotes) and context["claims"] == len(claims)
        mine = [p for p in pages.values() if p.path.startswith(path) and p is not profile]
        assert all(p.template in ("actor_part.html", "parts.html") for p in mine)
        rows = [r.id for p in mine if p.template == "actor_part.html" for r in p.context()["rows"]]
        cards = [q for p in mine if p.template == "actor_part.html" for q in p.context()["quotes"]]
        assert sorted(rows) == sorted(c.id for c in claims) if len(claims) > 1 else rows == []
        assert sorted(cards, key=id) == sorted(quotes, key=id) if len(quotes) > 1 else cards == []
        for part in mine:
            shown = part.context()
            plain = {d for d in part.deps if not d.startswith("view:")}
            if part.template == "parts.html":  # a month's days: all it shows is in its view
                assert plain == set() and len(part.deps) == 1
            elif shown["rows"]:
                assert plain == {"actors"}.union(*(deps_of[r.id] for r in shown["rows"])), part.path
                assert len(shown["rows"]) == 1 and part.path.startswith(path + "asserted/")
            else:
                assert plain == quotes_deps(shown["quotes"]) and len(shown["quotes"]) == 1, part.path
        split_claims += len(claims) > 1
        if len(claims) > 1:
            parts = context["claim_parts"]
            assert sum(_count(p.count) for p in parts) == len(claims)
            assert context["claims_summary"].startswith(f"{len(claims)} claims asserted by {actor.name}")
    assert split_claims >= 3


@pytest.mark.parametrize("sources", [120])
def test_a_one_claim_edit_changes_only_the_actor_pages_that_show_the_claim(
        tmp_path: Path, sources: int, monkeypatch: pytest.MonkeyPatch) -> None:
    changed, pages, claim_id = _edit_changes(generated(tmp_path / "p", sources, 3, monkeypatch),
                                             ACTOR_TEMPLATES | {"parts.html"})
    site = check(load_config(tmp_path / "p")).site
    statements = site.quotes_by_claim[claim_id]
    actors = [p for p in pages if p.template in ACTOR_TEMPLATES]
    profiles = [p for p in actors if p.template == "actor.html" and p.context()["statement_parts"]]
    assert len(profiles) > 20 and any(p.context()["claim_parts"] for p in actors if p.template == "actor.html")
    for page in actors:
        shown = page.context()
        assert len(shown["quotes"]) <= 3 and len(shown.get("asserted", shown.get("rows"))) <= 3, page.path
    shows = {p.path for p in actors if any(q.claim.id == claim_id for q in p.context()["quotes"])
             or any(r.id == claim_id for r in p.context().get("asserted", p.context().get("rows", ())))}
    actor_changed = {p for p in changed if p.startswith("actors/")}
    assert actor_changed == shows  # exactly the actor pages that show the claim: its card or its row
    assert 0 < len(actor_changed) <= len(statements) + 1  # one page per statement, one for the claim's row
    assert not any(p.path in actor_changed for p in profiles if not p.context()["asserted"])
