"""Round 29's left classes and the lead's trial (issue 15): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import attribute
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


def _proposed(text: str) -> list[tuple[str, bool, str]]:
    """(name, person, affiliation) of the new actor proposed for each passage of a one-article text."""
    passages = find_passages(text, paragraphs(text))
    found = attribute(passages, ACTORS, text=text)
    return [(n.name, n.person, n.affiliation) if (n := found[p].new) else ("", False, "") for p in passages]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Sofia says it will send more police to the border.", [("Sofia", False, "Bulgaria")],
                 id="fix15ag_a_capital_that_speaks_is_its_government_s_seat"),
    pytest.param("Bucharest insisted that the convoy would leave on time.", [("Bucharest", False, "Romania")],
                 id="fix15ag_another_capital"),
    pytest.param("Sofia, 34, a mother of two, said the camp was cold.", [("Sofia", True, "")],
                 id="fix15ag_a_woman_named_like_a_capital_is_a_person"),
    pytest.param("The two leaders offered to meet in Vienna, the Hofburg said.", [("Hofburg", False, "")],
                 id="fix15ag_an_office_named_with_the_is_no_person"),
])
def test_fix15ag_a_seat_of_government_is_proposed_as_no_person(text: str, expected: list[tuple[str, bool, str]]) -> None:
    assert _proposed(text) == expected
