"""The built site, checked on its HTML (parsed with html5lib) and its files."""

import gc
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree as ET

import html5lib
import pytest

from conftest import ROOT, claim_records, copy_project, site_file
import idlibsite.build as build_module
from idlibsite.build import build
from idlibsite.config import load_config
from idlibsite.errors import InputError
from idlibsite.site import pages

NS = "{http://www.w3.org/1999/xhtml}"




@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("project"))
    build(load_config(project))
    return project / "site"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def parse(path: Path):  # type: ignore[no-untyped-def]
    return html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=True)


def text_of(element) -> str:  # type: ignore[no-untyped-def]
    """The element's text, leaving out the numbered links to citing claims (not article text)."""
    parts = [element.text or ""]
    for child in element:
        if "cites" not in child.get("class", "").split():
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def squash(text: str) -> str:
    """Whitespace collapsed and hyphenated line wraps joined, as the display form shows them."""
    text = re.sub(r"(?<=\w-)\s*\n\s*(?=\w)", "", text)
    return " ".join(text.split())


def page_for(site: Path, page: Path, href: str) -> tuple[Path, str]:
    base = "http://x/" + page.relative_to(site).as_posix()
    parts = urlsplit(urljoin(base, href))
    target = site / parts.path.lstrip("/")
    if parts.path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def test_every_statement_links_to_an_element_on_its_source_page_holding_the_anchored_text(built: Path) -> None:
    claims = [record["claim"] for record in claim_records(built)]
    exact = {(c["id"], s["id"]): s["anchor"]["parts"][0]["exact"] for c in claims for s in c["statements"]}
    assert len(exact) >= 30
    checked = 0
    for page in sorted(built.glob("claims/*/index.html")):
        doc = parse(page)
        claim_id = page.parent.name
        for article in doc.iter(f"{NS}article"):
            if "statement" not in article.get("class", "").split():
                continue
            (link,) = [a for a in article.iter(f"{NS}a") if text_of(a) == "See it in the source"]
            target, fragment = page_for(built, page, link.get("href"))
            found = [e for e in parse(target).iter() if e.get("id") == fragment]
            assert len(found) == 1, (page, fragment)
            assert squash(text_of(found[0])) == squash(exact[(claim_id, article.get("id").removeprefix("s-"))])
            checked += 1
    assert checked == len(exact)


def test_statement_fragment_ids_are_unique_and_come_from_annotation_ids(built: Path) -> None:
    for record in claim_records(built):
        claim = record["claim"]
        doc = parse(built / "claims" / claim["id"] / "index.html")
        ids = [e.get("id") for e in doc.iter() if e.get("id")]
        assert len(ids) == len(set(ids))
        assert {s["id"] for s in claim["statements"]} <= set(ids)


def test_two_builds_are_byte_identical(tmp_path: Path, built: Path) -> None:
    project = copy_project(tmp_path / "again")
    build(load_config(project, {"output": str(tmp_path / "other-out")}))
    assert tree(tmp_path / "other-out") == tree(built)


def test_the_planned_pages_are_dropped_once_rendered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What comes after rendering (the search index, the lock, the swap, the cache's commit) is the end
    of a build, where its peak is: the plan, as large as the model, is no longer held there."""
    project = copy_project(tmp_path / "p")
    live: list[int] = []
    index = build_module.search_index

    def counting(*args: object, **kwargs: object) -> object:
        gc.collect()
        live.append(sum(isinstance(o, pages.Page) for o in gc.get_objects()))
        return index(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(build_module, "search_index", counting)
    result = build(load_config(project))
    assert live == [0]
    assert result.pages == sum(1 for p in (project / "site").rglob("*.html"))


def test_a_failing_build_leaves_the_previous_site_untouched(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    build(config)
    before = tree(project / "site")
    claim = project / "claims" / "turkish-troops-in-idlib-illegal.yaml"
    text = claim.read_text("utf-8")
    claim.write_text(re.sub(r"quote: .*", "quote: words no speaker in this corpus ever said", text, count=1), "utf-8")
    with pytest.raises(InputError) as failure:
        build(config)
    assert any("quote not anchored" in p.message for p in failure.value.problems)
    assert tree(project / "site") == before
    assert not [p.name for p in project.iterdir() if ".tmp-" in p.name or ".old-" in p.name]


# A claim page's weight: a fixed budget for what every claim page has (site.css, the head with its
# citation metadata and JSON-LD, the verdict box, the two positions, "Cite this", the history), and a
# budget per statement (its card with the words around the quote, and its share of the JSON-LD and
# citation data).  Measured on this project (November 2026; 137 statements on 14 claims), in bytes:
# with site.css (7.8 kB), a claim page without its cards weighs 18.7 kB at 1 statement and 22.9 kB at
# 19 (0.23 kB more per statement), and a card 1.21 to 1.84 kB (1.49 kB on average).  With the budgets
# below the tightest page (14 statements) has 1.4 kB to spare, 7% of its cards: cards a tenth heavier,
# or 1.5 kB more chrome, fail there.  The budget scales, so that a claim growing is never a failure
# by itself, while the heaviest claim (19 statements) must stay within 54 kB.
CLAIM_PAGE_BUDGET = 21_000  # bytes for a claim page with site.css, before its statements
STATEMENT_BUDGET = 1_750  # bytes for each statement on its claim page


def test_claim_pages_stay_within_a_fixed_budget_and_one_per_statement(built: Path) -> None:
    css = (built / "static" / "site.css").stat().st_size
    pages = [p for p in built.glob("claims/*/index.html") if "http-equiv=\"refresh\"" not in p.read_text("utf-8")]
    assert len(pages) >= 10
    for page in pages:
        html = page.read_text("utf-8")
        statements = html.count('<article class="statement ')
        assert statements >= 1, page
        budget = CLAIM_PAGE_BUDGET + STATEMENT_BUDGET * statements
        assert page.stat().st_size + css <= budget, (page, statements, page.stat().st_size + css, budget)


def test_pages_have_lang_landmarks_and_a_canonical_absolute_url(built: Path) -> None:
    for page in [built / "index.html", *built.glob("claims/*/index.html"), *built.glob("sources/*/index.html")]:
        doc = parse(page)
        assert doc.get("lang") == "en"
        assert len(list(doc.iter(f"{NS}main"))) == 1
        (canonical,) = [e for e in doc.iter(f"{NS}link") if e.get("rel") == "canonical"]
        assert canonical.get("href").startswith("https://idlib.example.org/")


def test_a_fold_of_page_furniture_says_what_each_piece_is(built: Path) -> None:
    """Its summary names the kinds folded away: never "Page furniture: page furniture" (a label that says nothing)."""
    summaries = [text_of(e) for page in built.glob("sources/*/index.html") for e in parse(page).iter(f"{NS}summary")
                 if text_of(e).startswith("Page furniture: ")]
    assert any("navigation, player or share text" in s for s in summaries)  # the seeds' "Accessibility links" and players
    assert not [s for s in summaries if "furniture" in s.removeprefix("Page furniture: ")]


def test_sources_are_published_byte_identical(built: Path) -> None:
    sources = {s["id"]: s for record in claim_records(built) for s in record["sources"]}
    assert sorted(sources) == sorted(p.parent.name for p in built.glob("sources/*/article.txt"))
    for source in sources.values():
        assert (built / "sources" / source["id"] / "article.txt").read_bytes() == (ROOT / source["path"]).read_bytes()


def test_a_renamed_claim_keeps_its_old_url_as_a_canonical_redirect(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    claim = project / "claims" / "turkish-troops-in-idlib-illegal.yaml"
    claim.write_text(re.sub(r"(?m)^aliases:.*$", "aliases: [turkish-troops-illegal]", claim.read_text("utf-8")), "utf-8")
    build(load_config(project))
    site = project / "site"
    doc = parse(site / "claims" / "turkish-troops-illegal" / "index.html")
    (canonical,) = [e for e in doc.iter(f"{NS}link") if e.get("rel") == "canonical"]
    assert canonical.get("href") == "https://idlib.example.org/claims/turkish-troops-in-idlib-illegal/"
    (refresh,) = [e for e in doc.iter(f"{NS}meta") if e.get("http-equiv") == "refresh"]
    assert refresh.get("content") == "0; url=../turkish-troops-in-idlib-illegal/"
    assert "claims/turkish-troops-illegal/" not in (site / "sitemap.xml").read_text("utf-8")


def test_an_alias_equal_to_another_claims_id_is_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    claim = project / "claims" / "turkish-troops-in-idlib-illegal.yaml"
    claim.write_text(re.sub(r"(?m)^aliases:.*$", "aliases: [militants-block-humanitarian-corridors]",
                            claim.read_text("utf-8")), "utf-8")
    with pytest.raises(InputError) as failure:
        build(load_config(project))
    assert any("militants-block-humanitarian-corridors" in p.message and p.line for p in failure.value.problems)
    assert not (project / "site").exists()


def test_notes_markdown_is_rendered_without_raw_html(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    claim = project / "claims" / "turkish-troops-in-idlib-illegal.yaml"
    text = claim.read_text("utf-8")
    text = re.sub(r"(?m)^notes: \|\n", "notes: |\n  **Bold** <b onclick=\"x()\">raw</b> [bad](javascript:alert(1))\n", text, count=1)
    claim.write_text(text, "utf-8")
    build(load_config(project))
    html = (project / "site" / "claims" / "turkish-troops-in-idlib-illegal" / "index.html").read_text("utf-8")
    assert "<strong>Bold</strong>" in html
    assert "&lt;b onclick=&quot;x()&quot;&gt;raw&lt;/b&gt;" in html
    assert 'href="javascript:' not in html


def test_claim_pages_carry_citation_metadata_and_downloads(built: Path) -> None:
    page = built / "claims" / "erkhov-turkey-to-blame-for-escalation" / "index.html"
    doc = parse(page)
    metas = {e.get("name"): e.get("content") for e in doc.iter(f"{NS}meta") if e.get("name")}
    (item,) = json.loads((page.parent / "cite.json").read_text("utf-8"))
    assert item["type"] == "webpage" and metas["DC.title"] == item["title"]
    assert item["title"].startswith("Aleksei Erkhov (claim of ")
    version_url = metas["citation_public_url"]
    assert version_url == item["URL"] and version_url.startswith(
        "https://idlib.example.org/claims/erkhov-turkey-to-blame-for-escalation/v/")
    assert site_file(built, version_url + "index.html").exists()
    assert f"url = {{{version_url}}}" in (page.parent / "cite.bib").read_text("utf-8")
    scripts = [e for e in doc.iter(f"{NS}script") if e.get("type") == "application/ld+json"]
    page_node, claim_node = json.loads(scripts[0].text)["@graph"]
    assert (page_node["@type"], claim_node["@type"]) == ("WebPage", "Claim")
    review = page_node["citation"]  # the reviewer's verdict, cited
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["alternateName"] == "Misleading"
    assert review["author"]["name"] == "Polygraph.info"


def links(doc, selector_class: str) -> list[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    """(id of the list item, href of its first link) for every item of the <ul> with this class."""
    (ul,) = [e for e in doc.iter(f"{NS}ul") if selector_class in e.get("class", "").split()]
    return [(li.get("id"), next(li.iter(f"{NS}a")).get("href")) for li in ul.iter(f"{NS}li")]


def test_the_home_page_links_one_page_per_topic_listing_exactly_its_claims(built: Path) -> None:
    claims = [r["claim"] for r in claim_records(built)]
    topics = sorted({t for c in claims for t in c["topics"]})
    home = parse(built / "index.html")
    # the old home page's section ids still lead to each topic, now as links to its page
    assert links(home, "topics") == [(f"topic-{t}", f"topics/{t}/") for t in topics]
    for topic in topics:
        doc = parse(built / "topics" / topic / "index.html")
        listed = [a.get("href") for a in doc.iter(f"{NS}a") if a.get("href", "").startswith("../../claims/")]
        assert listed == [f"../../claims/{c['id']}/" for c in claims if topic in c["topics"]], topic
    (table,) = [e for e in home.iter(f"{NS}table") if "claims" in e.get("class", "").split()]
    newest = [a.get("href") for a in table.iter(f"{NS}a") if a.get("href", "").startswith("claims/")]
    # updated on the same day: the latest asserted first, an unknown date after every known one
    by_update = sorted(claims, key=lambda c: (c["updated"], c["date"]["value"] or "", c["id"]), reverse=True)
    assert newest == [f"claims/{c['id']}/" for c in by_update[:20]]


def test_the_timeline_links_one_page_per_month_and_they_hold_every_statement_once(built: Path) -> None:
    index = parse(built / "timeline" / "index.html")
    months = links(index, "periods")
    assert [i for i, _ in months] == [f"p-{n}" for n in range(1, len(months) + 1)]  # the old section ids
    shown = []
    for _, href in months:
        doc = parse(built / "timeline" / href.removeprefix("../timeline/") / "index.html")
        ols = [ol for ol in doc.iter(f"{NS}ol") if "timeline" in ol.get("class", "").split()]
        shown += [a.get("href").removeprefix("../../") for ol in ols for li in ol for a in li.iter(f"{NS}a")
                  if "#" in a.get("href")]
    expected = [f"claims/{c['id']}/#s-{s['id']}" for r in claim_records(built) for c in [r["claim"]]
                for s in c["statements"]]
    assert sorted(shown) == sorted(expected)
    assert "2020-02/" in [href.removeprefix("../timeline/") for _, href in months]


def test_annotations_are_a_collection_paged_by_source(built: Path) -> None:
    collection = json.loads((built / "annotations.jsonld").read_text("utf-8"))
    assert collection["type"] == "AnnotationCollection"
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    url, previous, ids = collection["first"], None, []
    while True:
        page = json.loads(site_file(built, url).read_text("utf-8"))
        assert page["type"] == "AnnotationPage" and page["id"] == url
        assert page["partOf"] == collection["id"]
        assert page.get("prev") == previous
        assert page["items"] and {t["scope"] for a in page["items"] for t in a["target"]} == {
            url.removesuffix("annotations.jsonld")}
        ids += [a["id"] for a in page["items"]]
        if "next" not in page:
            break
        previous, url = url, page["next"]
    assert url == collection["last"]
    statements = [f"{c['url']}#{s['id']}" for r in claim_records(built) for c in [r["claim"]] for s in c["statements"]]
    assert sorted(ids) == sorted(statements) and collection["total"] == len(statements)


def test_json_exports_are_compact(built: Path) -> None:
    for path in ("claims.json", "annotations.jsonld", "claims/turkish-troops-in-idlib-illegal/claim.json"):
        text = (built / path).read_text("utf-8")
        compact = json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        assert text == compact, path


def test_the_feed_and_the_home_page_show_only_the_newest_claims(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "FEED_ENTRIES", 3)
    monkeypatch.setattr(pages, "NEWEST_CLAIMS", 2)
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    site = project / "site"
    claims = sorted((r["claim"] for r in claim_records(site)),
                    key=lambda c: (c["updated"], c["date"]["value"] or "", c["id"]), reverse=True)
    feed = ET.parse(site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    assert [e.find(f"{atom}id").text for e in feed.iter(f"{atom}entry")] == [c["url"] for c in claims[:3]]
    rows = parse(site / "index.html").iter(f"{NS}tbody")
    titles = [a.get("href") for tbody in rows for th in tbody.iter(f"{NS}th") for a in th.iter(f"{NS}a")]
    assert titles == [f"claims/{c['id']}/" for c in claims[:2]]


def test_insertions_are_shown_on_the_claim_page_and_approximate_words_in_claim_json(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    claim = project / "claims" / "turkish-troops-in-idlib-illegal.yaml"
    text = claim.read_text("utf-8")
    typed = "the Foreign Ministry reminded Ankara its forces were in Syria"
    assert f"quote: {typed} without" in text
    text = text.replace(f"quote: {typed} without", "quote: the Foreign Ministry reminded "
                        "Ankara [Turkey] its forces were in Syria [sic] without", 1)
    assert "that of a mechanized division" in text
    claim.write_text(text.replace("that of a mechanized division", "that of a infantry division", 1), "utf-8")
    build(load_config(project))
    page = project / "site" / "claims" / "turkish-troops-in-idlib-illegal" / "index.html"
    shown = [p for p in parse(page).iter(f"{NS}p") if "as-quoted" in p.get("class", "")]
    assert len(shown) == 1
    assert [ins.text for ins in shown[0].iter(f"{NS}ins")] == ["[Turkey]", "[sic]"]
    assert squash(text_of(shown[0])).startswith("Quoted as “the Foreign Ministry reminded Ankara [Turkey] its")
    record = next(r for r in claim_records(project / "site") if r["claim"]["id"] == "turkish-troops-in-idlib-illegal")
    statements = record["claim"]["statements"]
    parts = [s for s in statements if "[Turkey]" in s["quote_as_typed"]][0]["anchor"]["parts"]
    assert [p["exact"] for p in parts] == ["the Foreign Ministry reminded Ankara", "its forces were in Syria",
                                          "without the blessing of the Syrian government"]
    differences = {s["quote_as_typed"]: s["differences"] for s in statements}
    assert [d for q, d in differences.items() if "infantry" in q] == [[{"typed": "infantry", "article": "mechanized"}]]
    assert [d for q, d in differences.items() if "infantry" not in q] == [[]] * (len(statements) - 1)
