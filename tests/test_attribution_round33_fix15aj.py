"""Round 30's classes (issue 15), the resolution of speakers (session fix15aj): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from idlibsite.attribution.phrase import read_phrase
from test_attribution import headlined, labels


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("Official Spokesperson of the Ministry of External Affairs Noura bint Khalid al-Mansouri", "Noura bint Khalid al-Mansouri",
                 "Official Spokesperson of the Ministry of External Affairs", id="fix15aj_a_long_title_then_a_name_with_a_patronym"),
    pytest.param("Spokesman of the Ministry of Water Resources Karim Haddad", "Karim Haddad", "Spokesman of the Ministry of Water Resources",
                 id="fix15aj_a_capitalised_role_of_a_body_then_the_name"),
])
def test_fix15aj_a_long_official_title_is_the_role_not_the_name(text: str, name: str, role: str) -> None:
    phrase = read_phrase(text)
    assert (phrase.name, phrase.person, phrase.role) == (name, True, role)


def test_fix15aj_the_titled_person_speaks_on() -> None:
    text = ("Official Spokesperson of the Ministry of External Affairs Noura bint Khalid al-Mansouri told reporters that the "
            "convoy had left.\n\n\"The roads are closed,\" she said.")
    assert labels(text) == ["new:Noura bint Khalid al-Mansouri", "new:Noura bint Khalid al-Mansouri"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Emir Sheikh Hamad bin Khalid al-Nasser called President Alvarez on Friday.\n\n"
                 "His Highness the Emir affirmed his support for the talks.", ["new:Hamad bin Khalid al-Nasser"] * 2,
                 id="fix15aj_an_honorific_and_a_title_is_the_one_named_with_it"),
    pytest.param("MUSCAT — Oman has welcomed the truce agreed on Thursday.\n\nThe Sultanate said it would send more aid to the camps.",
                 ["new:Oman", "new:Oman"], id="fix15aj_a_state_by_its_kind_is_the_country_the_page_opens_with"),
])
def test_fix15aj_a_head_of_state_or_a_state_by_honorific_or_kind(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15aj_a_headline_s_state_by_its_kind_is_the_page_s_country() -> None:
    text = "Sultanate welcomes truce, calls for aid\n\nMUSCAT — Oman has welcomed the truce agreed on Thursday."
    assert [who for _kind, _words, who in headlined(text)] == ["new:Oman", "new:Oman"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A spokeswoman for the Department of Coastal Fisheries said its staff were monitoring the border.\n\n"
                 "DCF’s Seasafe website advises readers not to sail near the border.", ["new:Department of Coastal Fisheries"] * 2,
                 id="fix15aj_a_body_s_named_website_is_the_body"),
    pytest.param("A spokesperson for the Gaelic Red Cross in Northern Ireland said its volunteers were ready.", ["new:Gaelic Red Cross"],
                 id="fix15aj_a_body_in_a_place_is_the_body"),
])
def test_fix15aj_a_body_s_service_or_branch_is_the_body(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15aj_a_spokesman_introduced_as_his_reporting_the_principal_s_state_by_title() -> None:
    text = ("League chief Omar Haddad had called for a halt to the fighting, his spokesman Karim Nasser said in Cairo.\n\n"
            "Nasser said the secretary-general was also worried about the camps.")
    assert labels(text) == ["new:Omar Haddad", "new:Omar Haddad"]


def test_fix15aj_a_spokesman_named_alone_reporting_another_named_person_stays_his() -> None:
    text = ("League chief Omar Haddad had called for a halt to the fighting, his spokesman Karim Nasser said in Cairo.\n\n"
            "Nasser said Lina Sabri was also worried about the camps.")
    assert labels(text) == ["new:Omar Haddad", "new:Karim Nasser"]
