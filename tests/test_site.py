"""The built site, checked on its HTML (parsed with html5lib) and its files."""

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import html5lib
import pytest

from conftest import ROOT
from idlibsite.build import build
from idlibsite.config import load_config
from idlibsite.errors import InputError

NS = "{http://www.w3.org/1999/xhtml}"


def copy_project(dest: Path) -> Path:
    for name in ("corpus", "claims", "templates"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


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
