"""The display form maps back to exact slices of the original text."""

import re
from pathlib import Path
from unittest import mock

from conftest import ROOT, examples
from hypothesis import given, settings
from hypothesis import strategies as st

from idlibsite.sources import display
from idlibsite.sources.blocks import cut_blocks, split_lines
from idlibsite.sources.display import display_form, to_display, to_source

WORD = st.sampled_from(
    ["Idlib", "al-", "Assad", "“war", "crimes”", "‘regime’", "said", "—", "Erdoğan", "...", "a", "of"]
)
INLINE = st.one_of(
    WORD,
    WORD.map(lambda w: f"[{w}](#)"),
    WORD.map(lambda w: f"**{w}**"),
    st.just("<https://example.org/a>"),
)
BREAK = st.sampled_from([" ", "  ", "\n", "\r\n", "\n  ", " \n"])


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(INLINE, BREAK), min_size=1, max_size=25))
    return "".join(w + b for w, b in parts).strip() + "."


@settings(deadline=None)  # markdown-it on 25 inline parts took 423 ms on a loaded 2-core machine
@given(st.lists(paragraphs(), min_size=1, max_size=4), st.sampled_from(["\n\n", "\r\n\r\n", "\n \n"]))
def test_every_display_range_maps_to_the_exact_original_slice(paras: list[str], gap: str) -> None:
    text = gap.join(paras)
    for block in cut_blocks(text):
        assert "".join(
            block.display[s.display_start : s.display_end] for s in block.segments
        ) == block.display
        for seg in block.segments:
            original = text[seg.source_start : seg.source_end]
            shown = block.display[seg.display_start : seg.display_end]
            assert shown == original if seg.verbatim else (shown == " " and not original.strip())
        # any range that starts and ends on copied characters round-trips exactly
        shown_points = [
            i for s in block.segments if s.verbatim for i in range(s.display_start, s.display_end)
        ]
        for a in shown_points[:: max(1, len(shown_points) // 7)]:
            for b in shown_points[-1:]:
                start, end = to_source(block.segments, a, b + 1)
                assert to_display(block.segments, start, end) == (a, b + 1)
                assert text[start] == block.display[a] and text[end - 1] == block.display[b]


def test_markup_that_does_not_map_back_falls_back_to_plain_text() -> None:
    text = "Fish &amp; chips \\* said **he**"
    shown = display_form(text, [(0, len(text))])
    assert shown.text == text  # nothing decoded, nothing hidden
    assert shown.marks == ()


def test_hyphen_at_line_end_joins_the_word_and_keeps_the_hyphen() -> None:
    text = "President Bashar al-\r\nAssad and his\n   enemies"
    shown = display_form(text, [(0, 20), (22, 35), (36, len(text))])
    assert shown.text == "President Bashar al-Assad and his enemies"


def _article_texts(generated: Path) -> list[tuple[str, str]]:
    folders = [ROOT / "corpus", ROOT / "bench" / "ingest" / "text", generated / "corpus"]
    paths = sorted(p for folder in folders for p in folder.glob("*.txt"))
    assert len(paths) > 80  # five articles, the ingest set, the generated sources
    texts = [(str(p), _utf8(p.read_bytes())) for p in paths]
    return [(path, text.removeprefix("\ufeff")) for path, text in texts if text is not None]


def _utf8(data: bytes) -> str | None:
    """The text of a file in UTF-8; None for a copy in a legacy code page (bench/ingest's batch 14 holds one), which
    add-source refuses before any block is cut."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def test_blocks_without_inline_syntax_are_cut_as_markdown_it_would(generated_project: Path) -> None:
    """The plain fast path of display_form gives exactly the blocks that parsing every block with
    markdown-it gives, over every article we have: corpus/, bench/ingest and a generated project."""
    texts = _article_texts(generated_project)
    fast = [cut_blocks(text) for _, text in texts]
    with mock.patch.object(display, "_INLINE_SYNTAX", re.compile("")):  # every block through markdown-it
        slow = [cut_blocks(text) for _, text in texts]
    for (path, _), a, b in zip(texts, fast, slow):
        assert a == b, path
    assert sum(len(blocks) for blocks in fast) > 1000


PLAIN = st.text(st.sampled_from(list("aZ9 .,;:-+#=>)(]~'\"“”’$%^{}|/?\t\u00a0\u2028\u3000é—")), max_size=40)


@settings(max_examples=examples(300))
@given(st.lists(PLAIN, min_size=1, max_size=6))
def test_a_block_of_plain_characters_displays_as_markdown_it_shows_it(lines: list[str]) -> None:
    text = "\n".join(lines)
    spans = split_lines(text)
    fast = display.display_form(text, spans)
    with mock.patch.object(display, "_INLINE_SYNTAX", re.compile("")):
        assert display.display_form(text, spans) == fast
