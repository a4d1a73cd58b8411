"""A description of a sportsman just named, by the calling it names (issue 15, session fix15fi): "the former Accra Lions
player said", "the former Hatayspor midfielder told", "the Accra-born striker added" are the last fitting speaker
(LABELS rule 8, "the 44-year-old"), not nobody nor a new name ("Accra-born"): "player", "footballer", "midfielder",
"striker", "goalkeeper" and "athlete" are a person's head words (wordlists.PERSON_NOUNS), in a sports desk's, a wire's and
a local paper's forms.  Texts of our own; "guard" in an id: a page that names no person before the description."""

from __future__ import annotations

import pytest

from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


def _page(first: str, described: str) -> str:
    return ("Ghanaian footballer in Turkey says city calm\n\n"
            f"{first} says life in the southern city of Antakya is going on normally.\n\n"
            f"Speaking by phone on Saturday, {described} said the club had cancelled training.\n")


@pytest.mark.parametrize(("first", "described", "speaker"), [
    pytest.param("Ghanaian striker Kwame Asante Boateng, who plays for a Turkish second-tier side,", "the former Accra Lions player",
                 "new:Kwame Asante Boateng", id="lead_sports_desk_former_club_player"),
    pytest.param("Kwame Asante Boateng, 24, who plays for a Turkish second-tier side,", "the former Hatayspor midfielder",
                 "new:Kwame Asante Boateng", id="lead_wire_former_club_midfielder"),
    pytest.param("Kwame Asante Boateng, who moved to Turkey in 2018,", "the Accra-born striker",
                 "new:Kwame Asante Boateng", id="lead_local_paper_town_born_striker_no_new_name"),
])
def test_a_sportsmans_description_is_the_person_just_named(first: str, described: str, speaker: str) -> None:
    assert _speakers(_page(first, described))["Speaking by phone"] == speaker


def test_guard_a_description_after_a_body_only_names_nobody() -> None:
    page = ("Turkish club cancels training\n\n"
            "Hatayspor said all of the weekend's activities would be cancelled.\n\n"
            "Speaking by phone on Saturday, a former Accra Lions player said the city was calm.\n")
    assert _speakers(page)["Speaking by phone"] == ""
