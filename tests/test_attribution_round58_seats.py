"""Old leftovers of files 250-299 (issue 15, session fix15dk): a live page's entry heading tagged by a place and a
title ("Hatay Governor: the wounded are being treated") is the one person the page bills with that title word for word
("Hatay Governor Name said ..."), as a headline's "Nation FM" is the body's Foreign Minister Name (LABELS rule 7, a
role described, then named); a UN agency's description capitalised as a name ("The UN Refugee Agency expressed concern")
is the agency by its usual name, as "the UN refugee agency" is.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import said_opening


_LIVE = ("LIVE: Floods in the south, latest\n\n"
         "14:20\n{heading}\n{entry}\n\n"
         "13:05\nRoads closed: traffic diverted to the coast\n"
         "Police said the main road to the airport had been closed since the morning.\n")


@pytest.mark.parametrize(("heading", "entry", "opening", "who"), [
    pytest.param("Gaziantep Governor: schools will stay shut",
                 "Gaziantep Governor Selim Arıkan said schools in the province would stay shut until Monday.",
                 "Gaziantep Governor: schools", "new:Selim Arıkan", id="fix15dk_governor_heading_over_governor_name"),
    pytest.param("Porto Alegre Mayor: the shelters are full",
                 "Porto Alegre Mayor Renata Siqueira told reporters that the city's shelters could take no more families.",
                 "Porto Alegre Mayor:", "new:Renata Siqueira", id="fix15dk_two_word_place_mayor_heading"),
])
def test_fix15dk_a_place_and_title_heading_is_the_one_the_entry_bills_with_it(heading: str, entry: str, opening: str,
                                                                              who: str) -> None:
    assert said_opening(_LIVE.format(heading=heading, entry=entry), opening) == who


@pytest.mark.parametrize(("heading", "entry", "opening"), [
    pytest.param("Gaziantep Governor: schools will stay shut",
                 "Kilis Governor Selim Arıkan said schools in his province would stay shut until Monday.",
                 "Gaziantep Governor: schools", id="fix15dk_guard_another_places_governor"),
    pytest.param("Gaziantep Governor: schools will stay shut",
                 "Gaziantep Governor Selim Arıkan and Gaziantep Governor Aylin Demir disagreed, the deputy said.",
                 "Gaziantep Governor: schools", id="fix15dk_guard_two_billed_with_it"),
])
def test_fix15dk_a_place_and_title_heading_is_nobody_else(heading: str, entry: str, opening: str) -> None:
    assert said_opening(_LIVE.format(heading=heading, entry=entry), opening) not in ("new:Selim Arıkan", "new:Aylin Demir")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Asylum: the agency worried\n\nCOPENHAGEN (Nordpost) - The UN Refugee Agency voiced alarm on Tuesday at "
                 "the new detention rules, its office in the capital said.",
                 "The UN Refugee", "new:UNHCR", id="fix15dk_un_refugee_agency_capitalised"),
    pytest.param("Schools in the camps\n\nNAIROBI, March 3 - The United Nations Children's Agency warned that "
                 "half of the camp's children had no classroom.",
                 "The United Nations", "new:UNICEF", id="fix15dk_united_nations_childrens_agency_capitalised"),
])
def test_fix15dk_a_capitalised_un_agency_description_is_the_agency(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15dk_a_capitalised_un_body_that_is_no_described_agency_keeps_its_name() -> None:
    text = ("Gaza appeal\n\nAMMAN, March 3 - The UN Relief and Works Agency said it needed more money for its schools.")
    assert said_opening(text, "The UN Relief") not in ("new:UNHCR", "new:UNICEF", "new:UN", "un")
