"""Round 44's leftovers of rounds 42-44 (issue 15, session fix15by): an anonymous spokesperson who closes a country's
words and whom the next sentence names as the maker of the remarks ("..., a foreign ministry spokesperson said.
Spokesperson Name made the remarks at ...") is that person (LABELS rule 7, a person described then named; Round 29, the
country first, the spokesman after); "His ministry" is the ministry of the minister named last, with or without a
country (rule 8); a meeting opened with condolences or a tribute is an act of speech (LABELS Round 44), "opened fire"
none.  Texts of our own, in other outlets' forms; "guard" in an id: passes on integrate
too."""

from __future__ import annotations

import pytest

from test_attribution import labels
from idlibsite.attribution.said import said_on
from idlibsite.dates import PartialDate
from idlibsite.sources.speech import speech_verbs


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("ASTANA, March 3 (Kazinform) -- Kazakhstan urges all sides to return to the negotiating table, a Kazakh "
                 "foreign ministry spokesperson said Tuesday.\n\nSpokesperson Aibek Smadiyarov made the remarks at a weekly "
                 "briefing when asked about the clashes.", "new:Aibek Smadiyarov", id="fix15by_spokesperson_made_remarks"),
    pytest.param("HANOI, March 5 (VNA) -- Vietnam calls on the parties to show restraint, a Vietnamese foreign ministry "
                 "spokeswoman said on Thursday. Foreign Ministry Spokeswoman Le Thi Thu Hang made the comments at a regular "
                 "press conference.", "new:Le Thi Thu Hang", id="fix15by_spokeswoman_made_comments"),
    pytest.param("Kazakhstan urges all sides to return to the negotiating table, a Kazakh foreign ministry spokesperson said "
                 "Tuesday.\n\nForeign Minister Mukhtar Tileuberdi made the remarks in Nur-Sultan last week.",
                 "new:Kazakh foreign ministry", id="fix15by_guard_another_head_made_remarks"),
    pytest.param("Kazakhstan urges all sides to return to the negotiating table, a Kazakh foreign ministry spokesperson said "
                 "Tuesday.\n\nThe ministry's spokesperson declined to comment further.",
                 "new:Kazakh foreign ministry", id="fix15by_guard_no_name_after"),
])
def test_fix15by_a_spokesperson_named_as_the_maker_of_the_remarks_speaks(text: str, expected: str) -> None:
    assert labels(text)[0] == expected  # the country's words; "when asked about ..." after is not this test's


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Energy and Mines Minister Ana Ruiz told lawmakers in the capital that the grid would hold. Her ministry "
                 "later said it would buy more gas from Qatar.", ["new:Ana Ruiz", "new:Energy and Mines Ministry"],
                 id="fix15by_her_ministry_no_nation"),
    pytest.param("Trade Minister Kofi Mensah told exporters at a forum that the shock would pass.\n\nHis ministry said on "
                 "Friday it would extend credit lines to firms near the border.",
                 ["new:Kofi Mensah", "new:Trade Ministry"], id="fix15by_his_ministry_next_paragraph"),
])
def test_fix15by_his_ministry_is_the_ministry_of_the_minister_just_named(text: str, expected: list[str]) -> None:
    """LABELS rule 8: "His ministry" is the portfolio's ministry of the minister named just before, even when the page
    names no country for it (proposed as a body of none)."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Jonas Gahr opens the talks with condolences for the Norwegian officers killed near Gao.",
                 ["new:Jonas Gahr"], id="fix15by_opens_talks_with_condolences"),
    pytest.param("Prime Minister Anna Berg opened the cabinet meeting with a tribute to the three peacekeepers killed in Mali.",
                 ["new:Anna Berg"], id="fix15by_opened_meeting_with_tribute"),
    pytest.param("The governor opened the meeting with a minute of silence for the victims.", [],
                 id="fix15by_guard_minute_of_silence"),
    pytest.param("Troops opened fire on the convoy near Saraqib. Ankara opened its border with Greece on Friday.", [],
                 id="fix15by_guard_opened_fire_and_border"),
])
def test_fix15by_a_meeting_opened_with_condolences_is_said(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15by_guard_opened_fire_dates_nothing() -> None:
    """A verb of opening speaks only by what it opens with: "opened fire" is no speech verb, and no past form that
    dates a sentence (:func:`said_on`'s fallback)."""
    published = PartialDate("2020-03-06", "day")
    assert [m.group() for m in speech_verbs("Troops opened fire on Thursday near Saraqib.")] == []
    assert said_on("Troops opened fire on Thursday near Saraqib.", published)[0] == published
