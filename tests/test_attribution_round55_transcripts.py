"""Round 52's misses of transcripts and exchanges (issue 15, session fix15da).  A broadcast transcript's clip tagged
with a cue in square brackets ("[Recording] NAME (role, voice-over):", "[Sound bite] NAME (role):") is a tag: the clip's
words are its speaker's, and a correspondent whose tag carries no title beside it only narrates, the sentences of his
turn keeping their own subjects.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening


_RADIO = ("KBC Evening Bulletin, 4 March 2020, 9 pm\n\n"
          "PRESENTER: Good evening. Here is the news from KBC.\n\n"
          "PRESENTER: The Foreign Ministry says it is tracking Kenyans in Lebanon. Our reporter Otieno Kamau reports.\n\n"
          "OTIENO KAMAU: At a briefing in Nairobi, Foreign Secretary Wanjiru Mwangi said no Kenyan had been hurt. "
          "She asked Kenyans in Lebanon to register with the embassy.\n\n"
          "[Recording] WANJIRU MWANGI (Foreign Secretary, in Swahili, voice-over): Our mission in Beirut is open day and "
          "night. Nobody should travel south of the river.\n\n"
          "OTIENO KAMAU: The minister also said Kenya backs the mediation of the Arab League. Otieno Kamau, KBC, Nairobi.\n\n"
          "[Recording] AMINA ODHIAMBO (Nurse, Beirut, by telephone): The shops are open. We are calm here.\n\n"
          "PRESENTER: That is the end of the news.")
_TV = ("Radio Ghana Midday News, 2 April 2021 (transcript)\n\n"
       "ANCHOR: Good afternoon. The government has spoken on the crisis in Mali.\n\n"
       "KOFI MENSAH: In Accra this morning, Information Minister Ama Owusu said Ghana would send no troops. "
       "She called for talks.\n\n"
       "[Sound bite] AMA OWUSU (Minister of Information): Ghana stands for dialogue. We will not send soldiers.\n\n"
       "KOFI MENSAH: The minister added that the borders stay open. Kofi Mensah, Radio Ghana, Accra.\n\n"
       "ANCHOR: In other news, the cedi rose on Friday.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_RADIO, "Our mission in", "new:Wanjiru Mwangi", id="fix15da_recording_cue_clip_is_its_speaker"),
    pytest.param(_RADIO, "Nobody should travel", "new:Wanjiru Mwangi", id="fix15da_recording_cue_clip_second_sentence"),
    pytest.param(_RADIO, "The shops are", "new:Amina Odhiambo", id="fix15da_recording_cue_clip_of_a_witness"),
    pytest.param(_RADIO, "At a briefing", "new:Wanjiru Mwangi", id="fix15da_untitled_correspondent_narrates_named"),
    pytest.param(_RADIO, "She asked Kenyans", "new:Wanjiru Mwangi", id="fix15da_untitled_correspondent_narrates_pronoun"),
    pytest.param(_TV, "Ghana stands for", "new:Ama Owusu", id="fix15da_sound_bite_cue_clip_is_its_speaker"),
    pytest.param(_TV, "In Accra this", "new:Ama Owusu", id="fix15da_untitled_reporter_narrates_named"),
])
def test_fix15da_a_bracketed_cue_opens_a_clips_tag(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_SENATE = ("Minister faces Senate on Lebanon\n\nBy Staff Writer\n\nForeign Minister Kamala Persad told the Senate on Tuesday "
           "that no Trinidadians were in southern Lebanon.\n\nPersad was replying to questions from Opposition Senator Wade "
           "Mark, who asked whether the ministry had a plan to bring citizens home.\n\n\"We are ready to fly anyone out,\" "
           "Persad said.")
_ACCRA = ("Accra weighs evacuation\n\nBy Staff Writer\n\nForeign Minister Shirley Botchwey spoke in Parliament on Tuesday "
          "about Ghanaians in Lebanon.\n\nBotchwey was speaking to reporters in Accra, who asked whether the ministry had a "
          "plan.\n\nGhana's Minister of State Ama Boateng was answering questions from Minority Leader Haruna Iddrisu, who "
          "demanded a full evacuation.\n\nBoateng was responding to questions from the opposition benches on Tuesday evening "
          "in the Senate chamber, who asked whether the flights were paid for.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_SENATE, "Persad was replying", "new:Wade Mark", id="fix15da_who_asked_after_questions_from_a_senator"),
    pytest.param(_ACCRA, "Ghana's Minister of", "new:Haruna Iddrisu", id="fix15da_who_demanded_after_questions_from_a_leader"),
    pytest.param(_ACCRA, "Botchwey was speaking", "reporters in Accra", id="fix15da_who_asked_after_speaking_to_reporters"),
    pytest.param(_ACCRA, "Boateng was responding", "", id="fix15da_a_progressive_clause_is_never_a_name"),
])
def test_fix15da_who_after_the_one_answered_is_that_one(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_RETORT = ("Senate clash over evacuation flights\n\nBy Staff Writer\n\nOpposition Senator Grace Okonjo said the flights had "
           "come a week late.\n\nForeign Minister Tunde Bakare hit back that the ministry \"does not run an airline\".\n\n"
           "Deputy Minister Ada Eze fired back: \"We moved faster than any government in the region.\"\n\n"
           "Near the border, troops fired back at the gunmen on Sunday.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Foreign Minister Tunde", "new:Tunde Bakare", id="fix15da_hit_back_that_is_a_retort"),
    pytest.param("does not run", "new:Tunde Bakare", id="fix15da_hit_back_that_its_quotation"),
    pytest.param("We moved faster", "new:Ada Eze", id="fix15da_fired_back_colon_its_quotation"),
])
def test_fix15da_a_retort_with_its_words_is_speech(opening: str, who: str) -> None:
    assert said_opening(_RETORT, opening) == who


def test_fix15da_troops_firing_back_say_nothing() -> None:
    assert not [first for _kind, first, _who in cut_page(_RETORT) if first.startswith("Near the")]


_ISSUED = ("Pacific leaders on the Idlib crisis\n\nBy Staff Writer\n\nFiji's prime minister said on Monday that the region "
           "was watching the fighting closely.\n\nThe communique, released by the Pacific Islands Forum Secretariat in Suva "
           "on Sunday, urged \"every party\" to protect civilians.\n\nThe joint statement, issued by the African Union "
           "Commission in Addis Ababa, said the ceasefire must hold.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The communique, released", "new:Pacific Islands Forum Secretariat", id="fix15da_communique_released_by_its_issuer"),
    pytest.param("every party", "new:Pacific Islands Forum Secretariat", id="fix15da_communique_released_by_its_quotation"),
    pytest.param("The joint statement,", "new:African Union Commission", id="fix15da_statement_issued_by_in_a_seat"),
])
def test_fix15da_a_documents_issuer_in_apposition_speaks(opening: str, who: str) -> None:
    assert said_opening(_ISSUED, opening) == who


_JOINED = ("Suva backs Pacific call on Syria\n\nBy Staff Writer\n\nFiji's Foreign Minister Ratu Inoke Kubuabola spoke to "
           "reporters in Suva on Monday.\n\nHe said the government had joined the Pacific Islands Forum statement of March 3 "
           "calling for an end to the fighting.\n\nPort Moresby, March 5 - Papua New Guinea's Foreign Minister Patrick Pruaitch "
           "said Papua New Guinea had joined calls for a ceasefire in Idlib.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("He said the", "new:Fijian government", id="fix15da_government_had_joined_a_statement_calling_for"),
    pytest.param("Papua New Guinea's", "new:Papua New Guinea", id="fix15da_country_had_joined_calls_for"),
])
def test_fix15da_a_call_joined_before_is_the_joiners(opening: str, who: str) -> None:
    assert said_opening(_JOINED, opening) == who


_PRESSED = ("Minority presses govt on evacuation\n\nBy Staff Writer\n\nACCRA — Lawmaker Kwame Asante pressed the minister on "
            "the cost of the flights.\n\nNear Saraqib, the army pressed the attack on the town.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Minority presses govt", "new:Minority", id="fix15da_headline_presses_govt_on_is_a_demand"),
    pytest.param("Lawmaker Kwame Asante", "new:Kwame Asante", id="fix15da_pressed_the_minister_on_is_a_demand"),
])
def test_fix15da_pressing_someone_on_something_is_a_demand(opening: str, who: str) -> None:
    assert said_opening(_PRESSED, opening) == who


def test_fix15da_pressing_the_attack_says_nothing() -> None:
    assert not [first for _kind, first, _who in cut_page(_PRESSED) if first.startswith("Near Saraqib")]
