"""A described speaker whom the page names by the same role (session fix15eq, :mod:`idlibsite.attribution.rolenamed`):
LABELS rule 7, by the grammar that ties a role to a name (apposition, a title before the name).  Texts of our own in
the forms of a wire story, a broadcaster's page, a council's local paper and a parliament report; names made up."""

from __future__ import annotations

import pytest

from idlibsite.attribution.answer import NewActor, Speaker
from idlibsite.attribution.rolenamed import named_by_role
from test_attribution import headlined


def spoken(text: str, first: str) -> str:
    """The speaker ``headlined`` gives the passage that opens with the first three words of ``first``."""
    return next(got for _, start, got in headlined(text) if start == " ".join(first.split()[:3]))


@pytest.mark.parametrize(("text", "first", "expected"), [
    pytest.param("Camps fill up near the border\n\nVarna Okoye, special assistant to the assembly speaker for foreign "
                 "relations, told the state news agency that the truce would not hold.",
                 "Varna Okoye, special", "new:Varna Okoye", id="wire_apposition_with_no_article_and_no_person_noun"),
    pytest.param("Volunteers load a convoy\n\nPetra Hollis, Leeds council's cabinet member for communities, said "
                 "the city was proud of its volunteers.",
                 "Petra Hollis, Leeds", "new:Petra Hollis", id="local_paper_possessive_role_in_apposition"),
    pytest.param("Envoy defends the strikes\n\nBelgium's ambassador to the EU tells us the convoys must wait.\n\n"
                 "In Brussels, we asked Belgium's ambassador, Marc Devolder, about the delay.",
                 "Belgium's ambassador to", "new:Marc Devolder", id="broadcast_described_first_then_named_in_apposition"),
    pytest.param("MPs press the government\n\nA member of Commission III of the National Assembly said the ministry "
                 "had been too slow.\n\nMinistry spokesman Arif Wibowo said the aid was ready. \"We respect the House,\" "
                 "he said.\n\nOn Tuesday, Commission III member Rina Sutanto said aid should go at once.",
                 "A member of", "new:Rina Sutanto", id="parliament_report_indefinite_member_titled_later"),
    pytest.param("Aid stalls at the crossing\n\nThe head of the Danish Refugee Council in Syria said the camps were full.\n\n"
                 "Later, DRC head Ingrid Holm told the agency that more tents were needed.",
                 "The head of", "new:Ingrid Holm", id="agency_story_body_by_its_acronym_later"),
    pytest.param("Talks in Geneva\n\nNorway's envoy to the talks said the deal was fragile.\n\n\"It is a start,\" "
                 "Norwegian envoy Per Lund said on Friday.",
                 "Norway's envoy to", "new:Per Lund", id="radio_page_nation_by_its_adjective_later"),
])
def test_a_described_speaker_is_the_person_the_page_names_by_that_role(text: str, first: str, expected: str) -> None:
    assert spoken(text, first) == expected


def _person(name: str) -> Speaker:
    return Speaker(None, NewActor(name, True, "", ""), "", "named", 0.93)


@pytest.mark.parametrize(("text", "description"), [
    pytest.param("A senior official said the talks had stalled.\n\nSenior official Dana Wirth told reporters the meeting "
                 "would resume.", "A senior official", id="an_anonymous_source_stays_nobody"),
    pytest.param("The mayor of the town said the border would stay shut.\n\nKarl Benes, the mayor of Hodonin, and Eva "
                 "Marek, the mayor of the town of Breclav, met on Monday.", "The mayor of the town",
                 id="two_holders_of_the_role_name_nobody"),
    pytest.param("The head of the camp committee said water was short.\n\nOmar Saleh, the head of the district council, "
                 "visited the camp.", "The head of the camp committee", id="a_role_of_another_body_is_not_this_one"),
    pytest.param("The minister said the border would stay shut.\n\nLars Eng, the minister, arrived late.", "The minister",
                 id="a_bare_head_places_nothing"),
    pytest.param("Russia's ambassador said the talks had failed.\n\nTurkey's ambassador to Russia, Emre Tan, disagreed.",
                 "Russia's ambassador", id="each_places_what_the_other_lacks"),
    pytest.param("Russia's envoy said the talks had failed.\n\nIn Moscow, the Kremlin's envoy, Igor Vass, said nothing.",
                 "Russia's envoy", id="another_placing_word"),
])
def test_a_description_stays_unnamed_when_the_page_ties_no_one_person_to_it(text: str, description: str) -> None:
    assert named_by_role(Speaker(None, None, description, "named", 0.93), text, _person) is None


def test_a_speaker_already_named_is_left_alone() -> None:
    got = Speaker(None, NewActor("Ana Ruiz", True, "", ""), "", "named", 0.93)
    assert named_by_role(got, "Ana Ruiz, a spokeswoman for the council, said so.", lambda name: None) is None


def test_the_tail_of_a_bodys_name_is_no_person_tied_to_its_apposition() -> None:
    text = "The ceasefire held, though the Danish Institute for Human Rights, a Copenhagen-based monitor, reported clashes."
    assert named_by_role(Speaker(None, None, "a Copenhagen-based monitor", "named", 0.93), text, _person) is None
