"""The built site in a real browser: Debian's chromium, driven by Playwright.

The site is built from a copy of the project and served by Python's
http.server on 127.0.0.1 (or, built for disk, opened from its files).  Playwright's own browser download is never used:
scripts/system-deps.sh (run by test.sh) installs /usr/bin/chromium.
"""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect, sync_playwright

from conftest import CHROMIUM, CHROMIUM_ARGS, claim_records, copy_project, serving
from idlibsite.build import build
from idlibsite.config import load_config
from idlibsite.site import lists, search
from idlibsite.site.search import Shard, plan_shards
from test_search import marked
from test_site import squash

PHONE = {"width": 390, "height": 844}  # a common phone viewport, in CSS pixels
TIMEOUT_MS = 10_000  # generous for a loaded 2-core CI machine; a pass takes well under a second
# One page of each kind that axe and the keyboard test visit.
PAGES = {
    "index": "",
    "claim": "claims/turkish-troops-in-idlib-illegal/",
    "source": "sources/russia-accuses-turkey-2020-02-13/",
    "actor": "actors/dmitry-peskov/",
    "timeline": "timeline/",
    "month": "timeline/2020-02/",
    "speaker-timeline": "timeline/speakers/dmitry-peskov/",
    "topic": "topics/ceasefire/",
    "search": "search/",
}
# One page of each kind of a split list (site/lists.py), from the project built with a bound of 4 items.
SPLIT_PAGES = {
    "month-index": "timeline/2020-02/",
    "day": "timeline/2020-02-12/",
    "month-only-page-2": "timeline/2020-02/month-only/page/2/",
    "speaker-months": "timeline/speakers/dmitry-peskov/",
    "speaker-month": "timeline/speakers/dmitry-peskov/2020-02/",
    "topic-months": "topics/turkish-military/",
    "topic-month": "topics/turkish-military/2020-02/",
    "source-months": "sources/",
    "source-month": "sources/by_month/2020-02/",
    "actor-split": "actors/dmitry-peskov/",
    "actor-month-days": "actors/dmitry-peskov/2020-02/",
    "actor-day-page-2": "actors/dmitry-peskov/2020-02-12/page/2/",
    # an old link to a card: the note saying where the card is now shows
    "actor-split-old-link": "actors/dmitry-peskov/#s-turkey-failed-to-separate-militants-under-sochi-deal"
                            "--peskov-unacceptable",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = load_config(copy_project(tmp_path_factory.mktemp("project")))
    build(config)
    return config.output


@pytest.fixture(scope="module")
def base(site: Path) -> Iterator[str]:
    """The site's root URL on a free local port."""

    with serving(site) as url:
        yield url


@pytest.fixture(scope="module")
def split_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The root URL of the site built with every long list split (at most 4 items a listing page)."""
    config = load_config(copy_project(tmp_path_factory.mktemp("split")))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lists, "BOUND", 4)
        build(config)
    with serving(config.output) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"no {CHROMIUM}: run scripts/system-deps.sh as root (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def test_the_index_leads_to_a_claim(page: Page, base: str) -> None:
    page.goto(base)
    link = page.locator("table.claims a").first
    title = link.inner_text()
    link.click()
    expect(page).to_have_url(re.compile(re.escape(base) + r"claims/[a-z0-9-]+/$"))
    expect(page.locator("h1")).to_have_text(title)


@pytest.fixture(scope="module")
def disk_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built for disk (``directory_urls = false``): its links name each page's index.html."""
    config = load_config(copy_project(tmp_path_factory.mktemp("disk")), {"directory_urls": False})
    build(config)
    return config.output


def test_the_site_built_for_disk_is_browsed_from_its_files(page: Page, disk_site: Path) -> None:
    """Opened as file:// (a copy sent as a zip, an archive): home page → claim → its source → back to a claim."""
    page.goto((disk_site / "index.html").as_uri())
    link = page.locator("table.claims a").first
    title = link.inner_text()
    link.click()
    expect(page).to_have_url(re.compile(r"^file:///.+/claims/[a-z0-9-]+/index\.html$"))
    expect(page.locator("h1")).to_have_text(title)
    card = page.locator("article[id^='s-']").first
    source_title = card.locator("p.source cite").inner_text()
    card.get_by_role("link", name="See it in the source").click()
    expect(page).to_have_url(re.compile(r"^file:///.+/sources/[a-z0-9-]+/index\.html#.+"))
    expect(page.locator("h1")).to_have_text(source_title)
    back = page.locator("li[id^='cited-'] a").first  # made by site/sourcepage.py, not by a template's url()
    claim_title = back.inner_text()
    back.click()
    expect(page).to_have_url(re.compile(r"^file:///.+/claims/[a-z0-9-]+/index\.html(#.*)?$"))
    expect(page.locator("h1")).to_have_text(claim_title)


def test_see_it_in_the_source_scrolls_to_the_highlighted_anchored_words(
    page: Page, base: str, site: Path
) -> None:
    # the statement whose words lie furthest into their article, so that the jump must scroll
    claim, statement = max(
        ((r["claim"], s) for r in claim_records(site) for s in r["claim"]["statements"]),
        key=lambda cs: cs[1]["anchor"]["parts"][0]["start"],
    )
    page.goto(f"{base}claims/{claim['id']}/")
    page.locator(f"article[id='s-{statement['id']}']").get_by_role(
        "link", name="See it in the source"
    ).click()
    expect(page).to_have_url(re.compile(re.escape(f"{base}sources/{statement['source']}/#") + ".+"))
    fragment = page.evaluate("location.hash.slice(1)")
    target = page.locator(f"[id='{fragment}']")
    expect(target).to_be_in_viewport()
    assert page.evaluate("scrollY") > 0
    assert squash(target.inner_text()) == squash(statement["anchor"]["parts"][0]["exact"])


def result_links(page: Page, term: str) -> list[str]:
    """The hrefs of the search page's results for ``term``, once they show and stop changing (Pagefind shows
    each result as its fragment loads, so the first one visible is not the whole list)."""
    page.get_by_role("searchbox").fill(term)
    expect(page.get_by_text("Search needs JavaScript")).to_be_hidden()
    results = page.locator("pagefind-results a")
    expect(results.first).to_be_visible()
    links: list[str] = []
    for _ in range(20):  # two reads half a second apart that agree
        now = [str(href) for href in results.evaluate_all("as => as.map(a => a.href)")]
        if now == links:
            break
        links = now
        page.wait_for_timeout(500)
    return links


def test_searching_a_speakers_name_finds_the_claims_quoting_them_not_actor_pages(
    page: Page, base: str
) -> None:
    page.goto(base)
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Search").click()
    links = result_links(page, "Peskov")
    assert not [link for link in links if "/actors/" in link]  # actor pages are not indexed
    claim = next(link for link in links if link.startswith(f"{base}claims/"))
    page.locator(f"pagefind-results a[href='{claim.removeprefix(base[:-1])}']").first.click()
    expect(page).to_have_url(re.compile(re.escape(base) + r"claims/[a-z0-9-]+/"))
    expect(page.locator("article.claim")).to_contain_text("Peskov")


def test_a_search_in_the_address_is_run_on_arrival(page: Page, base: str) -> None:
    """search/?q=words: a search can be linked or bookmarked (session newuser20's find: the box stayed empty)."""
    page.goto(f"{base}search/?q=Peskov")
    expect(page.locator("pagefind-input input")).to_have_value("Peskov")
    expect(page.locator("pagefind-results a").first).to_be_visible()
    links = page.locator("pagefind-results a").evaluate_all("(links) => links.map((a) => a.href)")
    assert any(link.startswith(f"{base}claims/") for link in links), links
    page.goto(f"{base}search/")  # none asked: the box is empty and nothing is searched
    expect(page.locator("pagefind-input input")).to_have_value("")
    expect(page.locator("pagefind-results a")).to_have_count(0)


@pytest.fixture(scope="module")
def sharded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[Shard]]]:
    """The site built with its search index in shards of at most 10 pages; its URL and shards."""
    config = load_config(copy_project(tmp_path_factory.mktemp("sharded")))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "PAGES_PER_SHARD", 10)
        build(config)
        site = config.output
        pages = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}
        shards = plan_shards(marked(pages))
    assert len(shards) > 1
    with serving(site) as url:
        yield url, shards


def test_a_search_finds_pages_of_every_shard_and_loads_no_second_copy_of_the_ui(
    page: Page, sharded: tuple[str, list[Shard]]
) -> None:
    base, shards = sharded
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(f"{base}search/")
    links = result_links(page, "Idlib")
    shard_of_page = {path.removesuffix("index.html"): s.folder for s in shards for path in s.pages}
    found = {shard_of_page[link.removeprefix(base).split("#")[0]] for link in links}
    assert found == {s.folder for s in shards}
    for shard in shards[1:]:  # merged: their index is fetched, their copy of Pagefind never
        mine = [url.removeprefix(base) for url in fetched if url.startswith(base + shard.folder)]
        assert any(url.startswith(shard.folder + "pagefind-entry.json") for url in mine), fetched
        assert not [url for url in mine if url.endswith((".js", ".css", ".pagefind"))]


@pytest.fixture
def scriptless(browser: Browser) -> Iterator[Page]:
    """A page of a browser context with JavaScript off."""
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def test_without_javascript_the_search_page_says_so_and_links_to_the_claims(scriptless: Page, base: str) -> None:
    page = scriptless
    page.goto(f"{base}search/")
    expect(page.get_by_text("Search needs JavaScript")).to_be_visible()
    page.get_by_role("link", name="the list of claims").click()
    expect(page).to_have_url(base)
    page.locator("table.claims a").first.click()  # the rest of the site needs no script
    expect(page.locator("article.statement").first).to_be_visible()


def test_statement_columns_are_stacked_on_a_phone(page: Page, base: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(base + PAGES["claim"])
    first = page.locator(".columns > .column").nth(0).bounding_box()
    second = page.locator(".columns > .column").nth(1).bounding_box()
    assert first is not None and second is not None
    assert second["y"] >= first["y"] + first["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


# The page's links that are rendered (not display: none, nor inside a closed <details>), in document order.
LINKS = "[...document.querySelectorAll('a[href]')].filter(a => a.checkVisibility())"


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_tab_reaches_every_link(page: Page, base: str, path: str) -> None:
    page.goto(base + path)
    links = page.evaluate(f"{LINKS}.length")
    assert links > 5
    reached: set[int] = set()
    for _ in range(links + 20):  # a few more stops than links: inputs and buttons take one too
        page.keyboard.press("Tab")
        index = page.evaluate(f"{LINKS}.indexOf(document.activeElement)")
        if index == -1 and page.evaluate("document.activeElement === document.body"):
            break  # past the last stop
        reached.add(index)
    reached.discard(-1)
    assert sorted(reached) == list(range(links))


# a page opened at a fragment starts Tab from its target, as it should: the keyboard test opens the others
WHOLE_SPLIT_PAGES = {kind: path for kind, path in SPLIT_PAGES.items() if "#" not in path}


@pytest.mark.parametrize("path", WHOLE_SPLIT_PAGES.values(), ids=WHOLE_SPLIT_PAGES.keys())
def test_tab_reaches_every_link_of_a_split_list(page: Page, split_base: str, path: str) -> None:
    test_tab_reaches_every_link(page, split_base, path)


@pytest.mark.parametrize("width", [1280, PHONE["width"]])
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_axe_finds_no_serious_or_critical_violation(
    page: Page, base: str, path: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(base + path)
    if path == PAGES["search"]:  # check the page with its results showing
        page.get_by_role("searchbox").fill("Idlib")
        expect(page.locator("pagefind-results a").first).to_be_visible()
    assert_axe_passes(page)


@pytest.mark.parametrize("width", [1280, PHONE["width"]])
@pytest.mark.parametrize("path", SPLIT_PAGES.values(), ids=SPLIT_PAGES.keys())
def test_axe_finds_no_serious_or_critical_violation_on_a_split_list(
    page: Page, split_base: str, path: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(split_base + path)
    assert_axe_passes(page)


def test_an_old_link_to_a_card_of_a_split_actor_lands_without_javascript_on_where_the_card_is_now(
    scriptless: Page, split_base: str
) -> None:
    page = scriptless
    page.goto(split_base + "actors/dmitry-peskov/")
    notes = page.locator("ul.moved > li")
    card_id = notes.last.get_attribute("id")  # a card now on a page 2, far below the profile's top
    expect(notes.last).to_be_hidden()  # the notes show only as a link's target
    page.goto(f"{split_base}actors/dmitry-peskov/#{card_id}")
    note = page.locator(f"li[id='{card_id}']")
    expect(note).to_be_visible()
    expect(note).to_be_in_viewport()
    expect(notes.first).to_be_hidden()
    note.get_by_role("link").click()
    expect(page).to_have_url(re.compile(re.escape(split_base) + r"actors/dmitry-peskov/[0-9-]+/(page/\d+/)?#"))
    expect(page.locator(f"article[id='{card_id}']")).to_be_in_viewport()


def assert_axe_passes(page: Page) -> None:
    results = Axe().run(page).response
    found = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert found == []
