"""The reading form of a block, with a character map back to the file.

A block of an article is a run of lines in the original text.  Its display
form joins the lines (a wrap becomes one space; a hyphen at a line end joins
the word), and renders inline markup with markdown-it-py: ``[Reuters](#)``
shows as "Reuters" with no dead link, ``**bold**`` as emphasis, ``<https://…>``
as a link.  Every displayed character is either copied from the file
(a verbatim segment, whose text equals the file slice it maps to) or a single
space standing for a whitespace run, so any highlight in the display form is
an exact slice of the file.  When markup cannot be mapped cleanly (entities,
backslash escapes), the block is shown as plain text: the display never shows
what the file does not say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from idlibsite.sources.records import Emphasis, Segment

# Characters markdown may consume as syntax; anything else dropped means the
# parse did not map back to the file and the plain form is used instead.
_MARKUP_ONLY = re.compile(r"[\s*_\[\]()<>!`]*")
_REAL_LINK = re.compile(r"https?://[^\s<>\"]+")
_STYLES = {"strong_open": "strong", "em_open": "em"}
# Characters that start an inline rule of CommonMark (escape, code, emphasis, entity,
# autolink, link, image) and NUL, which markdown-it replaces.  A block without any of
# them parses into its lines as text with soft breaks between them: the plain form.
_INLINE_SYNTAX = re.compile(r"[\\`*_&<\[!\x00]")


@dataclass(frozen=True)
class Display:
    """A block's reading form and its map to the original text."""

    text: str  # what a reader sees
    segments: tuple[Segment, ...]  # cover ``text`` in order
    marks: tuple[Emphasis, ...]  # emphasis and real links


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Inline only, no raw HTML, no typographic replacements: the display must
    # keep the source's characters.
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def display_form(text: str, lines: Sequence[tuple[int, int]]) -> Display:
    """Display form of the lines ``[(start, end), …]`` of ``text`` (ends exclude line breaks)."""
    pieces = [_strip(text, start, end) for start, end in lines]
    pieces = [(s, e) for s, e in pieces if e > s]
    joined: frozenset[int] = frozenset()
    if _quoted_printable(text):
        pieces, joined = _decoded_ends(text, pieces)
    raw = "\n".join(text[s:e] for s, e in pieces)
    if not _INLINE_SYNTAX.search(raw) or joined:
        return _plain(text, pieces, joined)  # what markdown-it would give, without running it
    raw_to_source = _raw_map(pieces)
    return _from_markdown(text, raw, raw_to_source) or _plain(text, pieces)


# Quoted-printable a mail was copied in undecoded: at a line's end, "=20" is an encoded space and "=" a soft break
# (the line goes on on the next without a space when the "=" follows a word).  Two such line ends tell the damage.
_QP_END = re.compile(r"(?<=[^=])=(20)?(?=\r?\n)")
_QP_EVIDENCE = 2


@lru_cache(maxsize=8)
def _quoted_printable(text: str) -> bool:
    return len(_QP_END.findall(text, 0)) >= _QP_EVIDENCE


def _decoded_ends(text: str, pieces: Sequence[tuple[int, int]]) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """The pieces without the quoted-printable marks at their ends (not shown: the file holds them), and the pieces
    that a soft break after a word joins to the next one with no space."""
    out: list[tuple[int, int]] = []
    joined: set[int] = set()
    for s, e in pieces:
        m = _QP_END.match(text, e - 3) if text.startswith("=20", e - 3) else _QP_END.match(text, e - 1)
        soft = m is not None and m.end() == e and not m.group(1) and not text[m.start() - 1].isspace()
        if m is not None and m.end() == e:
            s, e = _strip(text, s, m.start())
        if e > s:
            joined.update([len(out)] if soft else [])
            out.append((s, e))
    return out, frozenset(joined)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _raw_map(pieces: Sequence[tuple[int, int]]) -> list[int]:
    """Source offset of every character of the joined raw string (plus its end)."""
    out: list[int] = []
    for i, (s, e) in enumerate(pieces):
        if i:
            out.append(pieces[i - 1][1])  # the "\n" joining two pieces
        out.extend(range(s, e))
    out.append(pieces[-1][1] if pieces else 0)
    return out


class _Builder:
    """Accumulates display text and segments."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[str] = []
        self.segments: list[Segment] = []
        self.length = 0
        self.pending_break = False
        self.last_source_end: int | None = None
        self.tail = ""  # the last two characters emitted

    def verbatim(self, start: int, end: int) -> None:
        chunk = self.text[start:end]
        if not chunk:
            return
        if self.pending_break and self.last_source_end is not None:
            if not self._joins_word(chunk):
                gap_end = self.last_source_end
                while gap_end < start and self.text[gap_end].isspace():
                    gap_end += 1  # the space stands for the line break, not for markup after it
                self._emit(" ", self.last_source_end, gap_end, verbatim=False)
        self.pending_break = False
        self._emit(chunk, start, end, verbatim=True)
        self.last_source_end = end

    def _joins_word(self, chunk: str) -> bool:
        # A hyphen at a line end followed by a letter joins the word (al-Assad).
        tail = self.tail
        return len(tail) == 2 and tail[0].isalpha() and tail[1] == "-" and chunk[0].isalpha()

    def _emit(self, chunk: str, start: int, end: int, verbatim: bool) -> None:
        self.segments.append(Segment(self.length, self.length + len(chunk), start, end, verbatim))
        self.parts.append(chunk)
        self.length += len(chunk)
        self.tail = (self.tail + chunk)[-2:]


def _from_markdown(text: str, raw: str, raw_to_source: list[int]) -> Display | None:
    if not raw:
        return Display("", (), ())
    tokens: list[Token] = _markdown().parseInline(raw)[0].children or []
    out = _Builder(text)
    marks: list[Emphasis] = []
    open_at: list[tuple[str, int, str]] = []
    dropped: list[str] = []
    hrefs: list[str] = []
    cursor = 0
    for token in tokens:
        if token.type in ("text", "code_inline") and token.content:
            at = raw.find(token.content, cursor)
            if at < 0:
                return None
            dropped.append(raw[cursor:at])
            out.verbatim(raw_to_source[at], raw_to_source[at] + len(token.content))
            cursor = at + len(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.pending_break = True
        elif token.type in _STYLES:
            open_at.append((_STYLES[token.type], out.length, ""))
        elif token.type == "link_open":
            href = str(token.attrs.get("href", ""))
            hrefs.append(href)
            open_at.append(("link", out.length, href if _REAL_LINK.fullmatch(href) else ""))
        elif token.type in ("strong_close", "em_close", "link_close") and open_at:
            kind, start, href = open_at.pop()
            if kind != "link" or href:
                marks.append(Emphasis(kind, start, out.length, href))
        elif token.type not in ("text",):
            return None  # images, html and the like: show the plain form
    dropped.append(raw[cursor:])
    leftover = "".join(dropped)
    for href in hrefs:
        leftover = leftover.replace(href, "", 1)
    if not _MARKUP_ONLY.fullmatch(leftover):
        return None
    return Display("".join(out.parts), tuple(out.segments), tuple(sorted(marks, key=_mark_key)))


def _mark_key(mark: Emphasis) -> tuple[int, int, str]:
    return (mark.display_start, -mark.display_end, mark.kind)


def _plain(text: str, pieces: Sequence[tuple[int, int]], joined: frozenset[int] = frozenset()) -> Display:
    out = _Builder(text)
    for i, (s, e) in enumerate(pieces):
        out.pending_break = i - 1 not in joined  # a soft break of quoted-printable joins the word it cut
        out.verbatim(s, e)
    return Display("".join(out.parts), tuple(out.segments), ())


def to_source(segments: Sequence[Segment], start: int, end: int) -> tuple[int, int]:
    """Source offsets of the display range [start, end)."""
    return _point(segments, start, to_display=False, end=False), _point(
        segments, end, to_display=False, end=True
    )


def to_display(segments: Sequence[Segment], start: int, end: int) -> tuple[int, int]:
    """Display offsets of the source range [start, end), snapped inwards to shown text."""
    return _point(segments, start, to_display=True, end=False), _point(
        segments, end, to_display=True, end=True
    )


def _point(segments: Sequence[Segment], offset: int, *, to_display: bool, end: bool) -> int:
    if not segments:
        return 0
    for seg in segments:
        lo, hi = (seg.source_start, seg.source_end) if to_display else (seg.display_start, seg.display_end)
        base = seg.display_start if to_display else seg.source_start
        other_end = seg.display_end if to_display else seg.source_end
        if offset < lo:
            return base  # falls in a gap before this segment: snap to its start
        if lo <= offset < hi or (end and offset == hi):
            if seg.verbatim:
                return base + (offset - lo)
            return other_end if end else base
    last = segments[-1]
    return last.display_end if to_display else last.source_end
