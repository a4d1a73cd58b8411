"""The display form maps back to exact slices of the original text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from idlibsite.sources.blocks import cut_blocks
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
