"""Show anchored spans inside the reading form of an article (pure).

Two views of a span: on a source page every block is rendered to HTML with
each anchored span wrapped in ``<mark id=…>`` (nested properly, emphasis and
links kept); on a claim page a statement shows its quote highlighted within
the sentence around it.  Both work on the display form and map the span's
file offsets through the block's segment map, so the highlighted characters
are exactly the anchored ones.  A third points outside: a text-fragment link
(``#:~:text=``) that makes the browser highlight the words in the original
article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from markupsafe import Markup, escape

from idlibsite.sources.display import to_display
from idlibsite.sources.quotations import find_quotations
from idlibsite.sources.records import Block
from idlibsite.sources.speech import split

# Sentences are those of sources/speech.py, the one splitter (abbreviations such as
# "Feb. 17", "U.S.", "Lt. Gen." do not end a sentence; a quotation stays whole).
SEGMENTED_BLOCKS = 4096  # display texts whose sentence ends are kept: a page's blocks, many times over
# The context shown around a quote on a claim page, at most this many characters
# on each side, so long paragraphs do not drown the quote.
CONTEXT_CHARS = 280
# A text fragment names a long quote by its first and last few words, which stay
# unique while keeping the URL short.
FRAGMENT_EDGE_WORDS = 4


@dataclass(frozen=True)
class Highlight:
    """A span to mark on a source page."""

    start: int  # offset into Source.text
    end: int
    element_id: str  # the id of the <mark>, "" for continuation pieces
    title: str  # tooltip: the statements that cite it
    backlinks: tuple[tuple[str, str, str], ...]  # (href, number shown, what it is) per statement citing it


def parts_by_block(highlights: Sequence[Highlight], blocks: Sequence[Block]) -> list[Highlight]:
    """Each highlight cut at paragraph boundaries, every part with an id of its own.

    A quote across paragraphs becomes one ``<mark>`` per paragraph: the first
    keeps the span's id (links lead there), the others get ``-2``, ``-3``…, and
    the claim links follow the last part, where the quote ends.
    """
    out = []
    for h in highlights:
        inside = [b for b in blocks if h.start < b.end and b.start < h.end]
        if len(inside) < 2:
            out.append(h)
            continue
        for n, b in enumerate(inside, 1):
            out.append(Highlight(
                max(h.start, b.start), min(h.end, b.end), h.element_id if n == 1 else f"{h.element_id}-{n}",
                h.title, h.backlinks if n == len(inside) else ()))
    return out


def block_html(block: Block, highlights: Sequence[Highlight]) -> Markup:
    """The block's display text as HTML: emphasis, real links and highlighted spans."""
    intervals: list[tuple[int, int, int, str, object]] = []
    for mark in block.marks:
        intervals.append((mark.display_start, mark.display_end, 1, mark.kind, mark.href))
    for h in highlights:
        if h.end <= block.start or h.start >= block.end:
            continue
        start, end = to_display(block.segments, max(h.start, block.start), min(h.end, block.end))
        if end > start:
            intervals.append((start, end, 0, "mark", h))
    return Markup(_render(block.display, _nest(intervals)))


def _nest(intervals: list[tuple[int, int, int, str, object]]) -> list[tuple[int, int, str, object]]:
    """Intervals split where they cross, so that they nest; outer ones first."""
    out: list[tuple[int, int, str, object]] = []
    todo = sorted(intervals, key=lambda i: (i[0], -i[1], i[2]))
    stack: list[tuple[int, int]] = []
    while todo:
        start, end, rank, kind, data = todo.pop(0)
        while stack and stack[-1][1] <= start:
            stack.pop()
        if stack and end > stack[-1][1]:  # crosses its parent: split at the parent's end
            cut = stack[-1][1]
            rest = (cut, end, rank, kind, _continued(data))
            todo.append(rest)
            todo.sort(key=lambda i: (i[0], -i[1], i[2]))
            end = cut
        out.append((start, end, kind, data))
        stack.append((start, end))
    return out


def _continued(data: object) -> object:
    if isinstance(data, Highlight):
        return Highlight(data.start, data.end, "", data.title, ())
    return data


def _render(text: str, nested: list[tuple[int, int, str, object]]) -> str:
    html: list[str] = []
    pos = 0
    closing: list[tuple[int, str]] = []
    for start, end, kind, data in nested:
        while closing and closing[-1][0] <= start:
            at, tag = closing.pop()
            html.append(str(escape(text[pos:at])) + tag)
            pos = at
        html.append(str(escape(text[pos:start])))
        pos = start
        open_tag, close_tag = _tags(kind, data)
        html.append(open_tag)
        closing.append((end, close_tag))
    while closing:
        at, tag = closing.pop()
        html.append(str(escape(text[pos:at])) + tag)
        pos = at
    html.append(str(escape(text[pos:])))
    return "".join(html)


def _tags(kind: str, data: object) -> tuple[str, str]:
    if kind == "strong":
        return "<strong>", "</strong>"
    if kind == "em":
        return "<em>", "</em>"
    if kind == "link":
        return f'<a href="{escape(data)}" rel="external">', "</a>"
    assert isinstance(data, Highlight)
    ident = f' id="{escape(data.element_id)}"' if data.element_id else ""
    # each link shows its number ("S3", as in the page's list of statements) and names the
    # statement in words that are read out, and shown on hover, on focus and at the target
    links = " ".join(
        f'<a class="backref" href="{escape(href)}">{escape(number)}'
        f'<span class="tip">: {escape(label)}. Back to the claim</span></a>'
        for href, number, label in data.backlinks
    )
    # the links are not words of the article: kept out of search excerpts, and marked as added
    # (data-not-archived) inside the block's data-block element, whose other text is the block's
    after = f'<span class="cites" data-pagefind-ignore data-not-archived>{links}</span>' if links else ""
    return f'<mark{ident} title="{escape(data.title)}">', f"</mark>{after}"


def pieces_html(pieces: Sequence[tuple[str, bool]]) -> Markup:
    """(text, highlighted) pieces as HTML, the highlighted ones in ``<mark>``.

    Made once per statement in Python: a loop in the template over the pieces
    cost an escape and a test per piece on every page that shows the card.
    """
    return Markup("".join(f"<mark>{escape(text)}</mark>" if marked else str(escape(text)) for text, marked in pieces))


def context_pieces(block: Block, spans: Sequence[tuple[int, int]]) -> tuple[tuple[str, bool], ...]:
    """The sentence(s) around ``spans`` (file offsets inside ``block``) as (text, highlighted) pieces."""
    shown = [to_display(block.segments, max(s, block.start), min(e, block.end)) for s, e in spans]
    shown = [(s, e) for s, e in shown if e > s]
    text = block.display
    first, last = shown[0][0], shown[-1][1]
    ends = sentence_ends(text)
    start = max((e for e in ends if e <= first), default=0)
    end = min((e for e in ends if e >= last), default=len(text))
    end = len(text[:end].rstrip())
    pieces: list[tuple[str, bool]] = []
    if first - start > CONTEXT_CHARS:
        start = text.find(" ", first - CONTEXT_CHARS) + 1
        pieces.append(("… ", False))
    clipped = end - last > CONTEXT_CHARS
    if clipped:
        end = text.rfind(" ", last, last + CONTEXT_CHARS)
    pos = start
    for s, e in shown:
        if s > pos:
            pieces.append((text[pos:s], False))
        pieces.append((text[s:e], True))
        pos = e
    if end > pos:
        pieces.append((text[pos:end], False))
    if clipped:
        pieces.append((" …", False))
    return tuple(pieces)


@lru_cache(maxsize=SEGMENTED_BLOCKS)
def sentence_ends(text: str) -> tuple[int, ...]:
    """The offset just past each sentence of ``text`` (with the spaces after it), in order."""
    quotations = [(q.start, q.end) for q in find_quotations(text, [(0, len(text))])]
    sentences = split(text, 0, len(text), quotations)
    return tuple([s.start for s in sentences[1:]] + [len(text)])


def text_fragment(url: str, shown_text: str) -> str:
    """``url#:~:text=…`` pointing at ``shown_text`` (whitespace-collapsed) in the live page.

    Long quotes use ``textStart,textEnd``.  Per the Text Fragments spec, every
    character that is not unreserved is percent-encoded, and so are ``-`` ``,``
    ``&`` which the directive syntax reserves.
    """
    words = shown_text.split()
    if not url or not words:
        return ""
    if len(words) > 2 * FRAGMENT_EDGE_WORDS:
        directive = (
            _fragment_encode(" ".join(words[:FRAGMENT_EDGE_WORDS]))
            + ","
            + _fragment_encode(" ".join(words[-FRAGMENT_EDGE_WORDS:]))
        )
    else:
        directive = _fragment_encode(" ".join(words))
    base = url.split("#", 1)[0]
    return f"{base}#:~:text={directive}"


def _fragment_encode(value: str) -> str:
    return quote(value, safe="").replace("-", "%2D")
