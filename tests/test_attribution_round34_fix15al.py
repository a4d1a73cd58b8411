"""Round 31's classes (issue 15), the resolution of speakers (session fix15al): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import attribute_page
from test_attribution import ACTORS, labels, paragraphs


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Norway has called on all parties to exercise restraint, Foreign Minister Ana Belko said on Saturday.", ["new:Norway"],
                 id="fix15al_a_country_s_call_in_the_perfect_relayed_by_its_minister_is_the_country_s"),
    pytest.param("Norway urged both sides to protect civilians, Foreign Minister Ana Belko said.", ["new:Norway"],
                 id="fix15al_a_country_s_call_in_the_past_relayed_by_its_minister_is_the_country_s"),
    pytest.param("Norway calls on all parties to exercise restraint, Foreign Minister Ana Belko said on Saturday.", ["new:Ana Belko"],
                 id="fix15al_guard_a_present_call_is_the_minister_s_own_words"),
])
def test_fix15al_a_speech_act_done_before_and_relayed_is_its_subject_s(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The presidential office said Lorian Mendes had told his counterpart that the border would stay \"open to all\".",
                 ["new:Lorian Mendes", "new:Lorian Mendes"], id="fix15al_a_body_quoting_a_person_s_speech_act_relays_the_person"),
    pytest.param("The Kremlin said Putin had voiced his \"deep regret\" over the losses during the call.", ["vladimir-putin", "vladimir-putin"],
                 id="fix15al_a_readout_quoting_the_leader_s_words_is_the_leader_s"),
    pytest.param("The Kremlin said Putin had expressed his condolences to Erdogan.", ["vladimir-putin"],
                 id="fix15al_a_readout_relaying_the_leader_s_speech_act_unquoted_is_the_leader_s"),
    pytest.param("The Kremlin said Putin and Erdogan had agreed to meet \"as soon as possible\".", ["kremlin", "kremlin"],
                 id="fix15al_guard_a_readout_of_two_leaders_together_stays_the_office_s"),
    pytest.param("The Kremlin said Putin was \"deeply worried\" about the fighting.", ["kremlin", "kremlin"],
                 id="fix15al_guard_a_readout_of_a_leader_s_state_stays_the_office_s"),
])
def test_fix15al_a_body_quoting_a_person_s_speech_act_relays_the_person(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Water and Energy Minister Pia Lund said the convoy had left.", ["new:Pia Lund"],
                 id="fix15al_two_portfolios_joined_by_and_are_one_title"),
    pytest.param("Trade and Migration Minister Lena De Wit said the camps had enough beds.", ["new:Lena De Wit"],
                 id="fix15al_two_portfolios_then_a_name_with_a_particle"),
    pytest.param("The Blue Shield rescue group said nine people had been pulled from the rubble.", ["new:Blue Shield"],
                 id="fix15al_a_kind_of_group_after_a_body_s_name_is_no_part_of_it"),
    pytest.param("The Coastal Relief group said nine people had been pulled from the rubble.", ["new:Coastal Relief"],
                 id="fix15al_group_after_a_body_s_name_is_no_part_of_it"),
])
def test_fix15al_a_title_of_two_portfolios_and_a_body_s_kind_are_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mark Lowcock told the Council on Monday that the convoys had stopped.\n\n"
                 "The Under-Secretary-General for Humanitarian Affairs added that funding had run out.", ["mark-lowcock"] * 2,
                 id="fix15al_an_office_with_no_name_is_the_speaker_who_holds_it"),
    pytest.param("BRUSSELS — The EU said on Monday that it would send tents.\n\nThe UN humanitarian chief told reporters the camps were full.\n\n"
                 "\"We need roads,\" Mark Lowcock said.", ["new:EU", "mark-lowcock", "mark-lowcock"],
                 id="fix15al_a_person_described_after_a_body_spoke_is_the_one_named_next_who_fits"),
    pytest.param("BRUSSELS — The EU said on Monday that it would send tents.\n\nThe UN Secretary-General told reporters the camps were full.\n\n"
                 "\"We need roads,\" Mark Lowcock said.", ["new:EU", "", "mark-lowcock"],
                 id="fix15al_guard_a_person_described_after_a_body_spoke_is_not_one_named_next_who_does_not_fit"),
    pytest.param("Stranded Afghans told reporters they had slept in a field.", [""],
                 id="fix15al_a_people_described_is_nobody_named"),
])
def test_fix15al_a_person_by_title_or_description(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15al_a_long_name_with_a_patronym_before_a_capitalised_title_is_the_speaker() -> None:
    text = ("Khalid bin Saeed Al Harthy, Director General of the Water Authority, said in remarks to reporters that the pipes had "
            "burst.\n\n\"We need time to repair them,\" he said.")
    assert labels(text) == ["new:Khalid bin Saeed Al Harthy"] * 2


def test_fix15al_a_ministry_on_a_page_that_opens_with_a_capital_is_that_country_s() -> None:
    text = ("Lima has urged Peruvians in Turkey to stay away from the border.\n\nThe Foreign Ministry said the embassy had opened a "
            "hotline.\n\nThe ministry also advised families to register missing relatives.")
    assert labels(text) == ["new:Lima", "new:Foreign Ministry", "new:Foreign Ministry"]


def test_fix15al_a_deck_s_ministry_under_a_headline_that_opens_with_a_capital_is_that_country_s() -> None:
    text = ("Lima urges Peruvians in Turkey to stay away from the border\n\nForeign ministry says embassy has set up a hotline\n\n"
            "The Ministry of Foreign Affairs has urged Peruvians living in Turkey not to travel to the border.")
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[2:], ranges[:2], ACTORS)
    assert [(s.new.name, s.new.affiliation) if s.new else s.label for s in found.values()] == [
        ("Lima", "Peru"), ("Foreign ministry", "Peru"), ("Ministry of Foreign Affairs", "")]


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Norway's Foreign Ministry on Monday condemned the strikes, describing them as a grave breach of the law.",
                 ["new:Norway", "new:Norway's Foreign Ministry", "new:Norway's Foreign Ministry"],
                 id="fix15al_a_headline_s_quotation_the_body_gives_to_the_country_s_ministry_is_the_ministry_s"),
    pytest.param("Foreign Minister Ana Belko on Monday condemned the strikes, describing them as a grave breach of the law.",
                 ["new:Norway", "new:Norway", "new:Ana Belko"],
                 id="fix15al_guard_a_headline_s_quotation_the_body_gives_to_a_person_stays_the_headline_s"),
])
def test_fix15al_a_headline_quotation_of_a_country_given_to_its_body(body: str, expected: list[str]) -> None:
    text = f"Norway condemns strikes on camps, calls them a 'grave breach'\n\n{body}"
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    assert [f"new:{s.new.name}" if s.new else s.label for s in found.values()] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Red Cross has urged families in the camps not to cross the river, after Ankara said it would no longer stop migrants.",
                 ["new:Red Cross", "turkey"], id="fix15al_an_after_clause_with_its_own_speaker_is_its_own_passage"),
    pytest.param("The army shot down two drones on Sunday, the Red Cross said, as Ankara formally announced an operation in the north.",
                 ["new:Red Cross", "turkey"], id="fix15al_an_as_clause_with_its_own_speaker_is_its_own_passage"),
])
def test_fix15al_a_clause_of_time_with_a_speaker_of_its_own(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15al_a_nickname_in_quotation_marks_is_no_part_of_the_name() -> None:
    text = 'Governor Ahmad "Abbo" Karimi also spoke about the floods on Friday, saying the dams would hold.'
    assert labels(text) == ["new:Ahmad Karimi"]
