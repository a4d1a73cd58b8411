"""Round 22's classes of error: fragments read as a speaker's name, and a turn's own sentences in a record (see
bench/README.md, "Round 22's classes fixed")."""

from __future__ import annotations

from test_attribution import ACTORS, labels, paragraphs, speakers
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.proposal import proposable, role_of
from idlibsite.attribution.inorder import attribute
from idlibsite.sources.statements import find_passages


def test_a_sentence_adverb_or_conjunction_before_the_subject_is_no_part_of_the_name() -> None:
    text = ('Earlier the Norwegian Fisheries Ministry stated that the trawlers had been "in the waters of '
            'the rival state".')
    assert labels(text) == ["new:Norwegian Fisheries Ministry", "new:Norwegian Fisheries Ministry"]
    assert read_phrase("But the Norwegian prime minister").anaphor == "minister"  # "the prime minister": named before


def test_a_name_never_opens_with_a_preposition() -> None:
    text = ("Mr. Peter Quill: Of the money pledged in March, about half has already been sent to the agencies. "
            "The rest will follow.")
    assert not any(who.startswith("new:") for who in labels(text))
    assert not proposable("Of") and proposable("WHO")
    text = ("In the camps, the deal was met coldly. « They drew lines in Oslo », Abu Karim, a former baker from Ariha, told "
            "Le Monde by telephone.\n\nFor Hadi Sarraj, head of the Free Coast Council, the main opposition body, the deal "
            "« rewards the army's advance ». He accuses Oslo of having « imposed its plan » on the isles.")
    assert labels(text)[2:] == ["new:Hadi Sarraj"] * 3  # "For X, ...": X's view, the preposition no part of the name


def test_a_plural_opening_the_sentence_with_a_place_in_lowercase_is_nobody_named() -> None:
    text = "Fishermen in the bay say they have joined coast guard patrols along the shore."
    assert labels(text) == [""]
    assert read_phrase("Fishermen in the bay").generic and not read_phrase("Reuters in London").generic


def test_and_between_two_lowercase_words_of_a_place_stays_inside_the_bodys_name() -> None:
    text = ("The Youth Assembly of north and west Norway condemned the raids on the farms, and demanded the "
            "United Nations open the crossing.")
    assert labels(text) == ["new:Youth Assembly of north and west Norway"]


def test_a_bodys_first_observations_are_the_bodys() -> None:
    phrase = read_phrase("UNICEF's initial observations")
    assert (phrase.owner, phrase.generic) == ("UNICEF", False)
    text = ("Many of those at the port are not Norwegians. According to UNICEF's initial observations, they include "
            "Danes and Swedes.")
    assert speakers(text)[-1][2] == "new:UNICEF"  # not in actors.yaml


def test_a_witness_tag_with_a_long_title_in_brackets_opens_her_turn() -> None:
    text = ("Standing Committee on Northern Affairs\n\n"
            "The Chair (Ms. Rosa Tamm (Yellowknife, Lib.)): We have with us Ms. Ada Quill and Mr. Tor Lind.\n\n"
            "Ms. Ada Quill (Director General, Arctic Relations, Department of Fisheries, Oceans and the Coast Guard): "
            "Thank you, Madam Chair.\n\n"
            "Since January, some forty trawlers have left the northern ports. The quota deal has held so far.\n\n"
            "Mr. Tor Lind (Director, Coastal Operations, Department of Fisheries, Oceans and the Coast Guard): "
            "Our crews report ice damage at two harbours.\n\n"
            "The Chair: Thank you both.\n\n"
            "Ms. Ada Quill: The rest of the fleet will stay in port.\n")
    got = speakers(text)
    assert ("direct", "Since January, some", "new:Ada Quill") in got
    assert ("direct", "The quota deal", "new:Ada Quill") in got
    assert ("direct", "Our crews report", "new:Tor Lind") in got


def test_a_minutes_tag_in_capitals_with_a_dash_and_no_stop_opens_a_members_turn() -> None:
    text = ("ASSEMBLY OF THE ISLES\nMINUTES OF PROCEEDINGS\n\n"
            "CHAIR – The sitting is opened.\n\n"
            "ERİK HOLM (Nordland) – Thank you, Mr. Chair.\n\n"
            "We lost two ferries in the storm last week. Who will pay for them?\n\n"
            "ANNA BERG (Troms) – Ask the ministry!\n\n"
            "ERİK HOLM (Nordland) – Let me finish. The harbour fund is empty. Who will refill it?\n\n"
            "CHAIR – Thank you.\n\n"
            "ANNA BERG (Troms) – The fund was filled in March.\n")
    got = speakers(text)
    assert ("direct", "We lost two", "new:Erik Holm") in got  # "ERİK": the dotted capital İ, no dot left over; a Member's rhetorical question makes no interviewer of him
    assert ("direct", "The harbour fund", "new:Erik Holm") in got
    assert ("direct", "The fund was", "new:Anna Berg") in got


def test_a_tag_the_chair_gives_the_floor_to_is_a_speaker_though_only_the_others_carry_a_title() -> None:
    text = ("Provisional record of the Harbour Council\n\n"
            "The President (spoke in Danish): I invite Ms. Ida Vang, Harbour Relief Coordinator, to brief the Council.\n\n"
            "I give the floor to Ms. Vang.\n\n"
            "Ms. Vang: Since May, some 9,000 islanders have left their homes.\n\n"
            "Yesterday, I am told, two piers at the east harbour were hit.\n\n"
            "The President (spoke in Danish): I thank Ms. Vang.\n\n"
            "Mr. Dahl (Iceland): Iceland stands with the islanders.\n\n"
            "Mr. Dahl (Iceland): We call for calm.\n")
    got = {words: who for _kind, words, who in speakers(text)}
    assert got["Since May, some"].endswith("Vang")
    assert got["Yesterday, I am"].endswith("Vang")  # what she is told, in her turn: hers


_COMMITTEE = (
    "Defence Committee: Oral evidence, 9 March 2020\n\n"
    "Q12 Chair: Professor Lund, how long can the truce hold?\n\n"
    "Prof Lund: Weeks, not months. Neither army has pulled back from the M4 road.\n\n"
    "Q13 Chair: And the convoys?\n\n"
    "Prof Lund: They are moving again, but slowly. Nobody has guaranteed their safety."
)


def test_a_committee_records_question_number_before_the_chairs_tag_is_no_part_of_it() -> None:
    """A committee record numbers each question before the tag ("Q12 Chair:"): the chair asks, nobody is proposed
    as an actor "Q12 Chair" (tried as a new user, 2026-12-02)."""
    assert speakers(_COMMITTEE) == [("direct", "Weeks, not months.", "new:Lund"), ("direct", "Neither army has", "new:Lund"),
                                    ("direct", "They are moving", "new:Lund"), ("direct", "Nobody has guaranteed", "new:Lund")]


def test_a_courtesy_title_alone_is_no_role_of_a_new_actor() -> None:
    """A tag's "Prof" or "Dr" says how the person is addressed, not their office: the stub proposes no role."""
    text = _COMMITTEE
    passages = find_passages(text, paragraphs(text))
    found = attribute(passages, ACTORS, text=text)
    assert {found[p].new.role for p in passages if found[p].new} == {""}
    assert role_of("Dr.") == role_of("Mr") == "" and role_of("the Deputy Foreign Minister") == "Deputy Foreign Minister"

