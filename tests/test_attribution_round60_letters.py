"""Round 55's letters page, correspondent's column, diaspora feature and obituary (issue 15, session fix15ds).

- A page with no byline whose letters (or whose one piece) name the writer at the foot in a sentence of its own ("Name is
  a resident of Village.", "Name is a chief physician at X."): the first-person speech verbs above it are that writer's.
- A correspondent's name, then a desk or a place in capitals after a comma, over a date line in another language: the
  byline's writer, whom "I" stands for; "she" after the writer's "I asked her" is never the writer.
- "Our alderman in Saipan said ... "..."": the writer's own representative, never named; the quotation is nobody's, not
  the writer's named before.
- "Father told us" (a priest never named): a person's noun alone is no name.
- "The owner of the hotel, a Kurdish man of few words, smiled. \"...,\" he said": a person described by "the" and an
  of-phrase, no role's title, is whom "he" stands for, nobody named.
- An obituary's subject by a first name: "I met Ingrid in 1979", "Ingrid loved Norwegian winters" (a first name, then its
  verb), "Then she grew quiet and said" (an adverb of sequence before the subject).
- '"...," says the 38-year-old bus driver. He asks that only his first name, Yasser, be used': the described speaker is the
  name given so, also where the next sentence opens with it.

Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import Clause, clauses
from idlibsite.attribution.described import own_relation
from idlibsite.attribution.page import byline
from idlibsite.attribution.proposal import proposable
from idlibsite.attribution.signoffs import described_writer
from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words): an actor's id, "new:Name", or
    "" for nobody named (whatever phrase describes them)."""
    return next(who for _kind, first, who in cut_page(text, unnamed=False) if first == opening)


_LETTERS = ("Opinion\n\nLetters to the Editor\n\nStaff Reports\nThe Saipan Tribune\n\n"
            "Letters must include the writer's name and village.\n\n"
            "Pray for the camps\n\n"
            "My nephew is a medic with the Army Reserve, and his unit is in Kuwait. I called the recruiting office in Garapan "
            "on Tuesday. I thanked the sergeant for his time, because he stayed on the line for an hour.\n\n"
            "Our alderman in Saipan said in her newsletter that she is \"following events hour by hour.\" I hope so.\n\n"
            "Vicente M. Taitano is a resident of Chalan Kanoa.\n\n"
            "Teach geography again\n\n"
            "At our church in San Vicente, Father told us on Sunday that the diocese is collecting blankets. \"A blanket weighs "
            "less than a bullet,\" he said after mass.\n\n"
            "I wrote to the governor's office last month and asked for a school drive. Nobody has answered.\n\n"
            "Josefina C. Reyes is a resident of Koblerville.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("I called the", "new:Vicente Taitano", id="fix15ds_a_letters_i_is_the_resident_named_at_its_foot"),
    pytest.param("I thanked the", "new:Vicente Taitano", id="fix15ds_thanked_is_the_foot_lines_writer"),
    pytest.param("I wrote to", "new:Josefina Reyes", id="fix15ds_the_second_letters_i_is_its_own_foot_line"),
    pytest.param("Our alderman in", "", id="fix15ds_our_alderman_is_nobody_named"),
    pytest.param("following events hour", "", id="fix15ds_a_quotation_in_our_aldermans_clause_is_not_the_writers"),
    pytest.param("At our church", "", id="fix15ds_father_alone_is_no_name"),
    pytest.param("A blanket weighs", "", id="fix15ds_he_after_father_alone_is_nobody_named"),
])
def test_fix15ds_a_letters_page_signed_at_the_foot_in_a_sentence(opening: str, who: str) -> None:
    assert _said(_LETTERS, opening) == who


def test_fix15ds_the_writer_described_at_the_foot() -> None:
    text = "Title\n\nI asked him why.\n\nAna Lucía Ferrer is a nurse at the Hospital del Mar and a friend of the family.\n"
    assert described_writer(text, 7) == "Ana Lucía Ferrer"
    assert described_writer(text, len(text) - 10) == ""  # none after the place asked about
    mid = "Title\n\nI asked him why.\n\nAna Ferrer is a nurse. She said \"no\" to us.\n\nMore text.\n"
    assert described_writer(mid, 7) == ""  # a paragraph of several sentences, with a quotation: no foot line


def test_fix15ds_a_byline_above_wins_over_a_line_at_the_foot() -> None:
    text = ("Opinion\n\nThe border is not a wall\n\nBy Amara Osei\n\nI told the consul in Accra last year that the visas "
            "were too slow. He did not reply.\n\nKwame Mensah is a lawyer in Kumasi.\n")
    assert _said(text, "I told the") == "new:Amara Osei"  # a guard: the foot line of a quoted lawyer is no sign-off here


def test_fix15ds_an_obituarys_writer_at_the_foot() -> None:
    text = ("Nekrolog\n\nIngrid Dahl, 1950-2021\n\nIngrid Dahl, a Norwegian midwife, died on Monday in Oslo.\n\n"
            "I met Ingrid in 1988 in Tromsø. I told her once that she worked too much, and she laughed.\n\n"
            "Per Olav Berg is a retired obstetrician and a friend of Ingrid Dahl.\n")
    assert _said(text, "I told her") == "new:Per Olav Berg"


_CORRESPONDENT = ("Mundo\n\nOn the border, the trucks wait\n\nA town lives between funerals and aid convoys\n\n"
                  "Lucía Fernández Soto, ENVIADA ESPECIAL / KILIS, TURQUÍA\n12 de marzo de 2020 | 06h30\n\n"
                  "I reached Kilis on Tuesday night. At a bakery I met Daniela Rocha Pinto, 31, a teacher from Valparaíso who came "
                  "in February as a volunteer.\n\n"
                  "I asked her whether she would stay. She said that the children needed her more than Chile did.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("I asked her", "new:Lucía Fernández Soto", id="fix15ds_i_is_the_correspondent_over_a_foreign_date_line"),
    pytest.param("She said that", "new:Daniela Rocha Pinto", id="fix15ds_she_after_the_writers_question_is_never_the_writer"),
])
def test_fix15ds_a_correspondents_column_with_a_desk_in_capitals(opening: str, who: str) -> None:
    assert _said(_CORRESPONDENT, opening) == who


def test_fix15ds_a_desk_byline_over_a_date_line_in_any_language() -> None:
    assert byline("Mundo\n\nTitle\n\nLucía Fernández, ENVIADA ESPECIAL / KILIS\n12 de marzo de 2020 | 06h30\n\nText.\n") == "Lucía Fernández"
    assert byline("World\n\nTitle\n\nAnkara, TURKEY\nNo date here\n\nText.\n") == ""  # a guard: no date line, no byline


def test_fix15ds_own_relation_is_a_person_not_a_body() -> None:
    assert own_relation("Our delegate in Congress")
    assert own_relation("My former students")
    assert not own_relation("Our government")  # a guard: a body by the possessive stays the body's reading
    assert not own_relation("our Ministry of Foreign Affairs")


def test_fix15ds_a_persons_noun_alone_is_no_name() -> None:
    assert not proposable("Father")
    assert not proposable("Doctor")
    assert proposable("Father Jorge Saad")  # a guard: the title before a name


def test_fix15ds_a_father_named_with_his_title_keeps_the_name() -> None:
    text = ("Parish news\n\nBy Staff Writer\n\nFather Elias Haddad said on Sunday that the parish would send blankets to "
            "the camps.\n")
    assert _said(text, "Father Elias Haddad") == "new:Elias Haddad"


_FEATURE = ("DN | Sverige\n\n\"Every night I count the messages\"\n\nSyrians in Malmö follow the war on their phones.\n\n"
            "Text: Sara Lind\n\n"
            "The tea has gone cold in a flat in Rosengård. \"That was my cousin's bakery,\" says the 44-year-old taxi driver, "
            "pointing at the screen. He asks that only his first name, Omar, be used, because his sisters still live in Idlib.\n\n"
            "Omar came to Sweden in 2014. Every evening he reads the village group. \"Every night I count the messages,\" he "
            "says.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("That was my", "new:Omar", id="fix15ds_a_described_speaker_named_by_the_first_name_he_asks_for"),
    pytest.param("Every night I", "new:Omar", id="fix15ds_he_after_the_first_name_given"),
])
def test_fix15ds_a_first_name_given_at_the_speakers_request(opening: str, who: str) -> None:
    assert _said(_FEATURE, opening) == who


_OBITUARY = ("Aftenposten | Minneord\n\nIngrid Haugen Dahl, 1949-2021: She stayed with the patients\n\n"
             "Ingrid Haugen Dahl, a Norwegian midwife, died on 3 March in a camp near Atmeh. She was 71.\n\n"
             "I met Ingrid in 1979 at the maternity ward in Tromsø, a young midwife with a loud laugh. She became head of "
             "the ward in 1995.\n\n"
             "In 2014 she began travelling to the camps for six weeks at a time. Then she grew quiet and said that the "
             "mothers there had no one else.\n\n"
             "The Norwegian Midwives' Association said her work had saved hundreds of lives. Its leader, Kari Solberg "
             "Moen, called her \"the bravest of us\".\n\n"
             "Ingrid loved the northern lights, cross-country skiing and Persian poetry. She used to say: \"A birth has no "
             "border.\" I will miss her.\n\n"
             "Per Olav Berg is a retired obstetrician and a friend of Ingrid Haugen Dahl.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Then she grew", "new:Ingrid Haugen Dahl", id="fix15ds_then_she_after_i_met_a_first_name"),
    pytest.param("A birth has", "new:Ingrid Haugen Dahl", id="fix15ds_she_after_a_first_name_opening_a_sentence"),
])
def test_fix15ds_an_obituarys_subject_by_her_first_name(opening: str, who: str) -> None:
    assert _said(_OBITUARY, opening) == who


def test_fix15ds_then_opening_a_sentence_is_no_subject() -> None:
    assert clauses("Then she grew quiet and said that the mothers had no one else.") == [
        Clause("she", "", "said", 24)]
    assert clauses("Then the minister said that the border would stay open.")[0].phrase == "the minister"


def test_fix15ds_a_first_name_then_its_verb_opening_a_sentence_is_the_one_named_in_full() -> None:
    text = ("Minneord\n\nA midwife who stayed\n\nIngrid Haugen Dahl, a Norwegian midwife, died on 3 March in a camp near "
            "Atmeh.\n\nThe Norwegian Midwives' Association said her work had saved hundreds of lives. Its leader, Kari Solberg "
            "Moen, said the association would collect money in her name.\n\n"
            "Ingrid loved Norwegian winters and Persian poetry. She used to say: \"A birth has no border.\"\n")
    assert _said(text, "A birth has") == "new:Ingrid Haugen Dahl"  # not the leader who spoke last ("Ingrid loved Norwegian")


def test_fix15ds_he_after_a_person_described_by_the_definite_article_is_nobody_named() -> None:
    text = ("Mundo\n\nA town that counts the hours\n\nBy Lucía Fernández Soto\n\n"
            "Foreign Minister Santiago Cafiero wrote on Saturday that Argentina \"defends dialogue\".\n\n"
            "On Friday the shelling paused for an hour. The owner of the bakery, an Armenian woman of few words, nodded. "
            "\"The guns will be back,\" she said.\n")
    assert _said(text, "The guns will") == ""  # not the minister named before


def test_fix15ds_the_head_of_a_body_described_stays_the_role_the_page_named() -> None:
    text = ("World\n\nTalks resume\n\nBy Staff Writer\n\nAmbassador Lena Park, the head of the mission, said on Monday that "
            "talks would resume.\n\nThe head of the mission smiled. \"We will stay,\" she said.\n")
    assert _said(text, "We will stay,") == "new:Lena Park"  # a guard: a title's head is no one described anew
