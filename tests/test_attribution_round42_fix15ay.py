"""Rounds 38-39's classes of bodies (issue 15; session fix15ay): a capital is its country, not a body seated there; "the
NGO" is the last body the page names of no state's kind; a body's office in a place, named with its acronym in
brackets, is the body; a headline's short form by a country's bracketed letters, by its nation's adjective and a
mission's kind, or by a contraction ("Gov't") is the body the page names in full. Pinned by texts of our own."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Freedonian Embassy in Vienna said it had opened a hotline for citizens.\n\n"
                 "Vienna said on Friday that the talks would go on.",
                 ["new:Freedonian Embassy in Vienna", "new:Vienna"],
                 id="a_capital_is_not_the_body_seated_there"),
    pytest.param("The Ruritanian Refugee Committee said in a statement that the camps were full. "
                 "The NGO called on the ministry to open new shelters.",
                 ["new:Ruritanian Refugee Committee", "new:Ruritanian Refugee Committee"],
                 id="the_ngo_is_the_last_body_of_no_state_kind"),
    pytest.param("The Ruritanian Interior Ministry said the border was calm. The Ruritanian Refugee Committee said "
                 "the camps were full. The National Police Headquarters said the roads were open. "
                 "The NGO called on the ministry to open new shelters.",
                 ["new:Ruritanian Interior Ministry", "new:Ruritanian Refugee Committee",
                  "new:National Police Headquarters", "new:Ruritanian Refugee Committee"],
                 id="the_ngo_is_never_a_state_body_named_after_it"),
    pytest.param("The Caritas Relief Organisation (CRO) in Vienna said the shelters were already full.",
                 ["new:Caritas Relief Organisation"],
                 id="a_body_named_with_its_bracketed_acronym_in_a_place_is_the_body"),
])
def test_seats_and_kinds(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Gov't assures families of students abroad\n\n"
                 "Government has assured families of students abroad that they are safe, the minister said.",
                 ("reported", "Gov't assures families", "new:Government"),
                 id="a_contraction_is_the_word_the_story_spells"),
    pytest.param("Govt warns travellers against the border\n\n"
                 "Government has warned travellers not to go near the border, the ministry said.",
                 ("reported", "Govt warns travellers", "new:Government"),
                 id="a_clipping_without_apostrophe_is_the_word_the_story_spells"),
    pytest.param("Danish embassy in Vienna tells citizens to stay home\n\n"
                 "The Royal Danish Embassy in Vienna has advised citizens to stay at home.",
                 ("reported", "Danish embassy in", "new:Royal Danish Embassy in Vienna"),
                 id="a_nation_and_a_missions_kind_is_the_mission_the_page_names"),
    pytest.param("TT Border Police: we are ready for more arrivals\n\n"
                 "The Border Police of Trinidad and Tobago (TT) is ready for more arrivals, its chief said.",
                 ("reported", "TT Border Police:", "new:Border Police of Trinidad and Tobago"),
                 id="a_short_form_by_the_bracketed_letters_of_the_country_is_the_body"),
])
def test_full_names_in_headlines(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in headlined(text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ruritanian Relief Committee said in a statement on Sunday that the camps were full.\n\n"
                 "The committee called on all parties to exercise restraint.\n\n"
                 "The statement added that the country stood with the displaced.",
                 ["new:Ruritanian Relief Committee"] * 3,
                 id="a_statements_words_are_its_authors"),
    pytest.param("Foreign Minister Jan Novak discussed the fighting in a phone call with his Austrian counterpart, "
                 "the ministry said.",
                 ["new:Foreign Ministry"],
                 id="the_ministry_of_a_minister_the_sentence_names_by_title"),
    pytest.param('The UN refugee agency in Malta said the asylum process "must be faster".',
                 ["new:UNHCR", "new:UNHCR"],
                 id="a_un_agency_described_with_its_office_in_a_place_is_the_agency"),
])
def test_documents_and_offices(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
