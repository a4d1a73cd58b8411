"""Frozen records for sources: what the loader produces from corpus/.

Every offset is a code-point index into ``Source.text``, the decoded file
text exactly as stored (a UTF-8 BOM is dropped before decoding; CRLF is kept).
A source holds its file's bytes, and its text is decoded from them when read.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

from idlibsite.dates import PartialDate
from idlibsite.errors import Loc
from idlibsite.formerids import Former

TEXTS_DECODED = 16  # the texts last read, kept decoded: a reader takes a source's text many times over

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
    "note",
    "url",
)


# The suffix of a PDF kept as a text's evidence (corpus/<stem>.pdf); a saved web page's is ".html", and a page saved
# as one MHTML file ("Webpage, Single File") is kept as the MIME message it is, corpus/<stem>.mhtml.
PDF_SUFFIX = ".pdf"
MHTML_SUFFIX = ".mhtml"
# A Word document and a mail file the text was read out of are kept as what they are: corpus/<stem>.docx, .eml.
DOCX_SUFFIX = ".docx"
EML_SUFFIX = ".eml"


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


class Blocks(Sequence[Block]):
    """A source's blocks, held packed: each block is made again from a few hundred bytes when it is
    read, and dropped by the reader after (the parsed blocks of every source, kept for a whole run,
    were a third of the model's memory).  Where each block starts and ends, and its kind, are kept
    unpacked, to find the blocks under a range without unpacking the others.  A block's display text
    is not kept when its segments make it again from the source's bytes (held by the source anyway):
    it was two thirds of the packed rows.  Equal blocks give equal Blocks; pickled as packed."""

    __slots__ = ("_rows", "starts", "ends", "_kinds", "_data")

    def __init__(self, rows: tuple[bytes, ...], starts: array[int], ends: array[int], kinds: bytes,
                 data: bytes = b"") -> None:
        self._rows = rows  # each block's display (None: made from ``data``), segments, marks, damage, cut-off, pickled
        self.starts = starts  # each block's Block.start, in order
        self.ends = ends
        self._kinds = kinds  # each block's kind, as its index in BLOCK_KINDS
        self._data = data  # the bytes of the text the blocks were cut from (Source.data), b"" when not given

    @classmethod
    def of(cls, blocks: Iterable[Block], data: bytes = b"") -> Blocks:
        """``blocks`` packed; ``data``: the bytes of their text, from which their display is made again
        (b"": every display is kept)."""
        listed = list(blocks)
        text = _decoded(data) if data else None
        rows = tuple(pickle.dumps((None if text is not None and _display(text, flat) == b.display else b.display,
                                   flat, tuple((m.kind, m.display_start, m.display_end, m.href) for m in b.marks),
                                   b.damaged, b.cut_off), pickle.HIGHEST_PROTOCOL)
                     for b in listed for flat in (tuple(x for s in b.segments for x in _segment_fields(s)),))
        return cls(rows, array("q", (b.start for b in listed)), array("q", (b.end for b in listed)),
                   bytes(BLOCK_KINDS.index(b.kind) for b in listed), data)

    def kind(self, index: int) -> str:
        """The kind of block ``index``, without unpacking it."""
        return BLOCK_KINDS[self._kinds[index]]

    def ranges(self, kinds: Sequence[str]) -> list[tuple[int, int]]:
        """(start, end) of every block of one of ``kinds``, in order, without unpacking any."""
        wanted = {BLOCK_KINDS.index(k) for k in kinds}
        return [(self.starts[i], self.ends[i]) for i, k in enumerate(self._kinds) if k in wanted]

    def _block(self, index: int) -> Block:
        display, flat, marks, damaged, cut_off = pickle.loads(self._rows[index])
        if display is None:
            display = _display(_decoded(self._data), flat)
        fields = iter(flat)
        return Block(BLOCK_KINDS[self._kinds[index]], self.starts[index], self.ends[index], display,
                     tuple(Segment(*f) for f in zip(fields, fields, fields, fields, fields)),
                     tuple(Emphasis(*m) for m in marks), damaged, cut_off)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Block, ...]: ...

    def __getitem__(self, index: int | slice) -> Block | tuple[Block, ...]:
        if isinstance(index, slice):
            return tuple(map(self._block, range(len(self._rows))[index]))
        return self._block(range(len(self._rows))[index])  # negative and out-of-range indexes as a tuple's

    def __iter__(self) -> Iterator[Block]:
        return map(self._block, range(len(self._rows)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Blocks):
            return NotImplemented
        if (self._rows, self._data) == (other._rows, other._data):
            return True
        # a display made from other bytes may still be the same: compared as blocks
        return (self.starts, self.ends, self._kinds) == (other.starts, other.ends, other._kinds) and \
            list(self) == list(other)

    def __hash__(self) -> int:
        return hash((self._kinds, self.starts.tobytes(), self.ends.tobytes()))

    def __reduce__(self) -> tuple[type[Blocks], tuple[tuple[bytes, ...], array[int], array[int], bytes, bytes]]:
        return Blocks, (self._rows, self.starts, self.ends, self._kinds, self._data)

    def __repr__(self) -> str:
        return f"Blocks.of({list(self)!r})"


def _display(text: str, flat: tuple[int | bool, ...]) -> str:
    """The display text the segments (``flat``: their fields in a row) make from ``text``: each verbatim
    run copied, each other run a space (as sources/display.py makes the display)."""
    fields = iter(flat)
    return "".join(text[start:end] if verbatim else " " * (shown_end - shown_start)
                   for shown_start, shown_end, start, end, verbatim in zip(fields, fields, fields, fields, fields))


def _segment_fields(s: Segment) -> tuple[int, int, int, int, bool]:
    return s.display_start, s.display_end, s.source_start, s.source_end, s.verbatim


@dataclass(frozen=True, slots=True)
class NotListed:
    """A passage seen and deliberately not listed as a statement (a sidecar's ``not_listed`` entry)."""

    quote: str  # the words of the passage, or of a part of it, as the article has them
    note: str  # why it is not listed (never empty)
    loc: Loc  # where the sidecar gives the quote


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
    former_ids: tuple[Former, ...] = ()  # old ids whose URLs redirect here, each with where it is written
    not_listed: tuple[NotListed, ...] = ()  # attributed passages answered on purpose: seen, not listed, and why


@dataclass(frozen=True, slots=True)
class PageRecord:
    """What a sidecar records about the saved web page (or the PDF) a text was extracted from."""

    html_sha256: str  # of corpus/<stem><suffix> (the sidecar's pdf_sha256, mhtml_sha256 for those); "" if not extracted
    text_sha256: str  # of the extracted text as written
    extractor: str  # name and version, e.g. "trafilatura 2.3.1"
    suffix: str = ".html"  # the evidence's: ".html" for a saved web page, ".mhtml" for one saved as MHTML, ".pdf",
    # ".docx" for a Word document, ".eml" for a mail file


@dataclass(frozen=True, slots=True)
class Source:
    """One article of the corpus, exactly as stored, cut into blocks."""

    id: str  # = meta.id
    path: str  # path of the article file, relative to the project root
    sha256: str  # hex digest of the file's bytes
    data: bytes  # the file's bytes, as read and hashed: valid UTF-8 (decode_article accepted them)
    blocks: Blocks  # in file order
    meta: SourceMeta
    title_in_file: bool  # False when the file has no title line and the sidecar supplies one
    page: PageRecord | None = None  # the saved web page the text was extracted from, if it was

    @property
    def text(self) -> str:
        """The decoded text, never rewritten (a UTF-8 BOM dropped, as decode_article does).

        Decoded when read rather than kept: most texts hold a curly quote, so as a ``str`` each
        character takes two bytes, and the bytes are kept anyway (a source page shows them)."""
        return _decoded(self.data)


@lru_cache(maxsize=TEXTS_DECODED)
def _decoded(data: bytes) -> str:
    return data.decode("utf-8-sig")
