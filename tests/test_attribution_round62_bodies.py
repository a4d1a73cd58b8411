"""Rounds 57's and 60's bodies named without their country, and a body named with its own acronym (issue 15, session
fix15ea).  A country's own service named with no country ("The Commissariat for ... says", "the Border Police said",
"The federal prosecutor's office said") is that country's: the fuller form of its name the page gives, else the one
country its sentence names by its capital, its people or as the place it speaks of, else the page's; a body's name
with "for X and Y" is one name; a name with its acronym in brackets is the known body of that acronym, however the
name is spelled.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from idlibsite.attribution.nationalbody import national_body
from test_attribution import cut_page, said_opening


_ZAGREB = ("Večernji list › Hrvatska\n\n"
           "Ministry of Civil Protection: “Stay calm”\n\n"
           "The Ministry of Civil Protection of Montenegro announced on Sunday that all crossings would stay open.\n\n"
           "The Commissariat for Asylum and Integration says that about 3,000 people are staying in shelters in Croatia.\n\n"
           "Later, the Border Police said it had tightened checks at Vilnius airport and on the road to Belarus.\n\n"
           "The national prosecutor's office said on Monday it was watching “a few dozen” Austrians in the camps.\n\n"
           "The police said the road was closed.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Stay calm", "new:Ministry of Civil Protection of Montenegro", id="a_headline_body_by_the_fuller_form_the_story_gives"),
    pytest.param("The Commissariat for", "new:Croatian Commissariat for Asylum and Integration",
                 id="a_commissariat_takes_the_country_its_sentence_speaks_of_and_its_for_x_and_y_is_one_name"),
    pytest.param("Later, the Border", "new:Lithuanian Border Police", id="a_border_police_takes_its_capitals_country"),
    pytest.param("The national prosecutor's", "new:Austrian national prosecutor's office", id="a_prosecutors_office_takes_its_citizens_country"),
    pytest.param("The police said", "The police", id="guard_the_police_in_small_letters_names_no_body"),
])
def test_a_national_body_named_without_its_country_takes_the_one_its_sentence_tells(opening: str, who: str) -> None:
    assert said_opening(_ZAGREB, opening) == who


@pytest.mark.parametrize(("phrase", "sentence", "page", "expected"), [
    pytest.param("The State Border Police", "The State Border Police said migrants had crossed from Serbia into Hungary.",
                 "", ("State Border Police", ""), id="guard_two_countries_in_the_sentence_tell_none"),
    pytest.param("the Ministry of Health", "The Ministry of Health said ...", "The Ministry of Health of Chile and the Ministry of Health of Peru",
                 ("", ""), id="guard_two_fuller_forms_tell_none"),
    pytest.param("the Slovak Border Police", "the Slovak Border Police said", "", ("", ""), id="guard_a_name_with_its_nation_is_none_of_these"),
    pytest.param("Police", "Police said 300 people had gathered in Sofia.", "", ("", ""), id="guard_a_kind_word_alone"),
    pytest.param("RoK Border Police", "RoK Border Police: we are ready", "", ("", ""), id="guard_a_countrys_letters_before_the_name"),
    pytest.param("the Red Cross", "The Red Cross said it had sent aid to Syria.", "", ("", ""), id="guard_no_national_service"),
])
def test_national_body(phrase: str, sentence: str, page: str, expected: tuple[str, str]) -> None:
    assert national_body(phrase, sentence, page) == expected


_ACRONYM = ("Idlib: hospital struck again\n\n"
            "The Centre for Reconciliation of Opposing Sides (CPVS), which monitors the truce, reported 12 violations on Friday.\n\n"
            "The Syrian Relief Network (SRN), which runs the clinic, condemned the strike.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The Centre for", "russian-reconciliation-centre", id="a_name_spelled_otherwise_with_the_known_bodys_acronym"),
    pytest.param("The Syrian Relief", "new:Syrian Relief Network", id="guard_an_acronym_no_known_body_has"),
])
def test_a_body_named_with_its_acronym_in_brackets_is_the_known_body_of_that_acronym(opening: str, who: str) -> None:
    assert said_opening(_ACRONYM, opening) == who


_STOCKHOLM = ("Dagens Nyheter › Världen\n\n"
              "Minister: aid to Syria doubled\n\n"
              "Sweden is doubling its humanitarian aid to north-western Syria, the government said on Tuesday.\n\n"
              "UD has advised against all travel to Lebanon since Sunday.\n\n"
              "According to NTB, the Greek government states that 4,000 people have reached the islands.\n\n"
              "According to Reuters, the Bulgarian government stated on Monday that the fence would be extended.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("UD has advised", "new:Swedish Foreign Ministry", id="a_foreign_ministrys_acronym_in_its_own_language"),
    pytest.param("According to NTB,", "new:Greek government", id="an_agency_relays_a_governments_statement_in_the_present"),
    pytest.param("According to Reuters,", "new:Bulgarian government", id="and_in_the_past"),
])
def test_a_ministrys_own_acronym_and_a_body_an_agency_relays(opening: str, who: str) -> None:
    assert said_opening(_STOCKHOLM, opening) == who


_SARAJEVO = ("Dnevni avaz › Vijesti\n\n"
             "Minister visits the border\n\n"
             "Security Minister Ana Kovač said on Tuesday that the crossing at Izačić was calm.\n\n"
             "- We are ready for every scenario and the citizens can be calm - said Kovač.\n\n"
             "- Tents, blankets and food - a list of what the camp lacks.\n")


def test_a_dash_quotation_closed_by_a_dash_with_no_stop_before_it_is_a_quotation() -> None:
    """(Its speaker is read as a dash quotation's always was, by the one who spoke just before: the tag after the second
    dash is not read, tests/test_attribution_round19.py.)"""
    assert [(kind, first, who) for kind, first, who in cut_page(_SARAJEVO) if first.startswith(("We are", "Tents,"))] == [
        ("direct", "We are ready", "new:Ana Kovač")]  # the list after a dash, no speech verb, is no quotation


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("Aleppo: 12 civilians killed – Athens warns, Europe waits", "Athens", id="a_headlines_second_statement_after_a_spaced_dash"),
    pytest.param("The minister – Ana Kovač – said the border was calm.", "The minister – Ana Kovač –", id="guard_a_name_between_dashes"),
])
def test_a_subject_never_reaches_back_across_a_spaced_dash_that_ends_a_headlines_first_statement(sentence: str, phrase: str) -> None:
    assert clauses(sentence)[0].phrase == phrase


def test_a_headlines_topic_tag_gives_way_to_the_subject_after_its_dash() -> None:
    text = "Kurier › Politik\n\nAleppo: 12 civilians killed – Athens warns, Europe waits\n\nThe civilians died on Thursday night.\n"
    assert said_opening(text, "Aleppo: 12 civilians") == "new:Athens"


_LEADERS = ("Headline here\n\n"
            "Erdogan's government said on Friday that it would no longer hold back refugees.\n\n"
            "The Greek Prime Minister Kyriakos Mitsotakis's government said on Saturday that the border was shut.\n\n"
            "President Ilham Aliyev's government said it would send aid.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Erdogan's government said", "turkey", id="a_known_leaders_government_is_his_countrys"),
    pytest.param("The Greek Prime", "new:Greek government", id="a_leader_with_his_nations_adjective"),
    pytest.param("President Ilham Aliyev's", "new:President Ilham Aliyev's government", id="guard_a_leader_of_no_country_known_keeps_the_words"),
])
def test_a_government_named_by_its_leaders_possessive_is_the_leaders_countrys(opening: str, who: str) -> None:
    assert said_opening(_LEADERS, opening) == who


def test_a_tag_clause_after_a_dash_that_closes_a_quotation_is_no_credit() -> None:
    text = ("Magyar Hang › Belföld\n\nFence to be extended\n\n"
            "Interior Minister Ana Ruiz posted a video on Thursday. „The fence will be extended. Nobody will cross” – the minister "
            "said in the recording.\n")
    assert said_opening(text, "The fence will") == "new:Ana Ruiz"
