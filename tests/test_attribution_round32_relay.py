"""Round 29's classes after the merge of fix15af and fix15ag (issue 15), what an office or a spokesman relays (session
fix15ah): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Prime Minister Ada Quill and President Tom Reyes have offered to host talks on the truce, the Chancellery said on "
                 "Monday.", ["new:Chancellery"], id="fix15ah_a_joint_offer_relayed_by_an_office"),
    pytest.param("Ada Quill and Tom Reyes offered to meet the two presidents in Geneva, the Foreign Office said.",
                 ["new:Foreign Office"], id="fix15ah_two_names_joined_then_the_office"),
    pytest.param("Ada Quill has offered to host talks on the truce, the Chancellery said on Monday.", ["new:Ada Quill"],
                 id="fix15ah_one_person_s_offer_relayed_stays_hers"),
])
def test_fix15ah_a_joint_subject_relayed_by_an_office_is_the_office_s(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_a_joint_subject_relayed_by_a_named_spokesman_is_the_spokesman_s() -> None:
    # LABELS Round 29 (the lead, article 304): what a spokesman relays of two leaders together is his, as an office's
    text = "Prime Minister Ada Quill and President Tom Reyes called for a summit, government spokesman Ivo Marek said."
    assert labels(text) == ["new:Ivo Marek"]
    # a country's act closed by its minister stays the minister's words, as before
    assert labels("Romania expresses its solidarity with the victims, Foreign Minister Ivo Marek said.") == ["new:Ivo Marek"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Palace spokesman Ivo Marek said President Ana Pavlova had expressed her condolences in a phone call with the king.",
                 ["new:Ana Pavlova"], id="fix15ah_condolences_expressed_in_a_call"),
    pytest.param("Prime Minister Ada Quill spoke to the mayors on Sunday. Government spokesman Ivo Marek said afterwards that the "
                 "prime minister had stressed the need for calm.", ["new:Ada Quill"], id="fix15ah_said_afterwards_that_the_title"),
    pytest.param("Prime Minister Ada Quill was in Brussels. Government spokesman Ivo Marek said at the weekly press conference "
                 "that the prime minister had told the king to stay calm.", ["new:Ada Quill"],
                 id="fix15ah_said_at_a_press_conference_that"),
    pytest.param("Palace spokesman Ivo Marek said President Ana Pavlova hoped the truce would hold.", ["new:Ivo Marek"],
                 id="fix15ah_the_principal_s_state_stays_the_spokesman_s"),
    pytest.param('Government spokesman Ivo Marek said that President Ana Pavlova was "very worried" and urged both sides to '
                 "stop.", ["new:Ana Pavlova"] * 2, id="fix15ah_a_quoted_state_then_a_speech_verb_is_the_principal_s"),  # LABELS Round 47, as ruled after round 49
])
def test_fix15ah_a_body_s_spokesman_relays_his_principal_s_speech_act(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
