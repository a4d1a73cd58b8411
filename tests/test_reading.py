"""Pages a fact-checker reads right at a glance (issue 16), checked in a real browser.

Same set-up as test_browser.py (Debian's chromium driven by Playwright, the
site built from a copy of the project and served on 127.0.0.1).  Each test
names the point of the issue it checks.
"""

import hashlib
import math
import re
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from conftest import claim_records
from test_browser import PHONE, TIMEOUT_MS, base, browser, page, site  # noqa: F401 (fixtures)

VERDICT_CLAIM = "erkhov-turkey-to-blame-for-escalation"  # the claim a fact-checker rated
BIG_CLAIM = "russia-not-responsible-for-idlib-crisis"  # the most statements, on both sides
SOURCE = "sources/russia-accuses-turkey-2020-02-13/"

# Colour-vision deficiency simulation: Machado, Oliveira and Fernandes (2009), severity 1.0,
# applied to linear RGB.  https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html
MACHADO = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
}
# CIE76 colour difference two marks must keep under every simulation; 2.3 is barely
# noticeable, and distinct categorical colours in charts are usually kept 20 or more apart
MIN_DELTA_E = 20


def linear(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def lab(rgb_linear: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, v)) for v in rgb_linear)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def simulated(css: str, matrix: Any) -> tuple[float, float, float]:
    r, g, b = (linear(float(v)) for v in re.findall(r"[\d.]+", css)[:3])
    return tuple(row[0] * r + row[1] * g + row[2] * b for row in matrix)  # type: ignore[return-value]


def delta_e(a: str, b: str, matrix: Any) -> float:
    return math.dist(lab(simulated(a, matrix)), lab(simulated(b, matrix)))


def style(page: Page, selector: str, prop: str, pseudo: str = "") -> str:
    return str(page.locator(selector).first.evaluate(
        f"(e) => getComputedStyle(e, {pseudo!r} || null).getPropertyValue({prop!r})"))


# 1. Sides

@pytest.mark.parametrize("width", [1280, PHONE["width"]])
def test_the_sides_are_styled_alike_named_in_words_and_told_apart_by_colour_blind_readers(
    page: Page, base: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{base}claims/{BIG_CLAIM}/")
    a, c = ".position-assertion", ".position-counter"
    for prop in ("background-color", "border-top-width", "border-top-style", "padding-left", "font-size"):
        assert style(page, a, prop) == style(page, c, prop), prop  # equal weight: neither side looks favoured
    for side, words in (("assertion", "For the assertion"), ("counter", "For the counter-assertion")):
        cards = page.locator(f"article.statement.side-{side}")
        assert cards.count() > 0
        for i in range(cards.count()):  # every card names its side in words, also when stacked on a phone
            expect(cards.nth(i).locator("p.side")).to_have_text(words)
    mark_a, mark_c = ".statement.side-assertion p.side", ".statement.side-counter p.side"
    # more than colour: the marks before the words have different shapes (a circle, a diamond)
    for prop in ("border-top-left-radius", "transform"):
        assert style(page, mark_a, prop, "::before") != style(page, mark_c, prop, "::before"), prop
    colours = [(style(page, mark_a, "background-color", "::before"), style(page, mark_c, "background-color", "::before")),
               (style(page, "article.statement.side-assertion", "border-left-color"),
                style(page, "article.statement.side-counter", "border-left-color"))]
    for name, matrix in MACHADO.items():
        for one, other in colours:
            assert delta_e(one, other, matrix) >= MIN_DELTA_E, (name, one, other)
    for one, _ in colours:  # neither side is green or red, the colours of right and wrong
        r, g, b = (float(v) for v in re.findall(r"[\d.]+", one)[:3])
        assert not (g > r and g > b) and not (r > 1.5 * g and r > 1.5 * b and b < 30 and g < 40)


def test_the_simulation_tells_apart_what_colour_blind_readers_can_and_cannot() -> None:
    # the old green and red side colours: far apart for normal vision, confused under deuteranopia
    old_green, old_red = "rgb(11, 93, 30)", "rgb(138, 28, 28)"
    assert delta_e(old_green, old_red, MACHADO["normal"]) >= MIN_DELTA_E
    assert delta_e(old_green, old_red, MACHADO["deuteranopia"]) < MIN_DELTA_E


# 2. Verdict

def test_the_verdict_is_the_first_fact_under_the_title_with_reviewer_date_and_link(page: Page, base: str) -> None:
    page.goto(f"{base}claims/{VERDICT_CLAIM}/")
    box = page.locator("h1 + .verdict-box")
    expect(box.locator(".rating")).to_have_text("Misleading")
    expect(box).to_contain_text("Rated by Polygraph.info")
    assert box.locator("time").count() >= 1  # the date of the article that publishes the rating
    rating_size = float(style(page, ".verdict-box .rating", "font-size").removesuffix("px"))
    facts_size = float(style(page, "dl.facts dd", "font-size").removesuffix("px"))
    assert rating_size >= 1.4 * facts_size
    box.get_by_role("link", name="Read the rating in its source").click()
    fragment = page.evaluate("location.hash.slice(1)")
    expect(page.locator(f"[id='{fragment}']")).to_contain_text("misleading")
    page.goto(f"{base}claims/turkish-troops-in-idlib-illegal/")
    expect(page.locator("h1 + .verdict-box .rating")).to_have_text("No published verdict")


@pytest.mark.parametrize("path", ["", "topics/fact-check/", "actors/aleksei-erkhov/"])
def test_every_list_of_claims_shows_each_claims_verdict(page: Page, base: str, path: str) -> None:
    page.goto(base + path)
    rows = page.locator("table.claims tbody tr")
    assert rows.count() > 0
    for i in range(rows.count()):
        expect(rows.nth(i).locator(".verdict-cell")).to_have_text(
            re.compile(r"(Verdict: )?(No published verdict|Misleading \(Polygraph\.info, [^()]+\))"))  # no nested ( )
    rated = page.locator(f"table.claims tr:has(a[href$='claims/{VERDICT_CLAIM}/'])")
    expect(rated.locator(".verdict-cell")).to_contain_text("Misleading")


# 3. Evidence labels

def test_evidence_labels_say_what_they_count_and_link_to_their_definition(page: Page, base: str) -> None:
    page.goto(base)
    badges = page.locator("a.badge")
    texts = set(badges.all_inner_texts())
    assert texts and all(re.fullmatch(r"Statements on both sides|Reported by \d+ outlets|One outlet only", t)
                         for t in texts), texts
    assert not [t for t in texts if re.search(r"corroborat|confirm", t, re.I)]
    hrefs = set(badges.evaluate_all("bs => bs.map(b => b.href)"))
    for href in sorted(hrefs):
        page.goto(href)
        fragment = href.split("#")[1]
        definition = page.locator(f"[id='{fragment}'] + dd")
        expect(definition).to_be_visible()
        assert len(definition.inner_text()) > 40


@pytest.mark.parametrize("claim_id", [BIG_CLAIM, VERDICT_CLAIM])
def test_the_evidence_counts_of_a_claim_page_are_those_of_its_rows(page: Page, base: str, claim_id: str) -> None:
    """The counts under the verdict count every statement, paired ones too, as the lists of claims do."""
    page.goto(base)
    row = page.locator(f"ol.claim-list > li:has(a[href$='claims/{claim_id}/'])").first
    listed = re.search(r"(\d+) for the assertion, (\d+) for the counter-assertion", row.inner_text())
    assert listed is not None
    page.goto(f"{base}claims/{claim_id}/")
    counts = page.locator(".verdict-box .counts").inner_text()
    assert f"{listed[1]} for the assertion, {listed[2]} for the counter-assertion" in counts, counts
    cards = page.locator("article.statement")
    for side, n in (("assertion", listed[1]), ("counter", listed[2])):
        assert page.locator(f"article.statement.side-{side}").count() == int(n)
    assert re.match(rf"{cards.count()} statements from ", counts)


# 4. The source page

@pytest.fixture
def far(site: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The statement whose words lie furthest into its article, so that the jump must scroll."""
    return max(((r["claim"], s) for r in claim_records(site) for s in r["claim"]["statements"]),
               key=lambda cs: cs[1]["anchor"]["parts"][0]["start"])


@pytest.mark.parametrize("width", [1280, PHONE["width"]])
def test_arriving_at_a_span_makes_it_the_active_highlight_below_the_top_with_its_sentence_shown(
    page: Page, base: str, far: tuple[dict[str, Any], dict[str, Any]], width: int
) -> None:
    claim, statement = far
    page.set_viewport_size({"width": width, "height": 900 if width > PHONE["width"] else PHONE["height"]})
    page.goto(f"{base}claims/{claim['id']}/")
    card = page.locator(f"article[id='s-{statement['id']}']")
    sentence = " ".join(card.locator("blockquote").inner_text().split()).removeprefix("… ").removesuffix(" …")
    card.get_by_role("link", name="See it in the source").click()
    fragment = page.evaluate("location.hash.slice(1)")
    target = page.locator(f"mark[id='{fragment}']")
    expect(target).to_be_in_viewport()
    top = target.evaluate("e => e.getBoundingClientRect().top")
    height = page.evaluate("innerHeight")
    assert top > 0.2 * height  # scrolled below the top of the window, not flush with it
    others = page.locator(f".text mark[id]:not([id='{fragment}'])")
    assert others.count() > 3
    active = style(page, f"mark[id='{fragment}']", "background-color")
    assert {active} != set(others.evaluate_all("ms => ms.map(m => getComputedStyle(m).backgroundColor)"))
    assert active not in others.evaluate_all("ms => ms.map(m => getComputedStyle(m).backgroundColor)")
    # the whole sentence around the words (with its attribution) is inside the window
    box = target.evaluate(SENTENCE_BOX, sentence)
    assert box is not None, sentence
    assert 0 <= box["top"] and box["bottom"] <= height, (box, height)
    back = page.locator(f"mark[id='{fragment}'] + .cites").get_by_role("link", name=re.compile("Back to the claim"))
    expect(back.first).to_be_visible()
    back.first.click()
    expect(page).to_have_url(re.compile(re.escape(f"{base}claims/") + r"[a-z0-9-]+/#s-[a-z0-9-]+$"))


# The rectangle of the text `sentence` (whitespace collapsed) in the paragraph of mark `e`,
# leaving out the links to statements (not words of the article).
SENTENCE_BOX = """(e, sentence) => {
  const p = e.closest('p'); const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const nodes = []; let text = ''; const map = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement.closest('.cites')) continue;
    for (let i = 0; i < n.data.length; i++) {
      const ch = /\\s/.test(n.data[i]) ? ' ' : n.data[i];
      if (ch === ' ' && text.endsWith(' ')) continue;
      text += ch; map.push([n, i]);
    }
  }
  const at = text.indexOf(sentence);
  if (at < 0) return null;
  const range = document.createRange();
  range.setStart(...map[at]); const [endNode, endOffset] = map[at + sentence.length - 1];
  range.setEnd(endNode, endOffset + 1);
  const r = range.getBoundingClientRect(); return {top: r.top, bottom: r.bottom};
}"""


def test_each_highlight_names_its_statements_on_hover_and_focus(page: Page, base: str) -> None:
    page.goto(base + SOURCE)
    link = page.locator(".text .cites a.backref").first
    tip = link.locator(".tip")
    assert tip.bounding_box() is None or tip.bounding_box()["width"] <= 1  # type: ignore[index]
    expect(link).to_have_accessible_name(re.compile(r"^S1\s?: .+, on the claim “.+”\. Back to the claim$"))
    link.hover()
    expect(tip).to_be_visible()
    assert tip.bounding_box()["width"] > 50  # type: ignore[index]
    page.mouse.move(0, 0)
    link.focus()
    assert tip.bounding_box()["width"] > 50  # type: ignore[index]
    page.locator(".text mark[id]").first.hover()  # hovering the words shows them too
    assert page.locator(".text mark[id] + .cites .tip").first.bounding_box()["width"] > 50  # type: ignore[index]


def test_without_javascript_every_statement_quoting_the_article_is_listed_and_numbered(
    browser: Browser, base: str, site: Path  # noqa: F811
) -> None:
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(base + SOURCE)
    source_id = SOURCE.split("/")[1]
    statements = [(c["id"], s["id"]) for r in claim_records(site) for c in [r["claim"]] for s in c["statements"]
                  if s["source"] == source_id]
    items = page.locator("ol.citing-list > li")
    expect(items).to_have_count(len(statements))
    linked = items.locator("a[href*='#']:not([href^='#'])").evaluate_all("as => as.map(a => a.href)")
    assert sorted(h.split("/claims/")[1] for h in linked) == sorted(f"{c}/#s-{s}" for c, s in statements)
    numbers = items.locator(".number").all_inner_texts()
    assert numbers == [f"S{n}" for n in range(1, len(statements) + 1)]
    shown = set(page.locator(".text a.backref").evaluate_all("as => as.map(a => a.firstChild.textContent)"))
    assert shown == set(numbers)  # each number after a highlight is one of the list's
    context.close()


def test_page_furniture_is_folded_away_and_one_click_away(page: Page, base: str) -> None:
    page.goto(base + SOURCE)
    first_words = page.locator(".text > p").first.bounding_box()
    assert first_words is not None
    furniture = page.locator("details.furniture:not([open]) .aside")
    assert furniture.count() >= 3
    for i in range(furniture.count()):
        expect(furniture.nth(i)).to_be_hidden()
    assert first_words["y"] < 900  # the article's first words are above the fold
    page.locator("details.furniture:not([open]) summary").first.click()
    expect(page.locator("details.furniture .aside").first).to_be_visible()
    # furniture holding a highlight is unfolded: a link to those words lands on visible text
    for held in page.locator("details.furniture:has(mark[id])").all():
        assert held.get_attribute("open") is not None


def test_article_txt_is_linked_beside_its_sha256_with_the_command_that_checks_it(page: Page, base: str) -> None:
    page.goto(base + SOURCE)
    checksum = page.locator(".checksum")
    expect(checksum).to_be_hidden()  # folded into "About this copy", so the article starts sooner on a phone
    page.get_by_text("About this copy").click()
    expect(checksum).to_be_visible()
    expect(checksum).to_contain_text("sha256sum article.txt")
    digest = checksum.locator("code.hash").inner_text()
    href = checksum.get_by_role("link", name="article.txt").evaluate("a => a.href")
    with urllib.request.urlopen(href, timeout=30) as response:
        assert hashlib.sha256(response.read()).hexdigest() == digest


# 6. The home page

def test_the_newest_and_most_disputed_claims_are_above_the_fold_with_verdicts_and_labels(
    page: Page, base: str
) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base)
    for heading in ("Newest claims", "Most disputed"):
        item = page.locator(f"section:has(h2:text-is('{heading}')) ol.claim-list > li").first
        for part in (".claim-title", ".verdict-line", ".labels .badge"):
            expect(item.locator(part).first).to_be_in_viewport()
    disputed = page.locator("section:has(h2:text-is('Most disputed')) ol.claim-list > li")
    assert disputed.count() > 1
    for i in range(disputed.count()):  # only claims argued on both sides
        expect(disputed.nth(i)).to_contain_text("Statements on both sides")


def test_topics_are_titled_as_written_in_the_topic_list(page: Page, base: str, site: Path) -> None:
    listed = {t["id"]: t for t in yaml.safe_load((site.parent / "claims" / "topics.yaml").read_text("utf-8"))["topics"]}
    assert listed["russia-turkey-relations"]["title"] == "Russia–Turkey relations"
    page.goto(base)
    links = page.locator("ul.topics a")
    shown = dict(zip(links.evaluate_all("as => as.map(a => a.getAttribute('href').split('/')[1])"),
                     links.all_inner_texts(), strict=True))
    assert shown == {i: t["title"] for i, t in listed.items() if i in shown} and len(shown) == len(listed)
    page.goto(f"{base}topics/sochi-agreement/")
    expect(page.locator("h1")).to_have_text(listed["sochi-agreement"]["title"])
    expect(page.locator("h1 + .lede")).to_have_text(listed["sochi-agreement"]["description"])
    page.goto(f"{base}claims/{BIG_CLAIM}/")
    crumbs = page.locator(".crumbs a[href*='topics/']").all_inner_texts()
    assert crumbs and all(c in {t["title"] for t in listed.values()} for c in crumbs)


# 7. The timeline

def test_a_timeline_page_writes_each_month_and_date_once(page: Page, base: str) -> None:
    page.goto(f"{base}timeline/2020-02/")
    days = page.locator(".day h3").all_inner_texts()
    assert len(days) == len(set(days)) > 3
    entries = page.locator("ol.timeline > li").all_inner_texts()
    assert entries and not [e for e in entries if "February 2020" in e.split(":")[0]]


@pytest.mark.parametrize("side", ["assertion", "counter", "context"])
def test_the_timeline_narrows_to_one_side_without_javascript(browser: Browser, base: str, side: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(f"{base}timeline/2020-02/")
    expected = page.locator(f"li.entry.side-{side}").count()
    assert 0 < expected < page.locator("li.entry").count()
    name = {"assertion": "for the assertion", "counter": "for the counter-assertion", "context": "context"}[side]
    page.locator(".narrow").get_by_role("link", name=name, exact=True).click()
    visible = [e for e in page.locator("li.entry").all() if e.is_visible()]
    assert len(visible) == expected
    assert all(f"side-{side}" in (e.get_attribute("class") or "") for e in visible)
    expect(page.locator(f".narrowed-{side}")).to_be_visible()
    page.get_by_role("link", name="Show every statement").first.click()
    assert len([e for e in page.locator("li.entry").all() if e.is_visible()]) > expected
    context.close()


def test_the_timeline_narrows_to_one_speaker_and_to_one_claim(page: Page, base: str, site: Path) -> None:
    records = [r["claim"] for r in claim_records(site)]
    page.goto(f"{base}timeline/")
    page.locator("ul.speakers").get_by_role("link", name="Dmitry Peskov").click()
    expect(page).to_have_url(f"{base}timeline/speakers/dmitry-peskov/")
    page.wait_for_load_state()  # the new page parsed: under load the entries were read from a document not yet built
    shown = page.locator("li.entry a[href*='#']").evaluate_all("as => as.map(a => a.href.split('/claims/')[1])")
    assert sorted(shown) == sorted(f"{c['id']}/#s-{s['id']}" for c in records for s in c["statements"]
                                   if s["speaker"] == "dmitry-peskov")
    page.goto(f"{base}timeline/")
    claim = next(c for c in records if c["id"] == BIG_CLAIM)
    page.locator("ul.claims-narrow").get_by_role("link", name=claim["title"]).click()
    assert page.url == f"{base}timeline/claims/{claim['id']}/"
    # the claim's own page links there too (past lists.BOUND claims, the timeline lists topics instead)
    page.goto(f"{base}claims/{claim['id']}/")
    page.get_by_role("link", name=re.compile("on this claim in time order")).click()
    assert page.url == f"{base}timeline/claims/{claim['id']}/"
    page.wait_for_load_state()
    shown = page.locator("li.entry a[href*='#']").evaluate_all("as => as.map(a => a.href.split('/claims/')[1])")
    assert sorted(shown) == sorted(f"{claim['id']}/#s-{s['id']}" for s in claim["statements"])


# 9. Print

def test_a_claim_prints_on_few_pages_with_headings_kept_and_link_urls_printed(page: Page, base: str) -> None:
    page.goto(f"{base}claims/{BIG_CLAIM}/")
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    # the content's height over the printable height of a page (A4 less 2 x 14 mm margins)
    needed = page.evaluate("document.querySelector('main').getBoundingClientRect().height") / (1123 - 2 * 53)
    assert pages <= math.ceil(needed) + 1, (pages, needed)
    for heading in ("h1", "h2", ".column h3"):
        assert style(page, heading, "break-after") == "avoid"
    assert style(page, "header.site nav", "display") == "none"
    assert "attr(href)" in style(page, "a[href^='http']", "content", "::after") or \
        re.search(r"https?://", style(page, "a[href^='http']", "content", "::after"))
    # a statement's link to its source prints the absolute URL of the words on the source page
    printed = style(page, ".statement a[data-p]", "content", "::after")
    assert re.fullmatch(r'" <https?://\S+/sources/[a-z0-9-]+/#q-\d+-\d+>"', printed), printed
