"""Round 24's classes (session fix15u): general rules pinned with sentences of our own, not the set's."""

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The French envoy, Pierre Duval, said in Geneva that Paris was weighing new sanctions, "
        "but that \"no troops will be sent\".",
        ["new:Pierre Duval", "new:Pierre Duval"],
        id="a_place_after_said_in_then_a_that_clause_is_no_agent"),
    pytest.param(
        "Taoiseach and Minister for Defence Aoife Brennan has said the shelling must end at once.",
        ["new:Aoife Brennan"],
        id="a_title_joined_by_and_to_a_formal_office_is_one_persons_titles"),
    pytest.param(
        "Germany and Minister of State Anna Berg said the talks would go on.",
        ["new:Germany"],
        id="a_nation_joined_to_an_office_is_still_two_speakers"),
    pytest.param(
        "The General Affairs Council of 14 May 2021 said it \"firmly rejects any pushback\".",
        ["new:General Affairs Council"],
        id="a_date_after_a_bodys_name_is_no_part_of_it"),
    pytest.param(
        "Members of every party today said the same: the border stays shut.",
        [""],
        id="members_of_every_party_are_a_group_not_a_body"),
])
def test_round24_precision(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_an_answer_mark_is_the_one_introduced_right_before_the_questions() -> None:
    text = ("Oslo hopes the truce will last\n\n"
            "\"We hope the agreement lasts,\" Foreign Minister Kari Lunde told reporters.\n\n"
            "Henrik Dahl, a lecturer in Middle East history at the University of Bergen, answered questions "
            "from the newspaper.\n\n"
            "Q: Will the truce last?\n\n"
            "A: Probably not. Earlier deals broke down within weeks.\n\n"
            "Q: Why does it matter to Norway?\n\n"
            "A: Trade routes pass nearby.")
    assert labels(text) == ["new:Kari Lunde"] + ["new:Henrik Dahl"] * 3

