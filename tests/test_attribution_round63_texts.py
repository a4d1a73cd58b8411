"""Rounds 61's and 62's bodies' texts (issue 15, session fix15ed): a state agency's dateline ("Tehran, IRNA- ...") is
no part of the subject after it; a body named by its portfolios joined with "and" ("the Foreign and Expatriates
Ministry") is one name, so an official source at it stays nobody named.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Ministry condemns strike\n\nTehran, IRNA- Iran's Foreign Ministry affirmed on Monday that the strike on the "
     "border post was a breach of the accord.\n\nThe talks resume next week.\n", "Tehran, IRNA- Iran's", "new:Iran's Foreign Ministry"),
    ("Ministry condemns strike\n\nBaghdad, INA- The Iraqi Interior Ministry said the convoy was attacked near the "
     "port.\n\nThe talks resume next week.\n", "Baghdad, INA- The", "new:Iraqi Interior Ministry"),
    ("Ministry condemns strike\n\nAddis Ababa, ENA- The Ministry of Peace announced that the camps would reopen in "
     "May.\n\nThe talks resume next week.\n", "Addis Ababa, ENA-", "new:Ministry of Peace"),
])
def test_fix15ed_a_state_agencys_dateline_is_no_part_of_the_subject(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


def test_fix15ed_a_capitalised_dateline_with_a_dash_is_still_no_name() -> None:
    """Guard: a place in capitals with an agency in brackets, the older form, keeps working."""
    text = ("Ministry condemns strike\n\nDILI, 6 March 2020 (TATOLI)— The Timorese Foreign Ministry said the envoy would return "
            "on Friday.\n\nThe talks resume next week.\n")
    assert _said(text, "The Timorese Foreign") == "new:Timorese Foreign Ministry"


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Borders row\n\nAn official source at the Foreign and Expatriates Ministry told IRNA that the move was a cheap "
     "trick.\n\nMore later.\n", "An official source", "An official source at the Foreign and Expatriates Ministry"),
    ("Borders row\n\nA senior official at the Justice and Security Ministry said the checks would go on.\n\nMore later.\n",
     "A senior official", "A senior official at the Justice and Security Ministry"),
    ("Borders row\n\nThe Foreign and Commonwealth Ministry warned that the crossing would stay shut.\n\nMore later.\n",
     "The Foreign and", "new:Foreign and Commonwealth Ministry"),
])
def test_fix15ed_portfolios_joined_by_and_are_one_name(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


def test_fix15ed_two_named_bodies_joined_by_and_still_both_speak() -> None:
    """Guard: "and" between a country and a ministry is no ministry's portfolios."""
    text = "Borders row\n\nTurkey and Russia said the crossing would stay shut.\n\nMore later.\n"
    assert [who for _k, first, who in cut_page(text) if first.startswith("Turkey")]  # still a passage of the two
