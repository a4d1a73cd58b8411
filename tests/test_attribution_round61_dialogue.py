"""Round 56's dialogue without the usual tags (issue 15, session fix15dv): a debate's turns tagged by names whose words
open with capitals beyond ASCII, by a one-word role, then by first name only; an interview printed with no tags, whose
questions address the guest; a feature's dash dialogue; a column's and an obituary's own first person.  Texts of our
own, in several outlets' forms."""

from __future__ import annotations

import re

import pytest

from idlibsite.sources.turns import turns
from test_attribution import cut_page, said_opening


_DEBATE = ("Should Finland send more aid to the camps?\n\n"
           "Two MPs and a researcher debated the crisis in A-studio on Wednesday evening.\n\n"
           "Liisa Aaltonen: Good evening. With me are Ákos Öberg, MP for the Greens, Pekka Virta, MP for the Finns Party,"
           " and Dr. Åsa Lindqvist, researcher at the University of Helsinki. Ákos, what should Finland do?\n\n"
           "Ákos Öberg, Green MP: We should take in two hundred people this spring. The Red Cross told us on Monday that"
           " it has places ready.\n\n"
           "Liisa Aaltonen: Pekka, do you agree?\n\n"
           "Pekka Virta, Finns Party MP: No. Our money should go to the camps in the region.\n\n"
           "Liisa Aaltonen: The Interior Minister, Maria Ohisalo, said on Tuesday that Finland would wait for the EU."
           " Åsa, what do you make of it?\n\n"
           "Åsa Lindqvist, researcher: Very little will change in Brussels. The Turkish Defence Ministry says its"
           " troops stay where they are.\n\n"
           "Ákos: I agree with that. The minister told the committee that she was listening.\n\n"
           "Pekka: She says that to everyone.\n\n"
           "Åsa: One more thing? Nobody in the region expects a ceasefire.\n\n"
           "Liisa Aaltonen: Thank you all.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("We should take", "new:Ákos Öberg", id="tag_name_with_capitals_beyond_ascii"),
    pytest.param("The Red Cross", "new:Ákos Öberg", id="a_body_inside_the_answer_is_the_guests"),
    pytest.param("Very little will", "new:Åsa Lindqvist", id="one_word_role_after_the_name"),
    pytest.param("The Turkish Defence", "new:Åsa Lindqvist", id="a_ministry_inside_the_answer_is_the_guests"),
    pytest.param("I agree with", "new:Ákos Öberg", id="first_name_tag_is_the_full_name"),
    pytest.param("Nobody in the", "new:Åsa Lindqvist", id="first_name_tag_of_a_role_word_guest"),
    pytest.param("The Interior Minister,", "new:Maria Ohisalo", id="guard_the_hosts_apposition_is_no_vocative"),
])
def test_fix15dv_a_debates_tags_by_full_name_role_and_first_name(opening: str, who: str) -> None:
    # "Ákos Öberg, Green MP:" and "Åsa Lindqvist, researcher:" are the guests' first tags; "Ákos:" and "Åsa:" after them
    # are the same guests; the host's "The Interior Minister, Name, said" reports the minister, no guest addressed
    assert said_opening(_DEBATE, opening) == who


def test_fix15dv_guard_a_name_and_an_adverb_is_no_tag() -> None:
    # "Name, however:" opens a sentence of narration, not a turn tagged by a role of one word
    text = ("Ola Nordmann, however: the talks went on.\n\nKari Holm, meanwhile: the border stayed shut.\n\n"
            "Ola Nordmann, however: nobody came.\n\nKari Holm, meanwhile: the buses left.")
    assert turns(text, [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]) == {}


_INTERVIEW = ("Die Presse\n\n"
              "Außenministerin Hofer: «Ankara plays for time»\n\n"
              "Von Lukas Gruber\n\n"
              "On Monday in Vienna, Foreign Minister Karin Hofer had sought to persuade her Balkan colleagues to close ranks."
              " Die Presse spoke to her on Tuesday.\n\n"
              "Karin Hofer, is the EU being blackmailed at its border?\n\n"
              "What we see in Evros is pressure, and the families are paying for it. Austria will not be moved.\n\n"
              "Frau Hofer, Athens says it will hear no asylum claims for a month. Is that lawful?\n\n"
              "No. The right to asylum does not pause. Dimitris Avramopoulos told me on Sunday that Greece needs help,"
              " and it will get it.\n\n"
              "Chancellor Fischer says the money for Turkey was wasted. Is he right?\n\n"
              "The money went to schools. Mevlüt Çavuşoğlu said to me that Ankara wants more, and Paris and Rome"
              " must answer him.\n\n"
              "Karin Hofer, who can end the war in Idlib?\n\n"
              "Moscow alone. I will keep saying it.\n\n"
              "The ministry announced on Tuesday evening that Austria would give three million euros to the UNHCR.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("What we see", "new:Karin Hofer", id="answer_after_a_question_by_full_name"),
    pytest.param("Austria will not", "new:Karin Hofer", id="answer_second_sentence"),
    pytest.param("Athens says it", "new:Athens", id="speech_inside_a_question_keeps_its_subject"),
    pytest.param("Dimitris Avramopoulos told", "new:Karin Hofer", id="a_name_inside_an_answer_is_the_guests"),
    pytest.param("The money went", "new:Karin Hofer", id="answer_after_an_unaddressed_question"),
    pytest.param("Mevlüt Çavuşoğlu said", "new:Karin Hofer", id="an_account_inside_an_answer_is_the_guests"),
    pytest.param("I will keep", "new:Karin Hofer", id="answer_after_the_last_question"),
    pytest.param("On Monday in", "new:Karin Hofer", id="sought_to_persuade_is_speech"),
    ])
def test_fix15dv_an_interview_without_tags_gives_the_answers_to_the_guest_addressed(opening: str, who: str) -> None:
    # questions end with a question mark, two of them address the guest ("Karin Hofer, ...", "Frau Hofer, ..."): each
    # untagged paragraph after a question is her answer, names inside it not its speaker; the paragraph after the
    # last answer is narration again
    assert said_opening(_INTERVIEW, opening) == who


def test_fix15dv_guard_the_paragraph_after_the_last_answer_is_narration() -> None:
    assert said_opening(_INTERVIEW, "The ministry announced") != "new:Karin Hofer"


def test_fix15dv_guard_rhetorical_questions_make_no_interview() -> None:
    # a feature's paragraphs that end with a question mark, one addressing a man once, give him no paragraph after them
    text = ("The camps of Kilis\n\nAhmed Saleh, where will you go?\n\nThe camps are full and the tents ran out on Friday.\n\n"
            "Who will pay?\n\nBrussels has not decided.\n\nAnd what of the children?\n\n"
            "The school closed in January, Ahmed Saleh said.")
    assert [first for _kind, first, _who in cut_page(text)] == ["The school closed"]


_FEATURE = ("Aftenposten | Utenriks\n\n"
            "Syrians in Drammen wait for news from the border\n\n"
            "Drammen. The phones never leave the tables in the cafés by the river.\n\n"
            "– We sleep with the phone on the pillow. The children ask every night when we go home, says Leyla Karim,"
            " 41, who came to Drammen in 2016.\n\n"
            "Her husband shows a photograph of a tent in the snow.\n\n"
            "– My brother sends a picture every morning. He writes “the tent still stands”. Today he sent nothing,"
            " says the 41-year-old.\n\n"
            "Foreign Minister Ine Eriksen Søreide said in Oslo on Monday that Norway would give more money to the camps.\n\n"
            "– Three tents, two stoves and a generator arrived on Friday.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("We sleep with", "new:Leyla Karim", id="dash_opens_the_words_says_name_after"),
    pytest.param("My brother sends", "new:Leyla Karim", id="described_after_the_dash_words"),
    pytest.param("the tent still", "", id="nested_double_marks_inside_dash_words_are_the_unnamed_brothers"),
])
def test_fix15dv_dash_dialogue_without_quotation_marks(opening: str, who: str) -> None:
    # "– words, says Name, 41, who ..." is a quotation of Name's with no marks; a quotation in marks after "He writes"
    # inside it is the unnamed brother's (nobody named)
    assert said_opening(_FEATURE, opening) == who


def test_fix15dv_guard_a_dash_line_with_no_speech_clause_is_no_quotation() -> None:
    # a dash that opens a line of items, with no ", says Name" after them, quotes nobody
    assert "Three tents, two" not in [first for _kind, first, _who in cut_page(_FEATURE)]


_COLUMN = ("Népszava\n\nVilág\n\nAt Kapitan Andreevo, the queue of trucks is ten kilometres long\n\n"
           "Von Anna Weber\n\n"
           "I reached the border crossing on Sunday. A woman from Homs who gave her name only as Rania showed me her"
           " papers.\n\n"
           "„We were told in Istanbul that the Bulgarians would open the gate,” she said.\n\n"
           "A Bulgarian guard waved the trucks on. „Move, move, the road is free,” he shouted. I asked him whether it"
           " was. He did not answer.\n\n"
           "Prime Minister Boyko Borissov said in Sofia that Bulgaria would keep its border shut. I told the drivers"
           " that evening. One of them asked me how far Sofia was.\n\n"
           "On Monday, Erdogan said in Ankara that the gates would stay open.")
_OBITUARY = ("Večer\n\nAna Kos (1968–2020): the nurse from Celje who stayed in Aleppo\n\n"
             "She worked for twenty years at the hospital in Celje before she left for Syria.\n\n"
             "I met Ana Kos in 2017 in Ljubljana. I asked her whether she was afraid. She laughed and said: „Of"
             " the cold, yes.“\n\nShe will be buried in Celje.\n\n"
             "Marko Zupan\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_COLUMN, "I told the", "new:Anna Weber", id="byline_in_the_pages_language"),
    pytest.param(_COLUMN, "We were told", "new:Rania", id="a_description_that_gives_a_name_is_that_name"),
    pytest.param(_COLUMN, "One of them", "One of them", id="one_of_a_group_is_nobody_not_the_next_name"),
    pytest.param(_COLUMN, "Move, move, the", "", id="guard_a_quotation_before_the_writers_question_is_not_his"),
    pytest.param(_OBITUARY, "I asked her", "new:Marko Zupan", id="name_alone_at_the_foot"),
])
def test_fix15dv_a_writers_first_person(text: str, opening: str, who: str) -> None:
    # "I" with a speech verb is the writer the byline ("Von Name") or the foot ("Name" alone on the last line) names;
    # the quotation before "I asked him" is not the writer's; "One of them asked me" is none of the people named
    assert said_opening(text, opening) == who
