"""Round 40's classes of issue 15 (session fix15be): relays, titles and pronouns.  Texts of our own, written before
the rule; names, outlets and forms are made up."""

from __future__ import annotations

import pytest

from idlibsite.attribution.cast import holder
from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "President Lena Varga hoped the talks would succeed, her spokeswoman said.\n\n"
        '"The President is deeply worried about the families in the camps," the spokeswoman, Ana Holm, said.',
        ["new:Lena Varga", "new:Lena Varga"],
        id="the_spokeswoman_introduced_as_hers_quotes_her_state"),
    pytest.param(
        "Chancellor Otto Brenner hoped the summit would end the fighting, his spokesman told reporters.\n\n"
        "“The Chancellor is alarmed by the reports from the border,” said Jonas Wirt, the spokesman.",
        ["new:Otto Brenner", "new:Otto Brenner"],
        id="the_spokesman_after_the_quotation_in_curly_quotes"),
    pytest.param(
        "Secretary-General Maria Lind hoped for a truce, her spokesman said.\n\n"
        '"The Secretary-General is deeply concerned about the shelling," the spokesman, Paul Ode, said, '
        "adding that 40,000 people had fled since Monday.",
        ["new:Maria Lind", "new:Paul Ode", "new:Maria Lind"],
        id="the_spokesmans_own_figure_after_the_quotation_stays_his"),
    pytest.param(
        "Secretary-General Maria Lind hoped for a truce, a UN spokesman said.\n\n"
        '"The Secretary-General is deeply concerned about the shelling," the spokesman, Paul Ode, said.',
        ["united-nations", "new:Paul Ode"],
        id="guard_a_bodys_spokesman_is_not_introduced_as_hers"),
    pytest.param(
        "President Lena Varga hoped the talks would succeed, her spokeswoman said.\n\n"
        '"The President has spoken to both leaders," the spokeswoman, Ana Holm, said.',
        ["new:Lena Varga", "new:Ana Holm"],
        id="guard_an_act_without_words_in_the_quotation_stays_the_spokeswomans"),
])
def test_a_spokespersons_quotation_of_the_principals_state(text: str, expected: list[str]) -> None:
    """LABELS rule 3 and round 40's rulings: a quotation whose subject is the principal's state ("The Secretary-General
    is deeply concerned"), said by the spokesperson the page introduced as the principal's own ("his spokesman", then
    "the spokesman, Name"), is the principal's; the rest of the sentence ("adding that ...") is the spokesperson's; a
    body's spokesman, or the principal's act without words, stays the spokesperson's."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Doha, 3 March (QNA) - HH the Amir Sheikh Khalid bin Saad Al-Marri made a phone call with the Omani Sultan.\n\n"
        "Official Spokesperson of the Ministry HE Maryam Al-Nuaimi told QNA that Qatar was in contact with its partners.\n\n"
        "She added that the aid convoy had reached the border.",
        ["new:Maryam Al-Nuaimi", "new:Maryam Al-Nuaimi"],
        id="an_excellencys_he_states_no_gender"),
    pytest.param(
        "Manama, 3 March (BNA) - HE Yusuf Kamal Al-Amin told reporters that the embassy was open. "
        "She said the hotline would run all week.",
        ["new:Yusuf Kamal Al-Amin", "new:Yusuf Kamal Al-Amin"],
        id="an_excellency_then_she"),
])
def test_his_or_her_excellency_is_no_pronoun(text: str, expected: list[str]) -> None:
    """:mod:`.discourse`: "HE" before a name is "His or Her Excellency", a title that states no gender; "she" after it
    stands for the person it titles, not for a man named before."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "President Tomas Vidal has sent a message of condolence to President Ahmet Kaya over the dead, "
        "his spokeswoman Rosa Lim said.\n\nIn the message, the Head of State said the nation shared the grief of the victims' families.",
        ["new:Tomas Vidal", "new:Tomas Vidal"],
        id="the_head_of_state_capitalised_is_the_president_who_spoke"),
    pytest.param(
        "Prime Minister Jan de Wit said the country would not take in the children.\n\n"
        "The debate was opened by State Secretary Els Vermeer of Asylum and Migration.\n\n"
        "The State Secretary said the shelters were already crowded.",
        ["new:Jan de Wit", "new:Els Vermeer"],
        id="a_title_before_a_name_and_its_department_after"),
    pytest.param(
        "Researcher Lina Sadek said the camps were full.\n\n"
        "The President of the UN General Assembly, Amara Okoye, has said that the Assembly cannot act alone. "
        "The Ghanaian diplomat added that members must pay their dues.",
        ["new:Lina Sadek", "new:Amara Okoye", "new:Amara Okoye"],
        id="a_nation_describes_an_international_bodys_official"),
    pytest.param(
        "Interior Minister Karl Roth said the border would stay closed.\n\n"
        "The minister added that the army would help.",
        ["new:Karl Roth", "new:Karl Roth"],
        id="guard_the_title_the_page_gave_is_its_holders"),
])
def test_titles_standing_for_a_holder(text: str, expected: list[str]) -> None:
    """:mod:`.cast`: a title with no name stands for the one the page gives it, however capitalised ("the Head of
    State": the President who spoke), read before a department ("State Secretary Name of Asylum"); a nation's
    description fits an international body's official."""
    assert labels(text) == expected


def test_the_cast_reads_a_title_before_a_name_with_its_department_after() -> None:
    """:func:`.cast.cast`: "State Secretary Name of Asylum and Migration" bills Name as State Secretary."""
    text = "State Secretary Els Vermeer of Asylum and Migration told parliament the quota was full."
    assert holder("the State Secretary", text) == "Els Vermeer"


def test_guard_a_title_of_a_place_before_the_name_is_still_read_whole() -> None:
    """:func:`.cast.cast`: "The Keeper of the Northern Gate King Name" is King Name's title whole: the words before
    "of" ("The Keeper") are no title with a name of its own."""
    text = "The Keeper of the Northern Gate King Harald bin Osric Al Varn chaired the council today."
    assert holder("the King", text) == "Harald bin Osric Al Varn"


def test_a_live_blog_stamp_with_its_time_zone_in_brackets_leaves_the_entrys_tag() -> None:
    """:mod:`idlibsite.sources.stamps`: "5:50 PM (IST): Name: 'words'" is a stamp, then a heading "Name: 'words'" (LABELS,
    live-blog entries: a direct passage of that name), not the words of the entry before's speaker."""
    text = ("Live updates: talks in Moscow\n\n6:35 PM (IST): Leaders agree on a truce\n\n"
            "President Ivan Petrov said the two leaders had agreed on a truce.\n\n"
            "5:50 PM (IST): Orhan Demir: 'We reserve the right to respond'\n\n"
            "Orhan Demir said the army would strike back.")
    assert ("direct", "We reserve the", "new:Orhan Demir") in speakers(text)
