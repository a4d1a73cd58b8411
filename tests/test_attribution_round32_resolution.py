"""Round 29's left classes and the lead's trial (issue 15), the resolution of speakers (session fix15ag): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from idlibsite.attribution.inorder import attribute
from idlibsite.sources.statements import find_passages
from test_attribution import ACTORS, labels, paragraphs


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Greta van der Berg will travel to the border on Tuesday. She will meet the ministers there, her spokesman said.",
                 ["new:Greta van der Berg"], id="fix15ag_a_name_with_particles_before_she"),
    pytest.param("Greta van der Berg, the president of the commission, will visit the border on Tuesday, according to her "
                 "spokesman.", ["new:Greta van der Berg"], id="fix15ag_a_name_with_particles_then_an_apposition"),
    pytest.param("Greta van der Berg, the president of the commission, will visit the border on Tuesday, her spokesman said.",
                 ["new:Greta van der Berg"], id="fix15ag_his_or_her_spokesman_said"),
])
def test_fix15ag_according_to_her_spokesman_is_the_woman_named(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def _proposed(text: str) -> list[tuple[str, bool, str, str]]:
    """(name, person, role, affiliation) of the new actor proposed for each passage of a one-article text."""
    passages = find_passages(text, paragraphs(text))
    found = attribute(passages, ACTORS, text=text)
    return [(n.name, n.person, n.role, n.affiliation) if (n := found[p].new) else ("", False, "", "") for p in passages]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Sofia says it will send more police to the border.", [("Sofia", False, "", "Bulgaria")],
                 id="fix15ag_a_capital_that_speaks_is_its_government_s_seat"),
    pytest.param("Bucharest insisted that the convoy would leave on time.", [("Bucharest", False, "", "Romania")],
                 id="fix15ag_another_capital"),
    pytest.param("Sofia, 34, a mother of two, said the camp was cold.", [("Sofia", True, "mother of two", "")],
                 id="fix15ag_a_woman_named_like_a_capital_is_a_person"),
    pytest.param("The two leaders offered to meet in Vienna, the Hofburg said.", [("Hofburg", False, "", "")],
                 id="fix15ag_an_office_named_with_the_is_no_person"),
])
def test_fix15ag_a_seat_of_government_is_proposed_as_no_person(text: str, expected: list[tuple[str, bool, str, str]]) -> None:
    assert _proposed(text) == expected


_ROLE = "EU commissioner for crisis management"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f'In Valletta, the {_ROLE}, Anna Kowalczyk, visited the camps. "We are ready to help," she said.',
                 [("Anna Kowalczyk", True, _ROLE, "European Union")], id="fix15ag_after_a_fronted_place_then_she_said"),
    pytest.param(f'The {_ROLE}, Anna Kowalczyk, was more cautious.\n\n"We are ready to help," she said.',
                 [("Anna Kowalczyk", True, _ROLE, "European Union")], id="fix15ag_a_sentence_of_no_speech_before_the_quote"),
    pytest.param(f"The {_ROLE}, Anna Kowalczyk, warned that the camps were full.",
                 [("Anna Kowalczyk", True, _ROLE, "European Union")], id="fix15ag_a_role_with_a_body_s_name_opening_the_sentence"),
    pytest.param('Her daughter, Mira Haddad, stayed behind. "We are ready to help," she said.',
                 [("Mira Haddad", True, "", "")], id="fix15ag_a_kin_word_after_her_is_no_role"),
])
def test_fix15ag_the_role_in_an_apposition_before_the_name(text: str, expected: list[tuple[str, bool, str, str]]) -> None:
    assert _proposed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Labour, Skills and Settlement Norway said it had received 300 requests.",
                 [("Labour, Skills and Settlement Norway", False, "", "Norway")], id="fix15ag_a_body_named_with_commas_then_its_country"),
    pytest.param("Norway has taken in 600 refugees, according to Labour, Skills and Settlement Norway.",
                 [("Labour, Skills and Settlement Norway", False, "", "Norway")], id="fix15ag_according_to_a_body_named_with_commas"),
    pytest.param("The Ministry of Water, Forests and Fisheries said the river had flooded the camp.",
                 [("Ministry of Water, Forests and Fisheries", False, "", "")], id="fix15ag_a_ministry_of_three_fields"),
    pytest.param("Britain, France and Germany said the camps were full.",  # a list of countries, nobody named (LABELS
                 [("", False, "", "")], id="fix15ag_countries_listed_stay_a_list_of_countries"),  # "Lists of subjects", 2026-12-04)
])
def test_fix15ag_a_body_named_with_commas_is_one_speaker(text: str, expected: list[tuple[str, bool, str, str]]) -> None:
    assert _proposed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("S. Korea welcomes the truce, to give $2 mln in aid\n\nThe camps are full.", ["new:South Korea"],
                 id="fix15ag_a_headline_s_abbreviated_point_of_the_compass"),
    pytest.param("N. Macedonia says it will close the border\n\nThe camps are full.", ["new:North Macedonia"],
                 id="fix15ag_another_country_so_abbreviated"),
    pytest.param("Harold W. Grant said the camps were full.", ["new:Harold Grant"], id="fix15ag_a_middle_initial_is_no_point_of_the_compass"),
])
def test_fix15ag_an_abbreviated_point_of_the_compass_before_a_country(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_CALLED = "Secretary-General Anna Berg has called for a ceasefire. "


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_CALLED + "Her spokesman, Tom Reyes, told reporters in Geneva that the secretary-general was deeply concerned.",
                 ["new:Anna Berg", "new:Anna Berg"], id="fix15ag_her_spokesman_relays_the_secretary_general_s_state"),
    pytest.param("The agency was studying the deal. Tom Reyes, spokesman for Secretary-General Anna Berg, told reporters that "
                 'the secretary-general "welcomes any step" towards a truce.', ["new:Anna Berg", "new:Anna Berg"],
                 id="fix15ag_a_spokesman_for_the_principal_by_title"),
    pytest.param("U.N. spokesman Tom Reyes said Secretary-General Anna Berg hoped the truce would hold.", ["new:Tom Reyes"],
                 id="fix15ag_a_body_s_spokesman_named_with_its_title_speaks_for_himself"),
])
def test_fix15ag_a_spokesman_relays_his_principal_named_by_title(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Valletta, EU Commissioner for Crisis Management Anna Kowalczyk said the camps were full.",
                 [("Anna Kowalczyk", True, "EU Commissioner for Crisis Management", "European Union")],
                 id="fix15ag_a_title_s_field_in_capitals_then_the_name"),
    pytest.param("Special Envoy for Refugees Tomas Berg said the camps were full.",
                 [("Tomas Berg", True, "Special Envoy for Refugees", "")], id="fix15ag_an_envoy_for_a_field"),
])
def test_fix15ag_a_title_for_a_field_before_the_name(text: str, expected: list[tuple[str, bool, str, str]]) -> None:
    assert _proposed(text) == expected
