"""Round 51's misses of the class "people, relays and columns" (issue 15, session fix15cx): general rules, each pinned
by sentences of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The sister of a nurse in Antakya said she had not heard from her since Monday. "
                 '"She writes when she can," said Amara Okafor, a resident of Ikeja.',
                 ["new:Amara Okafor", "new:Amara Okafor"], id="a_resident_of"),
    pytest.param("The uncle of a student in Mersin said the family had booked him a flight home. "
                 '"We want him back before the exams," said Tomasz Wolny, a native of Lublin.',
                 ["new:Tomasz Wolny", "new:Tomasz Wolny"], id="a_native_of"),
])
def test_a_residence_after_the_closing_name_is_no_role_of_its_own(text: str, expected: list[str]) -> None:
    # LABELS rule 7: "The father of a student said ... '...,' said Name, a resident of X": where the person lives is no
    # role that makes them another speaker than the one described (as ", from X" is not)
    assert labels(text) == expected
