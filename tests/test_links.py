"""Links between pages (site/links.py): the shortest relative paths, as posixpath.relpath gives them."""

import posixpath

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from idlibsite.site.links import relative_to


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
    assert relative_to(page_path, "https://x.example/")(target) == _relpath_link(page_path, target)


def test_the_404_page_links_absolutely() -> None:
    assert relative_to("404.html", "https://x.example/base/")("sources/a/") == "https://x.example/base/sources/a/"
