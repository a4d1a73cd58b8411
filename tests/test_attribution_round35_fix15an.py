"""Round 32's classes (issue 15), bodies, plurals and relays (session fix15an): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A spokesperson for the opposition Brightway party said the government should resign.", ["new:Brightway"],
                 id="fix15an_a_party_s_lowercase_kind_word_is_no_part_of_its_name"),
    pytest.param("The Brightway party said the government should resign.", ["new:Brightway"],
                 id="fix15an_the_party_s_kind_word_after_its_name"),
    pytest.param("The Labour Party said the government should resign.", ["new:Labour Party"],
                 id="fix15an_guard_a_capitalised_party_is_the_name_s_own_word"),
    pytest.param("The ruling party said the government should resign.", [""],
                 id="fix15an_guard_a_party_by_its_kind_alone_is_no_name"),
])
def test_fix15an_a_body_s_kind_word_is_no_part_of_its_name(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
