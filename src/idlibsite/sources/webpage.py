"""A saved web page: its article text and metadata, extracted by trafilatura and htmldate.

The HTML is evidence and is kept byte for byte beside the text extracted from
it (``corpus/<stem>.html`` next to ``corpus/<stem>.txt``).  Statements anchor
in the extracted text; the sidecar records both SHA-256s and the extractor's
name and version, so a newer extractor that would extract different text is
caught like a changed source (see :func:`page_problems`).

Why libraries: trafilatura finds the article among menus, comments and
footers, and reads title, canonical URL and site name from the page's
metadata; htmldate reads the publication date from the many places sites put
it.  Both are measured on saved pages by their authors; hand-written HTML
parsing would be neither.

Where trafilatura's text leaves out story (a long block or a heading of the story container that
it did not keep: see :mod:`idlibsite.sources.pageblocks`), or keeps chrome from outside that
container (a cookie notice's paragraphs), the text is made instead from the
container's blocks in document order, minus chrome, and the sidecar names that extraction
(``trafilatura 2.3.1 + idlibsite story blocks 2``; a page added under an older version of the story
blocks is extracted again under that version).  A page whose story trafilatura keeps whole
gives trafilatura's text, as before, and its plain name.  Whatever extracts the text, the page's
passages of eight words or more that it does not hold are listed (:attr:`Extracted.left_out`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.metadata import version
from typing import Literal

from idlibsite.errors import Problem, line_col
from idlibsite.sources.charsets import utf8_page
from idlibsite.sources.mhtml import archived_page
from idlibsite.sources.captures import original_url, page_banner_url, without_toolbar
from idlibsite.sources.translated import machine_translated
from idlibsite.sources.blocks import Override, cut_blocks
from idlibsite.sources.evidence import BOM, extracted_otherwise, kept_problems
from idlibsite.sources.metadata import PageMeta
from idlibsite.sources.pageauthor import printed_author
from idlibsite.sources.pagetitle import headline, title_site
from idlibsite.sources.printeddate import printed_date
from idlibsite.sources.scriptstory import script_story
from idlibsite.sources.linekinds import SITE_LINE
from idlibsite.sources.pageblocks import (
    CHROME_WORDS_BY_VERSION,
    HEADINGS,
    LATEST,
    left_out,
    missing_story,
    page_blocks,
    parsed,
    story_blocks,
    story_container,
    stray_chrome,
    words,
)

PAGE_SUFFIX = ".html"
EXTRACTOR = f"trafilatura {version('trafilatura')}"  # trafilatura's text, as it gives it
# The story container's blocks where trafilatura's text leaves story out; the number changes with
# any change to sources/pageblocks.py that changes a text, so that page_problems extracts again
# (tests/test_extractor_pins.py pins each name's texts and fails until it is bumped).
STORY_BLOCKS = f"idlibsite story blocks {LATEST}"
COMPLETED = f"{EXTRACTOR} + {STORY_BLOCKS}"
# A page built by script whose body is a skeleton: its story read from its data blob (sources/scriptstory.py).
SCRIPTED = f"{EXTRACTOR} + idlibsite script story 1"
# A sidecar's name of the story blocks that made its page's text, with their version.
_STORY_VERSION = re.compile(r" \+ idlibsite story blocks (\d+)$")
Method = Literal["auto", "trafilatura", "story-blocks"]
# An article has at least one paragraph this long (beside its title); menus have none.
MIN_PARAGRAPH_WORDS = 8
# The most words of a page's block that can be a banner naming the original's address (a cache's notice, a snapshot's bar).
BANNER_WORDS = 60
# A heading right under the headline longer than this is a standfirst (a section heading is shorter).
STANDFIRST_WORDS = 10
# How a saved page starts: a doctype, an <html> tag, or a comment (SingleFile writes one).
_HTML_START = re.compile(rb"\s*(<!doctype\s+html|<html|<!--|<head|<meta)", re.I)
_SINGLEFILE_URL = re.compile(rb"<!--\s*Page saved with SingleFile\s*\n\s*url: (https?://[^\s<>\"]+)")
# The comment a browser's "Save Page As… Web Page, complete" writes at the top (the mark of the web).
_SAVED_FROM_URL = re.compile(rb"<!--\s*saved from url=\(\d+\)(https?://[^\s<>\"]+?)\s*-->")
# An author field that already says how it was credited ("By …", "Reporting by …").
_BY = re.compile(r"(?i)(by|reporting by|written by)\s")


def _credited(author: str) -> str:
    """The byline line of an extracted text: the author field as it is when it already says how it was credited
    ("By Jane Doe", "Reporting by ..."), else "By " and the field."""
    return author if _BY.match(author) else f"By {author}"


@dataclass(frozen=True)
class Extracted:
    """What the extractor made of a page."""

    text: str  # the article: title, byline, then one paragraph per blank-line-separated block
    page: PageMeta  # what the page's own metadata says
    extractor: str = EXTRACTOR  # which extraction made the text (EXTRACTOR or COMPLETED)
    # (page line, words, page furniture by its markup) of passages not in the text
    left_out: tuple[tuple[int, str, bool], ...] = ()
    # (words, kind) of the story's blocks whose kind the page's markup gives: a heading (<h2>…) is a
    # subheading, a list item (<li>) a body paragraph
    marked: tuple[tuple[str, str], ...] = ()


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` starts like an HTML document (an MHTML file is read as one too: :mod:`.mhtml`)."""
    return bool(_HTML_START.match(data[:1024].removeprefix(BOM)))


def extract(data: bytes, method: Method = "auto", version: int = LATEST) -> Extracted | None:
    """The article text and metadata of an HTML page, or None when it holds no article text.

    ``method`` "auto" takes trafilatura's text unless it leaves story out, then the story blocks;
    "trafilatura" and "story-blocks" force one (to extract again as a sidecar's extractor did);
    ``version`` is the story blocks' (an older one extracts again a page added under it)."""
    import htmldate  # imported here: a build that re-extracts nothing does not load them
    import trafilatura

    archive = archived_page(data)  # a page saved as one MHTML file: the page inside it
    data, filed = (archive.page, archive.address) if archive else (data, "")
    data = utf8_page(data)  # a legacy page's words as its site meant them (the saved bytes stay the evidence)
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                      include_tables=False, deduplicate=False)
    body = getattr(doc, "text", "") or ""
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    title = headline((getattr(doc, "title", "") or "").strip(), data)
    if not any(len(p.split()) >= MIN_PARAGRAPH_WORDS and p != title for p in paragraphs):
        return _scripted(data, title, doc, filed)  # menus and labels only: a story in the page's data blob, or no article
    author = printed_author(getattr(doc, "author", "") or "", data.decode("utf-8", "replace"))
    if title and paragraphs[0] == title:  # the headline is in the article: the byline goes below it
        paragraphs = paragraphs[1:]
    head = ([title] if title else []) + ([_credited(author)] if author else [])
    text = "\n\n".join(head + paragraphs) + "\n"
    blocks = page_blocks(data, version)
    container = story_container(blocks, paragraphs, title)
    story = story_blocks(blocks, container)
    extractor = EXTRACTOR
    strays = method == "auto" and bool(stray_chrome(blocks, container, paragraphs))
    if story and (method == "story-blocks" or (method == "auto" and (any(missing_story(story, text)) or strays))):
        shown = {words(h) for h in head}
        text = "\n\n".join(head + [b.text for b in story if b.text not in shown]) + "\n"
        extractor = f"{EXTRACTOR} + idlibsite story blocks {version}"
    left = tuple((b.line, b.text, b.chrome) for b in left_out(blocks, text))
    below = [b for b in story if b.text != words(title)]
    # a long heading right under the headline is its standfirst (an <h2 class="spot">), not a section's
    standfirst = below[:1] if below and len(below[0].text.split()) > STANDFIRST_WORDS else []
    marked = tuple((b.text, "subheading" if b.tag in HEADINGS else "body") for b in below
                   if (b.tag in HEADINGS and b not in standfirst) or b.tag == "li")
    date = htmldate.find_date(without_toolbar(data), original_date=True, extensive_search=False) or ""
    found = (getattr(doc, "url", "") or "") or saved_from(data) or filed
    address = original_url(found) or page_banner_url(_block_texts(data))
    site = getattr(doc, "sitename", "") or ""
    if not site or SITE_LINE.fullmatch(site):  # none, or the domain standing in for one
        site = title_site(title, data) or site
    language = _lang(data, found)
    printed = "" if date else printed_date(parsed(data), language)  # a date the page prints where htmldate reads none
    page = PageMeta(title=title, date=date, url=address, site=site, language=language, printed=printed)
    return Extracted(text, page, extractor, left, marked)


def _scripted(data: bytes, title: str, doc: object, filed: str = "") -> Extracted | None:
    """The story of a page built by script, from its data blob (:mod:`.scriptstory`), or None when it has none;
    ``filed``: the address an MHTML file names for it."""
    story = script_story(data)
    if story is None:
        return None
    title = title or story.title
    head = ([title] if title else []) + ([_credited(story.author)] if story.author else [])
    text = "\n\n".join(head + [words for words, _ in story.blocks]) + "\n"
    found = (getattr(doc, "url", "") or "") or saved_from(data) or filed
    page = PageMeta(title=title, date=story.date, url=original_url(found), site=(getattr(doc, "sitename", "") or ""),
                    language=_lang(data, found))
    return Extracted(text, page, SCRIPTED, (), tuple((w, k) for w, k in story.blocks if k == "subheading"))


def markup_kinds(text: str, marked: tuple[tuple[str, str], ...]) -> dict[int, Override]:
    """``block_kinds`` for the paragraphs of ``text`` whose kind the page's markup gives otherwise than
    the block cutter reads it: a heading that ends like a sentence ("What happens next?") or runs
    long is no paragraph, a list item without a full stop ("Eight soldiers were killed on Monday")
    no heading, and a date that is a heading inside the story (a timeline's) is not the date line
    of the story's publication. The text alone cannot tell them; the page's markup can."""
    kinds = dict(marked)
    return {line_col(text, b.start)[0]: Override(kinds[shown])
            for b in cut_blocks(text) if b.kind in ("body", "subheading", "dateline")
            and kinds.get(shown := words(b.display), b.kind) != b.kind}


def saved_from(data: bytes) -> str:
    """The address a saved page names for itself where trafilatura finds none ("" when none).

    SingleFile writes ``<!--\\n Page saved with SingleFile \\n url: https://… \\n saved date: …-->``
    at the top and often leaves no canonical link; its saved date is the day of saving, never
    the day of publication, and is not read. A browser's "Web Page, complete" writes
    ``<!-- saved from url=(0088)https://… -->``. Else the page's canonical link or ``og:url``
    (trafilatura leaves out some sites' own, such as a post's on a messaging service)."""
    m = _SINGLEFILE_URL.search(data[:4096]) or _SAVED_FROM_URL.search(data[:4096])
    if m:
        return m[1].decode("utf-8", "replace")
    root = parsed(data)
    head = None if root is None else root.find("head")
    found = [] if head is None else head.xpath('link[@rel="canonical"]/@href | meta[@property="og:url"]/@content')
    return next((str(u).strip() for u in found if re.match(r"https?://", str(u).strip())), "")


def _block_texts(data: bytes) -> list[str]:
    """The words of a page's short blocks (<p>, <div>, <header> of at most BANNER_WORDS words) in document order: where
    an archive's, a cache's, a print view's or a reference manager's banner names the original's address."""
    root = parsed(data)
    body = None if root is None else root.body
    texts = (" ".join(e.text_content().split()) for e in body.iter("p", "div", "header")) if body is not None else ()
    return [t for t in texts if t and len(t.split()) <= BANNER_WORDS]


def _lang(data: bytes, url: str) -> str:
    """The page's <html lang>; "" for a page saved after a machine translation (its words are no longer in it)."""
    root = parsed(data)
    if root is None:
        return ""
    return "" if machine_translated(str(root.get("class") or ""), url) else str(root.get("lang") or "").strip()


def page_problems(
    shown: str, text: str, page_shown: str, page_data: bytes | None, sidecar_shown: str,
    page_sha256: str, extractor: str,
) -> list[Problem]:
    """Problems with the saved page behind an extracted text.

    The page must be there with the SHA-256 the sidecar recorded; when the
    installed extractor differs from the one recorded, the page is extracted
    again and any difference is an error, as for any changed source.
    """
    kept = kept_problems("saved page", page_shown, page_data, page_sha256, sidecar_shown)
    if kept or page_data is None:
        return kept
    if extractor in (EXTRACTOR, COMPLETED, SCRIPTED):
        return []  # the same code made the text from the same bytes
    # the extraction the sidecar names, with the installed versions: a page added before the story
    # blocks existed ("trafilatura 2.3.1") is extracted again as trafilatura alone, never completed
    recorded = _STORY_VERSION.search(extractor)
    story_version = int(recorded[1]) if recorded else 0
    again = extract(page_data, "story-blocks", story_version) if story_version in CHROME_WORDS_BY_VERSION \
        else extract(page_data, "trafilatura")
    if again is not None and again.text == text:
        return []
    named = again.extractor if again is not None else EXTRACTOR
    return [extracted_otherwise(shown, text, again.text if again is not None else "",
                                f"{named} extracts different text from {page_shown} than {extractor} did",
                                extractor.split(" + ")[0], "page")]
