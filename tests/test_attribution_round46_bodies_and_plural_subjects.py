"""Round 43's leftover bodies (issue 15, session fix15bs): two bodies joined by "and" as one subject of a speech verb
("Kenya and Uganda said ...") are a plural subject, nobody named (LABELS rule 6), with or without "both"; not one name
with "and" in it ("Trinidad and Tobago", a ministry "of X and Y"), and not a pair a later clause relays; a list of three
and two people too since LABELS "Lists of subjects" (2026-12-04). Texts of our own, in several outlets' forms; "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kenya and Uganda said on Tuesday they had reinforced patrols along the lake.", "Kenya and Uganda",
                 id="fix15bs_two_countries"),
    pytest.param("NAIROBI (Reuters) - Peru and Chile said they would close the border crossing at Tacna for a week.",
                 "Peru and Chile", id="fix15bs_two_countries_after_a_dateline"),
    pytest.param("Norway and Denmark have said they will send more aid to the camps.", "Norway and Denmark",
                 id="fix15bs_two_countries_perfect"),
    # a list of three and two people, pinned as the first's ("guard"s) before LABELS "Lists of subjects" (2026-12-04)
    pytest.param("Britain, France and Germany said the camps were full.", "Britain, France and Germany",
                 id="fix15bs_a_list_of_three"),
    pytest.param("Armen Mirzoyan and Lena Brandis said the convoy would pass.", "Armen Mirzoyan and Lena Brandis",
                 id="fix15bs_two_people"),
])
def test_fix15bs_two_bodies_as_one_subject_are_nobody_named(text: str, expected: str) -> None:
    assert speakers(text, unnamed=True)[0][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Trinidad and Tobago said it would close its airspace.", ["new:Trinidad and Tobago"],
                 id="fix15bs_guard_a_country_named_with_and"),
    pytest.param("Antigua and Barbuda said it would send a team.", ["new:Antigua and Barbuda"],
                 id="fix15bs_guard_another_country_named_with_and"),
    pytest.param("The Ministry of Foreign Affairs and International Cooperation said it would evacuate its citizens.",
                 ["new:Ministry of Foreign Affairs and International Cooperation"], id="fix15bs_guard_a_ministry_of_two_fields"),
    pytest.param("Peru and Chile have offered to meet in Lima next week, the Elysee said.", ["new:Elysee"],
                 id="fix15bs_guard_a_pair_relayed_by_an_office"),
])
def test_fix15bs_one_name_a_list_people_or_a_relay_are_not_a_plural_of_two_bodies(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Paris, Beirut's closest partner, has accused Damascus of stalling the inquiry.", ["new:Paris"],
                 id="fix15bs_capital_with_a_partner"),
    pytest.param("Tehran, Baghdad's main ally, said the strikes broke international law.", ["new:Tehran"],
                 id="fix15bs_capital_with_an_ally"),
    pytest.param("The United States, Israel's closest ally, said it would veto the resolution.", ["new:United States"],
                 id="fix15bs_country_with_an_ally"),
])
def test_fix15bs_a_countrys_relation_in_apposition_is_a_role_not_the_subject(text: str, expected: list[str]) -> None:
    """"Y's main ally" after a place's name is its apposition: the place speaks, not the possessor ("ally" is no -ly adverb)."""
    assert labels(text) == expected
