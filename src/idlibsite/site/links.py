"""Links from one page of the site to another (pure).

Every link between pages is relative, so that the site works under any base
path.  A link to a folder names the folder (``claims/<id>/``), as a web
server resolves it to the folder's ``index.html``; these are the addresses
readers see and cite.  A site built for disk (``directory_urls = false``)
links to the ``index.html`` itself: a browser reading files (``file:``) has
no server to do that, and shows a folder as a listing of its files.  Only
links change: the files are where they always are, and every absolute URL
(canonical, "Cite this", feeds, sitemap, data) stays the folder's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

INDEX = "index.html"


def relative_to(page_path: str, base_url: str, *, directory_urls: bool) -> Callable[[str], str]:
    """url(target): the link from this page to a site path ("" is the home page), a #fragment kept;
    with ``directory_urls`` false, a link to a folder names its index.html (:func:`file_link`).

    The shortest relative link, as ``posixpath.relpath`` gives it, computed on
    the path's segments: relpath's abspath and getcwd calls took a quarter of
    the rendering time (a page links to 30–40 targets).
    """
    if page_path == "404.html":
        if directory_urls:
            return lambda target: base_url + target  # served at any depth, under any base path
        page_path = ""  # on disk, only ever the file at the site's root
    here = [part for part in page_path.split("/") if part]
    made: dict[str, str] = {}  # a page links to the same targets again and again (actors, sources, nav)

    def url(target: str) -> str:
        link = made.get(target)
        if link is None:
            link = _link(here, target)
            link = made[target] = link if directory_urls else file_link(link)
        return link

    return url


def _link(here: Sequence[str], target: str) -> str:
    parts = [part for part in target.split("/") if part and part != "."]
    common = 0
    while common < min(len(here), len(parts)) and here[common] == parts[common]:
        common += 1
    rel = "/".join([".."] * (len(here) - common) + parts[common:])
    if target.endswith("/") or not target:
        return rel + "/" if rel else "./"
    return rel or "."


def file_link(href: str) -> str:
    """A relative ``href`` that names a folder (ends in "/", or in "." or "..") made to name the folder's
    index.html, its ?query and #fragment kept; any other href as it is."""
    if href.endswith("/"):  # most links (a page's folder, no fragment): at once
        return href + INDEX
    before, mark, fragment = href.partition("#")
    path, ask, query = before.partition("?")
    if path.endswith("/"):
        path += INDEX
    elif path.rpartition("/")[2] in (".", ".."):
        path += "/" + INDEX
    else:
        return href
    return path + ask + query + mark + fragment
