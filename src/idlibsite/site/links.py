"""Links from one page of the site to another (pure).

Every link between pages is relative, so that the site works under any base
path.  A link to a folder names the folder (``claims/<id>/``), as a web
server resolves it to the folder's ``index.html``; these are the addresses
readers see and cite.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def relative_to(page_path: str, base_url: str) -> Callable[[str], str]:
    """url(target): the link from this page to a site path ("" is the home page).

    The shortest relative link, as ``posixpath.relpath`` gives it, computed on
    the path's segments: relpath's abspath and getcwd calls took a quarter of
    the rendering time (a page links to 30–40 targets).
    """
    if page_path == "404.html":
        return lambda target: base_url + target  # served at any depth, under any base path
    here = [part for part in page_path.split("/") if part]
    made: dict[str, str] = {}  # a page links to the same targets again and again (actors, sources, nav)

    def url(target: str) -> str:
        link = made.get(target)
        if link is None:
            link = made[target] = _link(here, target)
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
