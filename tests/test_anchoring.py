"""Anchoring typed quotes in the corpus: baseline, score order, properties, failures."""

import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from conftest import ROOT, examples
from idlibsite.anchoring.fuzzy import MIN_FUZZY_SCORE, NORMALIZED_SCORE
from idlibsite.anchoring.marks import MAX_ELISION_GAP
from idlibsite.anchoring.match import anchor
from idlibsite.anchoring.wording import word_cost
from idlibsite.anchoring.normalize import normalize_text
from idlibsite.anchoring.spans import (
    Anchor,
    AnchorFailure,
    Prepared,
    position_selector,
    prepare,
    quote_selector,
)

NAMES = sorted(p.name for p in (ROOT / "corpus").glob("*.txt"))
BASELINE = yaml.safe_load((Path(__file__).parent / "anchoring_baseline.yaml").read_text("utf-8"))


@cache
def source(name: str) -> Prepared:
    return prepare((ROOT / "corpus" / name).read_bytes().decode("utf-8"))


def by_prefix(number: str) -> Prepared:
    return source(next(n for n in NAMES if n.startswith(number)))


def anchored(prepared: Prepared, quote: str, **context: object) -> Anchor:
    result = anchor(prepared, quote, **context)  # type: ignore[arg-type]
    assert isinstance(result, Anchor), result
    return result


def failed(prepared: Prepared, quote: str, **context: object) -> AnchorFailure:
    result = anchor(prepared, quote, **context)  # type: ignore[arg-type]
    assert isinstance(result, AnchorFailure), result
    return result


# --- regression baseline ------------------------------------------------------------


@pytest.mark.parametrize("case", BASELINE, ids=lambda c: f"{c['source'][:3]}:{c['quote'][:40]}")
def test_baseline(case: dict) -> None:  # type: ignore[type-arg]
    context = {k: case[k] for k in ("prefix", "suffix", "occurrence") if k in case}
    result = anchored(source(case["source"]), case["quote"], **context)
    assert [[s.start, s.end] for s in result.spans] == case["spans"]
    assert result.method == case["method"]
    for span in result.spans:
        assert span.text == source(case["source"]).text[span.start:span.end]
        assert span.text == span.text.strip()


def test_baseline_covers_the_required_cases() -> None:
    quotes = [c["quote"] for c in BASELINE]
    assert len(BASELINE) >= 25
    assert {c["source"] for c in BASELINE} == set(NAMES)
    assert {"exact", "normalized", "fuzzy"} == {c["method"] for c in BASELINE}
    assert any("al-Assad" in q for q in quotes) and any("flow of" in q for q in quotes)
    assert any(len(c["spans"]) > 1 for c in BASELINE)


# --- scores are ordered ---------------------------------------------------------------

ORDERED = [  # increasingly different versions of one quote from 000
    "the Russian troops were not responsible for the crisis, and condemned this accusation",
    "the Russian troops were not responsible for the crisis,\nand condemned this accusation",
    "the Russian troops were not responsibel for the crisis,\nand condemned this accusation",
    "the Russian troops were not responsibel for the crysis,\nand condemned this accusation",
    "the Russian troops were not responsibel for the crysis,\nand condemed this accusation",
    "the Russian tropes were nto responsibel for the crysis,\nand condemed this acusation",
    "the Rusian tropes wer nto responsibel fr teh crysis,\nadn condemed tihs acusation",
]


def test_scores_are_ordered() -> None:
    results = [anchor(by_prefix("000"), q) for q in ORDERED]
    anchors = [r for r in results if isinstance(r, Anchor)]
    assert [a.method for a in anchors] == ["exact", "normalized"] + ["fuzzy"] * 4
    scores = [a.score for a in anchors]
    assert scores[0] == 1.0 and scores[1] == NORMALIZED_SCORE
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)
    assert all(s >= MIN_FUZZY_SCORE for s in scores)
    assert {(a.start, a.end) for a in anchors} == {(anchors[0].start, anchors[0].end)}
    refused = results[-1]
    assert isinstance(refused, AnchorFailure) and refused.reason == "low-score"
    assert refused.best is not None and refused.best.score < scores[-1]


def test_longer_quote_scores_higher_for_the_same_typo() -> None:
    short = anchored(by_prefix("000"), "Russian troops were not responsibel for the crisis")
    long = anchored(by_prefix("000"), "the Russian troops were not responsibel for the crisis, "
                                      "and condemned this accusation as")
    assert short.score < long.score < NORMALIZED_SCORE


def test_three_words_with_a_typo_are_refused() -> None:
    assert failed(by_prefix("000"), "Russian Defence Mnistry").reason in ("low-score", "not-found")


# --- properties -----------------------------------------------------------------------

WHITESPACE = [" ", "\n", "\r\n", "  ", "\u00a0", " \n "]
DOUBLE = "\"“”„‟"
SINGLE = "'‘’‚‛`"
DASH = "-–—‒−"


@cache
def words(name: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", source(name).text)]


def occurrences(prepared: Prepared, quote: str) -> int:
    core = normalize_text(quote).strip(" \"'")
    text, count, at = prepared.normalized.text, 0, 0
    while (at := text.find(core, at) + 1) > 0:
        count += 1
    return count


@st.composite
def perturbed_slice(draw: st.DrawFn) -> tuple[str, int, int, str]:
    name = draw(st.sampled_from(NAMES))
    spans = words(name)
    first = draw(st.integers(0, len(spans) - 4))
    last = draw(st.integers(first + 3, min(first + 30, len(spans) - 1)))
    start, end = spans[first][0], spans[last][1]
    text = source(name).text
    original = text[start:end]
    assume(not original.endswith("-"))  # a slice that stops inside a hyphenated wrap

    def pick(options: str | list[str]) -> st.SearchStrategy[str]:
        return st.sampled_from(list(options))

    typed = re.sub(r"-\s*\n\s*", lambda m: draw(pick(["-", "", m.group()])), original)
    typed = re.sub(r"\s+", lambda m: draw(pick(WHITESPACE)), typed)
    typed = re.sub(f"[{DOUBLE}]", lambda m: draw(pick(DOUBLE)), typed)
    typed = re.sub(f"[{SINGLE}]", lambda m: draw(pick(SINGLE)), typed)
    typed = re.sub(f"[{DASH}]", lambda m: draw(pick(DASH)), typed)
    typed = re.sub(r"\.\.\.|…", lambda m: draw(pick(["...", "…"])), typed)
    typed = re.sub(r"(?<=\w) (?=[\"“”])|(?<=[\"“”]) (?=\w)",
                   lambda m: draw(pick(["", " "])), typed)  # stray spaces by quote marks
    typed = re.sub(r"(?<=[a-z])(?=[a-z])", lambda m: draw(pick([""] * 30 + ["-\n"])), typed)
    return name, start, end, typed


@settings(max_examples=examples(300), deadline=None)
@given(perturbed_slice())
def test_normalization_only_variants_anchor_to_the_same_offsets(
    case: tuple[str, int, int, str],
) -> None:
    name, start, end, typed = case
    assume(occurrences(source(name), source(name).text[start:end]) == 1)
    result = anchored(source(name), typed)
    assert [(s.start, s.end) for s in result.spans] == [(start, end)]
    assert result.method in ("exact", "normalized")


@st.composite
def shuffled_words(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(NAMES))
    tokens = [source(name).text[s:e] for s, e in words(name)]
    bigrams = set(zip(tokens, tokens[1:]))
    chosen = draw(st.lists(st.sampled_from(tokens), min_size=5, max_size=20, unique=True))
    assume(not any(pair in bigrams for pair in zip(chosen, chosen[1:])))
    return name, " ".join(chosen)


@settings(max_examples=examples(200), deadline=None)
@given(shuffled_words())
def test_shuffled_source_words_never_anchor(case: tuple[str, str]) -> None:
    name, quote = case
    assert failed(source(name), quote).reason in ("not-found", "low-score")


def sentences(name: str) -> list[str]:
    text = " ".join(source(name).text.split())
    return [s for s in re.split(r"(?<=[.?!])\s+", text) if len(s.split()) >= 6]


@pytest.mark.parametrize("target", NAMES)
def test_sentences_from_other_sources_never_anchor(target: str) -> None:
    prepared = source(target)
    others = [s for name in NAMES if name != target for s in sentences(name)]
    assert len(others) > 50
    for sentence in others:
        if occurrences(prepared, sentence) == 0:
            assert isinstance(anchor(prepared, sentence), AnchorFailure), sentence


# --- failures and disambiguation ------------------------------------------------------


def test_empty_quote_is_refused() -> None:
    for quote in ("", "   ", "\n", '""', "“ ”"):
        result = failed(by_prefix("000"), quote)
        assert result.reason == "empty" and result.best is None


def test_not_found_reports_the_best_candidate() -> None:
    prepared = by_prefix("003")
    result = failed(prepared, "Peskov told journalists on Monday that Moscow was unmoved")
    assert result.reason in ("not-found", "low-score")
    best = result.best
    assert best is not None and 0 <= best.score < MIN_FUZZY_SCORE
    assert best.text == prepared.text[best.start:best.end]
    prefix = prepared.text[:best.start]
    assert (best.line, best.column) == (prefix.count("\n") + 1, best.start - prefix.rfind("\n"))
    assert f"{best.line}:{best.column}" in result.message


def test_ambiguous_title_lists_every_place() -> None:
    prepared = by_prefix("004")
    title = "Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria"
    result = failed(prepared, title)
    assert result.reason == "ambiguous"
    assert [(c.line, c.column) for c in result.tied] == [(5, 1), (7, 1), (14, 1)]
    assert "5:1" in result.message and "7:1" in result.message and "14:1" in result.message
    assert anchored(prepared, title, occurrence=2).start == result.tied[1].start
    assert anchored(prepared, title, suffix="video by").start == result.tied[2].start
    assert anchored(prepared, title, prefix="Breaking News").start == result.tied[0].start
    assert anchored(prepared, title, suffix="please wait").start == result.tied[1].start
    assert failed(prepared, title, occurrence=4).reason == "not-found"
    assert failed(prepared, title, prefix="no such words").reason == "not-found"


def test_ambiguous_fuzzy_match_is_refused_too() -> None:
    title = "Disputing Turkey, Russian Ambasador Dodges Blame Over Deadly Airstrikes in Northwest Syria"
    result = failed(by_prefix("004"), title)
    assert result.reason == "ambiguous" and len(result.tied) == 3
    assert anchored(by_prefix("004"), title, occurrence=3).method == "fuzzy"


def test_short_word_is_ambiguous() -> None:
    result = failed(by_prefix("000"), "Idlib")
    assert result.reason == "ambiguous" and len(result.tied) > 2


def test_prefix_skips_quote_marks() -> None:
    result = anchored(by_prefix("001"), "about a million", prefix="of supposedly")
    assert result.spans[0].text == "about a million"
    assert by_prefix("001").text[result.start - 1] == "“"


# --- quote marks, elisions, selectors -------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("partially and completely false.", "partially and completely false."),
        ('"partially and completely false."', '"partially and completely false."'),
        ("“partially and completely false.”", '"partially and completely false."'),
        ("'partially and completely false.'", '"partially and completely false."'),
    ],
)
def test_quote_marks_at_the_ends_are_optional(quote: str, expected: str) -> None:
    assert anchored(by_prefix("000"), quote).spans[0].text == expected


def test_marks_typed_where_the_source_has_none_do_not_fail() -> None:
    result = anchored(by_prefix("004"), '"The claim is misleading."')
    assert result.spans[0].text == "The claim is misleading."


def test_elided_quote_anchors_each_part_in_order() -> None:
    prepared = by_prefix("001")
    result = anchored(prepared, "We express serious concern … a violation of the Russian-Turkish agreements")
    assert [s.text for s in result.spans] == [
        "We express serious concern", "a violation of the Russian-Turkish agreements"]
    assert result.start < result.spans[0].end < result.spans[1].start < result.end


def test_ellipsis_in_the_source_is_matched_whole_first() -> None:
    result = anchored(by_prefix("001"), "Russian-Turkish agreements … runs the risk")
    assert len(result.spans) == 1 and result.method == "normalized"


def test_elided_parts_must_be_in_order_and_near() -> None:
    prepared = by_prefix("001")
    reversed_parts = "a violation of the Russian-Turkish agreements ... We express serious concern"
    assert failed(prepared, reversed_parts).reason in ("not-found", "low-score")
    far = "In Syrian Idlib, a very alarming situation ... the decision of the Supreme Court"
    assert prepared.normalized.text.find("the decision") > MAX_ELISION_GAP
    assert failed(prepared, far).reason in ("not-found", "low-score")


def test_selectors_are_w3c_shaped() -> None:
    prepared = by_prefix("000")
    span = anchored(prepared, "partially and completely false").spans[0]
    assert quote_selector(span) == {
        "type": "TextQuoteSelector", "exact": "partially and completely false",
        "prefix": prepared.text[span.start - 32:span.start],
        "suffix": prepared.text[span.end:span.end + 32],
    }
    assert position_selector(span) == {
        "type": "TextPositionSelector", "start": span.start, "end": span.end}


def test_fuzzy_boundaries_cover_whole_words_across_a_wrap() -> None:
    prepared = by_prefix("003")
    result = anchored(prepared, "the biggest escalaton of the war between President Bashar al-Assad")
    assert result.method == "fuzzy"
    assert result.spans[0].text.endswith("Bashar al-\nAssad")
    assert result.spans[0].text.startswith("the biggest")


# --- near-duplicate sentences, brackets, misquotes (issue 20) ---------------------------

NEAR = prepare(
    "The minister said the rebels had opened fire on our soldiers near Saraqib on Thursday night.\n\n"
    "Some filler about other things goes here, to keep the two sentences apart.\n\n"
    "The minister said the rebels had opened fire on our posts near Saraqib on Thursday night.\n\n"
    "They supported the terrorists in Idlib with weapons and ammunition, he added.\n\n"
    "Turkish forces shelled 34 positions of the Syrian army, and did not lose a single soldier.\n\n"
    "See also: [Turkey Announces New Operation](#) and the [sic] note.\n"
)
SOLDIERS = NEAR.text.index("the rebels")
POSTS = NEAR.text.index("the rebels", SOLDIERS + 1)


@pytest.mark.parametrize("quote", [
    "the rebels had opened fire on our near Saraqib on Thursday night",  # the differing word left out
    "the rebels had opened fire on our troops near Saraqib on Thursday night",  # changed to a third
    "the rebels had opened fire on our near Saraqib on Thursday",  # and a word short at the end
])
def test_a_quote_as_close_to_two_near_duplicate_sentences_is_ambiguous(quote: str) -> None:
    result = failed(NEAR, quote)
    assert result.reason == "ambiguous"
    assert [c.start for c in result.tied] == [SOLDIERS, POSTS]
    assert "1:19" in result.message and "5:19" in result.message
    assert "occurrence (1 for 1:19, 2 for 5:19)" in result.message
    assert anchored(NEAR, quote, occurrence=2).start == POSTS
    assert anchored(NEAR, quote, prefix="Some filler about other things goes here, to keep the two "
                                        "sentences apart. The minister said").start == POSTS


def test_a_near_duplicate_message_shows_the_words_that_differ_at_each_place() -> None:
    message = failed(NEAR, "the rebels had opened fire on our near Saraqib on Thursday night").message
    assert "at 1:19, (nothing) → 'soldiers'; at 5:19, (nothing) → 'posts'" in message


@pytest.mark.parametrize(("quote", "start"), [
    ("the rebels had opened fire on our soldeirs near Saraqib on Thursday night", "SOLDIERS"),  # a typo
    ("the rebels had opened heavy fire on our soldiers near Saraqib on Thursday night", "SOLDIERS"),
    ("the rebels had opened heavy fire on our posts near Saraqib on Thursday night", "POSTS"),
])
def test_a_quote_that_keeps_the_differing_word_anchors_to_its_sentence(quote: str, start: str) -> None:
    result = anchored(NEAR, quote)
    assert result.method == "fuzzy" and result.start == {"SOLDIERS": SOLDIERS, "POSTS": POSTS}[start]


@pytest.mark.parametrize(("quote", "parts"), [
    ("They supported the terrorists [...] with weapons and ammunition",
     ["They supported the terrorists", "with weapons and ammunition"]),
    ("They supported the terrorists […] with weapons", ["They supported the terrorists", "with weapons"]),
    ("They supported [...] Idlib [ … ] ammunition", ["They supported", "Idlib", "ammunition"]),
    ("They [Turkish forces] supported the terrorists in Idlib", ["They", "supported the terrorists in Idlib"]),
    ("[Ankara] supported the terrorists in Idlib", ["supported the terrorists in Idlib"]),  # for "They"
    ("They supported [the] terrorists in Idlib", ["They supported", "terrorists in Idlib"]),  # for "the"
    ("They supported the terrorists in Idlib [sic]", ["They supported the terrorists in Idlib"]),
])
def test_brackets_elide_or_insert_and_the_words_around_them_are_anchored_exactly(
    quote: str, parts: list[str]
) -> None:
    result = anchored(NEAR, quote)
    assert [s.text for s in result.spans] == parts
    assert {s.method for s in result.spans} == {"exact"}


def test_brackets_the_source_has_are_its_words() -> None:
    assert [s.text for s in anchored(NEAR, "See also: [Turkey Announces New Operation](#)").spans] == [
        "See also: [Turkey Announces New Operation](#)"]
    assert anchored(NEAR, "and the [sic] note").spans[0].text == "and the [sic] note"
    typo = anchored(NEAR, "See also: [Turkey Anounces New Operation](#) and the")  # a link: no insertion
    assert typo.method == "fuzzy"


def test_an_insertion_stands_for_a_few_words_at_most() -> None:
    result = failed(NEAR, "They supported [the Syrian opposition] ammunition, he added")
    assert result.reason == "not-found" and "the words around [the Syrian opposition]" in result.message


def test_words_around_brackets_are_never_fuzzy() -> None:
    result = failed(NEAR, "They [Turkish forces] supported the terorists in Idlib with weapons")
    assert result.reason == "not-found"
    assert "are not all in the source, exactly and in order" in result.message
    assert result.best is not None and result.best.start == NEAR.text.index("They supported")
    assert "reads 'They supported the terrorists in Idlib" in result.message


@pytest.mark.parametrize(("quote", "change"), [
    ("Russian forces shelled 34 positions of the Syrian army, and did not lose a single soldier",
     "'Russian' → 'Turkish' (a name)"),
    ("Turkish forces shelled 33 positions of the Syrian army, and did not lose a single soldier",
     "'33' → '34' (a number)"),
    ("Turkish forces shelled 34 positions of the Syrian army, and did lose a single soldier",
     "(nothing) → 'not' (a negation)"),
])
def test_a_change_of_name_number_or_negation_is_a_misquote(quote: str, change: str) -> None:
    result = failed(NEAR, quote)
    assert result.reason == "misquote"
    assert f"word by word (typed → article): {change}" in result.message
    assert result.best is not None and result.best.start == NEAR.text.index("Turkish forces")


def test_an_accepted_change_anchors() -> None:
    quote = "Turkish forces shelled 33 positions of the Syrian army, and did not lose a single soldier"
    assert failed(NEAR, quote, accept=("33 → 35",)).reason == "misquote"
    assert anchored(NEAR, quote, accept=("33 → 34",)).method == "fuzzy"


def test_other_changed_words_and_typos_are_not_misquotes() -> None:
    for quote in ("Turkish forces shelled 34 positions of the Syrian infantry, and did not lose a single soldier",
                  "Turkish forces shelled 34 positions of the Syrain army, and did nto lose a single soldier",
                  "Turkish forces shelled 34 positions of the Syrian army, and did never lose a single soldier"):
        assert anchored(NEAR, quote).method == "fuzzy"


def test_a_too_short_quote_says_so_rather_than_scoring_zero() -> None:
    result = failed(NEAR, "Turkish forcs shelled")
    assert "too short to be matched approximately" in result.message
    assert "score" not in result.message and "1 edit(s)" in result.message


def test_a_far_quote_gives_edits_and_allowance_that_agree_with_its_score() -> None:
    result = failed(by_prefix("000"), ORDERED[-1])
    edits, allowed = map(int, re.search(r"is (\d+) edit\(s\) away, more than the (\d+)", result.message).groups())
    assert edits > allowed
    assert f"score {result.best.score:.2f} < " in result.message  # type: ignore[union-attr]


def test_a_fuzzy_match_may_change_one_word_in_eight() -> None:
    prepared = by_prefix("003")
    result = failed(prepared, "Russian counterpart Vladimir Putin at a")  # the text has "Putin late on"
    assert result.reason == "low-score"
    assert "has 2 word(s) that are not the quote's, more than the 1 a quote this long may have" in result.message
    assert "'at a' → 'late'" in result.message
    assert anchored(prepared, "Russian counterpart Vladimir Putin lat").method == "fuzzy"  # a typo


@pytest.mark.parametrize(("typed", "around", "cost"), [
    ("Assad and his", "President Bashar al-\nAssad and his enemies", 0),  # a place may start inside a word
    ("on our near Saraqib", "fire on our soldiers near Saraqib on", 1),
    ("on our troops near Saraqib", "fire on our soldiers near Saraqib on", 1),
    ("on our soldeirs near Saraqib", "fire on our soldiers near Saraqib on", 0),
    ("on our heavy soldiers near Saraqib", "fire on our posts near Saraqib on", 2),
])
def test_word_cost_counts_words_not_typos_with_free_ends(typed: str, around: str, cost: int) -> None:
    assert word_cost(typed, around) == cost
