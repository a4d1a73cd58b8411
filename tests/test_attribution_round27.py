"""Round 25's classes of wrong answers (session fix15w): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Chile's foreign ministry said the talks must resume.",
        ["new:Chile's foreign ministry"], id="a_possessive_country_the_actors_file_lacks"),
    pytest.param(
        "The Foreign Ministry of Chile said the talks must resume.",
        ["new:Foreign Ministry of Chile"], id="a_country_after_of_the_actors_file_lacks"),
    pytest.param(
        'In a statement, the Foreign Ministry (Seri Perdana House) said the talks would bring "a lasting calm" to the '
        "region.\n\nThe ministry added that the country stood ready to help.",
        ["new:Seri Perdana House"] * 3, id="a_body_given_its_own_name_is_known_only_by_that_name"),
    pytest.param(
        "The Foreign Ministry said the talks must resume.",
        ["russian-foreign-ministry"], id="a_bare_alias_still_matches"),
])
def test_a_body_of_another_country_is_never_a_known_actor(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
