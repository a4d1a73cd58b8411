"""Round 51's misses of the class "anaphors after posts, calls and honorifics" (issue 15, session fix15cv): general
rules, each pinned by sentences of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("According to MOFA spokesman H.E. Sok Vanna, the Minister told the envoy that Laos hoped for talks. "
                 "The two delegations also reviewed trade, he said.",
                 ["new:Sok Vanna", "new:Sok Vanna"], id="h_e_then_he_said"),
    pytest.param("According to ministry spokeswoman S.E. Marie Dupont, the Minister told the envoy that Gabon wanted a "
                 "truce.\n\nThe spokeswoman added that no Gabonese citizens were in the area.",
                 ["new:Marie Dupont", "new:Marie Dupont"], id="s_e_then_the_spokeswoman"),
    pytest.param("According to presidency spokesman H. E. Peter Mwangi, the Minister told the envoy that Kenya backed "
                 "the talks. The two sides also discussed grain exports, he said.",
                 ["new:Peter Mwangi", "new:Peter Mwangi"], id="spaced_h_e_then_he_said"),
])
def test_an_honorific_after_according_to_a_role_is_no_end_of_the_teller(text: str, expected: list[str]) -> None:
    # "According to MFAIC spokesman H.E. Koy Kuong, ...": the teller is the one named after the style, whom "he said"
    # and "the spokesman" next stand for; "H." is no phrase of its own
    assert labels(text) == expected
