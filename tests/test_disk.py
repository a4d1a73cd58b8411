"""The site built for disk (``build --for-disk``, ``directory_urls = false``): read from its files, with no
web server, every link between pages names a file; the site is otherwise the one built for a server."""

import re
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

from conftest import copy_project
from idlibsite.build import build
from idlibsite.cli import main
from idlibsite.config import load_config
from test_html import LINKING, assert_links_resolve, parse
from test_links import sent

RENAMED = "militants-block-humanitarian-corridors"  # given an old id: its old address is a redirect page
OLD_ID = "corridors-blocked"
# a claim's notes that link into the site, as an annotator writes them (claimpage.notes_html)
NOTES_LINKS = ("[the sources](/sources/), [another claim](/claims/turkish-troops-in-idlib-illegal/#history-h)"
               " and [the home page](/)")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The project, with a renamed claim whose notes link into the site, built twice: for a web server
    (the default) and, by the command line, for disk.  The two sites and the base URL."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    claim = project / "claims" / f"{RENAMED}.yaml"
    text = claim.read_text("utf-8").replace("aliases: []", f"aliases: [{OLD_ID}]")
    claim.write_text(text.replace("notes: |\n", f"notes: |\n  See {NOTES_LINKS}.\n\n", 1), "utf-8")
    config = load_config(project)
    build(config)
    assert main(["--root", str(project), "build", "-q", "--for-disk", "--output", "disk"]) == 0
    return config.output, project / "disk", config.base_url


def test_every_link_of_the_site_for_disk_names_a_file(sites: tuple[Path, Path, str]) -> None:
    """Each page read as a file: every relative link (<a>, <link>, a redirect's refresh) resolved against the
    file's own path is a file that exists, never a folder (a browser would show a listing of its files)."""
    _, disk, _ = sites
    broken, checked, kinds = [], 0, set()
    for page in sorted(disk.rglob("*.html")):
        for element in parse(page).iter():
            urls = [element.get(a) for a in LINKING if element.get(a) is not None]
            if element.tag == "meta" and element.get("http-equiv", "").lower() == "refresh":
                urls.append(element.get("content", "").partition("url=")[2])
            for url in urls:
                if urlsplit(url).scheme or url.startswith("#"):
                    continue  # canonical, permalinks, other sites; this very page
                target = Path(unquote(urlsplit(urldefrag(urljoin(page.as_uri(), url))[0]).path))
                checked += 1
                kinds.add(element.tag)
                if not target.is_file():
                    broken.append(f"{page.relative_to(disk)}: {url}")
    assert broken == []
    assert checked > 3000 and {"a", "link", "meta", "script"} <= kinds


def test_the_site_for_disk_is_the_same_site_but_for_its_links(sites: tuple[Path, Path, str]) -> None:
    """The same files; every file but the HTML pages byte for byte (feeds, sitemap, claims.json: their
    URLs are the folders'); each page the same but for its links, each of which leads to the file a web
    server sends for the link of the site built for it.  Absolute URLs (canonical, "Cite this") are kept."""
    served, disk, base_url = sites
    files = sorted(p.relative_to(served).as_posix() for p in served.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(disk).as_posix() for p in disk.rglob("*") if p.is_file())
    changed = 0
    for name in files:
        a, b = (served / name).read_bytes(), (disk / name).read_bytes()
        if not name.endswith(".html"):
            assert a == b, name
            continue
        text, links = _split(a.decode())
        disk_text, disk_links = _split(b.decode())
        assert text == disk_text, name
        assert len(links) == len(disk_links), name
        here = base_url + name.removesuffix("index.html")  # the page's address on a server
        for link, disk_link in zip(links, disk_links, strict=True):
            assert sent(here, link) == sent(base_url + name, disk_link), (name, link, disk_link)
            changed += link != disk_link
    assert changed > 3000
    claim = (disk / "claims" / RENAMED / "index.html").read_text("utf-8")
    assert f'<link rel="canonical" href="{base_url}claims/{RENAMED}/">' in claim
    assert ('<a href="../../sources/index.html">the sources</a>, <a href="../../claims/turkish-troops-in-idlib-'
            'illegal/index.html#history-h">another claim</a> and <a href="../../index.html">the home page</a>') in claim
    redirect = (disk / "claims" / OLD_ID / "index.html").read_text("utf-8")
    assert f'<meta http-equiv="refresh" content="0; url=../{RENAMED}/index.html">' in redirect


def test_a_site_for_disk_still_works_on_a_server(sites: tuple[Path, Path, str]) -> None:
    _, disk, base_url = sites
    assert_links_resolve(disk, base_url)


# a URL in a page: an attribute's, a refresh's, or a redirect's location.replace("…")
_URL = re.compile(r'(?:(?:href|src)="|url=|location\.replace\(")([^"]*)"')


def _split(html: str) -> tuple[list[str], list[str]]:
    """The page's text between its URLs, and the URLs."""
    parts = _URL.split(html)
    return parts[0::2], parts[1::2]
