"""Acts done in words (issue 15, session fix15fh): a sentence whose own verb is no speech verb but whose act is carried out
by an act of speech it names ("joined other members in calling for", "opened the talks by expressing condolences",
"backed a motion urging", "has joined the call for", "phoned his counterpart to offer condolences") is a passage of the
act's subject (LABELS: Round 46's "has joined other nations in calling for", Round 42's condolences offered at a
meeting).  Texts of our own in several outlets' forms (an agency's readout, a council's local page, a state
broadcaster's world bulletin, a government's information service, a regional daily); "guard" in an id: passes on
integrate too."""

from __future__ import annotations

import pytest

from test_attribution import speakers
from idlibsite.sources.inwords import gerund, in_words


@pytest.mark.parametrize(("text", "expected"), [
    # "in" and a gerund after joining
    pytest.param("Valdoria, which chairs the Security Council this month, joined other members in urging both sides to "
                 "respect the truce.", ("reported", "Valdoria, which chairs", "new:Valdoria"), id="in_urging_a_state"),
    pytest.param("The Ministry of Foreign Affairs of Ruritania has joined the international community in calling for an end "
                 "to the bombing of hospitals.", ("reported", "The Ministry of", "new:Ministry of Foreign Affairs of Ruritania"),
                 id="in_calling_for_a_ministry"),
    pytest.param("Senator Ada Quill joined colleagues from both parties in condemning the strike on the market.",
                 ("reported", "Senator Ada Quill", "new:Ada Quill"), id="in_condemning_a_senator"),
    # "by" and a gerund after the subject's own act
    pytest.param("Premier Ola Berg opened the session by expressing his condolences to the families of the dead soldiers.",
                 ("reported", "Premier Ola Berg", "new:Ola Berg"), id="by_expressing_condolences"),
    pytest.param("Mayor Tomas Lind began the evening by thanking the volunteers who had packed the blankets.",
                 ("reported", "Mayor Tomas Lind", "new:Tomas Lind"), id="by_thanking"),
    pytest.param("The Valdorian government responded by urging its citizens to leave the border province at once.",
                 ("reported", "The Valdorian government", "new:Valdorian government"), id="by_urging_a_government"),
    # a text of speech its author tabled, backed or sent, and what it says
    pytest.param("Harbourton Borough Council has unanimously backed a motion urging ministers to resettle more families "
                 "from the camps.", ("reported", "Harbourton Borough Council", "new:Harbourton Borough Council"),
                 id="backed_a_motion_urging"),
    pytest.param("Cllr Ada Quill (Green, Eastgate) has tabled a motion for next week's full council meeting asking the "
                 "city to pledge more places.", ("reported", "Cllr Ada Quill", "new:Ada Quill"), id="tabled_a_motion_asking"),
    pytest.param("The Valdorian Medical Association sent an open letter to the health minister demanding that field hospitals "
                 "be sent to the border.", ("reported", "The Valdorian Medical", "new:Valdorian Medical Association"),
                 id="sent_an_open_letter_demanding"),
    # a call joined or backed
    pytest.param("Ruritania's Permanent Representative to the United Nations, Ambassador Ola Berg, has joined the call for "
                 "an end to attacks on civilians.", ("reported", "Ruritania's Permanent Representative", "new:Ola Berg"),
                 id="joined_the_call_for"),
    pytest.param("The Archbishop of Harbourton, Tomas Lind, joined the appeal for a humanitarian corridor.",
                 ("reported", "The Archbishop of", "new:Tomas Lind"), id="joined_the_appeal_for"),
    pytest.param("Valdoria endorsed the growing demands for an independent inquiry into the strike.",
                 ("reported", "Valdoria endorsed the", "new:Valdoria"), id="endorsed_demands_for"),
    # an appeal or a collection launched (LABELS Round 73: a call made public)
    pytest.param("Meanwhile, the Harbourton Islamic Association (HIA) has launched an appeal for donations to help families "
                 "in the camps.", ("reported", "Meanwhile, the Harbourton", "new:Harbourton Islamic Association"),
                 id="launched_an_appeal_regional"),
    pytest.param("The aid group Hands for Valdoria has launched a public collection for the displaced families.",
                 ("reported", "The aid group", "new:Hands for Valdoria"), id="launched_a_collection_bulletin"),
    pytest.param("Ruritania's Red Crescent launched an emergency fundraising drive on Monday for the families who fled.",
                 ("reported", "Ruritania's Red Crescent", "new:Ruritania's Red Crescent"), id="launched_a_drive_agency"),
    # a purpose infinitive after a contact
    pytest.param("The Foreign Secretary, Ada Quill, spoke to her Ruritanian counterpart by phone on Friday to offer "
                 "condolences after the air strike.", ("reported", "The Foreign Secretary,", "new:Ada Quill"),
                 id="spoke_to_offer_condolences"),
    pytest.param("Premier Ola Berg telephoned the Valdorian president on Sunday to express his country's solidarity.",
                 ("reported", "Premier Ola Berg", "new:Ola Berg"), id="telephoned_to_express_solidarity"),
    pytest.param("Minister Tomas Lind rang the Valdorian ambassador on Monday to urge both sides to return to the talks.",
                 ("reported", "Minister Tomas Lind", "new:Tomas Lind"), id="rang_to_urge"),
])
def test_an_act_done_in_words_is_its_subjects_passage(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in speakers(text)


@pytest.mark.parametrize("text", [
    pytest.param("The army advanced on the town overnight.", id="guard_an_advance"),
    pytest.param("Troops agreed to withdraw from the posts by Friday.", id="guard_troops_agreed"),
    pytest.param("The army responded by shelling the town.", id="guard_by_an_act"),
    pytest.param("Rebels joined the army in fighting near the town.", id="guard_in_an_act"),
    pytest.param("The offensive was followed by calling up reservists.", id="guard_passive"),
    pytest.param("The delegation travelled to Harbourton to attend the summit.", id="guard_purpose_an_act"),
    pytest.param("Ministers met in the capital to urge calm.", id="guard_purpose_of_a_meeting"),
    pytest.param("Volunteers went to the camps to distribute blankets.", id="guard_purpose_a_delivery"),
    pytest.param("The council heeded the call for volunteers.", id="guard_a_call_obeyed"),
    pytest.param("Police sent a letter bomb squad to the scene.", id="guard_letter_no_participle"),
    pytest.param("Please join me in thanking our panel.", id="host_join_me_in_thanking"),
    pytest.param("The army launched a new offensive on the town at dawn.", id="guard_an_offensive_launched"),
    pytest.param("As the armies came closer to open war last week, Valdoria was among the first capitals to offer Ruritania "
                 "its sympathy.", id="purpose_past_a_second_clause"),
])
def test_an_act_that_names_no_act_of_speech_is_no_passage(text: str) -> None:
    assert speakers(text) == []


def test_each_form_gives_the_subjects_own_verb() -> None:
    masked = "Premier Ola Berg has opened the talks by expressing condolences over the deaths."
    assert [m.group() for m in in_words(masked)] == ["opened"]


@pytest.mark.parametrize(("lemma", "form"), [("call", "calling"), ("urge", "urging"), ("admit", "admitting"),
                                             ("plead", "pleading"), ("guarantee", "guaranteeing")])
def test_gerund(lemma: str, form: str) -> None:
    assert gerund(lemma) == form
