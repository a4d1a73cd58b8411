"""A title, a role or an honorific used with no name stands for the person the page gave that title (session fix15ez,
:func:`idlibsite.attribution.cast.holder`): a pope's and a state's chief executive's titles, the subject of the call
of two alike, never an aide's principal nor a title read across a clause.  Texts of our own in the forms of a Vatican
news page, a state news agency, a presidency's readout, a ministry's briefing and a wire story; names made up."""

from __future__ import annotations

import pytest

from idlibsite.attribution.alike import held_words
from idlibsite.attribution.cast import holder
from test_attribution_rolenamed import spoken


@pytest.mark.parametrize(("text", "first", "expected"), [
    pytest.param("Pope urges mercy for the displaced\n\nPope Clement spoke on Sunday about the war in the north.\n\nAfter "
                 "the prayer, the Holy Father said he was following events in the region with sorrow.",
                 "After the prayer,", "new:Pope Clement", id="vatican_page_the_holy_father"),
    pytest.param("Pontiff appeals for a truce\n\nPope Clement met pilgrims from Aleppo on Wednesday.\n\nThe Pontiff told "
                 "them that the world could not look away.", "The Pontiff told", "new:Pope Clement",
                 id="wire_story_the_pontiff"),
    pytest.param("Liberia sends condolences\n\nPresident Joseph Kollie has sent a message of condolence to Ankara.\n\nIn the "
                 "message, the Liberian Chief Executive said the people of Liberia stood with Turkey.",
                 "In the message,", "new:Joseph Kollie", id="state_agency_the_chief_executive"),
    pytest.param("Leaders speak by phone\n\nMogadishu - The President of the Federal Republic of Somalia, H.E. Amadou Warsame "
                 "Sow, on Friday held a telephone conversation with the President of the Republic of Turkey, H.E. Kemal "
                 "Arslan.\n\nDuring the call, the Head of State conveyed the condolences of the government and people.",
                 "During the call,", "new:Amadou Warsame Sow", id="readout_the_subject_of_the_call_of_two_alike"),
])
def test_a_title_with_no_name_is_the_person_the_page_gave_it(text: str, first: str, expected: str) -> None:
    assert spoken(text, first) == expected


@pytest.mark.parametrize(("text", "use", "expected"), [
    pytest.param("The President of the Republic, Ana Lobo, spoke with the President of Ostria, Jan Hrad.\n\nThe spokesman of "
                 "the President, Rui Costa, told the agency that the call had gone well.",
                 "the Head of State", "Ana Lobo", id="an_aide_of_the_president_holds_no_presidency"),
    pytest.param("Special Envoy of the Secretary-General, Per Lund, told reporters the talks would resume.",
                 "the Secretary-General", "", id="an_envoy_of_the_secretary_general_is_no_secretary_general"),
    pytest.param("Sheikh Idris Mensah, spokesperson for the National Chief Imam, Sheikh Dr Yusuf Abdulai Nuhu, said the "
                 "Imam had called for prayers.", "the Chief Imam", "Yusuf Abdulai Nuhu",
                 id="daily_named_spokesperson_for_the_principal_named_after"),
    pytest.param("The spokesperson said that the Minister of Foreign Affairs, Mr. Somchai Wong, had written to Ankara.",
                 "the spokesperson", "", id="a_title_read_after_a_clause_is_not_the_minister_s"),
    pytest.param("President Ana Lobo said the border would stay open.\n\nPresident Jan Hrad said his country would help.",
                 "the President", "", id="two_of_the_same_title_named_apart_neither_sure"),
    pytest.param("Arab League Secretary-General Ahmed Aboul Kheir voiced concern over the fighting.\n\nAboul Kheir urged "
                 "restraint, spokesman for the Secretary-General Hani Zaki said in a press statement.",
                 "the secretary-general", "Ahmed Aboul Kheir", id="wire_spokesman_for_the_secretary_general_named_after"),
    pytest.param("Press secretary to the President Lina Moss said the palace was following events.",
                 "the President", "", id="a_press_secretary_to_the_president_is_no_president"),
    pytest.param("President Joseph Kollie has sent a message to Ankara.",
                 "the chief executive of the charity", "", id="a_body_s_chief_executive_is_no_president"),
    pytest.param("Cardinal Pietro Rossi said the church would help.", "the Holy Father", "", id="no_pope_on_the_page"),
])
def test_whom_a_title_stands_for(text: str, use: str, expected: str) -> None:
    assert holder(use, text) == expected


@pytest.mark.parametrize(("text", "first", "expected"), [
    pytest.param("Ministry welcomes truce\n\nDirector-General of the Department of Information and Spokesperson of the "
                 "Ministry of Foreign Affairs, Mrs. Anong Srisuk, told the weekly briefing that the government had followed "
                 "events with concern.\n\nThe spokesperson said that the Minister of Foreign Affairs, Mr. Somchai Wong, had "
                 "sent a letter of condolence to his Turkish counterpart.\n\nAsked about the border, the spokesperson said "
                 "the ministry was aware of the reports.\n\nShe added that the country supports the efforts of the United "
                 "Nations.", "Asked about the", "new:Anong Srisuk", id="briefing_the_spokesperson_not_the_minister"),
    pytest.param("Ministry welcomes truce\n\nDirector-General of the Department of Information and Spokesperson of the "
                 "Ministry of Foreign Affairs, Mrs. Anong Srisuk, told the weekly briefing that the government had followed "
                 "events with concern.\n\nThe spokesperson said that the Minister of Foreign Affairs, Mr. Somchai Wong, had "
                 "sent a letter of condolence to his Turkish counterpart.\n\nAsked about the border, the spokesperson said "
                 "the ministry was aware of the reports.\n\nShe added that the country supports the efforts of the United "
                 "Nations.", "She added that", "new:Anong Srisuk", id="briefing_she_after_the_spokesperson"),
])
def test_a_role_after_a_relay_is_the_one_who_holds_it(text: str, first: str, expected: str) -> None:
    assert spoken(text, first) == expected


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("spokesman of the President", {"spokesman"}, id="an_aide_of_the_president"),
    pytest.param("adviser to the Prime Minister", {"adviser"}, id="an_adviser_to_the_prime_minister"),
    pytest.param("Director-General of the Department of Information and Spokesperson of the Ministry",
                 {"director-general", "department", "information", "spokesperson", "ministry"}, id="a_second_title_after_and"),
    pytest.param("Minister of Foreign Affairs", {"minister", "foreign", "affairs"}, id="a_portfolio_is_held_whole"),
])
def test_the_words_a_title_holds(title: str, expected: set[str]) -> None:
    said = frozenset(w for w in title.lower().split() if w not in {"of", "the", "to", "and"})
    assert held_words(title, said) == expected


@pytest.mark.parametrize(("text", "first", "expected"), [
    pytest.param("Community prays for Idlib\n\nThe Muslim Council (MC) called on mosques to hold prayers. MC spokesperson "
                 "Moulana Ismail Dawood said the council was appealing to the government.\n\n\"Our government has a voice,\" "
                 "Dawood said.\n\nIn the Bo-Kaap, Amina Jacobs, whose husband is a Syrian-born tailor, said the family had "
                 "lost contact with his brother's family three weeks ago.\n\n\"We watch the news and we pray,\" she said.",
                 "We watch the", "new:Amina Jacobs", id="regional_daily_whose_husband_his_brother"),
    pytest.param("Town rallies for refugees\n\nCouncillor Peter Moss said the town would help. \"We will do what we can,\" "
                 "Moss said.\n\nLayla Haddad, whose brother lives in Idlib, said his house had been bombed twice.\n\n\"We have not "
                 "slept for days,\" she said.", "We have not", "new:Layla Haddad", id="local_paper_whose_brother_his_house"),
    pytest.param("Blankets leave for the border\n\nImam Tariq Aziz said the mosque would collect blankets.\n\nNadia Karimi, "
                 "whose husband drives for the charity, told the Herald his lorry would leave on Monday.\n\n\"It is the least "
                 "we can do,\" she said.", "It is the", "new:Nadia Karimi", id="weekly_whose_husband_his_lorry"),
    pytest.param("Families wait for news\n\nOmar Saleh said his family had fled Saraqeb.\n\n\"We lost everything,\" he said.",
                 "We lost everything,", "new:Omar Saleh", id="guard_his_own_family_still_he"),
])
def test_a_pronoun_of_the_speaker_s_relative_states_no_gender_of_the_speaker(text: str, first: str, expected: str) -> None:
    assert spoken(text, first) == expected
