"""A state's body called by its kind alone ("the ministry", "the department"), resolved to the nearest body of that
kind the page named in any role, or by the title of the minister who heads it (issue 15, session fix15fe; LABELS rule
8).  Texts of our own in several outlets' forms; "guard" in an id: a page that names no such body, or two in one
sentence, or one of another nation, gives nobody."""

from __future__ import annotations

import pytest

from idlibsite.attribution.describedbody import described_body
from idlibsite.attribution.phrase import read_phrase
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    """The speaker of each passage by its first three words, "" for nobody named (:func:`test_attribution.cut_page`)."""
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


@pytest.mark.parametrize(("text", "passage", "body"), [
    pytest.param("Troops on alert along the frontier\n\n"
                 "Minister of National Defence Olek Varga, together with the chief of staff, followed the operation from"
                 " a command post on Tuesday night.\n\n"
                 "In a statement, the ministry announced that 40 fighters had been neutralised overnight.\n",
                 "In a statement,",
                 "new:Ministry of National Defence", id="lead_an_agencys_minister_by_title_then_the_ministry"),
    pytest.param("Volunteers load a convoy for the border\n\n"
                 "The local TD has raised the convoy's paperwork with the Department of Foreign Affairs in Dublin.\n\n"
                 "A spokesperson for the department said more than four million had been given to the appeal this year.\n",
                 "A spokesperson for",
                 "new:Department of Foreign Affairs", id="lead_a_local_papers_department_named_as_an_object"),
    pytest.param("Families told to stay calm\n\n"
                 "THE MINISTER of Foreign Affairs and Regional Cooperation, Ama Boateng, has assured families that their"
                 " relatives are safe.\n\n"
                 "In a release signed by its head of communications, the ministry also cautioned citizens against"
                 " travelling to the border.\n",
                 "In a release",
                 "new:Ministry of Foreign Affairs and Regional Cooperation", id="lead_a_dailys_minister_in_apposition"),
])
def test_a_bare_state_kind_is_the_body_of_that_kind_named_before(text: str, passage: str, body: str) -> None:
    assert _speakers(text)[passage] == body


@pytest.mark.parametrize(("phrase", "before", "home", "body"), [
    pytest.param("the ministry", "The Foreign Ministry answered questions on Tuesday. Its press secretary spoke.", "",
                 "Foreign Ministry", id="lead_named_as_a_subject_before"),
    pytest.param("the embassy", "Families wrote to the Indian Embassy in Damascus last week.", "", "Indian Embassy in Damascus",
                 id="lead_an_embassy_with_its_seat"),
    pytest.param("the ministry", "A lone official said little. The council met.", "", "", id="guard_no_body_of_the_kind"),
    pytest.param("the ministry", "The Ministry of Health and the Ministry of Finance met on Monday.", "", "",
                 id="guard_two_of_the_kind_in_the_nearest_sentence"),
    pytest.param("the ministry", "The Armenian Foreign Ministry accused Turkey.", "Azerbaijan", "",
                 id="guard_another_nations_body"),
    pytest.param("the embassy", "The Ministry of Defence said so.", "", "", id="guard_another_kind"),
])
def test_the_description_takes_the_nearest_agreeing_body_or_nobody(phrase: str, before: str, home: str, body: str) -> None:
    assert described_body(read_phrase(phrase), before, home) == body


_FAR = ("Embassy opens a hotline\n\n"
        "{first}\n\n"
        "Relatives have queued outside the passport office since Monday.\n\n"
        "Buses left the capital on Tuesday night.\n\n"
        "The ministry said a second flight would leave on Friday.\n")


@pytest.mark.parametrize(("first", "body"), [
    pytest.param("The Minister for Foreign Affairs and Trade, Niamh Doyle, said the embassy would stay open.",
                 "new:Ministry of Foreign Affairs and Trade", id="lead_further_back_by_the_minister_who_spoke"),
    pytest.param("At a briefing, the press secretary of the Ministry of Health, Tarek Nour, said families should register"
                 " online.", "new:Ministry of Health", id="lead_further_back_by_its_spokesperson_who_spoke"),
    pytest.param("The Foreign Ministry kept its lists of citizens abroad.", "", id="guard_further_back_by_no_speaker"),
])
def test_a_body_further_back_counts_only_by_a_speaker_of_the_page(first: str, body: str) -> None:
    assert _speakers(_FAR.format(first=first))["The ministry said"] == body
