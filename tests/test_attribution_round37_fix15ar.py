"""Round 34's classes (issue 15), bodies with their seat, principals and relays (session fix15ar): general rules, each
pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ghana will send a medical team, the Foreign Ministry in Accra said on Monday.",
                 ["new:Ghanaian Foreign Ministry"], id="fix15ar_a_ministry_with_its_seat_is_the_seat_s_country_s"),
    pytest.param("The Ministry of Health in Accra said the team would leave on Monday.",
                 ["new:Ghanaian Ministry of Health"], id="fix15ar_a_ministry_named_with_of_and_its_seat"),
    pytest.param("The Ministry of Roads of Ghana has urged drivers to avoid the border road. A statement issued by the Ministry in Accra "
                 "on Friday said the road would reopen.",
                 ["new:Ministry of Roads of Ghana", "new:Ministry of Roads of Ghana"],
                 id="fix15ar_the_ministry_with_its_seat_is_the_ministry_named_before"),
    pytest.param("The Ruritanian Embassy in Accra said the team would leave on Monday.",
                 ["new:Ruritanian Embassy in Accra"], id="fix15ar_guard_an_embassy_keeps_its_seat"),
    pytest.param("Two diplomats in Accra said the team would leave on Monday.", [""],
                 id="fix15ar_guard_people_in_a_capital_are_nobody_named"),
])
def test_fix15ar_a_body_named_with_its_seat_is_the_body(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
