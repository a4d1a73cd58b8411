"""Anchoring at its edges: overlapping repeats, word boundaries at the ends of the text,
prefix/suffix that must touch the match, and the method and score of a quote in parts.

Each case is the smallest text on which a plausible slip in anchoring/match.py or
anchoring/spans.py would attach the words to the wrong place (found by mutation
testing, issue 22).
"""

import pytest

from idlibsite.anchoring.fuzzy import MESSAGE_EXCERPT
from idlibsite.anchoring.match import NORMALIZED_SCORE, anchor
from idlibsite.anchoring.spans import Anchor, AnchorFailure, Span, prepare


def spans(result: Anchor | AnchorFailure) -> list[tuple[int, int]]:
    assert isinstance(result, Anchor), result
    return [(s.start, s.end) for s in result.spans]


@pytest.mark.parametrize("quote", ["no, no", "no,  no"], ids=["exact", "normalized"])
def test_overlapping_repeats_are_ambiguous(quote: str) -> None:
    """ "no, no" is in "no, no, no." twice, the second starting inside the first."""
    result = anchor(prepare("no, no, no."), quote)
    assert isinstance(result, AnchorFailure) and result.reason == "ambiguous", result
    assert [(c.start, c.end) for c in result.tied] == [(0, 6), (4, 10)]
    assert spans(anchor(prepare("no, no, no."), quote, occurrence=2)) == [(4, 10)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("the spokesman Kador", "spokesman Kado"),  # would end inside the text's last word
        ("Kador said", "ador said"),  # would start inside the text's first word
        ("the spokesman Kador", "spokesman  Kado"),  # the same through the normalized path
        ("Kador said", "ador  said"),
    ],
)
def test_a_match_inside_a_word_at_either_end_of_the_text_is_not_exact(text: str, quote: str) -> None:
    result = anchor(prepare(text), quote)
    assert isinstance(result, AnchorFailure), result  # too short for a fuzzy match
    assert result.reason == "not-found"


def test_a_match_that_ends_the_text_on_a_word_boundary_is_exact() -> None:
    assert spans(anchor(prepare("the spokesman Kador"), "spokesman Kador")) == [(4, 19)]
    assert spans(anchor(prepare("Kador said"), "Kador")) == [(0, 5)]


def test_a_prefix_must_end_just_before_the_match() -> None:
    """In "a:ab yes" the prefix "a:" is near "yes" but not just before it."""
    text = prepare("a: yes. a:ab yes. b: yes.")
    assert spans(anchor(text, "yes", prefix="a:")) == [(3, 6)]


def test_a_suffix_must_start_just_after_the_match() -> None:
    """In "yes ab:a" the suffix ":a" is near "yes" but not just after it."""
    text = prepare("yes :a. yes ab:a. yes.")
    assert spans(anchor(text, "yes", suffix=":a")) == [(0, 3)]


@pytest.mark.parametrize(
    ("quote", "methods"),
    [
        ("the talks go on … we  will stay", ["exact", "normalized"]),
        ("the  talks go on … we will stay", ["normalized", "exact"]),
        ("the talks go on … we will stay", ["exact", "exact"]),
    ],
)
def test_an_elided_quote_has_the_method_and_score_of_its_weakest_part(quote: str, methods: list[str]) -> None:
    result = anchor(prepare("He said the talks go on. Later he added that we will stay in Idlib."), quote)
    assert isinstance(result, Anchor), result
    assert [s.method for s in result.spans] == methods
    weakest = "normalized" if "normalized" in methods else "exact"
    assert result.method == weakest
    assert result.score == (NORMALIZED_SCORE if weakest == "normalized" else 1.0)
    assert (result.start, result.end) == (result.spans[0].start, result.spans[-1].end)


def span(start: int, method: str, score: float) -> Span:
    return Span(start, start + 1, "x", method, score, "", "")  # type: ignore[arg-type]


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)])
def test_an_anchors_method_is_its_weakest_parts_and_its_score_the_lowest(order: tuple[int, int, int]) -> None:
    parts = [span(0, "exact", 1.0), span(5, "fuzzy", 0.9), span(9, "normalized", NORMALIZED_SCORE)]
    result = Anchor(tuple(parts[i] for i in order))
    assert (result.method, result.score) == ("fuzzy", 0.9)
    assert Anchor((parts[0], parts[2])).method == "normalized"


BRACKETED = prepare(
    "They supported the terrorists in Idlib with weapons and ammunition, he added.\n\n"
    "Turkish forces shelled 34 positions of the Syrian army, and did not lose a single soldier.\n"
)


@pytest.mark.parametrize(
    ("quote", "words", "context"),
    [
        ("They [Turkish forces] supported the terorists in Idlib with weapons",  # its words: a typo
         "They supported the terorists in Idlib with weapons", {}),
        ("[The army] Turkish forces shelled [many] 33 positions of the Syrian army, and did not lose",  # a misquote
         "Turkish forces shelled 33 positions of the Syrian army, and did not lose", {}),
        ("They [Turkish forces] supported the terorists in Idlib with weapons",  # a prefix that is not there
         "They supported the terorists in Idlib with weapons", {"prefix": "nothing like it"}),
    ],
)
def test_a_refused_bracketed_quote_names_the_text_its_words_alone_come_closest_to(
    quote: str, words: str, context: dict[str, str]
) -> None:
    """The words on either side of a bracket are never fuzzy, but the message points at the text
    the words themselves (typed without the brackets) would be anchored to, or refused at."""
    result = anchor(BRACKETED, quote, **context)  # type: ignore[arg-type]
    assert isinstance(result, AnchorFailure) and result.reason == "not-found", result
    alone = anchor(BRACKETED, words, **context)  # type: ignore[arg-type]
    if isinstance(alone, Anchor):
        expected = (alone.start, alone.end, alone.score)
    else:
        assert alone.best is not None
        expected = (alone.best.start, alone.best.end, alone.best.score)
    assert result.best is not None
    assert (result.best.start, result.best.end, result.best.score) == expected
    assert f"reads {result.best.text[:MESSAGE_EXCERPT]!r}" in result.message


def test_a_refused_bracketed_quote_says_which_marks_and_why_words_around_them_must_be_exact() -> None:
    result = anchor(BRACKETED, "They [Turkish forces] supported [the] terorists in Idlib")
    assert isinstance(result, AnchorFailure) and result.best is not None, result
    assert result.message == (
        "the words around [Turkish forces], [the] are not all in the source, exactly and in order "
        "(the words on either side of a bracket are never matched approximately); "
        "the closest text, at 1:1, reads 'They supported the terrorists in Idlib'"
    )


@pytest.mark.parametrize(("text", "quote", "first", "after"), [
    ("Foreign Minister Mevlu\u0308t C\u0327avus\u0327og\u0306lu said talks would go on.",
     "Mevlüt Çavuşoğlu said talks", "Mevlu", " would"),
    # a word all of non-ASCII letters: longer than the segments folded once and cached
    ("The Ministry of Defence of the Russian Federation (Министерство обороны Росси\u0438\u0306ско\u0438\u0306 "
     "Федерации) said so.", "Министерство обороны Российской Федерации", "Министерство", ") said"),
])
def test_a_quote_typed_with_composed_letters_anchors_over_the_articles_decomposed_ones(
    text: str, quote: str, first: str, after: str
) -> None:
    """An article saved in NFD (a letter, then its accent) holds "ü" or "й" as two characters: the
    span covers both, and the words after it keep their offsets."""
    result = anchor(prepare(text), quote)
    assert isinstance(result, Anchor) and result.method == "normalized", result
    start, end = text.index(first), text.index(after)
    assert spans(result) == [(start, end)]
    assert result.spans[0].text == text[start:end]


ARTICLE = ("Akar told reporters in Ankara that the convoy had been carrying fuel and food to an observation post set up "
           "under the 2018 agreement with Russia, and that the fire had come from positions held by Syrian government "
           "forces.\n")


@pytest.mark.parametrize("quote", [
    "The camps have run out of bread and water for the third day running,",  # session newuser20's, made up
    "Nobody answered the telephone at the ministry on Sunday evening",
    "Prices of flour doubled within a week in the northern markets",
])
def test_a_quote_with_nothing_close_names_text_that_begins_and_ends_as_words_do(quote: str) -> None:
    """rapidfuzz's best region for a hopeless quote can begin inside a word ('h Russia, and'): the message
    shows it widened to whole words."""
    result = anchor(prepare(ARTICLE), quote)
    assert isinstance(result, AnchorFailure) and result.reason == "not-found" and result.best is not None, result
    start, end = result.best.start, result.best.end
    assert start == 0 or ARTICLE[start - 1].isspace(), result.best.text
    assert end == len(ARTICLE) or ARTICLE[end].isspace() or not ARTICLE[end - 1].isalnum(), result.best.text
    assert f"reads {result.best.text[:MESSAGE_EXCERPT]!r}" in result.message
