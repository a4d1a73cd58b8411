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

