"""Round 36's classes of bodies, their names and short forms, and headlines (issue 15; session fix15av), pinned by texts
of our own: the chrome before a subject is no part of its name, a body by its short form, a mission and its pronoun."""

from __future__ import annotations

import pytest

from test_attribution import speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tbilisi /GEOPRESS/ The Ministry of Foreign Affairs of Georgia welcomed the truce signed in Sochi.\n\n"
                 '"Georgia hopes the truce will hold," the Ministry said.',
                 [("reported", "The Ministry of", "new:Ministry of Foreign Affairs of Georgia"),
                  ("direct", "Georgia hopes the", "new:Ministry of Foreign Affairs of Georgia")],
                 id="fix15av_an_agency_tag_with_no_stop_after_it_is_no_part_of_the_subject"),
    pytest.param("MINSK, March 2. /BELTA/. The Belarusian Foreign Ministry welcomed the truce signed in Sochi.",
                 [("reported", "The Belarusian Foreign", "new:Belarusian Foreign Ministry")],
                 id="fix15av_guard_an_agency_tag_with_its_stop"),
    pytest.param("The Green Liberal Union (GLU) has in the past called for Malta to take a firmer line on refugees.",
                 [("reported", "The Green Liberal", "new:Green Liberal Union")],
                 id="fix15av_has_in_the_past_is_no_part_of_the_subject"),
    pytest.param("The Farmers Party has for years urged the government to open the border crossings.",
                 [("reported", "The Farmers Party", "new:Farmers Party")],
                 id="fix15av_has_for_years_is_no_part_of_the_subject"),
])
def test_the_words_around_a_subject_are_no_part_of_its_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected
