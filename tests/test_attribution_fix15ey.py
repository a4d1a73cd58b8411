"""Whose words a sentence is when its speaker is not in its own clause (issue 15, session fix15ey).

1. An untagged interview whose standfirst presents the conversation ("X talks to Y about ...") gives its answers to the
   one person the standfirst sets in apposition to a description (the guest is described, the interviewer only named),
   not to the names inside the answers (LABELS "Interviews and transcripts"; Round 77: untagged answers after questions
   that end in "?" are the guest's).
2. A teller's relay of a relative's earlier words ("Jabr said his brother had told him by phone that ...") is the
   relative's, nobody named when the page never names the relative (the one test for relays; rule 6; Round 55).
Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page

_ANSWERS = ("Since the spring the queues have doubled. We did not choose this situation.\n\n"
            "Are the camps ready for winter?\n\n"
            "Nobody is ready. The UN says half the tents are torn, and the government has promised new ones.\n\n"
            "What do you ask of Europe?\n\n"
            "Prime Minister Anna Berg called our president last week and offered doctors. We are grateful.\n")


def _interview(standfirst: str) -> list[tuple[str, str, str]]:
    return cut_page(f"The Baltic Monthly\n\nPolitics\n\n'We did not choose this'\n\n{standfirst}\n\nMarch 9, 2020\n\n"
                    f"What is happening at the border now?\n\n{_ANSWERS}", unnamed=False)


@pytest.mark.parametrize(("standfirst", "guest"), [
    pytest.param("Latvia's ambassador to Poland, Edgars Kalnins, talks to Tomasz Wrobel about the crisis on the border.",
                 "Edgars Kalnins", id="a_monthly_s_described_guest_talks_to_the_interviewer"),
    pytest.param("Ingrid Haller, Austria's consul in Izmir, spoke with Lars Berg about the camps and the winter.",
                 "Ingrid Haller", id="a_guest_opening_the_standfirst_with_the_description_after"),
    pytest.param("In conversation with Lars Berg, the head of the Red Crescent in Hatay, Selim Aydin, describes a month at the border.",
                 "Selim Aydin", id="in_conversation_with_the_interviewer_first"),
    pytest.param("Our correspondent, Lars Berg, sat down with the head of the Red Crescent in Hatay, Selim Aydin.",
                 "Selim Aydin", id="guard_a_newsroom_s_described_interviewer_is_no_guest"),
])
def test_an_untagged_interview_s_answers_are_the_guest_its_standfirst_describes(standfirst: str, guest: str) -> None:
    got = _interview(standfirst)
    assert ("direct", "Since the spring", f"new:{guest}") in got
    assert ("direct", "The UN says", f"new:{guest}") in got  # a name inside an answer is never its speaker
    assert ("direct", "Prime Minister Anna", f"new:{guest}") in got
    assert ("direct", "We are grateful.", f"new:{guest}") in got


@pytest.mark.parametrize("standfirst", [
    pytest.param("Lars Berg talks to Edgars Kalnins about the crisis on the border.", id="guard_nobody_described_no_guest"),
    pytest.param("Latvia's ambassador to Poland, Edgars Kalnins, arrived in Warsaw in 2018.", id="guard_no_conversation_presented"),
    pytest.param("Latvia's ambassador, Edgars Kalnins, and Austria's consul, Ingrid Haller, talk to Lars Berg.",
                 id="guard_two_described_no_one_guest"),
])
def test_a_standfirst_that_presents_no_one_described_guest_makes_no_interview(standfirst: str) -> None:
    got = _interview(standfirst)
    assert not any(kind == "direct" and words.startswith(("Since the", "Nobody is", "We are")) and who
                   for kind, words, who in got)


@pytest.mark.parametrize(("sentence", "opening"), [
    pytest.param("Jabr said his brother had told him by phone that police fired tear gas at the crowd.", "Jabr said his",
                 id="a_brother_told_him_by_phone"),
    pytest.param("Haddad said her mother had written to her on Sunday that the bakery had closed.", "Haddad said her",
                 id="a_mother_wrote_to_her"),
    pytest.param("Afterwards, Haddad told the Gazette that her eldest son had warned her the roads were shut.",
                 "Afterwards, Haddad told", id="a_son_warned_her"),
])
def test_a_relative_s_earlier_words_relayed_are_nobody_named(sentence: str, opening: str) -> None:
    text = f"Families wait for news\n\nNadia Haddad and Samir Jabr run a bakery in Dearborn.\n\n{sentence}\n"
    assert (opening, "") in [(words, who) for _kind, words, who in cut_page(text, unnamed=False)]


@pytest.mark.parametrize(("sentence", "opening", "who"), [
    pytest.param("Haddad said her daughter, Leila, had written to her on Sunday that the camp was flooded.",
                 "Haddad said her", "new:Leila", id="guard_a_relative_named_in_apposition"),
    pytest.param("Haddad said her son would travel to the border next week.", "Haddad said her", "new:Nadia Haddad",
                 id="guard_a_relative_s_plan_is_the_teller_s"),
    pytest.param("Haddad said her daughter had been sleeping in a tent for a month.", "Haddad said her", "new:Nadia Haddad",
                 id="guard_a_relative_s_state_is_the_teller_s"),
    pytest.param("Haddad said the governor had told her that the border would reopen.", "Haddad said the",
                 "new:Nadia Haddad", id="guard_no_relative_unchanged"),
])
def test_a_relative_named_or_not_speaking_keeps_the_old_answers(sentence: str, opening: str, who: str) -> None:
    text = f"Families wait for news\n\nNadia Haddad runs a bakery in Dearborn.\n\n{sentence}\n"
    assert (opening, who) in [(words, w) for _kind, words, w in cut_page(text, unnamed=False)]


@pytest.mark.parametrize("sentence", [
    pytest.param("Haddad said her son called her on Sunday.", id="a_son_called_her"),
    pytest.param("Haddad said her mother had called her in tears after the news.", id="a_mother_had_called_her_in_tears"),
    pytest.param("Haddad said her brother had phoned from the camp twice this week.", id="a_brother_had_phoned"),
])
def test_guard_a_relative_s_call_with_no_content_stays_the_teller_s(sentence: str) -> None:
    text = f"Families wait for news\n\nNadia Haddad runs a bakery in Dearborn.\n\n{sentence}\n"
    assert ("Haddad said her", "new:Nadia Haddad") in [(words, w) for _kind, words, w in cut_page(text, unnamed=False)]


def test_a_relative_named_before_in_apposition_is_that_name() -> None:
    text = ("Families wait for news\n\nSamir Jabr came to Dearborn in 2016 with his wife, Reem Jabr, and two sons.\n\n"
            "Jabr said his wife had told him on Sunday that her sister was safe.\n")
    assert ("Jabr said his", "new:Reem Jabr") in [(words, w) for _kind, words, w in cut_page(text, unnamed=False)]


def _relayed(sentence: str) -> str:
    """The speaker of a page's one passage, which opens with the teller's name."""
    return cut_page(f"Briefing\n\n{sentence}\n", unnamed=False)[-1][2]


@pytest.mark.parametrize(("sentence", "who"), [
    pytest.param("Spokesperson Lunga Mabena said minister Naledi Dube had raised the situation with her Turkish counterpart.",
                 "new:Naledi Dube", id="a_lower_case_minister_raised_it_with_her_counterpart"),
    pytest.param("Presidency spokesman Tumi Khoza said president Cyril Mokoena had urged both sides to return to talks.",
                 "new:Cyril Mokoena", id="a_lower_case_president_urged"),
    pytest.param("A spokesman, Rui Costa, said foreign minister Ana Lopes had told the ambassador that Lisbon was concerned.",
                 "new:Ana Lopes", id="a_lower_case_foreign_minister_told"),
    pytest.param("Spokesperson Lunga Mabena said minister Naledi Dube would visit Ankara next month.",
                 "new:Lunga Mabena", id="guard_a_lower_case_minister_s_plan_is_the_teller_s"),
])
def test_a_principal_under_a_title_in_lower_case_is_relayed_as_under_a_capitalised_one(sentence: str, who: str) -> None:
    assert _relayed(sentence) == who


@pytest.mark.parametrize(("sentence", "who"), [
    pytest.param("Spokesperson Aisha Qureshi said Prime Minister Imran Saleem had also written to President Recep Tayyip Erdogan.",
                 "new:Imran Saleem", id="had_also_written_to_a_president"),
    pytest.param("Spokesperson Aisha Qureshi said President Arif Nadeem had written a long letter to the Turkish president.",
                 "new:Arif Nadeem", id="had_written_a_long_letter_to"),
    pytest.param("Spokesperson Aisha Qureshi said Prime Minister Imran Saleem wrote a message to the Secretary-General on Friday.",
                 "new:Imran Saleem", id="wrote_a_message_to"),
    pytest.param("Spokesperson Aisha Qureshi said President Arif Nadeem had sent troops to the border.",
                 "new:Aisha Qureshi", id="guard_sending_troops_is_no_letter"),
    pytest.param("Spokesperson Aisha Qureshi said President Arif Nadeem had received a letter from the Turkish president.",
                 "new:Aisha Qureshi", id="guard_a_letter_received_is_no_act_of_his"),
    pytest.param("Commissioner Aisha Qureshi said the commission had written to its Turkish counterpart.",
                 "new:Aisha Qureshi", id="guard_a_body_s_letter_with_no_content_stays_the_teller_s"),
])
def test_a_principal_s_letter_with_no_content_told_is_his_act_of_speech(sentence: str, who: str) -> None:
    assert _relayed(sentence) == who


@pytest.mark.parametrize(("sentence", "who"), [
    pytest.param("Nwosu said the Minister of Foreign Affairs, Geoffrey Obi, had spoken with the Turkish Ambassador to Nigeria, "
                 "Hidayet Kaya, on Saturday and conveyed the condolences of the government.", "new:Geoffrey Obi",
                 id="spoke_with_a_named_ambassador_and_conveyed"),
    pytest.param("Ruiz said Foreign Minister Teresa Vidal had met the UN envoy, Geir Hansen, in Geneva and stressed the need for aid.",
                 "new:Teresa Vidal", id="met_a_named_envoy_and_stressed"),
    pytest.param("Ruiz said Foreign Minister Teresa Vidal had telephoned her Greek counterpart, Nikos Petrou, and expressed support.",
                 "new:Teresa Vidal", id="telephoned_a_named_counterpart_and_expressed"),
    pytest.param("Ruiz said Foreign Minister Teresa Vidal had met the UN envoy, Geir Hansen, in Geneva on Monday.",
                 "new:Ruiz", id="guard_a_meeting_with_no_words_is_the_teller_s"),
])
def test_an_act_joined_to_a_speech_verb_past_a_name_in_apposition_is_the_principal_s(sentence: str, who: str) -> None:
    assert _relayed(sentence) == who


_COUNCILLOR = "Town prays for Idlib\n\nCouncil leader Tom Rigby said the town would help.\n\n"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Syrian families plead for help\n\nMembers of the city's Syrian community say they feel helpless.\n\n"
                 "Yasmin Haddad keeps her phone on the kitchen table, face up, all night.\n\n"
                 "The 36-year-old arrived in the city in 2017 with her husband. Her parents stayed behind in Idlib.\n\n"
                 "\"Every time it buzzes I am afraid to look,\" she told the Times.\n",
                 "Every time it", "new:Yasmin Haddad", id="a_regional_feature_s_woman_introduced_then_she_told"),
    pytest.param("Camps beyond breaking point\n\nAgency spokeswoman Ruth Vaine said food stocks were low.\n\n"
                 "Teuira Tangi, 34, has spent two years in Gaziantep with an aid agency.\n\n"
                 "She drives a truck to the camps twice a week. Her team delivers blankets.\n\n"
                 "\"We run out of blankets every week,\" she said.\n",
                 "We run out", "new:Teuira Tangi", id="an_island_weekly_s_aid_worker_with_her_age"),
    pytest.param(_COUNCILLOR + "Ahmad Darwish runs a barber's shop in the town centre.\n\n"
                 "His wife and three children arrived from Idlib in 2018.\n\n\"I have not slept since Thursday,\" he said.\n",
                 "I have not", "new:Ahmad Darwish", id="a_local_paper_s_shopkeeper_after_a_councillor"),
    pytest.param(_COUNCILLOR + "Maria Lopez runs a bakery in the town centre.\n\nHer radio is on all day.\n\n"
                 "\"We will open the hall on Sunday,\" he said.\n",
                 "We will open", "new:Tom Rigby", id="guard_a_woman_the_paragraphs_go_on_about_is_no_he"),
    pytest.param(_COUNCILLOR + "Bolton Council voted on Monday to send blankets.\n\nThe vote was unanimous.\n\n"
                 "\"We will open the hall on Sunday,\" he said.\n",
                 "We will open", "new:Tom Rigby", id="guard_a_body_narrated_is_no_person"),
    pytest.param(_COUNCILLOR + "Ahmad Darwish runs a barber's shop in the town centre.\n\nHis wife arrived in 2018.\n\n"
                 "The shop is closed on Fridays.\n\nThe town has 40 Syrian families.\n\n\"We will open the hall,\" he said.\n",
                 "We will open", "new:Tom Rigby", id="guard_three_paragraphs_on_is_too_far"),
])
def test_a_person_a_feature_introduces_in_narration_is_whom_the_next_pronoun_stands_for(text: str, opening: str, who: str) -> None:
    assert (opening, who) in [(words, w) for _kind, words, w in cut_page(text, unnamed=False)]


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Mosque joins drive\n\nGift of the Hands founder Dr Karim Essop said the convoy was ready.\n\n"
                 "\"We are ready to go,\" Essop said.\n\nHe said the charity had appealed to local businesses to donate heaters.\n",
                 "He said the", "new:Gift of the Hands", id="a_founder_tells_the_charity_s_appeal"),
    pytest.param("Students safe\n\nThe chairperson of the Kenyan Students Association in Turkey, Amina Wekesa, said the students "
                 "were calm. She said the association had asked the embassy to hold a meeting.\n",
                 "She said the", "new:Kenyan Students Association", id="a_chairperson_tells_the_association_s_request"),
    pytest.param("Relief on the way\n\nHope Link director Marek Nowak said the trucks had left Gdansk.\n\n"
                 "He said the organisation had urged the government to open a corridor.\n",
                 "He said the", "new:Hope Link", id="a_director_tells_the_organisation_s_call"),
    pytest.param("Relief on the way\n\nHope Link director Marek Nowak said the trucks had left Gdansk.\n\n"
                 "He said the organisation would send two more trucks in March.\n",
                 "He said the", "new:Marek Nowak", id="guard_the_body_s_plan_stays_the_teller_s"),
    pytest.param("Relief on the way\n\nHope Link director Marek Nowak said the trucks had left Gdansk.\n\n"
                 "He said the association had asked the embassy for visas.\n",
                 "He said the", "new:Marek Nowak", id="guard_another_kind_of_body_is_not_the_one_he_heads"),
])
def test_a_body_s_head_telling_its_body_s_act_of_speech_gives_it_to_the_body(text: str, opening: str, who: str) -> None:
    assert (opening, who) in [(words, w) for _kind, words, w in cut_page(text, unnamed=False)]


_COLUMN = "Column: the border\n\nBy Anil Sharma\n\nUN relief chief Mark Lowcock said the camps were full.\n\n"


@pytest.mark.parametrize(("sentence", "opening", "who"), [
    pytest.param("When I put this to an official at our own foreign ministry, he told me that Nepal was watching closely.",
                 "When I put", "", id="a_column_s_writer_put_this_to_an_official"),
    pytest.param("I put it to a diplomat in Delhi last week. He said India would not take sides.", "He said India", "",
                 id="a_column_s_writer_put_it_to_a_diplomat"),
    pytest.param("When we put that to a government spokesman, he said the embassy would stay open.", "When we put", "",
                 id="a_newsletter_s_we_put_that_to_a_spokesman"),
    pytest.param("I put this to Mark Lowcock in Geneva. He said the camps would not hold.", "He said the", "mark-lowcock",
                 id="guard_the_one_put_to_named_stays_named"),
])
def test_the_one_a_writer_puts_a_point_to_is_whom_the_next_pronoun_stands_for(sentence: str, opening: str, who: str) -> None:
    assert (opening, who) in [(words, w) for _kind, words, w in cut_page(_COLUMN + sentence + "\n", unnamed=False)]
