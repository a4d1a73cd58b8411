"""Round 32's classes (issue 15), honorifics and titles as names (session fix15am): general rules, each pinned by
sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("HH the Emir Sheikh Hamad bin Khalid al-Nasser called President Alvarez on Friday.\n\n"
                 "HH the Emir affirmed his support for the talks.", ["new:Hamad bin Khalid al-Nasser"] * 2,
                 id="fix15am_an_abbreviated_honorific_and_a_title_is_the_one_named_with_it"),
    pytest.param("H.E. the President Maria Solberg Ortiz met the envoy on Friday.\n\n"
                 "H.E. the President affirmed her support for the talks.", ["new:Maria Solberg Ortiz"],
                 id="fix15am_a_dotted_abbreviated_honorific_and_a_title_is_the_one_named_with_it"),
])
def test_fix15am_an_abbreviated_honorific_with_a_title(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Separately, H.H. Sheikh Hamdan bin Rashid Al Qasimi, Minister of Foreign Affairs and International Cooperation of the "
                 "Emirate, received a phone call from Foreign Minister Lena Ortiz of Ruritania on Friday.\n\n"
                 "H.H. Sheikh Hamdan affirmed the Emirate's support for all efforts aimed at de-escalation.",
                 ["new:Hamdan bin Rashid Al Qasimi"], id="fix15am_a_given_name_after_a_title_is_the_full_name_given_before"),
])
def test_fix15am_a_given_name_after_a_title_is_the_full_name(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The aid fund was set up at a meeting chaired by Tánaiste Simon Dolan on Monday.\n\n"
                 "The Tánaiste said the money would go to the camps.", ["new:Simon Dolan"],
                 id="fix15am_the_title_of_one_word_is_the_one_the_page_named_with_it"),
    pytest.param("The border will stay closed, Prime Minister Lars Hedvig Olsen said on Tuesday.\n\n"
                 "\"Nobody will cross,\" the PM said after the meeting.", ["new:Lars Hedvig Olsen"] * 2,
                 id="fix15am_an_abbreviated_title_is_the_one_the_page_named_with_its_words"),
    pytest.param("Kremlin Spokesman Dmitry Peskov spoke to reporters on Tuesday.\n\n"
                 "The Kremlin said the talks would go ahead.", ["kremlin"],
                 id="fix15am_guard_a_body_before_a_title_and_a_name_stays_the_body"),
])
def test_fix15am_a_title_after_the_is_the_one_the_page_named_with_it(text: str, expected: list[str]) -> None:
    assert labels(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A 31-year-old former teacher from Velmar, who reached the border on Sunday, told reporters that the group had no food.\n\n"
                 "\"We were told the gate was open,\" said Mr Tomas Reyes.", ["new:Tomas Reyes"] * 2,
                 id="fix15am_a_person_described_with_a_post_modifier_is_the_one_named_next"),
    pytest.param("A mother-of-four who fled the city last year said she had lost touch with her sister.\n\n"
                 "\"The last call was on Monday,\" said Lina Haddou, 38, who now works in a shop.", ["new:Lina Haddou"] * 2,
                 id="fix15am_a_person_described_by_a_compound_is_the_one_named_next_with_an_age"),
    pytest.param("A Dublin woman working for the charity in Velmar described long queues for bread.\n\n"
                 "\"It is like nothing I have seen,\" said Aoife Ó Briain, 29.", ["new:Aoife Ó Briain"] * 2,
                 id="fix15am_a_woman_described_is_the_one_named_next_a_name_with_a_one_letter_word"),
    pytest.param("One organiser, a Velmar pharmacist who arrived as a refugee, said most of those present had family in the city. "
                 "\"We check our phones every morning,\" said Karim Nasser.", ["new:Karim Nasser"] * 2,
                 id="fix15am_a_person_described_is_the_one_named_in_the_quotation_next_in_the_paragraph"),
    pytest.param("A senior official from the ministry said the talks had stalled.\n\n"
                 "\"We are waiting,\" said Karim Nasser.", ["", "new:Karim Nasser"],
                 id="fix15am_guard_an_anonymous_source_described_stays_unnamed"),
])
def test_fix15am_a_person_described_then_named(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
