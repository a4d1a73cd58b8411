"""A described speaker of another calling than the one who spoke last (session fix15eq,
:mod:`idlibsite.attribution.occupations`): "the correspondent", "the photographer" is not the minister named before.
Texts of our own in a state agency's, a wire story's and a broadcaster's forms; names made up."""

from __future__ import annotations

import pytest

from idlibsite.attribution.occupations import other_calling
from test_attribution_rolenamed import spoken


@pytest.mark.parametrize(("text", "first", "expected"), [
    pytest.param("Army keeps its posts\n\nDeputy Foreign Minister Karim Nassar said the army would go on.\n\nIn the "
                 "southern countryside, calm prevailed on the fronts, the agency's correspondent pointed out.",
                 "In the southern", "", id="state_agency_correspondent_after_a_minister"),
    pytest.param("Army keeps its posts\n\nDeputy Foreign Minister Karim Nassar said the army would go on.\n\nThe "
                 "correspondent stated that army units remained on high alert.",
                 "The correspondent stated", "", id="the_correspondent_is_no_antecedent_minister"),
    pytest.param("Border stays shut\n\nInterior Minister Jan Novak said the border would stay closed.\n\nThe "
                 "photographer said police had fired tear gas at the crowd.",
                 "The photographer said", "The photographer", id="wire_photographer_after_a_minister"),
    pytest.param("Army keeps its posts\n\nDeputy Foreign Minister Karim Nassar told a TV channel that the army would go "
                 "on.\n\n\"The army will do its duty,\" Nassar said.\n\nHe added that the talks had failed.\n\nThe "
                 "correspondent stated that army units remained on high alert.",
                 "The correspondent stated", "", id="the_calling_stated_at_the_first_mention_only"),
])
def test_a_description_of_another_calling_is_not_the_last_speaker(text: str, first: str, expected: str) -> None:
    assert spoken(text, first) == expected


@pytest.mark.parametrize(("text", "first", "expected"), [
    pytest.param("Families flee\n\nAhmed Khalil fled Saraqeb with his family in February. \"We had nothing left,\" he "
                 "said.\n\nThe teacher said the school had been bombed twice.", "The teacher said", "new:Ahmed Khalil",
                 id="a_calling_told_only_by_the_description_is_the_person_named"),
    pytest.param("Talks resume\n\nForeign Minister Anna Berg said the border would stay closed.\n\nThe diplomat added "
                 "that talks would resume on Monday.", "The diplomat added", "new:Anna Berg", id="a_minister_is_a_diplomat"),
    pytest.param("Wards full\n\nDr Omar Saleh, a surgeon at the Bab al-Hawa hospital, said the wards were full.\n\nThe "
                 "doctor said ten patients had died overnight.", "The doctor said", "new:Omar Saleh", id="a_surgeon_is_a_doctor"),
    pytest.param("Border stays shut\n\nInterior Minister Jan Novak said the border would stay closed.\n\nThe minister "
                 "added that more police would be sent.", "The minister added", "new:Jan Novak", id="the_same_calling"),
])
def test_a_description_of_the_same_kind_or_of_none_stays_the_last_speaker(text: str, first: str, expected: str) -> None:
    assert spoken(text, first) == expected


def test_callings_of_one_kind_or_a_role_of_several_kinds_fit() -> None:
    assert other_calling("imam", {"president"})
    assert not other_calling("imam", {"imam", "mp"})
    assert not other_calling("bishop", {"archbishop"})  # one kind: the clergy
    assert not other_calling("nurse", set())
    assert not other_calling("father", {"minister"})
