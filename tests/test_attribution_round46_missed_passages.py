"""Round 43's classes of issue 15 (session fix15bq): missed passages.  Texts of our own, written before the rule;
names, outlets and forms are made up."""

from __future__ import annotations

import pytest

from test_attribution import speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "When the Hungarian government announced on Monday that it would close the border, queues grew at Roszke.",
        [("reported", "When the Hungarian", "new:Hungarian government")],
        id="when_the_government_announced_that"),
    pytest.param(
        "After Norway said that it would take in 500 more refugees, the bus companies added routes to Oslo.",
        [("reported", "After Norway said", "new:Norway")],
        id="after_a_country_said_that"),
    pytest.param(
        "Once Ottawa confirmed that the flights would resume, families began to pack.",
        [("reported", "Once Ottawa confirmed", "new:Ottawa")],
        id="once_a_capital_confirmed_that"),
    pytest.param(
        "When asked whether the talks would resume, the spokesman said no date was set.",
        [("reported", "When asked whether", "")],
        id="guard_when_asked_has_no_subject_of_its_own"),
])
def test_a_subordinate_clauses_own_subject_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "By Dr. Amara Okafor\n\nA student asked me whether the treaty was dead. I told her that treaties rarely die.",
        "new:Amara Okafor",
        id="by_dr_then_i_told_her"),
    pytest.param(
        "Comment\n\nBy Prof. Lena Haas\n\nI have written before in these pages that the camps need schools.",
        "new:Lena Haas",
        id="by_prof_dot_then_i_have_written"),
])
def test_a_bylines_honorific_is_no_part_of_the_author(text: str, expected: str) -> None:
    assert speakers(text)[-1][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "By Ama Kofi\n\nI raised this very point at a conference in Accra last month. Nobody answered.",
        [("reported", "I raised this", "new:Ama Kofi")],
        id="i_raised_this_point_in_a_column"),
    pytest.param(
        "Denmark raised the issue with Ankara on Tuesday, diplomats in Copenhagen said.",
        [("reported", "Denmark raised the", "new:Denmark")],
        id="a_country_raised_the_issue"),
    pytest.param(
        "The deal raised the question of who pays for the camps.",
        [],
        id="guard_a_thing_raised_a_question"),
])
def test_a_point_raised_by_a_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "For the historian Lars Nyberg, the Swedish position is \"coherent\". He added that Stockholm had never taken sides.",
        [("reported", "For the historian", "new:Lars Nyberg"), ("reported", "He added that", "new:Lars Nyberg")],
        id="for_the_role_name_a_stated_view"),
    pytest.param(
        "For economist Maria Costa, the devaluation came too late to help exporters.",
        [("reported", "For economist Maria", "new:Maria Costa")],
        id="for_a_bare_role_and_a_name"),
    pytest.param(
        "For South Korea, the stakes are high. For residents of Idlib Province, the winter is the worst yet.",
        [],
        id="guard_for_a_country_or_for_residents_of_a_place"),
    pytest.param(
        "Analysts in Nairobi see the vote as a test of the coalition.",
        [("reported", "Analysts in Nairobi", "")],
        id="analysts_see_x_as_a_test"),
    pytest.param(
        "Lebanon's bankers see the reform as proof that the cabinet means business.",
        [("reported", "Lebanon's bankers see", "")],
        id="bankers_see_x_as_proof"),
    pytest.param(
        "Residents see the smoke from their roofs every night.",
        [],
        id="guard_see_a_thing_is_no_view"),
])
def test_a_stated_view(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "A count by local councils puts the number at 4,000, most of them children.",
        [("reported", "A count by", "")],
        id="a_count_puts_the_number_at"),
    pytest.param(
        "The Red Crescent puts the toll at 31 dead and more than 80 wounded.",
        [("reported", "The Red Crescent", "new:Red Crescent")],
        id="a_body_puts_the_toll_at"),
])
def test_a_figure_given_in_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The Ghanaian High Commission said no national had been hurt. It encouraged nationals living in Hatay to keep in touch.",
        [("reported", "The Ghanaian High", "new:Ghanaian High Commission"),
         ("reported", "It encouraged nationals", "new:Ghanaian High Commission")],
        id="it_encouraged_nationals_to"),
    pytest.param(
        "The Kenyan Foreign Ministry encourages all travellers to Lebanon to register online.",
        [("reported", "The Kenyan Foreign", "new:Kenyan Foreign Ministry")],
        id="a_ministry_encourages_travellers_to"),
    pytest.param(
        "The truce encouraged families to return to Saraqib.",
        [],
        id="guard_a_truce_encouraged_families"),
])
def test_advice_to_an_audience(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "By Lena Haas\n\nWhen I asked a Greek diplomat in Vienna about the pushbacks, he said that the reports were false.",
        "a Greek diplomat",
        id="guard_when_i_asked_x_he_said_is_xs"),
    pytest.param(
        "According to ministry sources, the Minister raised the issue of the border closure with Ankara.",
        "ministry sources",
        id="guard_according_to_sources_the_minister_raised"),
    pytest.param(
        "When the Polish government announced that it would open the border, Olga Nowak was in Lviv. "
        "The next day, the factory owner told her to go home.",
        "",
        id="guard_a_private_person_is_no_body_that_spoke_before"),
])
def test_the_speaker_of_a_sentence_a_new_reading_reaches(text: str, expected: str) -> None:
    assert speakers(text, unnamed=True)[-1][2] == expected
