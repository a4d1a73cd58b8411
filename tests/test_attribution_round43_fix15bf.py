"""Round 40's op-eds, described persons and live blogs (issue 15, session fix15bf): a column's "I wrote ... that" and
"X wrote to me ... that" report what was written (a time adverbial or a pronoun recipient between the verb and its
"that"); a person the page describes with a head before "of" ("The mother of three") is the person last named; a live
blog's entry keeps its own speaker.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Why the Border Matters\n\nBy Ines Carvalho\n\nI wrote in this space three months ago that the "
                 "truce would not hold. The shelling resumed on Friday.", ["new:Ines Carvalho"], id="fix15bf_i_wrote_months_ago"),
    pytest.param("Letter from Gaziantep\n\nBy Tomas Heller\n\nI wrote on these pages a year ago that the camps "
                 "needed winter tents.", ["new:Tomas Heller"], id="fix15bf_i_wrote_a_year_ago"),
])
def test_fix15bf_a_columns_i_with_a_time_ago_is_the_byline(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Notebook\n\nBy Ines Carvalho\n\n"The pharmacy is empty," said Dr Karim Nassar, a surgeon in Atmeh.'
                 "\n\nThe surgeon wrote to me on Sunday that his ward had run out of insulin.",
                 ["new:Karim Nassar"] * 2, id="fix15bf_wrote_to_me_on_a_day"),
    pytest.param('Column\n\nBy Tomas Heller\n\n"We cannot reach the villages," said Lina Haddad, 36.\n\n'
                 "The 36-year-old wrote to us two weeks ago that the road had been cut.",
                 ["new:Lina Haddad"] * 2, id="fix15bf_wrote_to_us_weeks_ago"),
])
def test_fix15bf_x_wrote_to_me_that_is_xs(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15bf_guard_responded_to_the_strikes_that_is_no_speech() -> None:
    """A guard: "to" before a noun is no recipient ("responded to the strikes that killed ..."): "that" is relative."""
    assert speakers("Army hits back\n\nThe army responded to the strikes that killed six soldiers with artillery fire.") == []
