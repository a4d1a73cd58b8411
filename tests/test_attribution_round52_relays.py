"""Round 49's misses of the class "relays and anaphors" (issue 15, session fix15cq): general rules, each pinned by
sentences of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("African Union spokeswoman Ebba Kalondo said Commission Chairperson Moussa Faki was following events in Tripoli "
                 "“with the utmost concern” and renewed his call for talks.", ["new:Moussa Faki"] * 2,
                 id="an_activity_with_a_quotation_and_an_act_joined"),
    pytest.param('OSCE spokesman Lars Bergen said Secretary General Helga Maier was watching the fighting "with deep alarm".',
                 ["new:Helga Maier"] * 2, id="an_activity_with_a_quotation_alone"),
    pytest.param("OSCE spokesman Lars Bergen said Secretary General Helga Maier was watching the fighting closely and repeated "
                 "her appeal for a truce.", ["new:Lars Bergen"], id="an_activity_without_a_quotation_stays_the_spokesman_s"),
])
def test_a_spokesman_s_clause_of_his_principal_s_activity_with_a_quotation_is_the_principal_s(text: str, expected: list[str]) -> None:
    # LABELS Round 47: a spokesman's reported clause of his principal's state with a quotation in it is the principal's
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Presidential spokesman Omar Haidari said President Layla Nouri had ordered the ministry to prepare for the "
                 'return of the migrants. The President, he said, believed that "no citizen should be a pawn of others".',
                 ["new:Layla Nouri"] * 3, id="believed_that_with_a_quotation"),
    pytest.param("Palace spokeswoman Ines Varga said Queen Mira had spoken to the families. The Queen, she said, was "
                 '"deeply saddened" by the loss.', ["new:Ines Varga", "new:Queen Mira", "new:Queen Mira"],
                 id="was_with_a_quotation"),
    pytest.param("Palace spokeswoman Ines Varga said Queen Mira had spoken to the families. The Queen, she said, was deeply "
                 "saddened by the loss.", ["new:Ines Varga"] * 2, id="without_a_quotation_stays_the_spokeswoman_s"),
    pytest.param("Interior Minister Karl Brandt said police had closed the road. The mayor, he said, believed that "
                 '"the town is safe".', ["new:Karl Brandt"] * 3, id="a_minister_is_no_spokesman"),
])
def test_a_spokesman_s_tag_inside_the_sentence_of_his_principal_s_quoted_state(text: str, expected: list[str]) -> None:
    # LABELS Round 49: 'The President, he said, believed that "..."' of a presidential spokesman is the President's
    assert labels(text) == expected
