"""The blocks of a source that hold statements, read for the checks of meaning (:mod:`idlibsite.meaning`):
each block's quotations and its prose with them masked, read when first asked for, a bounded number kept."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from idlibsite.anchoring.model import Quote
from idlibsite.quotedpassages import load_finders
from idlibsite.sources.clauses import Names, names_of
from idlibsite.sources.quotations import Quotation, find_quotations
from idlibsite.sources.records import Source
from idlibsite.sources.speech import Sentence, mask, split

if TYPE_CHECKING:  # a type only: sources/statements.py and its parsers are imported where passages are found
    from idlibsite.sources.statements import Passage


@dataclass(frozen=True)
class Paragraph:
    """One block of a source, read: its range, its quotations and its prose with them masked
    (not the block itself, which would hold its segments and display text)."""

    start: int  # the block's range in the source
    end: int
    quotations: tuple[Quotation, ...]
    masked: str  # the block's text with its quotations masked: offset o of the source is o - start
    sentences: tuple[Sentence, ...]  # offsets relative to the block, as for masked


class Paragraphs:
    """The blocks that hold statements, each read when asked for; the last ``HELD`` read are kept
    (a claim's statements often share a block, few blocks hold statements of claims far apart)."""

    HELD = 64

    def __init__(self, passages: Mapping[str, Sequence[Passage]]) -> None:
        self.read: dict[tuple[str, int], Paragraph] = {}
        self.passages = passages

    def get(self, source: Source, start: int, end: int) -> Paragraph:
        """The block of ``source`` from ``start`` to ``end``, read."""
        k = (source.id, start)
        found = self.read.get(k)
        if found is None:
            found = self.read[k] = read_paragraph(source, start, end, self.passages.get(source.id, ()))
            if len(self.read) > self.HELD:
                del self.read[next(iter(self.read))]  # the first read of those kept
        return found


def read_paragraph(source: Source, b: int, end: int, found: Sequence[Passage]) -> Paragraph:
    """The block of ``source`` from ``b`` to ``end`` read, with the quotations coverage ``found`` in it."""
    if any(b <= p.start < end for p in found):  # a body block: coverage read it
        quotations = tuple(Quotation(p.start, p.end, source.text[p.start : p.end], p.closed)
                           for p in found if p.kind == "direct" and b <= p.start < end)
    else:  # a block coverage does not read (a caption, a heading)
        quotations = tuple(find_quotations(source.text, [(b, end)]))
    inner = [(q.start, q.end) for q in quotations]
    sentences = tuple(Sentence(s.start - b, s.end - b, s.masked) for s in split(source.text, b, end, inner))
    return Paragraph(b, end, quotations, mask(source.text, b, end, inner), sentences)


def prepared(found: Names | None, every_name: Iterable[tuple[str, str]], again: bool) -> Names | None:
    """``found`` (every name compiled, made or held in this check), or, at a check ``again`` in one process
    (serve's first quiet moment, its second build), every name compiled now and the finders of passages loaded.
    A claim's first save in a session checks its statements anew (a build that takes a claim's entry whole drops
    their entries, and its sources' passages'): it would pay both there (0.015 s and 0.1 s CPU at 3,000 sources)."""
    if found is not None or not again:
        return found
    load_finders()
    return names_of(every_name)


class Bounds:
    """Where each source's blocks begin and end, to find a quote's first block by bisection."""

    def __init__(self) -> None:
        self.of: dict[str, tuple[Sequence[int], Sequence[int]]] = {}

    def first(self, quote: Quote) -> tuple[int, int]:
        """The range of ``quote.blocks[0]`` (the first block its spans overlap), without scanning every block."""
        source = quote.source
        if source.id not in self.of:
            self.of[source.id] = (source.blocks.starts, source.blocks.ends)
        starts, ends = self.of[source.id]
        found = [i for s in quote.anchor.spans for i in (bisect_right(ends, s.start),)
                 if i < len(ends) and starts[i] < s.end]
        if not found:
            return quote.blocks[0].start, quote.blocks[0].end
        return starts[min(found)], ends[min(found)]
