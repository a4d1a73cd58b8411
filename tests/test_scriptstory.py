"""A page built by script whose body is a skeleton: its story is read from its data blob (sources/scriptstory.py), under
its own extraction's name.  Every text here is ours."""

import json

import pytest

from idlibsite.sources.scriptstory import script_story
from idlibsite.sources.webpage import EXTRACTOR, SCRIPTED, extract, page_problems
from idlibsite.sources.evidence import sha256_hex

P1 = "From the roof of the post, soldiers can see the army's positions on three sides of the hill."
P2 = "Since the advance in the autumn, supplies have reached the post only by convoys escorted through the lines."
P3 = "Ankara says its soldiers will not withdraw, and has sent more troops into the province this month."
RELATED = [{"headline": "Convoy crosses into the province at the border"}, {"headline": "What the memorandum says"}]
SKELETON = '<div id="__next"><header><a href="/">Example Ledger</a></header><main><p>Loading…</p></main></div>'


def page(script: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inside the post - Example Ledger</title>'
            f'<meta property="og:title" content="Inside the post"></head><body>{SKELETON}{script}</body></html>').encode()


def next_data(article: dict) -> str:  # type: ignore[type-arg]
    blob = {"props": {"pageProps": {"article": article, "related": RELATED}}, "page": "/news/[slug]"}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(blob)}</script>'


FORMS = [
    # Next.js: typed blocks, a heading among them, authors as objects
    next_data({"headline": "Inside the post", "publishedAt": "2020-02-20T06:30:00Z", "updatedAt": "2020-02-21T11:00:00Z",
               "authors": [{"name": "Kerem Example"}],
               "body": [{"type": "paragraph", "text": P1}, {"type": "paragraph", "text": P2},
                        {"type": "heading", "text": "A post behind the front"}, {"type": "paragraph", "text": P3}]}),
    # a store's initial state: paragraphs as plain strings, the author as a string
    ("<script>window.__INITIAL_STATE__ = " + json.dumps(
        {"story": {"title": "Inside the post", "datePublished": "2020-02-20", "author": "Kerem Example",
                   "paragraphs": [P1, P2, P3]}, "trending": RELATED}) + ";</script>"),
    # a CMS's blocks holding markup
    next_data({"title": "Inside the post", "date": "2020-02-20", "byline": "Kerem Example",
               "content": [{"kind": "p", "html": f"<p>{P1}</p>"}, {"kind": "p", "html": f"<p><em>{P2}</em></p>"},
                           {"kind": "h2", "html": "<h2>A post behind the front</h2>"}, {"kind": "p", "html": P3}]}),
]


@pytest.mark.parametrize("script", FORMS)
def test_the_story_is_read_from_the_blob(script: str) -> None:
    extracted = extract(page(script))
    assert extracted is not None and extracted.extractor == SCRIPTED
    assert all(p in extracted.text for p in (P1, P2, P3))
    assert "Convoy crosses" not in extracted.text and "Loading" not in extracted.text
    assert "By Kerem Example" in extracted.text
    assert extracted.page.date == "2020-02-20"
    data = page(script)
    assert page_problems("s.txt", extracted.text, "s.html", data, "s.yaml", sha256_hex(data), SCRIPTED) == []


def test_a_heading_block_is_a_subheading() -> None:
    extracted = extract(page(FORMS[0]))
    assert extracted is not None and ("A post behind the front", "subheading") in extracted.marked


# Guards

def test_a_page_with_its_story_in_the_body_is_extracted_as_before() -> None:
    body = f'<article><h1>Inside the post</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>'
    data = (f'<html lang="en"><head><meta charset="utf-8"><title>Inside the post</title></head><body>{body}'
            f'{FORMS[0]}</body></html>').encode()
    extracted = extract(data)
    assert extracted is not None and extracted.extractor != SCRIPTED and extracted.extractor.startswith(EXTRACTOR)


@pytest.mark.parametrize("script", [
    next_data({"headline": "Inside the post", "body": [{"type": "paragraph", "text": P1}]}),  # one paragraph only
    '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"related": '
    + json.dumps(RELATED) + '}}}</script>',  # headlines, no paragraphs
    '<script id="__NEXT_DATA__" type="application/json">{"props": {broken</script>',
    "",
])
def test_no_story_without_a_list_of_paragraphs(script: str) -> None:
    assert script_story(page(script)) is None
    assert extract(page(script)) is None


@pytest.mark.parametrize("credit", ["By Kerem Example", "Reporting by Kerem Example"])
def test_an_author_field_that_says_how_it_was_credited_is_written_as_it_is(credit: str) -> None:
    """A blob's author already written as a credit ("By ...") gives that line once, as a page's own author field does."""
    extracted = extract(page(next_data({"headline": "Inside the post", "date": "2020-02-20", "author": credit,
                                        "paragraphs": [P1, P2, P3]})))
    assert extracted is not None and extracted.extractor == SCRIPTED
    assert f"\n\n{credit}\n\n" in extracted.text and "By By" not in extracted.text and "By Reporting" not in extracted.text
