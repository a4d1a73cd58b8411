"""Links between pages (site/links.py): the shortest relative paths, as posixpath.relpath gives them;
for disk, to the file a web server would send."""

import posixpath
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from idlibsite.site.links import file_link, relative_to


def _relpath_link(page_path: str, target: str) -> str:
    """The links as posixpath.relpath gives them (the reference relative_to must agree with)."""
    rel = posixpath.relpath(target or ".", page_path.rstrip("/") or ".")
    if target.endswith("/") or not target:
        return "./" if rel == "." else rel.rstrip("/") + "/"
    return rel


_segment = st.sampled_from(["claims", "sources", "a", "b", "static", "site.css", "cite.bib", "#s-1-2"])


@settings(max_examples=examples(500), deadline=None)
@given(here=st.lists(_segment, max_size=3), there=st.lists(_segment, max_size=4), slash=st.booleans())
def test_links_are_the_shortest_relative_paths(here: list[str], there: list[str], slash: bool) -> None:
    page_path = "".join(f"{part}/" for part in here)
    target = "/".join(there) + ("/" if slash and there else "")
    assert relative_to(page_path, "https://x.example/", directory_urls=True)(target) == _relpath_link(page_path, target)


def test_the_404_page_links_absolutely() -> None:
    url = relative_to("404.html", "https://x.example/base/", directory_urls=True)
    assert url("sources/a/") == "https://x.example/base/sources/a/"


@pytest.mark.parametrize(("href", "expected"), [
    ("../../claims/a/", "../../claims/a/index.html"),
    ("../../claims/a/#s-1", "../../claims/a/index.html#s-1"),
    ("page/2/?q=x#top", "page/2/index.html?q=x#top"),
    ("./", "./index.html"),
    (".", "./index.html"),
    ("..", "../index.html"),
    ("../..#p-1", "../../index.html#p-1"),
    ("#s-1", "#s-1"),  # this very page
    ("", ""),
    ("cite.bib", "cite.bib"),
    ("../../static/site.css", "../../static/site.css"),
    ("../a/index.html", "../a/index.html"),
    ("..a/b", "..a/b"),  # a file whose name starts with two dots
])
def test_a_link_to_a_folder_names_its_index_file(href: str, expected: str) -> None:
    assert file_link(href) == expected


def sent(page: str, link: str) -> tuple[str, str]:
    """The file (its URL's path) and fragment that ``link`` on the page at URL ``page`` leads to, as a web
    server sends it: a folder's index.html."""
    absolute, fragment = urldefrag(urljoin(page, link))
    path = urlsplit(absolute).path
    return (path + "index.html" if path.endswith("/") else path), fragment


_folder = st.sampled_from(["claims", "sources", "a", "b", "page", "static", "site.css"])


@settings(max_examples=examples(500), deadline=None)
@given(here=st.lists(_folder, max_size=3), there=st.lists(_folder, max_size=4), slash=st.booleans(),
       fragment=st.sampled_from(["", "#s-1-2"]))
def test_a_link_for_disk_names_the_file_a_server_sends_for_the_link_to_the_folder(
    here: list[str], there: list[str], slash: bool, fragment: str
) -> None:
    page_path = "".join(f"{part}/" for part in here)
    target = "/".join(there) + ("/" if slash and there else "") + fragment
    served = relative_to(page_path, "https://x.example/", directory_urls=True)(target)
    on_disk = relative_to(page_path, "https://x.example/", directory_urls=False)(target)
    # served, the page's address is its folder; read from disk, its index.html
    folder, file = f"https://x.example/{page_path}", f"file:///site/{page_path}index.html"
    assert sent(file, on_disk)[0].removeprefix("/site/") == sent(folder, served)[0].removeprefix("/")
    assert sent(file, on_disk)[1] == sent(folder, served)[1]
    assert not urlsplit(urljoin(file, on_disk)).path.endswith("/")  # never a folder


def test_the_404_page_for_disk_links_from_the_root_it_lies_in() -> None:
    url = relative_to("404.html", "https://x.example/base/", directory_urls=False)
    assert (url("sources/a/"), url(""), url("static/site.css")) == ("sources/a/index.html", "./index.html",
                                                                     "static/site.css")
