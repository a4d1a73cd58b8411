"""searchview.py: a page's view leaves out only what Pagefind surely does not read.

The table pins which edits keep a page's view and which change it; the property test runs Pagefind
itself on two pages of the same view and checks that its output is the same, byte for byte.
"""

import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pagefind.service import get_executable

from conftest import examples
from idlibsite.site.searchview import kept_parts, view

PAGE = ('<!doctype html><html lang="en"><head><title>T</title>{head}</head><body><nav>Menu</nav>'
        '<main data-pagefind-body><h1>Claim</h1>{body}<p id="end">The end.</p></main></body></html>')


def page(body: str, head: str = "", heading: bool = True) -> bytes:
    page = PAGE if heading else PAGE.replace("<h1>Claim</h1>", "")  # (Pagefind's title: the first <h1>)
    return page.format(body=body, head=head).encode()


SAME = [  # (before, after): Pagefind reads the same of both
    ('<section data-pagefind-ignore><h2 id="c">Citing (1)</h2><ol><li id="c1">One</li></ol></section>',
     '<section data-pagefind-ignore><h2 id="c">Citing (2)</h2><ol><li id="c1">One</li><li id="c2">Two</li></ol></section>'),
    ('<p data-pagefind-ignore="all">a<br>b</p>', '<p data-pagefind-ignore="all"></p>'),
    ('<p>Said <mark id="q" title="Cited on the claim A">this</mark>.</p>',
     '<p>Said <mark id="q" title="Cited on the claim B">this</mark>.</p>'),
    ('<p>Said <mark id="q">this</mark><span data-pagefind-ignore><a href="#x">S1<span>: claim A</span></a></span>.</p>',
     '<p>Said <mark id="q">this</mark><span data-pagefind-ignore><a href="#x">S1<span>: claim B</span></a></span>.</p>'),
    ('<div data-pagefind-ignore><div><p>x</p></div></div>', '<div data-pagefind-ignore><div>y</div></div>'),
]
DIFFERENT = [  # (before, after): Pagefind may read them differently, or the scan is not sure
    ("<p>Turkish troops</p>", "<p>Russian troops</p>"),
    ('<p id="a">x</p>', '<p id="b">x</p>'),
    ('<section data-pagefind-ignore><span data-pagefind-filter="side:a">x</span></section>',
     '<section data-pagefind-ignore><span data-pagefind-filter="side:b">x</span></section>'),
    ('<section data-pagefind-ignore><img src="a.png"></section>', '<section data-pagefind-ignore><img src="b.png"></section>'),
    ('<section data-pagefind-ignore><h1>A</h1></section>', '<section data-pagefind-ignore><h1>B</h1></section>'),
    ('<p data-pagefind-meta="t[title]" title="A">x</p>', '<p data-pagefind-meta="t[title]" title="B">x</p>'),
    ('<span id="q"><span data-pagefind-ignore><b>A</b></span></span>',  # the anchor's text takes the <b>'s
     '<span id="q"><span data-pagefind-ignore><b>B</b></span></span>'),
    ('<mark id="q"><span data-pagefind-ignore><b>A</b></span></mark>', '<mark id="q"><span data-pagefind-ignore><b>B</b></span></mark>'),
    ('<p data-pagefind-ignore data-pagefind-meta="note">A</p>', '<p data-pagefind-ignore data-pagefind-meta="note">B</p>'),
    ('<section data-pagefind-ignore><p>A</section>', '<section data-pagefind-ignore><p>B</section>'),  # not balanced
    ('<section data-pagefind-ignore><!-- A --></section>', '<section data-pagefind-ignore><!-- B --></section>'),
    ('<section data-pagefind-ignore><div/>A</section>', '<section data-pagefind-ignore><div/>B</section>'),
    ('<p title="data-pagefind-ignore">A</p>', '<p title="data-pagefind-ignore">B</p>'),
    ('<p>1 < 2</p><p data-pagefind-ignore>A</p>', '<p>1 < 2</p><p data-pagefind-ignore>B</p>'),  # tokens not sure
    ('<p>x</p><!-- <p data-pagefind-ignore> -->A', '<p>x</p><!-- <p data-pagefind-ignore> -->B'),
    ('<p data-pagefind-ignore="maybe">A</p>', '<p data-pagefind-ignore="maybe">B</p>'),
]


@pytest.mark.parametrize(("before", "after"), SAME)
def test_a_page_changed_only_where_pagefind_does_not_read_keeps_its_view(before: str, after: str) -> None:
    assert view(page(before)) == view(page(after))
    assert bundle(page(before)) == bundle(page(after))  # as Pagefind itself says


@pytest.mark.parametrize(("before", "after"), DIFFERENT)
def test_a_page_changed_where_pagefind_may_read_gets_another_view(before: str, after: str) -> None:
    assert view(page(before)) != view(page(after))


def test_a_title_attribute_is_left_out_only_as_a_whole_attribute_of_a_tag() -> None:
    (whole,) = kept_parts(page('<p class="a" title="x y" id="b">title="z"</p>'))
    assert b'<p class="a" id="b">title="z"</p>' in whole
    script = page("", head='<script>var t = {title: "x"}; // <p title="x"></script>')
    assert kept_parts(script) == [script]  # raw text is kept as it is


def test_a_page_whose_tokens_are_not_sure_is_kept_whole() -> None:
    for odd in ('<p title="a<b">x</p><p data-pagefind-ignore>y</p>', '<!-- a --!> <p data-pagefind-ignore>y</p>',
                "<plaintext><p data-pagefind-ignore>y</p>", '<p data-pagefind-ignore>y</p><![CDATA[ x ]]>'):
        assert kept_parts(page(odd)) == [page(odd)]


def bundle(data: bytes) -> dict[str, bytes]:
    """Pagefind's output for one page (its binary, as search.py runs it)."""
    binary = get_executable()
    assert binary is not None
    with tempfile.TemporaryDirectory() as folder:
        site, out = Path(folder, "site"), Path(folder, "out")
        (site / "a").mkdir(parents=True)
        (site / "a" / "index.html").write_bytes(data)
        subprocess.run([str(binary), "--site", str(site), "--output-path", str(out), "--silent"], check=True,
                       cwd=folder, capture_output=True, timeout=120)
        return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


WORDS = st.sampled_from(["Ankara", "Moscow", "ceasefire", "Idlib", "said", "troops", "1 000", "“quoted”"])
TEXT = st.lists(WORDS, min_size=1, max_size=3).map(" ".join)
SPOT = "\x00"  # where the two pages differ
ID = st.sampled_from(["", ' id="a"', ' id="q-1"'])
TITLE = st.sampled_from(["", ' title="Cited on a claim"', f' title="{SPOT}"'])
INLINE, BLOCK = st.sampled_from(["span", "a", "b", "mark"]), st.sampled_from(["p", "div", "section", "li"])
IGNORE = st.sampled_from([" data-pagefind-ignore", " data-pagefind-ignore", ' data-pagefind-ignore="all"', ""])
EXTRA = st.sampled_from(["", "", "", "", ' data-pagefind-filter="side"', ' data-pagefind-meta="note"', ' data-pagefind-meta="t[title]"',
                        ' data-pagefind-weight="3"'])
SPECIAL = st.sampled_from(["<br>", '<img src="i.png" alt="x">', "<h1>Other</h1>"])
LEAF = st.one_of(TEXT, TEXT, st.just(SPOT), st.just(SPOT), SPECIAL)


def tree(depth: int) -> st.SearchStrategy[str]:
    """HTML of nested elements, some ignored, some with anchors, filters, titles, headings or images."""
    if depth == 0:
        return LEAF
    child = st.lists(tree(depth - 1), min_size=1, max_size=3).map("".join)
    element = st.tuples(st.one_of(INLINE, BLOCK), ID, TITLE, IGNORE, EXTRA, child).map(
        lambda e: f"<{e[0]}{e[1]}{e[2]}{e[3]}{e[4]}>{e[5]}</{e[0]}>")
    return st.one_of(LEAF, element, element, element)


PAGEFIND = st.sampled_from(["", ' data-pagefind-filter="side"', ' data-pagefind-meta="note"', ' data-pagefind-sort="n"',
                            ' data-pagefind-weight="3"', " data-pagefind-body"])
FILL = st.one_of(TEXT, SPECIAL, st.tuples(st.one_of(INLINE, BLOCK), ID, PAGEFIND, TEXT).map(
    lambda e: f"<{e[0]}{e[1]}{e[2]}>{e[3]}</{e[0]}>"))  # what the spot holds


def forest(depth: int) -> st.SearchStrategy[str]:
    return st.lists(tree(depth), max_size=2).map(lambda trees: "".join(trees).replace(SPOT, ""))


@st.composite
def edited(draw: st.DrawFn) -> tuple[bytes, bytes]:
    """A page, and the same page with one spot made otherwise: some text or elements, inside a chain of
    elements (most of them ignored), or the title attribute of one of them."""
    chain = draw(st.lists(st.tuples(st.one_of(INLINE, BLOCK), ID, IGNORE, EXTRA), min_size=1, max_size=3))
    titled = draw(st.integers(-1, len(chain) - 1))  # the element whose title differs (-1: the content does)
    opened = "".join(f"<{tag}{id_}{f' title={chr(34)}{SPOT}{chr(34)}' if i == titled else ''}{ignore}{extra}>"
                     for i, (tag, id_, ignore, extra) in enumerate(chain))
    inside = draw(forest(1)) + ("" if titled >= 0 else SPOT) + draw(forest(1))
    closed = "".join(f"</{tag}>" for tag, *_ in reversed(chain))
    body = draw(forest(2)) + opened + inside + closed + draw(forest(2))
    fill = TEXT if titled >= 0 else FILL
    one = draw(fill)
    other = draw(fill.filter(lambda x: x != one))
    heading = draw(st.booleans())
    return page(body.replace(SPOT, one), heading=heading), page(body.replace(SPOT, other), heading=heading)


@settings(max_examples=examples(80))
@given(edited())
def test_two_pages_of_the_same_view_give_the_same_index(pages: tuple[bytes, bytes]) -> None:
    before, after = pages
    if view(before) == view(after):
        assert bundle(before) == bundle(after)
