"""Round 43's people and anonymous sources (issue 15, session fix15bp): a person described by a place before a
person's noun ("The Kuala Lumpur native said") is the person last named, not the place (LABELS rule 8); ...
Texts of our own, in several outlets' forms; "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('A Filipino nurse in Gaziantep said the wards were full. "We work double shifts," said Maria Santos, 34.'
                 "\n\nThe Cebu native said the hospital had asked foreign staff to stay indoors.",
                 ["new:Maria Santos", "new:Maria Santos", "new:Maria Santos"], id="fix15bp_place_native"),
    pytest.param('Kwame Mensah, a trader from Accra, said prices had doubled in a week.\n\nThe Kumasi native said '
                 "his suppliers in Mersin had closed their shops.", ["new:Kwame Mensah", "new:Kwame Mensah"],
                 id="fix15bp_place_native_after_name"),
])
def test_fix15bp_a_place_before_a_persons_noun_is_the_person_last_named(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("TUNIS- Tunisia rejects any foreign interference in Libya, an informed source at the Foreign Ministry told TAP "
                 'on Monday.\n\n"Only the Libyans can decide their future," the source said.\n\nTunisia renews its call '
                 "for dialogue between the parties, the same source added.", ["", "", ""], id="fix15bp_source_closes_country"),
    pytest.param("Kenya deplores the loss of civilian lives in the Sahel, a senior official at the State Department told "
                 "KNA.\n\nKenya will send medical supplies, the official added.", ["", ""], id="fix15bp_official_closes_country"),
    pytest.param("Tunisia rejects any foreign interference in Libya, Foreign Minister Othman Jerandi said on Monday.",
                 ["new:Othman Jerandi"], id="fix15bp_guard_named_minister_closes"),
])
def test_fix15bp_an_anonymous_source_closing_a_countrys_words_keeps_them_anonymous(text: str, expected: list[str]) -> None:
    """A country's stance, then ", a source at the ministry told X" (LABELS rule 6, Round 28): the source's, nobody named;
    "the source said", "the same source added" next are that source's too."""
    assert labels(text) == expected
