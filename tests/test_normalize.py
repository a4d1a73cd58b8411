"""Normalization and its offset map back to the original text."""

import sys
import unicodedata
from bisect import bisect_left

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import ROOT
from idlibsite.anchoring.normalize import _TABLE, INVISIBLE, QUOTE_MARKS, normalize, normalize_text

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
# Adversarial pieces on top: NFKC expansions (ligatures, fullwidth and halfwidth
# forms, fractions, roman numerals, a spacing diaeresis that becomes a space and
# a combining mark), marks with no base, Hangul jamo that NFKC would compose,
# "?" runs left by a broken encoding, every kind of line end and Unicode space.
ADVERSARIAL = st.one_of(
    ALPHABET,
    st.sampled_from(
        ["\u0301", "\u0308\u0323", "ﬃ", "ﬀ", "Ａ", "＂", "＇", "－", "｀", "ｶ", "ﾞ", "ᄀ", "ᅡ", "½", "²",
         "Ⅻ", "¨", "´", "\u3000", "\u2029", "\x85", "\x1c", "\x0b", "\r", "?", "???????", "_", "\u200b\u0301",
         "\u00ad\n", "x\u0335", " \u0301", "-\u0301", "'\u0301", "\ufeff"]
    ),
)
ADVERSARIAL_TEXTS = st.lists(ADVERSARIAL, max_size=40).map("".join)


def reference(text: str) -> tuple[str, list[int], list[int]]:
    """The rules applied one character at a time: the oracle for the offset map.

    Returns the normalized text and, for each of its characters, the start and
    end of its source in ``text``.
    """
    chars: list[tuple[str, int, int]] = []  # rules 1 and 2, per cluster
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        chars += [(c, i, j) for c in unicodedata.normalize("NFKC", text[i:j]).translate(_TABLE)]
        i = j
    joined: list[tuple[str, int, int]] = []  # rule 3
    k = 0
    while k < len(chars):
        if chars[k][0] != "-":
            joined.append(chars[k])
            k += 1
            continue
        m = k
        while m < len(chars) and chars[m][0] == "-":
            m += 1
        w = m
        while w < len(chars) and chars[w][0].isspace():
            w += 1
        if k > 0 and chars[k - 1][0].isalnum() and w < len(chars) and chars[w][0].isalnum():
            k = w
        else:
            joined += chars[k:m]
            k = m
    collapsed: list[tuple[str, int, int]] = []  # rule 4
    for c, s, e in joined:
        if not c.isspace():
            collapsed.append((c, s, e))
        elif collapsed and collapsed[-1][0] == " ":
            collapsed[-1] = (" ", collapsed[-1][1], e)
        else:
            collapsed.append((" ", s, e))
    kept = [  # rule 5
        ch for k, ch in enumerate(collapsed)
        if ch[0] != " "
        or not ((k > 0 and collapsed[k - 1][0] in QUOTE_MARKS)
                or (k + 1 < len(collapsed) and collapsed[k + 1][0] in QUOTE_MARKS))
    ]
    return "".join(c for c, _, _ in kept), [s for _, s, _ in kept], [e for _, _, e in kept]


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


@given(ADVERSARIAL_TEXTS)
@example("")
@example("\uff76\uff9e")  # halfwidth ka + voiced mark: NFKC of the whole text composes them
@example("\u1100\u1161")  # conjoining jamo: likewise
@example("\uac00\u11a8 e\u200b\u0301 x\u0335 \uff9e")  # in NFKC or not, cluster by cluster
@example('al-\r\nAssad said “ no –\u00a0\u00a0never ”, ﬁne???????')
@example("Mevlu\u0308t C\u0327avus\u0327og\u0306lu said")  # decomposed (NFD) letters: two characters become one
def test_normalize_matches_the_reference_at_every_offset(text: str) -> None:
    expected, starts, ends = reference(text)
    norm = normalize(text)
    assert norm.text == expected == normalize_text(text)
    assert [(norm.start(i), norm.end(i)) for i in range(len(expected))] == list(zip(starts, ends))
    for cut in range(len(expected) + 1):
        assert norm.starts(0, cut) == starts[:cut] and norm.starts(cut, len(expected)) == starts[cut:]
        assert norm.ends(0, cut) == ends[:cut] and norm.ends(cut, len(expected)) == ends[cut:]
    for offset in range(len(text) + 2):
        assert norm.to_normalized(offset) == bisect_left(starts, offset)
    if expected:
        assert norm.to_original(0, len(expected)) == (starts[0], ends[-1])


@given(TEXTS)
def test_every_normalized_character_maps_into_the_original(text: str) -> None:
    norm = normalize(text)
    starts = [norm.start(i) for i in range(len(norm.text))]
    ends = [norm.end(i) for i in range(len(norm.text))]
    for i, char in enumerate(norm.text):
        start, end = starts[i], ends[i]
        assert 0 <= start < end <= len(text)
        if char == " ":
            assert all(c.isspace() or c in INVISIBLE for c in text[start:end])
        else:
            assert not text[start].isspace()
    assert starts == sorted(starts)
    assert ends == sorted(ends)


@given(TEXTS)
def test_ranges_never_cut_a_crlf_pair(text: str) -> None:
    norm = normalize(text)
    for i in range(len(norm.text)):
        for offset in (norm.start(i), norm.end(i)):
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
            assert normalize_text(text[norm.start(i) : norm.end(i)]) == char
    assert norm.to_original(0, len(norm.text))[1] <= len(text)
    assert norm.to_normalized(0) == 0 and norm.to_normalized(len(text)) == len(norm.text)
    assert (norm.text, [norm.start(i) for i in range(len(norm.text))],
            [norm.end(i) for i in range(len(norm.text))]) == reference(text)


@pytest.mark.parametrize("path", sorted((ROOT / "corpus").glob("*.txt")), ids=lambda p: p.name)
def test_offset_map_is_compact(path) -> None:  # type: ignore[no-untyped-def]
    """The map takes under a byte per character of article (a tuple per character took 45)."""
    text = path.read_bytes().decode("utf-8")
    norm = normalize(text)
    assert sum(sys.getsizeof(a) for a in (norm.run_at, norm.run_start, norm.run_end)) < len(text)


@pytest.mark.parametrize(("text", "runs"), [
    ("plain words here", [(0, 0, 1)]),  # one to one throughout: one run
    ("ﬁne ﬁne", [(0, 0, 1), (1, 0, 1), (6, 4, 5)]),  # each ligature's "i" starts a run; what follows continues it
    ("a  ", [(0, 0, 1), (1, 1, 3)]),  # a whitespace run at the very end: one space, and no run after it
    ("a ﬁ", [(0, 0, 1), (3, 2, 3)]),  # a ligature at the very end: no run after it either
    ("Erdog\u0306", [(0, 0, 1), (4, 4, 6)]),  # and a merged accent at the very end
    ("Erdog\u0306an said", [(0, 0, 1), (4, 4, 6), (5, 6, 7)]),  # g + breve, merged into one character
])
def test_the_offset_map_has_a_run_only_where_characters_were_merged_deleted_or_expanded(
    text: str, runs: list[tuple[int, int, int]]
) -> None:
    """The map stays a few numbers per paragraph (see test_offset_map_is_compact) because a run ends
    only where the text stops mapping one to one: (normalized index, original start, original end)."""
    norm = normalize(text)
    assert list(zip(norm.run_at, norm.run_start, norm.run_end, strict=True)) == runs
