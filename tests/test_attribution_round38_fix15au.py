"""Round 35's class of a sentence with two speakers' clauses (issue 15, the finder; session fix15au): a second speech
verb with a subject of its own starts a passage of its own, pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import paragraphs, speakers
from idlibsite.sources.statements import find_passages


def _passages(text: str) -> list[tuple[str, str]]:
    """(kind, words) of each passage the finder gives a one-article text."""
    return [(p.kind, text[p.start : p.end]) for p in find_passages(text, paragraphs(text))]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Green Party accused the mayor of closing the shelters too early, a claim the council rejected.",
                 [("reported", "The Green Party accused the mayor of closing the shelters too early"),
                  ("reported", "a claim the council rejected.")],
                 id="fix15au_a_claim_a_lowercase_body_rejected_is_its_own_passage"),
    pytest.param('The Danish Red Cross praised the pledge, but its director, Ole Brandt, warned that "winter will not wait".',
                 [("reported", "The Danish Red Cross praised the pledge"),
                  ("reported", 'but its director, Ole Brandt, warned that "winter will not wait".'),
                  ("direct", "winter will not wait")],
                 id="fix15au_but_a_possessive_subject_in_apposition_warned_is_its_own_passage"),
    pytest.param("Norway's envoy Per Lund has said the talks must go on, as hundreds wait at the crossing after Ankara said it "
                 "would no longer fund the camps.",
                 [("reported", "Norway's envoy Per Lund has said the talks must go on, as hundreds wait at the crossing"),
                  ("reported", "after Ankara said it would no longer fund the camps.")],
                 id="fix15au_after_a_name_said_with_no_comma_before_it_is_its_own_passage"),
    pytest.param("The mayor said the shelters would close on Friday after the council announced new funds.",
                 [("reported", "The mayor said the shelters would close on Friday"),
                  ("reported", "after the council announced new funds.")],
                 id="fix15au_after_a_lowercase_body_announced_is_its_own_passage"),
    pytest.param('"We will not give up," the mayor said after the meeting, adding that the council would vote again.',
                 [("reported", '"We will not give up," the mayor said after the meeting, adding that the council would vote again.'),
                  ("direct", "We will not give up,")],
                 id="fix15au_guard_after_a_meeting_then_a_participle_is_one_speaker"),
    pytest.param("The mayor praised the volunteers, a gesture the crowd applauded.",
                 [("reported", "The mayor praised the volunteers, a gesture the crowd applauded.")],
                 id="fix15au_guard_a_relative_clause_that_is_no_speech_stays_one_passage"),
    pytest.param("The mayor said the shelters were full, and its staff worked through the night.",
                 [("reported", "The mayor said the shelters were full, and its staff worked through the night.")],
                 id="fix15au_guard_a_possessive_clause_with_no_speech_verb_stays_one_passage"),
    pytest.param("The mayor said the shelters would stay open after the storm passed.",
                 [("reported", "The mayor said the shelters would stay open after the storm passed.")],
                 id="fix15au_guard_after_a_clause_with_no_speech_verb_stays_one_passage"),
])
def test_fix15au_a_second_speaker_s_clause_is_a_passage_of_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert _passages(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The Danish Red Cross praised the pledge, but its director, Ole Brandt, warned that "winter will not wait".',
                 ["new:Danish Red Cross", "new:Ole Brandt", "new:Ole Brandt"], id="fix15au_the_body_and_its_director_each_speak"),
    pytest.param("Norway's envoy Per Lund has said the talks must go on, as hundreds wait at the crossing after Ankara said it "
                 "would no longer fund the camps.",
                 ["new:Per Lund", "turkey"], id="fix15au_the_envoy_and_the_capital_each_speak"),
])
def test_fix15au_each_clause_has_its_own_speaker(text: str, expected: list[str]) -> None:
    assert [who for _kind, _words, who in speakers(text)] == expected
