"""Round 29's classes (session fix15ae): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from test_attribution import labels

_PAGE = "Peru urges calm at the border\n\nPeru on Monday called for calm at the northern border.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_PAGE + "There are 300 Peruvians in the region, according to the Foreign Ministry.",
                 ["new:Peru", "new:Peru", "new:Foreign Ministry"], id="a_bare_name_another_country_s_known_body_has"),
    pytest.param(_PAGE + "The tents will go by truck, the ministry said in a statement.",
                 ["new:Peru", "new:Peru", "new:ministry"], id="the_ministry_with_no_body_named"),
    pytest.param("Peru urges calm at the border\n\nThe government on Monday called for calm at the northern border.",
                 ["new:Peru", "new:Peruvian government"], id="the_government_under_a_headline_that_names_the_country"),
    pytest.param("Russia urges calm at the border\n\nRussia on Monday called for calm at the northern border.\n\n"
                 "The convoy will wait, according to the Foreign Ministry.",
                 ["russia", "russia", "russian-foreign-ministry"],
                 id="the_known_body_of_the_page_s_own_country"),
    pytest.param("More tents for the border\n\nThe convoy will wait, according to the Foreign Ministry.",
                 ["russian-foreign-ministry"], id="a_page_that_opens_with_no_country"),
    pytest.param(_PAGE + "In Moscow, the defence ministry said the column had strayed.",
                 ["new:Peru", "new:Peru", "russian-defence-ministry"], id="a_sentence_that_opens_at_another_seat"),
    pytest.param(_PAGE + "\u201cWe will help\u201d, the head of government said.", ["new:Peru", "new:Peru", "new:Peru"],
                 id="the_head_of_government_is_no_body"),
    pytest.param(_PAGE + "A senior official told the news agency that the government welcomed the truce.",
                 ["new:Peru", "new:Peru", ""], id="the_government_in_an_unnamed_speaker_s_reported_clause"),
])
def test_a_national_body_with_no_country_named_is_the_page_s_country_s(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Minister Ana Ruiz said the camp would close. "We have no choice," she said.\n\nOutside, about 200 '
                 'people gathered, chanting "Open the gates" and "Shame on you".',
                 ["new:Ana Ruiz", "new:Ana Ruiz", "", ""], id="a_crowd_s_chants"),
    pytest.param('Minister Ana Ruiz said the camp would close.\n\nSome 200 people marched on Sunday. One banner read '
                 '"Open the gates now".', ["new:Ana Ruiz", ""], id="a_banner_s_words"),
    pytest.param('Minister Ana Ruiz said the camp would close.\n\n"We have no choice," she added on Monday.',
                 ["new:Ana Ruiz", "new:Ana Ruiz"], id="a_speaker_s_own_quotation_still_hers"),
])
def test_a_crowd_s_chant_or_placard_is_nobody_s(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Chilean Relief Agency (Socorro Chile) said it had seen no rise in requests.",
                 ["new:Chilean Relief Agency"], id="a_body_s_name_with_its_local_name_in_brackets"),
    pytest.param("The Chilean relief agency (Socorro Chile) said it had seen no rise in requests.",
                 ["new:Socorro Chile"], id="a_description_takes_the_name_in_brackets"),
])
def test_a_name_in_brackets_after_a_body_s_own_name_is_no_speaker_of_its_own(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("A Lima nurse who has just returned from the north said patients were leaving the ward.",
                 "A Lima nurse", id="who_and_an_auxiliary"),
    pytest.param("The nurse who recently was in the camp said patients were leaving the ward.", "The nurse",
                 id="who_an_adverb_and_an_auxiliary"),
    pytest.param("The fighters who Ankara says are farmers said they would stay.", "Ankara", id="who_and_a_subject_of_its_own"),
])
def test_a_speaker_described_by_a_relative_clause_is_the_head_before_it(sentence: str, phrase: str) -> None:
    assert clauses(sentence)[0].phrase == phrase
