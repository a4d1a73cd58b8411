"""Round 56's dialogue without the usual tags (issue 15, session fix15dv): a debate's turns tagged by names whose words
open with capitals beyond ASCII, by a one-word role, then by first name only; an interview printed with no tags, whose
questions address the guest; a feature's dash dialogue; a column's and an obituary's own first person.  Texts of our
own, in several outlets' forms."""

from __future__ import annotations

import re

import pytest

from idlibsite.sources.turns import turns
from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


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
    assert _said(_DEBATE, opening) == who


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
    pytest.param("Ankara plays for", "new:Karin Hofer", id="headline_one_word_office_title"),
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
    assert _said(_INTERVIEW, opening) == who


def test_fix15dv_guard_the_paragraph_after_the_last_answer_is_narration() -> None:
    assert _said(_INTERVIEW, "The ministry announced") != "new:Karin Hofer"


def test_fix15dv_guard_rhetorical_questions_make_no_interview() -> None:
    # a feature's paragraphs that end with a question mark, one addressing a man once, give him no paragraph after them
    text = ("The camps of Kilis\n\nAhmed Saleh, where will you go?\n\nThe camps are full and the tents ran out on Friday.\n\n"
            "Who will pay?\n\nBrussels has not decided.\n\nAnd what of the children?\n\n"
            "The school closed in January, Ahmed Saleh said.")
    assert [first for _kind, first, _who in cut_page(text)] == ["The school closed"]
