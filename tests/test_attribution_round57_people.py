"""Round 53's people (issue 15, session fix15dh): a radio bulletin, a timeline, a column, a profile; general rules,
each pinned by pages of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


def _openings(text: str) -> list[str]:
    """The first three words of every passage found."""
    return [first for _kind, first, _who in cut_page(text)]


_WEEK = ("Gaza week: from the strike to the truce\n\n"
         "How seven days unfolded, day by day\n\n"
         "By Matangi staff\n\n"
         "Monday 9 March\n"
         "Netanyahu: Our answer will be felt across the strip.\n"
         "Aid agencies warn that the crossings are closed.\n\n"
         "Tuesday 10 March\n"
         "UNHCR: Thousands of families have left their homes since the weekend.\n\n"
         "March 11, 2020\n"
         "Families in Khan Younis tell reporters the shelling has stopped.\n\n"
         "Weather: Rain is expected across the strip all week.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Netanyahu: Our answer", "new:Netanyahu", id="name_tag_under_a_day_line"),
    pytest.param("UNHCR: Thousands of", "new:UNHCR", id="body_tag_under_a_day_line"),
])
def test_a_timeline_entrys_name_tag_without_marks_under_its_day_line_is_the_tags(opening: str, who: str) -> None:
    # "Friday 28 February\nErdogan: We will not ... .": a day on a line of its own heads its entry's lines; a line
    # "Name: words." among them is the tag's words, its stop no matter (LABELS Round 44), as a dated line's is
    assert _said(_WEEK, opening) == who


def test_a_tag_line_under_no_day_line_stays_no_passage() -> None:
    # guard: "Label: words." after a blank line, no day line heading its paragraph, is no timeline entry
    assert "Weather: Rain is" not in _openings(_WEEK)


def test_a_plural_telling_reporters_a_clause_without_that_is_reported() -> None:
    # "Residents of Idlib tell reporters the night was quiet": the press told, then a clause of its own verb, "that"
    # dropped as a timeline or a headline drops it; a generic plural, nobody named (LABELS rule 6)
    assert _said(_WEEK, "Families in Khan") == "Families in Khan Younis"


def test_telling_reporters_a_thing_is_no_speech() -> None:
    # guard: "tell reporters the way to the camp" tells no clause of its own verb
    text = "Camp notes\n\nVolunteers tell reporters the way to the camp every morning."
    assert "Volunteers tell reporters" not in _openings(text)


_COLUMN = ("Opinion\n\n"
           "Miriam Okonjo\n\n"
           "Why Lagos must speak up on Idlib\n\n"
           "I wrote in these pages last month that the war in Idlib would reach our shores. It has.\n\n"
           "In Abuja, I am told, the ministry was not pleased with that column.")
_DESK = ("Nation mourns soldiers\n\n"
         "Herald Reporter\n\n"
         "I said on radio this morning that the nation stands with Turkey, the minister told the Herald.")


def test_a_columnists_name_alone_under_the_kicker_is_whom_i_stands_for() -> None:
    # "Points of View\n\nName\n\nTitle": the writer's name alone on its line under the page's first line, a byline
    # without "By"; "I wrote ... that" is the columnist's (LABELS "Op-eds and columns")
    assert _said(_COLUMN, "I wrote in") == "new:Miriam Okonjo"


_TOLD = ("Notes from Abuja\n\nBy Miriam Okonjo\n\n"
         "In the ministry, I am told, the plan was not received with enthusiasm.")


@pytest.mark.parametrize("text", [pytest.param(_COLUMN, id="name_under_kicker"), pytest.param(_TOLD, id="by_line")])
def test_i_am_told_is_a_passive_not_the_columnists_words(text: str) -> None:
    # "I am told" is the columnist told by someone unnamed: nobody, never the byline's writer ("am" a form of "be")
    assert next(who for _kind, first, who in cut_page(text) if first.startswith("In ")) == ""


def test_a_desks_byline_is_no_writer() -> None:
    # guard: "Herald Reporter" alone under the title is a desk's byline, no person whom "I" stands for
    assert _said(_DESK, "I said on") != "new:Herald Reporter"
