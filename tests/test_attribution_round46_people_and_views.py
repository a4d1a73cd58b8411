"""Round 43's leftover people and views (issue 15, session fix15bt): a forecast by "the economist" or "the strategist"
is the person named before with that role (LABELS rule 8: "economist" and "strategist" are persons' nouns, as
"analyst"); "the rights chief" is one person by a plural field, the one named with that role, not a generic plural;
"the London-based consultancy" after "Oxford Economics said" is that firm ("Economics" makes a firm's name a body's);
"It also encouraged Filipinos to register" advises an audience by its demonym's plural, as "citizens"; a byline with
a middle initial ("By Wanjiru M. Kamau") names the op-ed's "I".  Texts of our own, in other outlets' forms; "guard" in
an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Maybank chief economist Dr Suhaimi Ilias said palm oil prices could remain volatile. The economist expects "
                 "crude to trade between US$60 and US$65 next week.", ["new:Suhaimi Ilias", "new:Suhaimi Ilias"],
                 id="fix15bt_the_economist_expects"),
    pytest.param("Ana Lopes, chief strategist at Banco Atlantico in Lisbon, said the escudo bonds were cheap.\n\nThe strategist "
                 "expects the central bank to cut rates in June.", ["new:Ana Lopes", "new:Ana Lopes"],
                 id="fix15bt_the_strategist_expects"),
    pytest.param("The economist expects prices to fall next month.", [""], id="fix15bt_guard_nobody_named_before"),
])
def test_fix15bt_an_economist_or_strategist_named_before_is_the_role_anaphors(text: str, expected: list[str]) -> None:
    """"The economist expects" after "chief economist X said": X (LABELS rule 8, a role anaphor)."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Maryam Wanjiku, chairwoman of the Kenya National Commission on Human Rights, said the commission had written "
                 "to the government. The rights chief also urged donors to fund the camps in Dadaab.",
                 ["new:Maryam Wanjiku", "new:Maryam Wanjiku"], id="fix15bt_the_rights_chief"),
    pytest.param("Pedro Alves, director of the Lusophone Refugees Forum, said the shelters were full.\n\nThe refugees chief "
                 "also called on Lisbon to open more places.", ["new:Pedro Alves", "new:Pedro Alves"],
                 id="fix15bt_the_refugees_chief"),
    pytest.param("The refugees interviewed said the shelters were full.", [""], id="fix15bt_guard_the_plural_stays_generic"),
])
def test_fix15bt_a_person_named_by_a_plural_field_is_one_person(text: str, expected: list[str]) -> None:
    """"The rights chief" is a person's noun after a plural field: the one named with that role, not "the refugees"."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The South African Reserve Bank said it was watching the markets. The Johannesburg Stock Exchange said "
                 "trading would resume at noon.\n\nOxford Economics said in a research note that the rand's fall was modest. "
                 "The London-based consultancy expects the currency to end the year at 19 per dollar.",
                 ["new:South African Reserve Bank", "new:Johannesburg Stock Exchange", "new:Oxford Economics", "new:Oxford Economics"],
                 id="fix15bt_consultancy_after_bodies"),
    pytest.param("London Economics said in a report that Irish house prices would fall. The consultancy expects prices to "
                 "drop 5% by December.", ["new:London Economics", "new:London Economics"], id="fix15bt_the_consultancy"),
])
def test_fix15bt_a_firm_named_economics_is_the_body_its_kind_stands_for(text: str, expected: list[str]) -> None:
    """"Oxford Economics" is a body's name, so "the London-based consultancy" next is that firm (a body by its kind)."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Department of Foreign Affairs said Filipinos in Turkey should stay indoors. It also encouraged Filipinos "
                 "to register with the embassy in Ankara.", ["new:Department of Foreign Affairs"] * 2, id="fix15bt_filipinos"),
    pytest.param("Pakistan's Foreign Office urged calm. It also encouraged Pakistanis travelling to Turkey to register with "
                 "the mission.", ["new:Pakistan's Foreign Office"] * 2, id="fix15bt_pakistanis"),
    pytest.param("Vietnam's Foreign Ministry urged calm. It also encouraged Hanoi to resume talks with Beijing.",
                 ["new:Vietnam's Foreign Ministry"], id="fix15bt_guard_a_state_urged_is_no_audience"),
])
def test_fix15bt_advice_to_a_nations_people_by_their_demonym_is_speech(text: str, expected: list[str]) -> None:
    """"It also encouraged Filipinos to register": advice to an audience, as "citizens" (sources/addressed.py)."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Opinion\n\nWhy Kenya must speak on Sudan\n\nBy Wanjiru M. Kamau\n\nIn 1998 I was a nurse in Lokichoggio. "
                 "I have argued before in these pages that Nairobi should lead.", ["new:Wanjiru Kamau"], id="fix15bt_byline_initial"),
    pytest.param("Comment\n\nThe Andes deserve better\n\nBy Dr. Luis A. Quispe\n\nI have written before in this newspaper "
                 "that Lima forgets its highlands.", ["new:Luis Quispe"], id="fix15bt_byline_honorific_initial"),
])
def test_fix15bt_a_byline_with_a_middle_initial_names_the_writer(text: str, expected: list[str]) -> None:
    """"By Name X. Surname": the op-ed's "I" is the writer (LABELS: op-eds), the initial no part of the name (rule 2)."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('A Lagos-born Nigerian who moved to Accra in 2015 said his cousins in the city could hear gunfire at night. '
                 '"The fighting came back to our street," said Chidi Okafor, a 39-year-old tailor.',
                 ["new:Chidi Okafor", "new:Chidi Okafor"], id="fix15bt_born_demonym_named_next"),
    pytest.param('A Kabul-born Afghan living in Tehran told the agency that her brother had left. "We have run once '
                 'already," said Farida Noori, 52.', ["new:Farida Noori", "new:Farida Noori"], id="fix15bt_born_demonym_living"),
    pytest.param("A Lagos-born Nigerian who moved to Accra in 2015 said the border was closed.", [""],
                 id="fix15bt_born_demonym_never_named"),
])
def test_fix15bt_a_nationality_after_a_birthplace_is_a_described_person(text: str, expected: list[str]) -> None:
    """"An Aleppo-born Armenian ... said": a person described, no name (as "A Syrian who ..."), named next (LABELS rule 7)."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Some analysts in Nairobi believe the Addis talks have run their course. Political scientist Amina Njoroge told "
                 "the Nation that the guarantors were divided.", [("reported", "Some analysts in", ""),
                 ("reported", "Political scientist Amina", "new:Amina Njoroge")], id="fix15bt_analysts_believe"),
    pytest.param("Many diplomats in Brussels believe the deal will collapse by June.", [("reported", "Many diplomats in", "")],
                 id="fix15bt_diplomats_believe"),
    pytest.param("It is hard to believe the war is over.", [], id="fix15bt_guard_hard_to_believe"),
    pytest.param("Residents do not believe the ceasefire will hold.", [], id="fix15bt_guard_do_not_believe"),
])
def test_fix15bt_a_plurals_view_is_a_stated_view_of_nobody_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    """"Some experts believe the format has run its course": a view stated, "that" left out (LABELS Round 27), by a
    generic plural: nobody named (rule 6); not "hard to believe", "do not believe"."""
    assert speakers(text) == expected
