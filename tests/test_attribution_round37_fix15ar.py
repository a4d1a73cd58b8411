"""Round 34's classes (issue 15), bodies with their seat, principals and relays (session fix15ar): general rules, each
pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ghana will send a medical team, the Foreign Ministry in Accra said on Monday.",
                 ["new:Ghanaian Foreign Ministry"], id="fix15ar_a_ministry_with_its_seat_is_the_seat_s_country_s"),
    pytest.param("The Ministry of Health in Accra said the team would leave on Monday.",
                 ["new:Ghanaian Ministry of Health"], id="fix15ar_a_ministry_named_with_of_and_its_seat"),
    pytest.param("The Ministry of Roads of Ghana has urged drivers to avoid the border road. A statement issued by the Ministry in Accra "
                 "on Friday said the road would reopen.",
                 ["new:Ministry of Roads of Ghana", "new:Ministry of Roads of Ghana"],
                 id="fix15ar_the_ministry_with_its_seat_is_the_ministry_named_before"),
    pytest.param("The Ruritanian Embassy in Accra said the team would leave on Monday.",
                 ["new:Ruritanian Embassy in Accra"], id="fix15ar_guard_an_embassy_keeps_its_seat"),
    pytest.param("Two diplomats in Accra said the team would leave on Monday.", [""],
                 id="fix15ar_guard_people_in_a_capital_are_nobody_named"),
])
def test_fix15ar_a_body_named_with_its_seat_is_the_body(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_CABLE = "King Ralf Brandt sent a cable to President Ida Koss on Sunday, expressing his condolences over the soldiers killed, the Royal Court said."


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_CABLE, ["new:Ralf Brandt"], id="fix15ar_a_cable_an_office_relays_is_its_principal_s"),
    pytest.param(f"{_CABLE} In the cable, the King wished the injured a speedy recovery, the Court added.",
                 ["new:Ralf Brandt", "new:Ralf Brandt"], id="fix15ar_a_wish_in_the_cable_relayed_by_the_office_is_the_principal_s"),
    pytest.param(f"{_CABLE} Crown Prince Tom Brandt sent a similar cable of condolences to the president.",
                 ["new:Ralf Brandt", "new:Tom Brandt"], id="fix15ar_a_cable_of_condolences_sent_is_a_speech_act_of_kin_with_his_own_name"),
    pytest.param("The army sent troops to the border on Sunday.", [], id="fix15ar_guard_troops_sent_are_no_statement"),
    pytest.param("Ada Vell wished she had stayed at home.", [], id="fix15ar_guard_a_wish_of_one_s_own_is_no_statement"),
    pytest.param("Foreign Minister Teodor Vell said the border was calm. Teddy Vell added that talks would go on.",
                 ["new:Teodor Vell", "new:Teodor Vell"], id="fix15ar_guard_a_short_form_of_the_given_name_is_the_same_person"),
])
def test_fix15ar_an_office_relays_its_principal_s_cable(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_SPOKESWOMAN = "Foreign Ministry spokeswoman Ada Vell said the ministry was watching closely."


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f"{_SPOKESWOMAN} She said that Prime Minister Tom Kerr had telephoned President Ida Koss and conveyed his "
                 "condolences.", ["new:Ada Vell", "new:Tom Kerr"], id="fix15ar_a_spokeswoman_s_pronoun_relays_her_principal_s_act"),
    pytest.param(f"{_SPOKESWOMAN} She said that Prime Minister Tom Kerr hoped for calm.", ["new:Ada Vell", "new:Ada Vell"],
                 id="fix15ar_guard_the_principal_s_state_stays_the_spokeswoman_s"),
    pytest.param("The Ministry of Water, through its spokesman, Tom Kerr, said the dam was safe.", ["new:Ministry of Water"],
                 id="fix15ar_a_body_speaking_through_its_spokesman_is_the_body"),
    pytest.param("Chairwoman of the agency, Ada Vell, in a statement signed by its head of media, Tom Kerr, said the dam was safe.",
                 ["new:Ada Vell"], id="fix15ar_a_statement_signed_by_another_is_the_subject_s"),
    pytest.param("According to the Valdorian News Agency (VNA), the Joint Staff said that more units had been sent to the border.",
                 ["new:Joint Staff"], id="fix15ar_a_body_a_news_agency_relays_is_the_speaker"),
    pytest.param("According to the border agency Brenzex, Romania has asked for support under the agency's rapid mechanism.",
                 ["new:Brenzex"], id="fix15ar_guard_an_act_the_agency_reports_stays_the_agency_s"),
])
def test_fix15ar_a_relay_gives_the_one_it_relays(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Brenzollah on Saturday buried nine fighters it said had been killed in the north.", ["new:Brenzollah"],
                 id="fix15ar_it_in_a_bare_relative_is_the_subject_named_first"),
    pytest.param("A diplomat, who asked not to be named, said the allies had refused Valdoria the jets it asked for.", [""],
                 id="fix15ar_guard_it_after_a_noun_in_a_reported_clause_is_not_the_speaker"),
])
def test_fix15ar_subjects_read_by_their_clause(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
