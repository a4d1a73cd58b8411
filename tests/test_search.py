"""search.py: Pagefind's bundle for the marked pages, made in memory and the same every time."""

import json

from idlibsite.search import search_files

PAGE = (
    '<!doctype html><html lang="en"><head><title>{title}</title></head>'
    "<body><nav>Claims Actors Sources</nav>{main}</body></html>"
)


def page(title: str, text: str, marked: bool = True) -> bytes:
    attribute = " data-pagefind-body" if marked else ""
    return PAGE.format(
        title=title, main=f"<main{attribute}><h1>{title}</h1><p>{text}</p></main>"
    ).encode()


FILES = {
    "actors/dmitry-peskov/index.html": page("Dmitry Peskov", "Kremlin spokesman."),
    "claims/a-claim/index.html": page("A claim", "Peskov said the ceasefire holds."),
    "timeline/index.html": page("Timeline", "Every statement by date.", marked=False),
    "static/site.css": b"main { data-pagefind-body: none }",  # not HTML, never indexed
}


def test_only_the_marked_pages_are_indexed_and_the_bundle_is_under_pagefind() -> None:
    bundle = search_files(FILES)
    assert all(path.startswith("pagefind/") for path in bundle)
    assert {
        "pagefind/pagefind.js",
        "pagefind/pagefind-component-ui.js",
        "pagefind/pagefind-component-ui.css",
    } <= set(bundle)
    entry = json.loads(bundle["pagefind/pagefind-entry.json"])
    assert [lang["page_count"] for lang in entry["languages"].values()] == [2]
    fragments = [data for path, data in bundle.items() if path.startswith("pagefind/fragment/")]
    assert len(fragments) == 2


def test_the_bundle_is_the_same_bytes_every_time_whatever_the_order_of_the_files() -> None:
    assert search_files(FILES) == search_files(dict(reversed(list(FILES.items()))))


def test_nothing_marked_gives_no_bundle() -> None:
    assert search_files({"index.html": page("Home", "Welcome.", marked=False)}) == {}
