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


def test_fix15ah_a_joint_subject_relayed_by_a_spokesman_is_the_first_principal_s() -> None:
    text = "Prime Minister Ada Quill and President Tom Reyes called for a summit, government spokesman Ivo Marek said."
    assert labels(text) == ["new:Ada Quill"]
