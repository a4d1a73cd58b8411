"""Round 45's columns, headlines and acts (issue 15, session fix15ce): a headline's subject written as a title's
initials with dots ("P.M. assures ...", "C.E.O. promises ...") is, like "PM ...", the one person the page gave that
title (Round 27: a headline's short form of a person); "informed about" with no object, after a subject of its own
("The Polish minister informed about the talks"), is a speech act, while the participle ("kept the public informed
about", "residents were informed about") is none.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import attribute_page
from idlibsite.sources.statements import find_passages
from test_attribution import ACTORS, paragraphs


def _speakers(text: str) -> dict[str, str]:
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return {text[p.start : p.end]: s.actor.id if s.actor else f"new:{s.new.name}" if s.new else "-" for p, s in found.items()}


def _found(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_passages(text, [(0, len(text))])]


@pytest.mark.parametrize(("text", "headline", "holder"), [
    pytest.param("P.M. assures families of Tongan students in Fiji\n\nBy Mele Taufa  4 March 2020\n\n"
                 "Prime Minister Pohiva Tuionetoa has promised help to the families of students in Fiji.\n\n"
                 "\"No family will be left alone,\" the minister said.\n",
                 "P.M. assures families of Tongan students in Fiji", "new:Pohiva Tuionetoa", id="P.M._assures"),
    pytest.param("C.E.O. promises refunds to stranded passengers\n\nBy Ana Leota\n\n"
                 "The Chief Executive Officer of Pacific Wings, Tevita Fonua, presented the plan on Friday.\n\n"
                 "\"Every passenger will be paid back,\" he said.\n",
                 "C.E.O. promises refunds to stranded passengers", "new:Tevita Fonua", id="C.E.O._promises"),
])
def test_a_headline_by_a_titles_dotted_initials_is_the_titles_holder(text: str, headline: str, holder: str) -> None:
    assert _speakers(text)[headline] == holder


@pytest.mark.parametrize("text", [
    pytest.param("The Polish foreign minister informed about the talks in Warsaw.", id="the_minister_informed_about"),
    pytest.param("Ambassador Lena Holm informed about the evacuation of the embassy staff.", id="a_name_informed_about"),
])
def test_informed_about_after_a_subject_of_its_own_is_a_speech_act(text: str) -> None:
    assert _found(text) == [text]


@pytest.mark.parametrize("text", [
    pytest.param("The government kept the public informed about the talks.", id="kept_informed"),
    pytest.param("Residents were informed about the curfew on Monday.", id="were_informed"),
    pytest.param("The mayor is well informed about the floods.", id="well_informed"),
    pytest.param("The public, informed about the risks, stayed home.", id="participle_aside"),
    pytest.param("Sources informed about the talks.", id="plural_participle"),
])
def test_informed_about_as_a_participle_is_no_speech_act(text: str) -> None:
    assert _found(text) == []


def test_the_informer_is_the_minister_the_page_named() -> None:
    text = ("Kazakbaev talks to Polish counterpart\n\nBy Aida Bekova\n\nKyrgyz Foreign Minister Ruslan Kazakbaev held a phone"
            " call with Polish Foreign Minister Jacek Czaputowicz on Monday. The Polish minister informed about the situation"
            " on the border and the steps taken by Warsaw.\n")
    got = _speakers(text)
    assert got["The Polish minister informed about the situation on the border and the steps taken by Warsaw."] == "new:Jacek Czaputowicz"


@pytest.mark.parametrize("text", [
    pytest.param("In a statement signed by its secretary Kojo Mensah, the youth league condemned \"imperialist interference\" in Syria.",
                 id="signed_statement_condemned"),
    pytest.param("In an open letter, the teachers union condemned \"the silence of Europe\" on Idlib.", id="open_letter_condemned"),
    pytest.param("In a joint statement, the two parties rejected \"foreign meddling\".", id="joint_statement_rejected"),
])
def test_a_statements_frame_before_a_verb_and_its_quoted_object_is_reported(text: str) -> None:
    assert text in _found(text)


@pytest.mark.parametrize("text", [
    pytest.param("The youth league condemned \"imperialist interference\" in Syria.", id="no_frame"),
    pytest.param("In the statement, the ministry said: \"We are ready.\"", id="quotation_after_a_colon"),
])
def test_a_quoted_object_with_no_frame_or_after_a_colon_is_the_quotations_alone(text: str) -> None:
    assert text not in _found(text)


def test_a_title_and_name_before_a_sentences_end_stop_at_the_stop() -> None:
    text = ("Tileuberdi talks to Polish counterpart\n\nBy Aida Bekova\n\nMinister of Foreign Affairs of Kazakhstan Mukhtar"
            " Tileuberdi had a telephone conversation with Minister of Foreign Affairs of Poland Jacek Czaputowicz. The press"
            " service of the ministry reported.\n\nThe Polish minister informed about the situation on the border and the steps"
            " taken by Warsaw.\n")
    got = _speakers(text)
    assert got["The Polish minister informed about the situation on the border and the steps taken by Warsaw."] == "new:Jacek Czaputowicz"
