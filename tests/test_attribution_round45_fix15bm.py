"""Round 42's classes of issue 15 (session fix15bm): missed passages.  Texts of our own, written before the rule;
names, outlets and forms are made up."""

from __future__ import annotations

import pytest

from test_attribution import speakers


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(kind, first) for kind, first, _who in speakers(text)]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Nordbank strategist Eva Lind said the krona would stay weak. The strategist expects the krona to recover by June.",
        [("reported", "Nordbank strategist Eva"), ("reported", "The strategist expects")],
        id="an_analysts_forecast_expects_x_to_do"),
    pytest.param(
        "Oxford Analytica expects oil prices to rise sharply in the second quarter.",
        [("reported", "Oxford Analytica expects")],
        id="a_consultancys_forecast_in_the_lead"),
    pytest.param(
        "Turkey expects concrete support from its allies. The talks resume on Monday.",
        [],
        id="guard_expects_a_thing_is_no_forecast"),
    pytest.param(
        "Piet Mol, an analyst at Delta Capital, wrote in a note to investors that the rally would fade.",
        [("reported", "Piet Mol, an")],
        id="wrote_in_a_note_of_four_words_then_that"),
    pytest.param(
        "By Ama Kofi\n\nI have written before in these pages that the camps need schools.",
        [("reported", "I have written")],
        id="have_written_before_in_these_pages_that"),
    pytest.param(
        "Former Prime Minister Jan Berg once said that Norwegians \"owe the refugees a home\".",
        [("reported", "Former Prime Minister"), ("direct", "owe the refugees")],
        id="said_that_a_subject_then_its_quoted_predicate"),
    pytest.param(
        "The minister said that \"Nobody will be left behind\".",
        [("direct", "Nobody will be")],
        id="guard_said_that_then_a_whole_quoted_sentence"),
])
def test_missed_passages_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Athens, 3 May - Greece expects Ankara to stop the crossings. Foreign Minister Nikos Dendias said this on Sunday.",
        "new:Nikos Dendias",
        id="guard_a_stated_view_then_x_said_this_stays_his"),
    pytest.param(
        "By Ama Kofi\n\nI have written before in these pages that the camps need schools.",
        "new:Ama Kofi",
        id="i_in_a_column_is_the_byline"),
])
def test_forecasts_and_columns_have_their_speaker(text: str, expected: str) -> None:
    assert speakers(text)[0][2] == expected
