"""Round 30's classes (issue 15), the resolution of speakers (session fix15aj): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from idlibsite.attribution.phrase import read_phrase
from test_attribution import labels


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("Official Spokesperson of the Ministry of External Affairs Noura bint Khalid al-Mansouri", "Noura bint Khalid al-Mansouri",
                 "Official Spokesperson of the Ministry of External Affairs", id="fix15aj_a_long_title_then_a_name_with_a_patronym"),
    pytest.param("Spokesman of the Ministry of Water Resources Karim Haddad", "Karim Haddad", "Spokesman of the Ministry of Water Resources",
                 id="fix15aj_a_capitalised_role_of_a_body_then_the_name"),
])
def test_fix15aj_a_long_official_title_is_the_role_not_the_name(text: str, name: str, role: str) -> None:
    phrase = read_phrase(text)
    assert (phrase.name, phrase.person, phrase.role) == (name, True, role)


def test_fix15aj_the_titled_person_speaks_on() -> None:
    text = ("Official Spokesperson of the Ministry of External Affairs Noura bint Khalid al-Mansouri told reporters that the "
            "convoy had left.\n\n\"The roads are closed,\" she said.")
    assert labels(text) == ["new:Noura bint Khalid al-Mansouri", "new:Noura bint Khalid al-Mansouri"]
