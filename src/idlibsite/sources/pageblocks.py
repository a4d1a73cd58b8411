"""A saved page's story as blocks in document order, minus chrome; and the page text an extracted
text leaves out.

trafilatura picks the containers of a page that look like an article and drops the others. On a
page whose story is in several blocks (a live blog's entries, key points above a story, an
explainer's sections) it can drop whole blocks of story, silently. This module reads the page
itself: the *story container* is the smallest element that holds the page's headline and every
paragraph trafilatura kept, and its *story blocks* are the leaf blocks inside it (paragraphs,
headings, list items, text-only divs), in document order, without the page's chrome.

Chrome, whatever the site: the elements that are never story (navigation, asides, footers, forms,
buttons, scripts, figures, time stamps), elements whose class or id names a kind of chrome
(share, related, newsletter, cookie, pager, byline, …), and blocks that are mostly link text
(lists of related stories, "Read more:" lines, a key events list).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html

# Elements that are never the story's words.
CHROME_TAGS = frozenset({
    "nav", "aside", "footer", "form", "button", "script", "style", "noscript", "template", "iframe",
    "select", "input", "textarea", "label", "svg", "figure", "figcaption", "time", "head", "title",
    "amp-sidebar", "amp-social-share", "amp-img", "img", "video", "audio",
})
# Words of a class or id (split at "-", "_" and case) that name chrome on any site: sharing,
# related and promoted links, sign-up and consent boxes, paging, bylines, dates and labels.
CHROME_WORDS = frozenset({
    "share", "sharing", "sharedaddy", "social", "related", "recommended", "promo", "newsletter",
    "subscribe", "signup", "cookie", "cookies", "consent", "comment", "comments", "respond", "pager",
    "pagination", "breadcrumb", "breadcrumbs", "tags", "tag", "topics", "more", "widget",
    "sidebar", "menu", "nav", "navigation", "banner", "byline", "author", "meta", "date", "dateline",
    "time", "timestamp", "kicker", "label", "labels", "credit", "print", "ad", "ads", "advert",
    "sponsored", "footer", "toolbar", "tools", "popular", "trending", "onward", "submeta",
})
# What each version of the story blocks calls chrome by class or id (webpage.STORY_BLOCKS names the
# version; a page added under an older one is extracted again under it). 2: a photo gallery's slides,
# captions and counters between paragraphs, the line saying when the story was updated, a
# publisher's disclaimer under the story.
CHROME_WORDS_BY_VERSION = {
    1: CHROME_WORDS,
    2: CHROME_WORDS | {"caption", "captions", "gallery", "slideshow", "slide", "slides", "counter", "updated",
                       "disclaimer"},
}
LATEST = max(CHROME_WORDS_BY_VERSION)
# From this version on, an element that is no block but holds blocks (an embedded post, <amp-twitter>
# around its <blockquote>) is walked as a block: the post's words and its credit line are two blocks.
EMBEDS_FROM = 2
# Elements that hold blocks of text; an element with one of these inside is not a leaf block.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
    "ol", "li", "blockquote", "table", "tbody", "thead", "tr", "td", "th", "dl", "dt", "dd", "pre",
    "hr", "body", "figure", "aside", "nav", "footer", "form", "amp-sidebar",
})
NO_TEXT = frozenset({"script", "style", "noscript", "template", "head"})  # never page text
SECTIONING = frozenset({"article", "main", "section", "aside", "nav"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A block whose words are mostly the words of its links is a list of links, not story.
LINK_SHARE = 0.5
# A passage of page text this long left out of the extracted text is listed for the user.
LEFT_OUT_WORDS = 8
_CLASS_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class PageBlock:
    """One leaf block of a page."""

    text: str  # its words, whitespace collapsed
    tag: str  # the element's tag ("" for loose text between blocks)
    line: int  # the page's line it starts on
    chrome: bool  # inside chrome (or mostly links)
    element: object  # the lxml element it was read from (or its parent, for loose text)


def words(text: str) -> str:
    """``text`` with its whitespace collapsed."""
    return " ".join(text.split())


def _is_chrome(el: lxml.html.HtmlElement, chrome_words: frozenset[str]) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in CHROME_TAGS or el.get("role") in ("dialog", "alertdialog", "navigation", "banner", "contentinfo"):
        return True
    if tag in ("header", "footer") and not any(a.tag in SECTIONING for a in el.iterancestors()):
        return True  # the site's banner or footer, not an article's header
    if tag in HEADINGS:
        return False  # a heading is structure: a timeline's dates are headings classed "date"
    names = f"{el.get('class', '')} {el.get('id', '')}"
    found = {w for name in names.split() for w in _CLASS_WORD.findall(re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower())}
    return bool(found & chrome_words) or el.get("aria-hidden") == "true"


def _text(el: lxml.html.HtmlElement, whole: bool, chrome_words: frozenset[str]) -> tuple[str, int, list[lxml.html.HtmlElement]]:
    """The words of ``el`` outside its chrome descendants (all of them when ``whole``), how many
    of them are link text, and the chrome descendants left aside."""
    parts: list[str] = []
    aside: list[lxml.html.HtmlElement] = []
    linked = 0

    def walk(e: lxml.html.HtmlElement, in_link: bool) -> None:
        nonlocal linked
        if e is not el and (not isinstance(e.tag, str) or e.tag in NO_TEXT or (not whole and _is_chrome(e, chrome_words))):
            if isinstance(e.tag, str) and e.tag not in NO_TEXT:
                aside.append(e)
            if e.tail:
                parts.append(e.tail)
                linked += len(e.tail.split()) if in_link else 0
            return
        link = in_link or e.tag == "a"
        if e.text:
            parts.append(e.text)
            linked += len(e.text.split()) if link else 0
        for child in e:
            walk(child, link)
        if e is not el and e.tail:
            parts.append(e.tail)
            linked += len(e.tail.split()) if in_link else 0

    walk(el, False)
    return words(" ".join(parts)), linked, aside


def parsed(data: bytes | str) -> lxml.html.HtmlElement | None:
    """The page's document as lxml parses it, or None when lxml reads no document in it (an empty page)."""
    try:
        return lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return None


def page_blocks(data: bytes, version: int = LATEST) -> list[PageBlock]:
    """Every leaf block of the page's body in document order, each marked chrome or not (as the
    story blocks' ``version`` calls it)."""
    chrome_words = CHROME_WORDS_BY_VERSION[version]
    root = parsed(data)
    body = None if root is None else root.find("body")
    if body is None:
        return []
    found: list[PageBlock] = []

    def visit(el: lxml.html.HtmlElement, chrome: bool) -> None:
        if not isinstance(el.tag, str) or el.tag in NO_TEXT:
            return
        chrome = chrome or _is_chrome(el, chrome_words)
        if not any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants()):
            text, linked, aside = _text(el, chrome, chrome_words)
            if text:
                found.append(PageBlock(text, el.tag, el.sourceline or 0, chrome or _links(text, linked), el))
            for part in aside:  # a time stamp or a button inside a paragraph: page text, chrome
                visit(part, True)
            return
        loose: list[tuple[str, int]] = [(el.text or "", 0)]
        for child in el:
            if isinstance(child.tag, str) and (child.tag in BLOCK_TAGS or version >= EMBEDS_FROM and any(
                    isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in child.iterdescendants())):
                _loose(loose, el, chrome, found)
                visit(child, chrome)
                loose = [(child.tail or "", 0)]
            else:
                inline = isinstance(child.tag, str) and (chrome or not _is_chrome(child, chrome_words))
                text, linked, aside = _text(child, chrome, chrome_words) if inline else ("", 0, [child])
                loose += [(text, linked), (child.tail or "", 0)]
                for part in aside:
                    if isinstance(part.tag, str):
                        visit(part, True)
        _loose(loose, el, chrome, found)

    visit(body, False)
    return found


def _links(text: str, linked: int) -> bool:
    """Whether a block is mostly link text (a list of other stories, a "Read more:" line)."""
    return linked >= LINK_SHARE * len(text.split())


def _loose(parts: list[tuple[str, int]], parent: lxml.html.HtmlElement, chrome: bool, found: list[PageBlock]) -> None:
    """Text between an element's blocks (a tweet's credit line after its paragraph) as a block."""
    text = words(" ".join(p for p, _ in parts))
    if text:
        linked = sum(n for _, n in parts)
        found.append(PageBlock(text, "", parent.sourceline or 0, chrome or _links(text, linked), parent))


def _ancestors(el: object) -> list[object]:
    chain = []
    node = el
    while node is not None:
        chain.append(node)
        node = node.getparent()  # type: ignore[attr-defined]
    return chain


def story_container(blocks: list[PageBlock], kept: list[str], title: str) -> object | None:
    """The smallest element holding the headline and every block that is not chrome whose text the
    extractor kept (None when it kept none of the page's blocks)."""
    wanted = {words(k) for k in kept}
    anchors = [b.element for b in blocks
               if not b.chrome and (b.text in wanted or (b.tag == "h1" and b.text == words(title)))]
    if not anchors:
        return None
    common = _ancestors(anchors[0])
    for el in anchors[1:]:
        chain = set(map(id, _ancestors(el)))
        common = [a for a in common if id(a) in chain]
    return common[0]


def _inside(block: PageBlock, container: object) -> bool:
    return any(a is container for a in _ancestors(block.element))


def story_blocks(blocks: list[PageBlock], container: object | None) -> list[PageBlock]:
    """The blocks of the story container that are not chrome, a heading only over story."""
    if container is None:
        return []
    inside = [b for b in blocks if not b.chrome and _inside(b, container)]
    return [b for i, b in enumerate(inside) if b.tag not in HEADINGS or _leads_story(inside, i)]


def stray_chrome(blocks: list[PageBlock], container: object | None, kept: list[str]) -> list[PageBlock]:
    """The chrome outside the story container that the extractor kept as paragraphs, of
    ``LEFT_OUT_WORDS`` words or more (a cookie notice's paragraphs over the page)."""
    wanted = {words(k) for k in kept}
    return [b for b in blocks if b.chrome and len(b.text.split()) >= LEFT_OUT_WORDS and b.text in wanted
            and container is not None and not _inside(b, container)]


def _leads_story(blocks: list[PageBlock], i: int) -> bool:
    """A heading is story when a block of text follows it before a heading of its rank or higher
    ("Key events" over a list of links that is chrome is not)."""
    rank = blocks[i].tag
    for b in blocks[i + 1:]:
        if b.tag in HEADINGS:
            if b.tag <= rank:
                return False
            continue
        return True
    return False


def left_out(blocks: list[PageBlock], text: str) -> list[PageBlock]:
    """The page's blocks of ``LEFT_OUT_WORDS`` words or more whose words are not in ``text``."""
    have = words(text)
    return [b for b in blocks if len(b.text.split()) >= LEFT_OUT_WORDS and b.text not in have]


def missing_story(story: list[PageBlock], text: str) -> Iterator[PageBlock]:
    """The story blocks an extracted text lacks as blocks of their own: long blocks and headings
    over story that are not in it, or only inside a longer line (a heading glued to the paragraph
    under it, a list item behind a "- " marker). A block the text splits over lines of its own (a
    post's words and its credit line) is in it."""
    have = words(text)
    lines = {words(line) for line in text.splitlines()}
    for b in story:
        if b.text not in lines and (b.tag in HEADINGS or len(b.text.split()) >= LEFT_OUT_WORDS) \
                and (b.text not in have or any(b.text in line for line in lines)):
            yield b
