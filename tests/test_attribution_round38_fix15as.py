"""Round 35's classes (issue 15), headlines and bodies (session fix15as): general rules, each pinned by texts of our
own."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Chile voices concern over border fighting\n\nChile's Foreign Ministry on Monday voiced deep concern over the "
                 "fighting near the border, it said in a statement.",
                 [("reported", "Chile voices concern", "new:Chile"), ("reported", "Chile's Foreign Ministry", "new:Chile's Foreign Ministry")],
                 id="fix15as_a_headline_s_voices_concern_reports"),
    pytest.param("Voices from the camps\n\nAid workers said the camps were full.", [("reported", "Aid workers said", "Aid workers")],
                 id="fix15as_guard_voices_as_a_noun_report_nothing"),
    pytest.param("Chile's foreign ministry issues travel alert for border provinces\n\nThe Chilean Ministry of Foreign Affairs on "
                 "Tuesday raised its travel alert for three provinces, saying the fighting could spread.",
                 [("reported", "Chile's foreign ministry", "new:Chile's foreign ministry"),
                  ("reported", "The Chilean Ministry", "new:Chilean Ministry of Foreign Affairs")],
                 id="fix15as_a_headline_s_issues_an_alert_reports"),
    pytest.param("The talks left many issues open\n\nThe minister said the talks would go on.", [("reported", "The minister said", "")],
                 id="fix15as_guard_issues_as_a_noun_report_nothing"),
    pytest.param("Chileans among migrants stranded at the border — ChiCOM\n\nThe Chileans Overseas Commission, ChiCOM, has said that "
                 "some Chileans are among the migrants stranded at the border.",
                 [("reported", "Chileans among migrants", "new:ChiCOM"), ("reported", "The Chileans Overseas", "new:ChiCOM")],
                 id="fix15as_a_headline_s_words_then_a_dash_and_its_source"),
    pytest.param("Migrants gather at the border – Feb 28, 2020\n\nThe minister said the talks would go on.",
                 [("reported", "The minister said", "")], id="fix15as_guard_a_date_after_a_dash_is_no_source"),
])
def test_fix15as_a_headline_s_speech_act_or_dash_tag(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert headlined(text) == expected


_OAS = "OAS chief decries 'silence' over border camps\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f"{_OAS}Organization of American States Secretary General Tomas Velden has called on the world to end its silence over "
                 "the camps.", ["new:Tomas Velden", "new:Tomas Velden"], id="fix15as_a_body_s_chief_in_a_headline_is_its_head_the_body_names"),
    pytest.param(f"{_OAS}UN Secretary-General Tomas Velden has called on the world to end its silence over the camps.",
                 ["", "new:Tomas Velden"], id="fix15as_guard_another_body_s_head_is_not_the_headline_s_chief"),
])
def test_fix15as_a_body_s_chief_in_a_headline(text: str, expected: list[str]) -> None:
    assert [who for _kind, _words, who in headlined(text)] == expected


def test_fix15as_decried_reports() -> None:
    assert labels("The Ruritanian minister Ada Vell decried the attacks on the camps.") == ["new:Ada Vell"]
