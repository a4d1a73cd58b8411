"""Words selected on a source page: their place in the article, their quote, and who said them (pure).

The page shows each block of the article in its display form; the editing
script tells where a selection starts and ends as (block index, display
offset).  :func:`file_range` maps both ends back to offsets into the archived
text through the block's segment map, so the quote is cut from the evidence
itself and cannot be mistyped.  :func:`quote_at` writes it as a statement's
``quote`` and, when the same words are in the article more than once, the
``occurrence`` that picks these ones.  :func:`prefill` asks the attribution
of ``idlibsite suggest`` who said them, of which kind, and when.
"""

from __future__ import annotations

from dataclasses import dataclass

from idlibsite.anchoring.match import anchor
from idlibsite.anchoring.model import Site
from idlibsite.anchoring.normalize import DOUBLE_QUOTES, SINGLE_QUOTES
from idlibsite.anchoring.spans import Anchor, prepare
from idlibsite.attribution.answer import NOBODY, Speaker
from idlibsite.attribution.said import said_on
from idlibsite.attribution.speakers import HEADING_KINDS, SPOKEN_KINDS, attribute_page
from idlibsite.dates import PartialDate
from idlibsite.sources.display import to_source
from idlibsite.sources.records import Source

QUOTE_MARKS = DOUBLE_QUOTES + SINGLE_QUOTES
EDGES = " \t\r\n\u00a0" + QUOTE_MARKS  # left out at both ends of a selection: a quote holds the words, not the marks
MAX_OCCURRENCE = 100  # equal matches tried to find the selected one (an article repeats a phrase a few times)


class SelectionError(ValueError):
    """A selection that names no words of the article (bad block, empty after trimming)."""


@dataclass(frozen=True)
class Prefill:
    """What the attribution of ``suggest`` says about the selected words."""

    kind: str  # "direct" or "reported"
    speaker: Speaker  # who said them, NOBODY when no attribution clause names anyone
    said: PartialDate  # when ("on Thursday" read against the publication date), else the publication date
    said_note: str  # how the date was read (a weekday, or "not dated ..."), "" when no date is known


def file_range(source: Source, start: tuple[int, int], end: tuple[int, int]) -> tuple[int, int]:
    """Offsets into the archived text of a selection from (block, display offset) to (block, display offset)."""
    blocks = source.blocks
    for index, _ in (start, end):
        if not 0 <= index < len(blocks):
            raise SelectionError(f"block {index} is not one of the article's {len(blocks)} blocks")
    if (end[0], end[1]) < (start[0], start[1]):
        start, end = end, start
    first, last = blocks[start[0]], blocks[end[0]]
    at = max(0, min(start[1], len(first.display)))
    until = max(0, min(end[1], len(last.display)))
    a = to_source(first.segments, at, at)[0]
    b = to_source(last.segments, until, until)[1]
    return trimmed(source.text, a, b)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without spaces and quotation marks at either end; SelectionError when nothing is left."""
    while start < end and text[start] in EDGES:
        start += 1
    while end > start and text[end - 1] in EDGES:
        end -= 1
    if start >= end:
        raise SelectionError("the selection holds no words of the article")
    return start, end


def quote_at(text: str, start: int, end: int) -> tuple[str, int | None]:
    """The quote that anchors at exactly [start, end), and the occurrence needed when it repeats."""
    quote = " ".join(text[start:end].split())
    prepared = prepare(text)
    for occurrence in (None, *range(1, MAX_OCCURRENCE + 1)):
        found = anchor(prepared, quote, occurrence=occurrence)
        if not isinstance(found, Anchor):
            if occurrence is None and found.reason == "ambiguous":
                continue  # the words repeat: find which occurrence these are
            break
        if trimmed(text, found.start, found.end) == (start, end):
            return quote, occurrence
        if occurrence is None:
            break  # one match, elsewhere: a sub-word selection; let the check say so
    return quote, None


def prefill(site: Site, source: Source, start: int, end: int) -> Prefill:
    """The speaker, kind and date of the passage the selection overlaps most (as ``suggest`` finds them)."""
    speakers = attribute_page(source.text, source.blocks.ranges(SPOKEN_KINDS), source.blocks.ranges(HEADING_KINDS),
                              site.annotations.actors)
    near = [p for p in speakers if p.start < end and start < p.end]
    if not near:
        inside = start > 0 and source.text[start - 1] in QUOTE_MARKS
        return Prefill("direct" if inside else "reported", NOBODY, *said_on("", source.meta.date))
    # the most shared characters; then the passage closest in length to the selection
    best = max(near, key=lambda p: (min(end, p.end) - max(start, p.start), -abs((p.end - p.start) - (end - start))))
    speaker = speakers[best]
    said, note = said_on(best.sentence.masked, source.meta.date)
    return Prefill(best.kind, speaker, said, note)
