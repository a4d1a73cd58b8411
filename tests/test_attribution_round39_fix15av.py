"""Round 36's classes of bodies, their names and short forms, and headlines (issue 15; session fix15av), pinned by texts
of our own: the chrome before a subject is no part of its name, a body by its short form, a mission and its pronoun."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tbilisi /GEOPRESS/ The Ministry of Foreign Affairs of Georgia welcomed the truce signed in Sochi.\n\n"
                 '"Georgia hopes the truce will hold," the Ministry said.',
                 [("reported", "The Ministry of", "new:Ministry of Foreign Affairs of Georgia"),
                  ("direct", "Georgia hopes the", "new:Ministry of Foreign Affairs of Georgia")],
                 id="fix15av_an_agency_tag_with_no_stop_after_it_is_no_part_of_the_subject"),
    pytest.param("MINSK, March 2. /BELTA/. The Belarusian Foreign Ministry welcomed the truce signed in Sochi.",
                 [("reported", "The Belarusian Foreign", "new:Belarusian Foreign Ministry")],
                 id="fix15av_guard_an_agency_tag_with_its_stop"),
    pytest.param("The Green Liberal Union (GLU) has in the past called for Malta to take a firmer line on refugees.",
                 [("reported", "The Green Liberal", "new:Green Liberal Union")],
                 id="fix15av_has_in_the_past_is_no_part_of_the_subject"),
    pytest.param("The Farmers Party has for years urged the government to open the border crossings.",
                 [("reported", "The Farmers Party", "new:Farmers Party")],
                 id="fix15av_has_for_years_is_no_part_of_the_subject"),
])
def test_the_words_around_a_subject_are_no_part_of_its_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


def test_fix15av_a_foreign_ministry_s_acronym_on_a_national_page_is_that_country_s_ministry() -> None:
    text = ("Ghanaians among migrants stuck at the border: FO\n\nBy Kofi Mensah, Accra\n\n"
            "At least 40 Ghanaians are among the migrants, the foreign ministry said today.\n\n"
            "The MoFA also said no Ghanaian was hurt.")
    assert [who for _kind, _words, who in headlined(text)] == ["new:Foreign Ministry", "new:foreign ministry",
                                                             "new:Foreign Ministry"]


def test_fix15av_the_federal_government_on_a_page_whose_byline_gives_a_capital_is_that_country_s() -> None:
    text = ("Idlib: FG condemns attacks on civilians\n\nFrom Kofi Mensah, Accra\n\n"
            "The Federal Government has condemned the escalation of violence in Idlib.")
    assert [who for _kind, _words, who in headlined(text)] == ["new:Ghanaian government", "new:Ghanaian government"]


def test_fix15av_a_headline_s_clipped_country_is_the_country_the_story_names() -> None:
    text = "Mozam welcomes Idlib truce\n\nMozambique has welcomed the truce agreed in Moscow on Thursday."
    assert [who for _kind, _words, who in headlined(text)] == ["new:Mozambique", "new:Mozambique"]


def test_fix15av_guard_an_acronym_on_a_page_of_no_country_is_no_known_ministry() -> None:
    assert labels("The FO said no citizen was hurt in the strikes on Idlib.") == ["new:FO"]


def test_fix15av_a_mission_named_by_its_country_after_of_is_the_mission_not_its_seat_s_government() -> None:
    text = ("Peruvians in Greece safe, says embassy\n\n"
            "The Embassy of Peru in Athens has said that no Peruvian has been hurt in the clashes.\n\n"
            "In a notice, the embassy urged Peruvians living on the islands to stay in touch.")
    assert [who for _kind, _words, who in headlined(text)] == ["new:Embassy of Peru in Athens"] * 3


def test_fix15av_says_and_a_bare_body_noun_is_the_headline_s_speaker_nobody_named_when_the_story_names_no_such_body() -> None:
    text = "Peruvians in Greece safe, says embassy\n\nMaria Quispe said no Peruvian has been hurt in the clashes."
    assert [who for _kind, _words, who in headlined(text)] == ["embassy", "new:Maria Quispe"]


def test_fix15av_it_is_the_body_a_sentence_without_speech_names_just_before() -> None:
    text = ('Maria Quispe said her brother had reached a camp near the border.\n\n'
            'The Chilean Embassy in Lima, for its part, backed the operation. In a statement, it said the army was '
            'fighting "armed gangs" in the north.')
    assert labels(text) == ["new:Maria Quispe", "new:Chilean Embassy in Lima", "new:Chilean Embassy in Lima"]


def test_fix15av_guard_it_after_a_sentence_whose_subject_is_no_body_is_not_that_subject() -> None:
    text = ('Maria Quispe said her brother had reached a camp near the border.\n\n'
            'The Andes Highway reopened on Monday. In a statement, it said the road was safe.')
    assert labels(text)[1] != "new:Andes Highway"
