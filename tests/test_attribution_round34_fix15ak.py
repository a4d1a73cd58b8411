"""Round 31's classes of finding and clause reading (issue 15, session fix15ak): general rules, each pinned by texts of
our own."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from idlibsite.attribution.speakers import attribute_page
from test_attribution import ACTORS, paragraphs


def _page(text: str) -> list[tuple[str, str]]:
    """(first words, speaker: an actor id, "new:Name", or the phrase kept for nobody named) of each passage of a text
    whose first paragraph is its headline."""
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return [(" ".join(text[p.start : p.end].split()[:3]), s.actor.id if s.actor else f"new:{s.new.name}" if s.new else s.unnamed)
            for p, s in found.items()]


def _phrases(sentence: str) -> list[str]:
    return [c.phrase for c in clauses(sentence)]


@pytest.mark.parametrize(("headline", "expected"), [
    pytest.param("Peru Urges Calm at the Border, Says Citizens in Lima Safe", ["Peru", "Peru"], id="title_case"),
    pytest.param("Peru urges calm at the border, says talks to resume soon", ["Peru", "Peru"], id="sentence_case"),
    pytest.param("Peru Urges Calm at the Border, Says Vidal", ["Peru", "Vidal"], id="guard_an_inverted_subject_stays"),
])
def test_fix15ak_a_headline_s_second_verb_after_a_comma_shares_the_first_s_subject(headline: str, expected: list[str]) -> None:
    assert _phrases(headline) == expected


def test_fix15ak_a_headline_s_passive_of_telling_is_the_body_s_speaker_who_told_them() -> None:
    text = ("Peruvians in Chile told to avoid the northern border\n\nThe Peruvian Embassy in Santiago advised the 4,000 "
            "Peruvians in Chile to avoid the provinces near the border.\n\nTomas Vidal, a trader, said the roads were empty.")
    assert _page(text)[0] == ("Peruvians in Chile", "new:Peruvian Embassy in Santiago")


@pytest.mark.parametrize("sentence", [
    pytest.param("Ana Ruiz told reporters to leave the square.", id="told_an_object"),
    pytest.param("Ana Ruiz urged Lima to open the border.", id="urged_an_object"),
])
def test_fix15ak_guard_an_active_verb_of_telling_keeps_its_subject(sentence: str) -> None:
    assert _phrases(sentence) == ["Ana Ruiz"]
