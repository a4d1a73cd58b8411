"""Normalization and its offset map back to the original text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from idlibsite.normalize import INVISIBLE, normalize, normalize_text

# Characters the corpus and typed quotes actually mix: letters, accents (and a
# combining one), every quote mark, dash and space variant we fold, line ends.
ALPHABET = st.sampled_from(
    list("aAbzé0-.,'\"`")
    + [
        "e\u0301",
        "ğ",
        "ﬁ",
        "…",
        "“",
        "”",
        "„",
        "‟",
        "‘",
        "’",
        "‚",
        "‛",
        "–",
        "—",
        "‒",
        "−",
        "‐",
        "‑",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\t",
        "\u00a0",
        "\u2028",
        "\u00ad",
        "\u200b",
        "-\n",
        "-\r\n",
    ]
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("flow of“ hundreds of thousands ”of", 'flow of"hundreds of thousands"of'),
        ('flow of "hundreds of thousands" of', 'flow of"hundreds of thousands"of'),
        ("Bashar al-\nAssad", "Bashar alAssad"),
        ("Bashar al-Assad", "Bashar alAssad"),
        ("Bash-\r\nar", "Bashar"),
        ("civilians – mostly", "civilians - mostly"),
        ("agreements … runs", "agreements ... runs"),
        ("Ankara’s  further\u00a0position", "Ankara's further position"),
        ("no\naccess", "no access"),
        ("Erdog\u0306an", "Erdoğan"),
        ("soft\u00adhyphen", "softhyphen"),
    ],
)
def test_normalize_text(text: str, expected: str) -> None:
    assert normalize_text(text) == expected
    assert normalize(text).text == expected


def test_spaced_dash_stays_punctuation() -> None:
    assert normalize_text("a - b") == "a - b"


@given(TEXTS)
def test_mapped_and_fast_forms_agree(text: str) -> None:
    assert normalize(text).text == normalize_text(text)


@given(TEXTS)
def test_every_normalized_character_maps_into_the_original(text: str) -> None:
    norm = normalize(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for i, char in enumerate(norm.text):
        start, end = norm.starts[i], norm.ends[i]
        assert 0 <= start < end <= len(text)
        if char == " ":
            assert all(c.isspace() or c in INVISIBLE for c in text[start:end])
        else:
            assert not text[start].isspace()
    assert list(norm.starts) == sorted(norm.starts)
    assert list(norm.ends) == sorted(norm.ends)


@given(TEXTS)
def test_ranges_never_cut_a_crlf_pair(text: str) -> None:
    norm = normalize(text)
    for i in range(len(norm.text)):
        for offset in (norm.starts[i], norm.ends[i]):
            assert not (
                0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n"
            )


@given(TEXTS)
def test_normalizing_twice_changes_nothing(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@pytest.mark.parametrize("path", sorted((ROOT / "corpus").glob("*.txt")), ids=lambda p: p.name)
def test_corpus_maps_back(path) -> None:  # type: ignore[no-untyped-def]
    text = path.read_bytes().decode("utf-8")
    norm = normalize(text)
    assert norm.text == normalize_text(text)
    for i, char in enumerate(norm.text):
        if char.isalnum():
            assert normalize_text(text[norm.starts[i] : norm.ends[i]]) == char
    assert norm.to_original(0, len(norm.text))[1] <= len(text)
    assert norm.to_normalized(0) == 0 and norm.to_normalized(len(text)) == len(norm.text)
