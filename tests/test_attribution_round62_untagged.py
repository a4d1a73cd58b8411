"""Rounds 57's and 60's spoken turns without the usual tags (issue 15, session fix15dy): a television debate whose
guests' tags carry a retired rank's mark or a role of two words, and whose clips are tagged "Man:" and "Woman:" in the
page's own language; a press conference in dash dialogue whose last answer has no speech clause; Swedish quotation
marks that open with "”"; a time of day before a subject; a columnist's, a correspondent's and a letter writer's "I"
named on a line of their own; a quotation whose speaker the next sentence gives as "The words are those of X".  Texts
of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.sources.quotations import find_quotations
from test_attribution import cut_page, said_opening


def _openings(text: str) -> list[str]:
    return [first for _kind, first, _who in cut_page(text)]


_DEBATE = ("Is Poland ready for a crisis in the Baltic?\n\n"
           "A retired colonel and a defence researcher discussed the drills on TVN24 on Sunday evening.\n\n"
           "Marta Kowalczyk: Good evening. Lithuania has asked for talks. Colonel, what does that mean?\n\n"
           "Col. (ret.) Tomasz Wierzbicki: It means Vilnius wants its allies in the room. Talks are talks, nothing more.\n\n"
           "Marta Kowalczyk: Moscow says the drills are routine. Agata, is that so?\n\n"
           "Agata Nowicka, defence researcher: That is the message for home. But the Secretary-General said it plainly on"
           " Friday: the allies stand together.\n\n"
           "Marta Kowalczyk: We have pictures from the border crossing at Ogrodniki.\n\n"
           "[CLIP]\n\n"
           "Mężczyzna: We came at night, with two bags.\n\n"
           "Kobieta: The children are cold. Who will help us?\n\n"
           "Agata Nowicka, defence researcher: For Poland the lesson is plain: the Baltic and the border are one front.\n\n"
           "Marta Kowalczyk: Thank you, and good night.")


@pytest.mark.parametrize(("opening", "who"), [
    ("It means Vilnius", "new:Tomasz Wierzbicki"),  # "Col. (ret.)": a rank and its retired mark, no part of the name
    ("That is the", "new:Agata Nowicka"),  # "Name, defence researcher:": a role of two words
    ("But the Secretary-General", "new:Agata Nowicka"),  # a name inside an answer is the guest's words
    ("We came at", ""),  # "Mężczyzna:" (man): a vox pop, nobody named
    ("For Poland the", "new:Agata Nowicka"),  # her second turn, after the clips: not the woman's
])
def test_fix15dy_a_debates_guests_and_its_clips_of_men_and_women(opening: str, who: str) -> None:
    assert said_opening(_DEBATE, opening) == who


def test_fix15dy_guard_a_clause_after_a_name_and_comma_is_no_tag() -> None:
    text = ("Border talks\n\nJan Nowak, who was there: the talks failed.\n\nAnna Lis, who was there too: they did.\n\n"
            "Piotr Zych, who saw it: nothing was agreed. The minister said on Monday that talks would go on.")
    assert "new:Jan Nowak" not in {who for _kind, _first, who in cut_page(text)}


_PRESSER = ("Lindqvist on the border: ”We will not look away”\n\n"
            "Defence Minister Karin Lindqvist held a press conference in Oslo on Tuesday.\n\n"
            "Lindqvist began by describing the situation at the border as ”the gravest since the Cold War”.\n\n"
            "– Thousands have crossed since Friday, most of them families. We will not look away, says Karin Lindqvist.\n\n"
            "NRK: Will Norway send soldiers?\n\n"
            "– It is too soon to say. But Finland must not stand alone, it is our neighbour, says Lindqvist.\n\n"
            "VG: Is this a threat?\n\n"
            "– I will not use that word. But borders must not be used as weapons.\n\n"
            "The opposition leader called the plan ”too little, too late”.")


@pytest.mark.parametrize(("opening", "who"), [
    ("We will not", "new:Karin Lindqvist"),  # the headline's words in Swedish marks, ”...”
    ("Lindqvist began by", "new:Karin Lindqvist"),  # "began by describing ... as"
    ("the gravest since", "new:Karin Lindqvist"),
    ("Thousands have crossed", "new:Karin Lindqvist"),  # a dash quotation whose clause follows a later comma
    ("It is too", "new:Karin Lindqvist"),
    ("I will not", "new:Karin Lindqvist"),  # a dash answer with no clause, right after a reporter's question
])
def test_fix15dy_a_press_conference_in_dash_dialogue(opening: str, who: str) -> None:
    assert said_opening(_PRESSER, opening) == who


def test_fix15dy_swedish_marks_open_at_a_words_start() -> None:
    text = "Hon kallade planen ”för lite, för sent” och gick."
    assert [q.text for q in find_quotations(text, [(0, len(text))])] == ["för lite, för sent"]


def test_fix15dy_guard_a_lone_closing_mark_opens_nothing() -> None:
    text = "The mayor said ”stay home and wait for the buses. The roads were closed."
    assert [q.text for q in find_quotations(text, [(0, len(text))])] == []


def test_fix15dy_guard_a_dash_line_after_a_question_from_another_speaker_is_no_answer() -> None:
    text = ("Border talks\n\n– We will stay, says Karin Lindqvist.\n\n– We will leave, says Ola Berg.\n\n"
            "NRK: Who is right?\n\n– Nobody knows what comes next.")
    assert "Nobody knows what" not in _openings(text)


def test_fix15dy_a_time_of_day_before_the_subject() -> None:
    text = ("Talks in Minsk\n\nIn the evening the Russian foreign ministry had accused Kyiv of “repeated breaches”"
            " of the truce.")
    assert said_opening(text, "In the evening") == "russian-foreign-ministry"


def test_fix15dy_a_partys_spokeswoman_contradicts() -> None:
    text = ("Vienna debate\n\nThe Social Democrats' migration spokeswoman Eva Brunner contradicted the chancellor in the"
            " evening: Austria could take in „at least fifty families“ without harm, she said on Puls 24.")
    assert said_opening(text, "The Social Democrats'") == "new:Eva Brunner"


_COLUMN = ("Politika › World\n\nThe Balkans and the border\n\nBELGRADE – The ministry said on Monday that 3,000 people"
           " were in the camps.\n\nCOMMENTARY\n\nWritten by: Milan Petrović-Jović\n\nLast month I asked a Greek consul in"
           " Niš whether Athens would close the border. He shrugged.")


def test_fix15dy_a_commentarys_writer_named_on_a_line_above() -> None:
    assert said_opening(_COLUMN, "Last month I") == "new:Milan Petrović-Jović"


def test_fix15dy_a_correspondents_letter_from_a_place() -> None:
    text = ("NOS\n\nBuitenland\n\nLetter from the quay: the boats of Lesbos\n\nOur reporter spent the day at the harbour.\n\n"
            "Sanne de Wit, in Mytilene\n\nI have stood on this quay before. I wrote then that the island had been"
            " forgotten.")
    assert said_opening(text, "I wrote then") == "new:Sanne de Wit"


def test_fix15dy_a_correspondents_name_in_capitals_over_place_and_role() -> None:
    text = ("Internacional\n\nCRÓNICA\n\nA night in Kilis\n\nJORDI PUIG SERRA\nGaziantep. Correspondent\n\n"
            "02/03/2020 00:30\n\nI asked a baker what he thought of the talks. He laughed.")
    assert said_opening(text, "I asked a") == "new:Jordi Puig Serra"


_LETTERS = ("The Gazette\n\nLetters\n\nThe war, seen from here\n\nA tent is no home\n\n"
            "My brother lives in Azaz with his four children. I called my MP's office on Monday to ask what Canada will do."
            "\n\nLeila Mansour\nGatineau\n\nA prayer for all\n\nI also wrote to the minister to ask for more aid.\n\n"
            "Kemal Arslan\nSaint-Lambert")


@pytest.mark.parametrize(("opening", "who"), [
    ("I called my", "new:Leila Mansour"),
    ("I also wrote", "new:Kemal Arslan"),
])
def test_fix15dy_each_letter_is_its_signers_in_plain_case(opening: str, who: str) -> None:
    assert said_opening(_LETTERS, opening) == who


def test_fix15dy_the_words_are_those_of_the_one_named_next() -> None:
    text = ("Bergen mourns its nurse\n\nKaren Olsen worked at the hospital for twenty years.\n\n"
            "“She never missed a shift. She came in even in the storm of 2015.” The words are those of Per Lind, 60, a"
            " porter who worked with her for ten years.")
    assert said_opening(text, "She never missed") == "new:Per Lind"


def test_fix15dy_remembers_tags_a_quotation() -> None:
    text = "Bergen mourns its nurse\n\n“A nurse who never missed a shift,” remembers Per Lind, the porter."
    assert said_opening(text, "A nurse who") == "new:Per Lind"


def test_fix15dy_guard_remembers_without_words_reports_nothing() -> None:
    text = "Bergen mourns its nurse\n\nPer Lind remembers the storm of 2015 well. The hospital was flooded."
    assert _openings(text) == []


def test_fix15dy_a_person_the_writer_asks_named_with_an_age_in_apposition() -> None:
    text = ("Night in Kilis\n\nI asked a baker, Mehmet, 61, what he thought of the talks. He laughed. «Moscow is a friend"
            " until it is not», he replied.")
    assert said_opening(text, "Moscow is a") == "new:Mehmet"


def test_fix15dy_guard_a_person_asked_with_no_name_stays_described() -> None:
    text = ("Night in Kilis\n\nI asked a baker what he thought of the talks. He laughed. «Moscow is a friend until it is"
            " not», he replied.")
    assert said_opening(text, "Moscow is a") == "a baker"


def test_fix15dy_a_wife_named_in_apposition_before_her_children_is_she() -> None:
    text = ("Oslo mourns\n\n« He was kind », recalls Dr Per Lind, his teacher.\n\nHis wife, Sara, and their two sons live"
            " in Bergen. Reached by telephone, she says he called her every night.")
    assert said_opening(text, "Reached by telephone,") == "new:Sara"


def test_fix15dy_asks_tags_a_quotation() -> None:
    text = ("Border\n\n“The bus was free,” says Karim, who gives only his first name.\n\nMinister Jan Berg said on Monday that"
            " the crossing stays shut.\n\nKarim will stay at the fence. “Where to?” he asks.")
    assert said_opening(text, "Where to?") == "new:Karim"


def test_fix15dy_guard_asks_without_words_reports_nothing() -> None:
    assert _openings("Border\n\nThe clinic asks donors for blankets. Omar asks for nothing.") == []


def test_fix15dy_a_description_then_a_name_before_a_colon() -> None:
    text = ("Oslo\n\nThe hospital was hit at dawn. His colleagues say he often slept there. A nurse, Omar, who survived the"
            " strike: « He ran back for a child. That is all I know. »")
    assert said_opening(text, "He ran back") == "new:Omar"


def test_fix15dy_guard_a_description_with_no_name_before_a_colon_names_nobody() -> None:
    text = ("Oslo\n\nThe hospital was hit at dawn. A nurse, who survived the strike: « He ran back for a child. That is all"
            " I know. »")
    assert not said_opening(text, "He ran back").startswith("new:")


def test_fix15dy_reacts_tags_a_quotation() -> None:
    text = ("Genk\n\n“The camp is full,” says Omar Haddad (38), a baker.\n\nMinister Jan Berg promised two million euros."
            "\n\n“That is nice, but the money has to reach the tents,” reacts Haddad.")
    assert said_opening(text, "That is nice,") == "new:Omar Haddad"


def test_fix15dy_guard_reacts_without_a_quotation_reports_nothing() -> None:
    assert _openings("Genk\n\nThe minister reacted to the news. Haddad reacts with anger.") == []
