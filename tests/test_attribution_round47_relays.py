"""Round 44's relays (issue 15, session fix15bv): a principal's act joined to his act of speech by an "and" that is not
the clause's first, a press release that relays a principal, a letter of condolence as an act of speech, "the ministry's
spokesman" as the spokesman named before, and "According to X, Y had ... and offered Z's help to ...". Texts of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("She noted that Foreign Minister Anna Holm had spoken to her Polish and Czech counterparts by phone on Monday "
                 "and stressed the need for a truce.", ["new:Anna Holm"], id="fix15bv_two_counterparts_then_stressed"),
    pytest.param("The spokesman said Prime Minister Jonas Berg had met the Greek and Bulgarian envoys in Oslo and urged them "
                 "to reopen the crossings.", ["new:Jonas Berg"], id="fix15bv_two_envoys_then_urged"),
])
def test_fix15bv_the_and_that_joins_the_acts_need_not_be_the_clauses_first(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15bv_guard_a_country_and_its_second_verb_stay_the_tellers() -> None:
    text = "Spokesman Omar Haddad said Jordan had spoken to the Turkish and Syrian sides and stressed the need for calm."
    assert labels(text) == ["new:Omar Haddad"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A State House press release said President Hage Geingob had sent a message of sympathy to President Erdogan "
                 "after the attack.", ["new:Hage Geingob"], id="fix15bv_state_house_press_release"),
    pytest.param("A presidential press release said President Mokgweetsi Masisi had expressed his condolences to the Turkish "
                 "people.", ["new:Mokgweetsi Masisi"], id="fix15bv_presidential_press_release"),
])
def test_fix15bv_a_press_release_relays_its_principals_act(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The President of Latvia, Egils Levits, has sent a letter of condolence to his Turkish counterpart after "
                 "the attack.", ["new:Egils Levits"], id="fix15bv_president_of_latvia_letter_of_condolence"),
    pytest.param("Prime Minister Ana Brnabic sent a letter of sympathy to the families of the soldiers on Friday.",
                 ["new:Ana Brnabic"], id="fix15bv_prime_minister_letter_of_sympathy"),
])
def test_fix15bv_a_letter_of_condolence_is_an_act_of_speech(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15bv_guard_a_letter_to_someone_tells_no_words() -> None:
    assert labels("Defence Minister Ivan Petrov sent a letter to his Turkish counterpart on Friday.") == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mexico's Foreign Ministry spokeswoman Lucia Ramos said in a statement that Mexico rejects any attack.\n\n"
                 "Some analysts believe that a wider war would harm trade.\n\nThe ministry's spokeswoman added that the embassy "
                 "in Ankara was in touch with Mexican nationals.", "new:Lucia Ramos", id="fix15bv_the_ministrys_spokeswoman"),
    pytest.param("Defence Ministry spokesman Karel Novak said in Prague that the convoy had left.\n\nThe ministry's spokesman "
                 "added that two aircraft were ready.", "new:Karel Novak", id="fix15bv_the_ministrys_spokesman"),
])
def test_fix15bv_the_bodys_spokesman_is_the_one_named_before(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


def test_fix15bv_guard_the_bodys_spokesman_with_none_named_is_the_body() -> None:
    text = "The Syrian army said it had retaken the town. The army's spokesman added that the road was open."
    assert labels(text) == ["new:Syrian army", "new:Syrian army"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Foreign Ministry spokeswoman Mira Kovac said Croatia was worried. According to Kovac, Prime Minister Ivo "
                 "Maric had discussed the crisis with his Greek counterpart by phone on Monday and offered Zagreb's help to "
                 "house the families.", ["new:Mira Kovac", "new:Ivo Maric"], id="fix15bv_according_to_offered_zagrebs_help"),
    pytest.param("Spokesman Omar Haddad said Jordan was worried. According to Haddad, President Amal Saleh had discussed the "
                 "crisis with the Turkish president and offered her assistance in reaching a truce.",
                 ["new:Omar Haddad", "new:Amal Saleh"], id="fix15bv_according_to_offered_her_assistance"),
])
def test_fix15bv_according_to_a_spokesman_the_principals_offer_is_his(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15bv_guard_according_to_a_spokesman_a_meeting_is_his() -> None:
    assert labels("According to Haddad, the president had met the envoy in Amman.") == ["new:Haddad"]


def test_fix15bv_guard_help_offered_to_a_place_is_no_speech() -> None:
    assert speakers("The charity offered shelter to the families. The group offered its help to the town.") == []
