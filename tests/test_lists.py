"""Listing pages of bounded size (site/lists.py): long lists split by a stable key, every old URL kept.

The project's own lists are short, so the site is built a second time with a
bound of a few items: every month, topic, source list and narrowed timeline is
then split, and its days or months paged.  A generated project (bench/scale)
shows that a one-claim edit changes a bounded set of listing pages whatever
the project's size.
"""

import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pytest

from conftest import ROOT, claim_records, copy_project
from test_html import assert_links_resolve, parse
from idlibsite.build import build
from idlibsite.anchoring.versions import append, snapshot
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.site import lists
from idlibsite.site.incremental import page_keys
from idlibsite.site.pages import Page, plan

SMALL_BOUND = 4  # items on a listing page in the split build: every list of the project is split
HOST = "https://example.org/"


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's site as it is: no list long enough to split."""
    config = load_config(copy_project(tmp_path_factory.mktemp("whole")))
    build(config)
    return config.output


@pytest.fixture(scope="module")
def split(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The same project built with a bound of SMALL_BOUND items per listing page, and its base URL."""
    config = load_config(copy_project(tmp_path_factory.mktemp("split")))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lists, "BOUND", SMALL_BOUND)
        build(config)
    yield config.output, config.base_url


def test_paged_keeps_each_page_within_the_bound_and_the_first_page_at_the_keys_path() -> None:
    assert lists.paged("timeline/2020-03-05/", list(range(200))) == [("timeline/2020-03-05/", None,
                                                                       tuple(range(200)))]
    pages = lists.paged("timeline/2020-03-05/", list(range(401)))
    links = ("timeline/2020-03-05/", "timeline/2020-03-05/page/2/", "timeline/2020-03-05/page/3/")
    assert [(path, paging.number if paging else 0, len(items)) for path, paging, items in pages] == [
        (links[0], 1, 200), (links[1], 2, 200), (links[2], 3, 1)]
    last = pages[2][1]
    assert last is not None and (last.first, last.last, last.total, last.links) == (401, 401, 401, links)
    assert lists.paged("x/", []) == [("x/", None, ())]


def test_counted_says_what_it_counts() -> None:
    assert lists.counted(1, "statement") == "1 statement"
    assert lists.counted(1234, "statement") == "1,234 statements"
    assert lists.counted(0, "day") == "0 days"


def _items(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The items a listing page lists: statements of a timeline, rows of a claims table, sources."""
    found = [a.get("href") for ol in doc.iter("ol") if "timeline" in ol.get("class", "").split()
             for li in ol for a in li.iter("a") if "#" in a.get("href")]
    found += [next(tr.iter("a")).get("href") for table in doc.iter("table") if "claims" in table.get("class", "")
              for tbody in table.iter("tbody") for tr in tbody]
    found += [next(li.iter("a")).get("href") for ul in doc.iter("ul") if ul.get("class", "") == "list"
              for li in ul if li.tag == "li"]
    return found


def _reached(site: Path, path: str) -> list[str]:
    """Every item reached from the listing page at ``path`` (a folder), through its index and its pages,
    as site paths; each index's counts are checked against what its links lead to."""
    doc = parse(site / path / "index.html")
    here = HOST + path
    parts = [ul for ul in doc.iter("ul") if "parts" in ul.get("class", "").split()]
    if parts:
        reached = []
        for li in parts[0]:
            link = urljoin(here, next(li.iter("a")).get("href")).removeprefix(HOST)
            count = re.fullmatch(r"\(([\d,]+) \w+\)", next(s for s in li.iter("span")).text or "")
            assert count is not None, link
            below = _reached(site, link)
            assert len(below) == int(count[1].replace(",", "")), link
            reached += below
        summary = next(p for p in doc.iter("p") if p.get("class") == "summary").text or ""
        assert summary.startswith(f"{len(reached):,} "), (path, summary)
        return reached
    pager = [nav for nav in doc.iter("nav") if nav.get("class") == "pager"]
    pages = [urljoin(here, a.get("href")).removeprefix(HOST) for nav in pager for a in nav.iter("a")] or [path]
    assert pages[0] == path  # the key's first page is at the key's own path
    reached = []
    for page in pages:
        shown = [urldefrag(urljoin(HOST + page, href))[0].removeprefix(HOST) + "#" + href.partition("#")[2]
                 if "#" in href else urljoin(HOST + page, href).removeprefix(HOST)
                 for href in _items(parse(site / page / "index.html"))]
        assert 0 < len(shown) <= SMALL_BOUND, page
        reached += shown
    return reached


def test_a_dates_precision_never_stands_in_parentheses_beside_another_aside(whole: Path) -> None:
    """"February 2020 (month only) (47 statements)", "said May 2019 (month only) (“on Friday” in ...)" and
    "(Polygraph.info, February 2020 (month only))" read as asides in a row or nested: beside a note, a count or
    inside parentheses, the precision follows a comma."""
    texts = {str(p.relative_to(whole)): " ".join("".join(parse(p).itertext()).split())
             for p in whole.rglob("*.html")}
    assert sum("month only" in t for t in texts.values()) > 10
    for path, text in texts.items():
        assert not re.search(r"only\) \(|\([^()]*only\)\)", text), (path, re.findall(r".{60}only\).{40}", text))
    sources = [" ".join("".join(li.itertext()).split()) for li in parse(whole / "sources" / "index.html").iter("li")
               if "statement" in "".join(li.itertext())]
    assert any(re.search(r"\d{4}, month only \([\d,]+ statements?\)$", item) for item in sources), sources


def test_every_url_of_the_whole_site_still_exists_when_its_lists_are_split(whole: Path,
                                                                          split: tuple[Path, str]) -> None:
    before = {p.relative_to(whole).as_posix() for p in whole.rglob("*.html")}
    after = {p.relative_to(split[0]).as_posix() for p in split[0].rglob("*.html")}
    assert before - after == set()
    added = after - before
    assert any(re.fullmatch(r"timeline/\d{4}-\d\d-\d\d/index\.html", p) for p in added)  # day pages
    assert any(re.fullmatch(r"timeline/\d{4}-\d\d/month-only/index\.html", p) for p in added)
    assert any(re.fullmatch(r"topics/[a-z0-9-]+/\d{4}-\d\d/index\.html", p) for p in added)
    assert any(re.fullmatch(r"sources/by_month/\d{4}-\d\d/index\.html", p) for p in added)
    assert any(re.fullmatch(r"timeline/speakers/[a-z0-9-]+/\d{4}-\d\d/index\.html", p) for p in added)
    assert any("/page/2/" in p for p in added)


def test_the_split_timeline_holds_every_statement_once_within_the_bound(split: tuple[Path, str]) -> None:
    site, _ = split
    index = parse(site / "timeline" / "index.html")
    (periods,) = [ul for ul in index.iter("ul") if "periods" in ul.get("class", "").split()]
    months = [urljoin(HOST + "timeline/", next(li.iter("a")).get("href")).removeprefix(HOST) for li in periods]
    shown = [item for month in months for item in _reached(site, month)]
    expected = [f"claims/{c['id']}/#s-{s['id']}" for r in claim_records(site) for c in [r["claim"]]
                for s in c["statements"]]
    assert sorted(shown) == sorted(expected)
    month = parse(site / "timeline" / "2020-02" / "index.html")
    summary = next(p for p in month.iter("p") if p.get("class") == "summary").text
    assert re.fullmatch(r"[\d,]+ statements said in February 2020: [\d,]+ statements dated on \d+ days, "
                        r"[\d,]+ statements dated only to the month\.", summary or ""), summary
    only = parse(site / "timeline" / "2020-02" / "month-only" / "index.html")
    assert next(only.iter("h1")).text == "Dated only to February 2020"


def test_each_split_list_reaches_exactly_its_items(split: tuple[Path, str], whole: Path) -> None:
    site, _ = split
    claims = [r["claim"] for r in claim_records(site)]
    for topic in sorted({t for c in claims for t in c["topics"]}):
        assert sorted(_reached(site, f"topics/{topic}/")) == sorted(
            f"claims/{c['id']}/" for c in claims if topic in c["topics"]), topic
    sources = {p.parent.name for p in (whole / "sources").glob("*/index.html")}
    assert sorted(_reached(site, "sources/")) == sorted(f"sources/{s}/" for s in sources)
    by_speaker = Counter(s["speaker"] for c in claims for s in c["statements"])
    speaker, count = by_speaker.most_common(1)[0]
    assert count > SMALL_BOUND and len(_reached(site, f"timeline/speakers/{speaker}/")) == count
    claim = max(claims, key=lambda c: len(c["statements"]))
    assert sorted(_reached(site, f"timeline/claims/{claim['id']}/")) == sorted(
        f"claims/{claim['id']}/#s-{s['id']}" for s in claim["statements"])


def _series(site: Path, path: str) -> dict[str, str]:
    """The "Earlier"/"Later" links of a page, as {rel: site path}."""
    doc = parse(site / path / "index.html")
    return {a.get("rel"): urljoin(HOST + path, a.get("href")).removeprefix(HOST) for a in doc.iter("a")
            if a.get("rel") in ("prev", "next")}


def test_earlier_and_later_links_follow_time_whatever_the_order_of_the_list(split: tuple[Path, str]) -> None:
    site, _ = split
    assert _series(site, "sources/by_month/2020-02/") == {"prev": "sources/by_month/2019-05/",
                                                          "next": "sources/by_month/2020-03/"}
    assert _series(site, "timeline/2020-02-15/") == {"prev": "timeline/2020-02-12/", "next": "timeline/2020-02-17/"}
    assert _series(site, "timeline/2020-02/month-only/")["next"] == "timeline/2020-02-12/"
    assert _series(site, "timeline/2020-02/") == {"prev": "timeline/2019-10/", "next": "timeline/2020-03/"}


def test_no_link_of_the_split_site_is_broken(split: tuple[Path, str]) -> None:
    assert_links_resolve(*split)


# --- a one-claim edit in a generated project: the listing pages it changes ------------------------


LISTINGS = {"period.html", "topic.html", "sources.html", "parts.html", "timeline.html"}


def _items_of(page: Page) -> int:
    context = page.context()
    if page.template == "period.html":
        return sum(len(d.quotes) for m in context["months"] for d in m.days)  # type: ignore[attr-defined]
    key = {"topic.html": "rows", "sources.html": "sources", "parts.html": "parts"}.get(page.template)
    return len(context[key]) if key else 0  # type: ignore[arg-type]


def _edit_changes(root: Path, templates: set[str] = LISTINGS) -> tuple[set[str], list[Page], str]:
    """(pages of ``templates`` whose key a new title of one claim changes, every page after it, the claim's id)."""
    config = load_config(root)
    claim_id = check(config).site.annotations.claims[0].id
    claim_file = root / "claims" / f"{claim_id}.yaml"  # as bench/scale names them
    keys = []
    listings = []
    for edit in (False, True):
        if edit:
            claim_file.write_text(re.sub(r"(?m)^title: (.*)$", r"title: \1 (edited)", claim_file.read_text("utf-8"),
                                         count=1), "utf-8")
        checked = check(config)
        site = checked.site  # the versions as a build makes them, the current one of each claim last
        versions = append(checked.versions, {c.id: snapshot(site, c) for c in site.annotations.claims})
        pages = plan(site, config, {}, versions)
        hashes = {dep: "same" for p in pages for dep in p.deps} | {"*shared*": "s", f"claim:{claim_id}": str(edit)}
        keys.append(page_keys(pages, hashes))
        listings.append({p.path for p in pages if p.template in templates})
    listing = listings[1]
    assert listings[0] == listing  # a title names no listing page
    return {p for p in listing if keys[0][p] != keys[1][p]}, pages, claim_id


def generated(root: Path, sources: int, bound: int, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project of ``sources`` made by bench/scale's generator at ``root``, built with lists of ``bound``."""
    sys.path.insert(0, str(ROOT))
    monkeypatch.setattr(sys, "path", sys.path)
    from bench.scale.generate import generate

    monkeypatch.setattr(lists, "BOUND", bound)
    generate(root, sources, 3, 20200213)
    return root


@pytest.mark.parametrize("sources", [40, 120])
def test_a_one_claim_edit_changes_a_bounded_set_of_bounded_listing_pages(
        tmp_path: Path, sources: int, monkeypatch: pytest.MonkeyPatch) -> None:
    changed, pages, claim_id = _edit_changes(generated(tmp_path / "p", sources, 12, monkeypatch))
    site = check(load_config(tmp_path / "p")).site
    claim = site.annotations.claims[0]
    assert claim.id == claim_id
    statements = site.quotes_by_claim[claim_id]
    # each statement is on one day's (or period's) page, one page of its speaker's and one of the claim's
    # timeline; the claim on one page of each of its topics
    assert 0 < len(changed) <= 3 * len(statements) + len(claim.topics)
    assert "timeline/index.html" not in changed and "sources/index.html" not in changed
    for page in pages:
        if page.template in LISTINGS - {"timeline.html", "parts.html"}:
            assert _items_of(page) <= 12, page.path
    shows = {p.path for p in pages if p.template == "period.html" and any(
        q.claim.id == claim_id
        for m in p.context()["months"] for d in m.days for q in d.quotes)}  # type: ignore[attr-defined]
    shows |= {p.path for p in pages if p.template == "topic.html" and any(
        r.id == claim_id for r in p.context()["rows"])}  # type: ignore[attr-defined]
    assert changed == shows  # exactly the listing pages that show the claim
    assert sum(p.template == "period.html" for p in pages) > 3 * len(changed)  # most were left alone


def test_the_timeline_lists_every_claim_up_to_the_bound_and_the_topics_past_it(
        whole: Path, split: tuple[Path, str]) -> None:
    def narrowed(site: Path) -> list[str]:
        doc = parse(site / "timeline" / "index.html")
        return [a.get("href") for ul in doc.iter("ul") if "claims-narrow" in ul.get("class", "").split()
                for a in ul.iter("a")]

    claims = sorted(c["claim"]["id"] for c in claim_records(whole))
    assert len(claims) <= lists.BOUND
    assert sorted(narrowed(whole)) == sorted(f"claims/{c}/" for c in claims)  # each claim's own timeline
    topics = narrowed(split[0])  # more claims than the bound: the topics, to find a claim by
    assert len(claims) > SMALL_BOUND and topics and all(href.startswith("../topics/") for href in topics)
