"""The built site, checked on its HTML (parsed with html5lib) and its files."""

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import html5lib
import pytest

from conftest import ROOT, copy_project
from idlibsite.build import build
from idlibsite.config import load_config
from idlibsite.errors import InputError

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
    data = json.loads((built / "claims.json").read_text("utf-8"))
    exact = {(c["id"], s["id"]): s["anchor"]["parts"][0]["exact"] for c in data["claims"] for s in c["statements"]}
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
            assert squash(text_of(found[0])) == squash(exact[(claim_id, article.get("id"))])
            checked += 1
    assert checked == len(exact)


def test_statement_fragment_ids_are_unique_and_come_from_annotation_ids(built: Path) -> None:
    data = json.loads((built / "claims.json").read_text("utf-8"))
    for claim in data["claims"]:
        doc = parse(built / "claims" / claim["id"] / "index.html")
        ids = [e.get("id") for e in doc.iter() if e.get("id")]
        assert len(ids) == len(set(ids))
        assert {s["id"] for s in claim["statements"]} <= set(ids)


def test_two_builds_are_byte_identical(tmp_path: Path, built: Path) -> None:
    project = copy_project(tmp_path / "again")
    build(load_config(project, {"output": str(tmp_path / "other-out")}))
    assert tree(tmp_path / "other-out") == tree(built)


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


def test_claim_pages_stay_under_50_kb_with_css(built: Path) -> None:
    css = (built / "static" / "site.css").stat().st_size
    for page in built.glob("claims/*/index.html"):
        assert page.stat().st_size + css <= 50_000, page


def test_pages_have_lang_landmarks_and_a_canonical_absolute_url(built: Path) -> None:
    for page in [built / "index.html", *built.glob("claims/*/index.html"), *built.glob("sources/*/index.html")]:
        doc = parse(page)
        assert doc.get("lang") == "en"
        assert len(list(doc.iter(f"{NS}main"))) == 1
        (canonical,) = [e for e in doc.iter(f"{NS}link") if e.get("rel") == "canonical"]
        assert canonical.get("href").startswith("https://idlib.example.org/")


def test_sources_are_published_byte_identical(built: Path) -> None:
    data = json.loads((built / "claims.json").read_text("utf-8"))
    for source in data["sources"]:
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
    assert metas["citation_title"] and metas["citation_public_url"].endswith("/claims/erkhov-turkey-to-blame-for-escalation/")
    scripts = [e for e in doc.iter(f"{NS}script") if e.get("type") == "application/ld+json"]
    graph = json.loads(scripts[0].text)["@graph"]
    assert [n["@type"] for n in graph] == ["Claim", "ClaimReview"]
    assert graph[1]["reviewRating"]["alternateName"] == "Misleading"
    assert graph[1]["author"]["name"] == "Polygraph.info"
    assert (page.parent / "cite.bib").read_text("utf-8").startswith("@online{idlibsite-erkhov")
    assert json.loads((page.parent / "cite.json").read_text("utf-8"))[0]["type"] == "webpage"
