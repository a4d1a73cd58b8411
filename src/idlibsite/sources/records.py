"""Frozen records for sources: what the loader produces from corpus/.

Every offset is a code-point index into ``Source.text``, the decoded file
text exactly as stored (a UTF-8 BOM is dropped before decoding; CRLF is kept).
"""

from __future__ import annotations

from dataclasses import dataclass

from idlibsite.dates import PartialDate
from idlibsite.errors import Loc

BLOCK_KINDS = (
    "title",
    "byline",
    "dateline",
    "body",
    "subheading",
    "quotation-heading",
    "caption",
    "related-link",
    "chrome",
    "footnote",
    "url",
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of display text copied from, or standing for, the original."""

    display_start: int  # offset into Block.display
    display_end: int
    source_start: int  # offset into Source.text that this run maps to
    source_end: int
    verbatim: bool  # True: display[display_start:display_end] == text[source_start:source_end]


@dataclass(frozen=True, slots=True)
class Emphasis:
    """An inline style over part of a block's display text."""

    kind: str  # "strong", "em" or "link"
    display_start: int
    display_end: int
    href: str = ""  # for links: the target (only real, absolute http(s) URLs)


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like unit of an article with its kind and offsets."""

    kind: str  # one of BLOCK_KINDS
    start: int  # offset of the first character in Source.text
    end: int  # offset just past the last character
    display: str  # reading form: lines joined, markup removed
    segments: tuple[Segment, ...]  # maps display offsets back to Source.text
    marks: tuple[Emphasis, ...] = ()  # emphasis and links in the display form
    damaged: tuple[tuple[int, int], ...] = ()  # source ranges of damaged text (kept, flagged)
    cut_off: bool = False  # the last body paragraph, ending mid-sentence: the copy is incomplete


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """What the sidecar says about an article."""

    id: str  # stable slug: /sources/<id>/
    outlet: str  # who published it
    outlet_note: str  # how the outlet was determined
    title: str  # the article's title; supplied by the sidecar when the file has none
    date: PartialDate  # publication date with its precision
    date_note: str  # one line: how the date was determined
    byline: str  # author or agency credited ("" when none)
    url: str  # original URL, "" when unknown
    language: str  # BCP 47 tag, e.g. "en"
    review: bool  # True when a machine pre-filled the sidecar and a human must check it
    id_loc: Loc  # where the sidecar gives the id


@dataclass(frozen=True, slots=True)
class PageRecord:
    """What a sidecar records about the saved web page a text was extracted from."""

    html_sha256: str  # of corpus/<stem>.html; "" when the text was not extracted from a page
    text_sha256: str  # of the extracted text as written
    extractor: str  # name and version, e.g. "trafilatura 2.3.1"


@dataclass(frozen=True, slots=True)
class Source:
    """One article of the corpus, exactly as stored, cut into blocks."""

    id: str  # = meta.id
    path: str  # path of the article file, relative to the project root
    sha256: str  # hex digest of the file's bytes
    text: str  # decoded text, never rewritten
    blocks: tuple[Block, ...]
    meta: SourceMeta
    title_in_file: bool  # False when the file has no title line and the sidecar supplies one
    page: PageRecord | None = None  # the saved web page the text was extracted from, if it was
