"""Round 43's headlines and relays (issue 15, session fix15bo): a principal's spokesman named again by a courtesy title,
a word quoted between a subject's auxiliary and its verb, an order ("had directed ... to") and a telling ("had informed
... of") relayed as the principal's act, a call with no content relayed by an office, a live blog's heading by a short
form of a long name, an interview's headline quotation, and a headline in title case with two subjects and two verbs.
Texts of our own."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, headlined, labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('President Ivan Horvat called for calm, his spokesman Luka Babic said in Zagreb. Mr Babic said the President '
                 'was "deeply troubled" by the shelling.', ["new:Ivan Horvat"] * 3,
                 id="fix15bo_his_spokesman_as_mr_on_the_presidents_state"),
    pytest.param('The Commonwealth Secretary-General, Mr Kofi Mensah, appealed for restraint, his spokesman Ade Bello said. Dr '
                 'Bello said the Secretary-General was "gravely concerned" about the displaced.', ["new:Kofi Mensah"] * 3,
                 id="fix15bo_his_spokesman_as_doctor_on_the_secretary_generals_state"),
])
def test_fix15bo_an_owned_spokesman_named_again_by_courtesy_relays_his_principals_state(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The commissioner called for a truce, her spokesman Piet Olsen said.\n\nCommissioner Anna Holm has "consistently" '
                 'urged both sides to open the corridors, the spokesman added.', "new:Anna Holm",
                 id="fix15bo_consistently_quoted_before_urged"),
    pytest.param('The Red Cross has "again" called on the parties to spare the hospitals, its regional director Omar Saleh said.',
                 "new:Red Cross", id="fix15bo_again_quoted_before_called_on"),
])
def test_fix15bo_a_word_quoted_after_the_auxiliary_keeps_its_subject(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Permanent Secretary Nomsa Dube said Prime Minister Thabo Mokoena had directed all embassies to register "
                 "citizens in the region.", ["new:Thabo Mokoena"], id="fix15bo_directed_embassies_to_register"),
    pytest.param("Ms Karimi said President Leila Nasser had directed the ministry to open a hotline for families.",
                 ["new:Leila Nasser"], id="fix15bo_directed_the_ministry_to_open"),
    pytest.param("A spokesman for the Greek Embassy told the paper that Greece had closed its border. The spokesman said Athens "
                 "had informed its partners in Brussels of the decision.", ["new:Greek Embassy", "new:Athens"],
                 id="fix15bo_informed_partners_in_the_union_of"),
    pytest.param("A spokeswoman for the Polish Embassy said Warsaw had informed the foreign ministers of the Baltic states "
                 "about the plan.", ["new:Warsaw"], id="fix15bo_informed_the_ministers_of_the_states_about"),
])
def test_fix15bo_an_order_or_a_telling_done_before_is_the_principals(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize("clause", ["the army had directed its fire at the hills", "the army had directed its fire to the ridge",
                                    "the guards were directed to keep watch"])
def test_fix15bo_guard_an_aim_or_a_passive_is_no_order(clause: str) -> None:
    assert labels(f"Defence spokesman Ali Demir said {clause}.") == ["new:Ali Demir"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Aigerim Sadykova called Erdogan on Tuesday morning, according to the Kyrgyz president's press "
                 "service.", ["new:Kyrgyz president's press service"], id="fix15bo_called_on_a_day_according_to_the_press_office"),
    pytest.param("Chancellor Marta Kovac called Prime Minister Petr Novak late on Sunday, according to the Chancellor's "
                 "press service.", ["new:Chancellor's press service"], id="fix15bo_called_late_according_to_the_press_service"),
])
def test_fix15bo_a_call_with_no_content_relayed_by_an_office_is_the_offices(text: str, expected: list[str]) -> None:
    assert [label.lower() for label in labels(text)] == [e.lower() for e in expected]


def test_fix15bo_guard_a_call_with_content_stays_the_callers() -> None:
    text = "President Aigerim Sadykova called Erdogan to express her condolences, according to her press office."
    assert labels(text) == ["new:Aigerim Sadykova"]


@pytest.mark.parametrize(("entry", "expected"), [
    pytest.param("3.10pm - Ana Lucia: 'We ask all sides to let the convoys pass'\n\nDeputy Foreign Minister Maria Ana Lucia "
                 "Fernandes, who leads the crisis cell, said Portugal was ready to take in families.\n\n\"Our doors are open. We "
                 "ask all sides to let the convoys pass,\" she told reporters.", "new:Maria Ana Lucia Fernandes",
                 id="fix15bo_two_middle_names_of_four"),
    pytest.param("11.40am - Kemal Arda: 'We stand with Ankara'\n\nParliament speaker Mehmet Kemal Arda Yilmaz said the "
                 "assembly would meet on Monday. \"We stand with Ankara,\" he said.", "new:Mehmet Kemal Arda Yilmaz",
                 id="fix15bo_a_given_name_and_a_middle_name"),
])
def test_fix15bo_a_live_blogs_heading_by_a_short_form_is_the_entrys_long_name(entry: str, expected: str) -> None:
    text = f"Storm over the border, live\n\nPublished: Mar 2, 2020\n\n{entry}\n"
    heading = [who for _kind, words, who in cut_page(text)][:2]  # the heading "Name: 'words'" and its quotation
    assert heading == [expected, expected]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"Beirut Cannot Carry Another Wave": Interview with Rania Khoury\n\nOur reporter spoke with Rania Khoury, an '
                 'economist in Beirut, about the refugees.', "new:Rania Khoury", id="fix15bo_colon_interview_with"),
    pytest.param('"The Border Is a Bargaining Chip" — an interview with Jonas Berg\n\nJonas Berg, a Stockholm-based analyst, '
                 'answered our questions.', "new:Jonas Berg", id="fix15bo_dash_an_interview_with"),
])
def test_fix15bo_an_interviews_headline_quotation_is_the_guests(text: str, expected: str) -> None:
    assert headlined(text)[0][0] == "direct" and headlined(text)[0][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ankara Offers to Host Talks as Athens Voices Concern over Border\n\nGreece and Turkey traded accusations on "
                 "Monday.", ["new:Ankara", "new:Athens"], id="fix15bo_offers_to_host_as_voices_concern"),
    pytest.param("Doha Offers to Mediate as Cairo Voices Support for Truce\n\nThe Gulf states differ.",
                 ["new:Doha", "new:Cairo"], id="fix15bo_offers_to_mediate_as_voices_support"),
])
def test_fix15bo_a_title_case_headline_of_two_subjects_is_two_passages(text: str, expected: list[str]) -> None:
    got = [who for _kind, _words, who in headlined(text)]
    assert [g.replace("turkey", "new:Ankara") for g in got[:2]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The Ghana Red Cross Society (GRCS) said on Friday it would channel the funds through the Turkish Red '
                 'Crescent. Its secretary-general Kofi Asante said the money would buy tents.\n\nMeanwhile, the United Nations '
                 'Secretary-General, Ms Maria Santos, called for a truce, her spokesman Idris Musa said. Mr Musa said the '
                 'Secretary-General was "deeply disturbed" by the strikes.', "new:Maria Santos",
                 id="fix15bo_a_charitys_secretary_general_before_the_uns"),
    pytest.param('The Irish Refugee Council (IRC) said on Monday it would send its grants through the Lebanese Red Cross. Its '
                 'secretary-general Niamh Doyle said the money would pay for heaters.\n\nIn Geneva, the United Nations '
                 'Secretary-General, Mr Piotr Nowak, called for a ceasefire, his spokesman Jan Kowal said. Mr Kowal said the '
                 'Secretary-General was "gravely worried" about the civilians.', "new:Piotr Nowak",
                 id="fix15bo_a_councils_secretary_general_before_the_uns"),
])
def test_fix15bo_the_title_his_spokesman_names_is_his_principals_not_another_holders(text: str, expected: str) -> None:
    assert labels(text)[-2:] == [expected, expected]
