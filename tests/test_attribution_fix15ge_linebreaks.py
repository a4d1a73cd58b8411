"""Documents saved from a PDF: words broken by a hyphen at a line's end (issue 15, session fix15ge).

A PDF keeps the typesetter's hyphenation, and a name broken over two lines ("Mark Low-" over "cock, told the
Council") was read as "Mark Low-": the speaker was a name's first half, and every "he" after it went with it. On the
fixer's own five pages of such documents (bench 1418-1422: a Secretary-General's report, a CRS Insight, a Government
response, a journal article, a Council outcome) 15 of 39 wrong or missed lines were such names. The text is now read in
a view of the same length with the word joined (:mod:`idlibsite.attribution.linebreaks`), the passages' offsets given
back into the text.

Texts of our own in other bodies' forms (a Nordic ministry's report to parliament, an ombudsman's report, a federal
council's answer, a regional assembly's minutes), each line about the measure's width as a PDF's lines are (a
half-empty line ends a paragraph for the block cutter); guards where the join could over-reach (a compound's own hyphen, a
prefix, a word no reader knows, a break before a capital).
"""

from __future__ import annotations

import pytest

from idlibsite.attribution.linebreaks import original, unbroken
from test_attribution import page_labels



def test_a_surname_broken_at_the_line_end_is_the_speakers_whole_name() -> None:
    text = ("Report to the Storting on the visit to Hatay\n\n"
            "The delegation travelled to the border crossings on 18 February. The State Secretary, Ingrid Fal-\n"
            "kenberg, told the delegation that the Government would double its aid to the camps near Atmeh\n"
            "and that the funds would reach the partners on the ground before the end of the month. He added\n"
            "that the ministry would report again to the committee in April.\n")
    found = page_labels(text)
    assert found["The State Secretary,"] == "new:Ingrid Falkenberg", found
    assert found["He added that"] == "new:Ingrid Falkenberg", found


def test_a_first_name_broken_before_the_surname_is_joined() -> None:
    text = ("Annual report of the Parliamentary Ombudsman\n\n"
            "The reception centres were visited in February. In a meeting with the Ombudsman on 20 February, Jo-\n"
            "hanna Lindqvist said that the reception centres near the border had no room left for families\n"
            "with children and that the regional authorities had asked the Government for emergency funds.\n")
    assert page_labels(text)["In a meeting"] == "new:Johanna Lindqvist"


def test_a_sentence_opening_with_a_broken_name_starts_where_the_text_has_it() -> None:
    text = ("Minutes of the Foreign Affairs Committee of the Regional Assembly\n\n"
            "The committee heard the envoy Pieter Martens on the situation in Idlib on 2 March 2020. Mar-\n"
            "tens said that the talks in Geneva would resume only after a ceasefire had been agreed by both\n"
            "Moscow and Ankara, and that the European Union stood ready to support the United Nations.\n")
    found = page_labels(text)
    assert found["Mar- tens said"] == "new:Pieter Martens", found  # the passage's span is the text's: "Mar-" opens it


def test_a_hyphenated_first_name_broken_at_its_own_hyphen_keeps_it() -> None:
    text = ("Answer of the Federal Council to the interpellation on Idlib\n\n"
            "The aid was discussed on 4 March 2020. The head of the humanitarian aid division, Marie-\n"
            "Claire Dubois, said that Switzerland would release a further ten million francs for shelter and\n"
            "medical care in north-west Syria, most of it through the International Committee of the Red Cross.\n")
    assert page_labels(text)["The head of"] == "new:Marie-Claire Dubois"


@pytest.mark.parametrize(("broken", "read"), [
    pytest.param("the ministry an-\nnounced", "the ministry   announced", id="speech_verb"),
    pytest.param("the envoy ex-\npressed", "the envoy   expressed", id="speech_verb_after_a_prefix"),
    pytest.param("the spokes-\n  woman", "the     spokeswoman", id="role_with_the_next_lines_indent"),
    pytest.param("Ms Ingrid Fal-\nkenberg", "Ms Ingrid   Falkenberg", id="surname"),
])
def test_the_view_joins_the_word_and_keeps_the_texts_length(broken: str, read: str) -> None:
    view, moves = unbroken(broken)
    assert view == read and len(view) == len(broken)
    first = view.index(read.split()[-1])
    assert broken[original(first, moves) :].startswith(broken.split()[-2].rstrip("-"))  # back to the word in the text


@pytest.mark.parametrize(("broken", "read"), [
    pytest.param("the Turkish-\nbacked forces", "the  Turkish-backed forces", id="compound_tail"),
    pytest.param("said Anne-\nMarie Trevelyan", "said  Anne-Marie Trevelyan", id="capital_after_the_hyphen"),
    pytest.param("in Syria. Pro-\nregime media", "in Syria.  Pro-regime media", id="prefix_after_a_name"),
])
def test_a_compounds_own_hyphen_is_kept(broken: str, read: str) -> None:
    assert unbroken(broken)[0] == read


@pytest.mark.parametrize("broken", [
    pytest.param("the so-\ncalled corridor", id="no_known_word"),
    pytest.param("the well-\nknown envoy", id="lower_case_compound"),
    pytest.param("a line ending in a dash -\nand the next", id="a_dash"),
])
def test_other_breaks_stay_as_written(broken: str) -> None:
    assert unbroken(broken) == (broken, ())
