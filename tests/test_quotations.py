"""find_quotations: the quoted passages of each article, and the corpus quirks.

The per-article tables are regression baselines.  To add an article: search
its body paragraphs (see ``body_ranges``), read every quotation it returns
against the text, and record the count and a few exact texts below.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from idlibsite.sources.quotations import MIN_WORDS, Quotation, find_quotations, word_count

# Paragraphs of 001 that the loader classifies as other than body text: two
# pull-quote headings (summaries of the statements below them) and the
# footnote listing the names of Hayat Tahrir al-Sham.
NOT_BODY = {
    "“No evidence exists”",
    "“Terrorists block all exit routes”",
}


def article(prefix: str) -> str:
    (path,) = (ROOT / "corpus").glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    return [
        (m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text) if m.group().strip()
    ]


def body_ranges(text: str) -> list[tuple[int, int]]:
    """Paragraphs without the headings and footnotes the loader sets apart."""
    return [
        (start, end)
        for start, end in paragraphs(text)
        if text[start:end].strip() not in NOT_BODY and not text[start:end].startswith("* ")
    ]


def texts(text: str, ranges: list[tuple[int, int]] | None = None) -> list[str]:
    return [q.text for q in find_quotations(text, ranges or [(0, len(text))])]


@pytest.mark.parametrize(
    ("prefix", "count", "first", "last"),
    [
        ("000", 5, "partially and completely false.", "It is easier to divert attention"),
        (
            "001",
            11,
            "The situation in Idlib is really very alarming.",
            "We express serious concern",
        ),
        ("002", 6, "constantly attacking the civilian people", "This is unacceptable."),
        ("003", 4, "We really do need a ceasefire", "The camps have absorbed"),
        ("004", 10, "Here, the escalation in Syria.", "rare admission of casualties."),
    ],
)
def test_article_baseline(prefix: str, count: int, first: str, last: str) -> None:
    text = article(prefix)
    found = find_quotations(text, body_ranges(text))
    assert len(found) == count
    assert found[0].text.startswith(first)
    assert found[-1].text.startswith(last)
    for quotation in found:
        assert quotation.text == text[quotation.start : quotation.end]
        assert quotation.closed


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        (
            "000",
            [
                "partially and completely false.",
                "why does the West not condemn the illegal transfer of Turkish troops to Idlib?",
                "war crimes",
            ],
        ),
        (
            "002",
            [
                "This is unacceptable.",
                "constantly attacking the civilian people, carrying out massacres, spilling blood.",
            ],
        ),
        (
            "003",
            ["...This is the responsibility of the Turkish side.", "a highly dangerous tendency."],
        ),
        (
            "004",
            [
                "could not reach a breakthrough,",
                "making final warnings",
                "a matter of time.",
                "worst-case scenario.",
                "rare admission of casualties.",
            ],
        ),
    ],
)
def test_exact_texts(prefix: str, expected: list[str]) -> None:
    text = article(prefix)
    found = texts(text, body_ranges(text))
    for quoted in expected:
        assert quoted in found


def test_001_whole_file_also_finds_headings_and_footnote_names() -> None:
    text = article("001")
    found = texts(text, paragraphs(text))
    assert len(found) == 11 + 2 + 4
    assert "No evidence exists" in found
    assert "Front al-Nusra" in found


def test_001_broken_marks_make_one_cpvs_quotation() -> None:
    text = article("001")
    (cpvs,) = [q for q in texts(text) if q.startswith("Information about the alleged flow")]
    assert "“ hundreds of thousands ”of provincial" in cpvs
    assert "supposedly “about a million” refugees" in cpvs
    assert cpvs.endswith("from the Idlib de-escalation zone,")


def test_001_closing_mark_after_space_and_before_word() -> None:
    text = article("001")
    erdogan = "What happens in Idlib can be described by the word war. We have already begun our"
    assert f"{erdogan} actions there," in texts(text)


def test_003_double_opened_single_closed() -> None:
    text = article("003")
    (othman,) = [q for q in texts(text) if q.startswith("The camps")]
    assert othman.endswith("no access to healthcare,")
    assert "Mohanned" not in othman


def test_004_nested_single_quotes_stay_inside() -> None:
    text = article("004")
    (erkhov,) = [q for q in texts(text) if q.startswith("Here, the escalation")]
    assert "the Syrian ‘regime’ of all sins – supposedly they ‘violate’, attack" in erkhov
    assert erkhov.endswith("and so forth.")
    assert "regime" not in texts(text) and "violate" not in texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight marks pair up; apostrophes are not marks
        ('He said "we will win" and "it\'s over now."', ["we will win", "it's over now."]),
        # one-word scare quotes are dropped, nested or not
        ('the so-called "regime" and ‘violate’ here', []),
        ("“They ‘violate’ the deal,” he said.", ["They ‘violate’ the deal,"]),
        # curly marks face their way whatever their spacing
        ("“A b, ”he said. “C d ”", ["A b,", "C d"]),
        ("flow of“ x y ”of z", ["x y"]),
        # nested curly marks stay inside the outer quotation
        (
            "“Reports of“ hundreds ”of cases and “about a million” more, ”it said.",
            ["Reports of“ hundreds ”of cases and “about a million” more,"],
        ),
        # a double quotation closed by a single mark after punctuation
        ("\"One two three,' said X.", ["One two three,"]),
        ('"One two three,\' said X. "Four five," he added.', ["One two three,", "Four five,"]),
        # straight single marks nest inside a double quotation
        ("\"He called it 'a farce' today,\" she said.", ["He called it 'a farce' today,"]),
        # an opening mark never closed runs to the end of the range
        ('"First paragraph of a long quotation.', ["First paragraph of a long quotation."]),
        ("“Open and never closed here", ["Open and never closed here"]),
        # a stray closing mark is ignored
        ("no quote here” at all", []),
        ("", []),
    ],
)
def test_quirks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_unclosed_quotation_is_flagged_and_stops_at_its_range() -> None:
    text = '"A long quotation opens here\n\nand the next paragraph is not quoted.'
    (first, second) = paragraphs(text)
    (found,) = find_quotations(text, [first, second])
    assert found == Quotation(1, first[1], "A long quotation opens here", closed=False)


def test_ranges_limit_the_search() -> None:
    text = '"outside the range" then "inside the range"'
    start = text.index("then")
    assert texts(text, [(start, len(text))]) == ["inside the range"]


def test_range_outside_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        find_quotations("abc", [(0, 4)])


@pytest.mark.parametrize(
    ("passage", "words"),
    [("war crimes", 2), ("worst-case scenario.", 2), ("...", 0), ("a — b", 2)],
)
def test_word_count(passage: str, words: int) -> None:
    assert word_count(passage) == words


MARKS = st.sampled_from(list("\"'“”‘’« »,.\n ab"))


@given(st.lists(st.one_of(MARKS, st.text(max_size=3)), max_size=60).map("".join))
def test_offsets_are_consistent(text: str) -> None:
    found = find_quotations(text, paragraphs(text))
    previous_end = -1
    for quotation in found:
        assert quotation.text == text[quotation.start : quotation.end]
        assert quotation.text == quotation.text.strip()
        assert word_count(quotation.text) >= MIN_WORDS
        assert quotation.start >= previous_end  # top-level quotations never overlap
        previous_end = quotation.end
