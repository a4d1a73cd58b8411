"""Rounds 61's and 62's first persons, reactions, seats and names cut (issue 15, session fix15ec): a correspondent's
byline of a name over "Paper, Place"; the person described whom the writer "told", whom "she" next stands for; a local
holder's office named by its place and title.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.localoffice import local_office
from idlibsite.attribution.page import byline
from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


_KILIS = ("Notes from Kilis\n\nAnna Virtanen\nHelsingin Uutiset, Kilis\n\n"
          "The bakery opens at five, before the first buses from the camps.\n\n"
          "The baker Demir, who came from Antakya, told me that business was slow. \"Nobody buys,\" he laughed.\n\n"
          "The office of the Kilis governor announced on Monday that the gate would stay shut.\n\n"
          "I told a Syrian nurse at the gate that we read about Idlib every day. She answered that nobody reads enough."
          " \"Tell them we are people,\" she said. I promised I would.")

_GAZIANTEP = ("Dispatch\n\nThe long wait at Öncüpınar\n\nJonas Berg\nThe Northern Courier, Gaziantep\n\n"
              "Dr. Leila Nasser runs a clinic near the station. I asked her whether the supplies still come. \"Some,\""
              " Nasser said.\n\n"
              "We told an old farmer from Azaz that the talks were in Moscow. He replied that Moscow is far away.")

_HATAY = ("Column | 4 March 2020\n\nWhere the road ends\n\nMarek Nowak\nGazeta Poranna, Antakya\n\n"
          "The Gaziantep mayor's office said on Sunday that the shelters were full.\n\n"
          "I asked the ministry twice last week whether the schools would open.\n\n"
          "The Office of the Mayor of Reyhanlı said buses would run again.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_KILIS, "I told a", "new:Anna Virtanen"),
    (_KILIS, "I promised I", "new:Anna Virtanen"),
    (_GAZIANTEP, "I asked her", "new:Jonas Berg"),
    (_HATAY, "I asked the", "new:Marek Nowak"),
])
def test_a_correspondents_name_over_paper_and_place_is_the_byline_i(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


@pytest.mark.parametrize(("top", "name"), [
    ("Notes\n\nAnna Virtanen\nHelsingin Uutiset, Kilis\n\nThe bakery opens.", "Anna Virtanen"),
    ("Dispatch\n\nJonas Berg\nThe Northern Courier, Gaziantep\n\nDr. Nasser", "Jonas Berg"),
    ("Turkey Opens Gates\nGreece, Bulgaria Brace\n\nThe border is open.", ""),  # a headline over its deck: no name
])
def test_byline_of_a_name_over_paper_and_place(top: str, name: str) -> None:
    assert byline(top) == name


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_KILIS, "She answered that", "a Syrian nurse"),
    (_KILIS, "Tell them we", "a Syrian nurse"),
    (_GAZIANTEP, "He replied that", "an old farmer"),
])
def test_the_one_the_writer_told_is_whom_the_next_pronoun_stands_for(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_KILIS, "The office of", "new:Kilis governor's office"),
    (_HATAY, "The Gaziantep mayor's", "new:Gaziantep mayor's office"),
    (_HATAY, "The Office of", "new:Reyhanlı Mayor's Office"),
])
def test_a_local_holders_office_named_by_its_place_is_a_body(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


@pytest.mark.parametrize(("phrase", "office"), [
    ("the office of the Hatay governor", "Hatay governor's office"),
    ("the Office of the Mayor of Gaziantep", "Gaziantep Mayor's Office"),
    ("the governor's office", ""),  # no place: not read here
    ("the Turkish governor's office", ""),  # a country, no place
    ("Erdogan's office", ""),  # a person's office, no local title
])
def test_local_office(phrase: str, office: str) -> None:
    assert local_office(phrase) == office
