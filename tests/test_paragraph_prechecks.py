"""sources/speech.py, quotations.py, blocks.py, headtags.py, mailparts.py, paged.py, reflow.py: a paragraph's or a
line's patterns looked for only where what every match of them opens with or holds is (a stop, a mark or a comma, "???"
or U+FFFD, a colon or a spaced dash, "://", three spaces), words counted in one pass, a line's title case read after
its end; the same answers as before."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from idlibsite.sources import blocks, headtags, mailparts, paged, quotations, reflow, speech
from idlibsite.sources.speech import MASK

PIECES = [".", ". ", "!", "?", "…", "...", "?!", ".”", '."', "’", "»", ")", "]", "[12]", ".3 ", "2019.", "2020.1 ", " 2.5 ",
          "Mr.", " Feb. 3", "U.N.", "\n", "\n- ", "\n• ", " * ", " ", "  ", "\t", "\xa0", MASK, MASK * 3, "“", "”", '"', "‘",
          "„", "«", ",", ",,", ",,,", " ,,He", "(,", ":", "—", "–", "a", "word", "She", "It", "The", "x", "4", "12", "é",
          "Ω", "???", "????", "\ufffd", "?? ?"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=60)


def _unguarded(pattern: re.Pattern[str], guard: str) -> re.Pattern[str]:
    """``pattern`` without its look-ahead ``guard``, as it was written before (its alternatives in a group)."""
    assert pattern.pattern.count(guard) == 1
    return re.compile(pattern.pattern.replace(guard, ""), pattern.flags)


def _all(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[object]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text, pos)]


@given(TEXTS, st.integers(min_value=0, max_value=8))
@settings(max_examples=3000, deadline=None)
def test_the_guarded_paragraph_patterns_find_as_the_patterns_without_their_guard(text: str, pos: int) -> None:
    for pattern, guard in ((speech._END, "(?=[.!?…])"), (speech._END_OR_ITEM, "(?=[.!?…])"),
                           (quotations._DOUBLE, quotations._DOUBLE.pattern[: quotations._DOUBLE.pattern.index("(?:")])):
        assert _all(pattern, text, pos) == _all(_unguarded(pattern, guard), text, pos)
    if "???" not in text and "\ufffd" not in text:
        assert blocks._DAMAGED.search(text) is None


LINES = st.lists(st.sampled_from(["Read more", " ", "   ", "    ", "\t", "\n", "|", "•", "**", "(", ")", ":", "://", "https://",
                                  "http://x.org/a", "example.com", "Page", "page 3", "3", "12", " of ", "14", "Seite", "a",
                                  "é"]), max_size=14).map("".join)


@given(LINES | st.text(max_size=40))
@settings(max_examples=3000, deadline=None)
def test_a_line_without_a_url_or_three_spaces_is_no_button_or_page_line(line: str) -> None:
    if mailparts.LINK_BUTTON.fullmatch(line):
        assert "://" in line
    if paged.PAGE_LINE.fullmatch(line):
        assert "   " in line


TITLES = st.lists(st.sampled_from(["Turkey", "Opens", "the", "Border", "of", "and", "a", "Talks", "in", "Idlib", "O’Neil",
                                   "al-Assad", "2020", "4th", "_x", "É", " ", "  ", "\n", ".", ":", ",", "”", ")", "!", "é"]),
                  max_size=10).map(" ".join)


@given(TITLES | st.text(max_size=40), st.sampled_from([reflow.TITLE_CASE_SHARE, 1.0, 0.5]))
@settings(max_examples=3000, deadline=None)
def test_title_case_is_read_as_before(line: str, share: float) -> None:
    words = re.findall(r"[^\W\d_][\w'’-]*", line)  # the words first, as it read them before
    if len(words) < 2 or reflow.SENTENCE_END.search(line.strip()):
        before = False
    else:
        big = [w for w in words[1:] if w.lower() not in reflow.SMALL_WORDS]
        before = words[0][0].isupper() and (not big or sum(w[0].isupper() for w in big) / len(big) >= share)
    assert reflow.is_title_case(line, share) == before


HEADINGS = st.lists(st.sampled_from(["India hopes for peace", "Talks", "Students in Turkey", '"safe"', " ", "  ", "\n", ":",
                                     ": ", " — ", " – ", " - ", "-", "—", "govt", "Kremlin", "The", " The ", "foreign minister",
                                     "MEA", ".", ". ", "x", "Q", "é", "4", ","]), max_size=12).map("".join)


@given(HEADINGS | st.text(max_size=40))
@settings(max_examples=3000, deadline=None)
def test_a_heading_without_a_colon_or_a_spaced_dash_has_no_tail(line: str) -> None:
    if headtags.HEADLINE_TAIL.fullmatch(line):
        assert headtags._TAIL_NEEDS.search(line)


@given(TEXTS | st.text(max_size=60) | st.text(st.characters(codec=None), max_size=30))
@settings(max_examples=3000, deadline=None)
def test_words_are_counted_as_tokens_with_a_letter_or_a_digit(text: str) -> None:
    assert quotations.word_count(text) == sum(1 for token in text.split() if any(c.isalnum() for c in token))


def test_sentences_and_marks_are_still_found() -> None:
    text = "He said “we will stay.” Mr. Smith left at 5 p.m. on Feb. 3. In 2019.1 The U.N. met.\n- An item"
    assert [text[s.start : s.end] for s in speech.split(text, 0, len(text), [(9, 22)])] == [
        "He said “we will stay.”", "Mr. Smith left at 5 p.m. on Feb. 3.", "In 2019.1", "The U.N. met.", "- An item"]
    assert [m.group() for m in quotations._DOUBLE.finditer("Er sagte ,,Wir bleiben” und „nein“.")] == [",", "”", "„", "“"]
    mail = ["Dear reader,", "", "A long line of the letter, which goes on and on about the talks.", "",
            "Read more (https://example.com/a)", "Share (https://example.com/s)", "",
            "You are receiving this email because you signed up.", "Unsubscribe (https://example.com/u)"]
    assert mailparts._buttons(mail, [4, 5]) and mailparts._footer(mail) == {4, 5, 7, 8}
    assert paged.furniture_lines("Page 3   The Daily Example\n\nA line of prose that is long enough to be prose, "
                                 "it goes on and on.\n", [(0, 26), (27, 27), (28, 95)]) == {0}
    for heading in ("Talks must go on: Kremlin", "Citizens among those stranded — Commission", "Nationals in Turkey safe – envoy"):
        assert headtags.headline_tag(heading, 0, len(heading))
    assert [b.damaged for b in blocks.cut_blocks("A line with ??? in it.\n\nA clean line.\n\nBad \ufffd\ufffd byte.\n")
            if b.kind == "body"] == [((12, 15),), (), ((43, 45),)]
