"""Lists of subjects (issue 15, session lists15): a speech verb whose subject is a list of two or more principals joined
by "and" (commas for three or more), bodies or people, with or without "both", "jointly" or "in a joint statement", is
one plural subject, nobody named (LABELS "Lists of subjects", the lead, 2026-12-04; rule 6). Not a list: one name with
"and" or commas in it, a list a later clause relays, a time or a place before the list; one of the list telling their
joint act is the teller's. And a word of a folded list is one that ``fold`` leaves as it is ("expatriates").
Texts of our own, in several outlets' forms; "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from idlibsite.attribution import wordlists
from idlibsite.attribution.folding import fold
from idlibsite.attribution.fullnames import formal, full_name
from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("ADDIS ABABA (AFP) - Ethiopia, Kenya and Somalia said on Wednesday they would open a joint border post.",
                 "Ethiopia, Kenya and Somalia", id="lists15_three_countries_after_a_dateline"),
    pytest.param("The UNHCR, the IOM and UNICEF said in a joint statement that the camps were overcrowded.",
                 "The UNHCR, the IOM and UNICEF", id="lists15_three_agencies_in_a_joint_statement"),
    pytest.param("Lithuania, Latvia and Estonia have jointly urged Brussels to impose new sanctions.",
                 "Lithuania, Latvia and Estonia", id="lists15_three_countries_jointly"),
    pytest.param("Lithuania, Latvia, and Estonia said the border would stay closed.", "Lithuania, Latvia and Estonia",
                 id="lists15_a_serial_comma"),
    pytest.param("Prime Minister Ana Costa and President Rui Lopes said the embassy would stay open.",
                 "Prime Minister Ana Costa and President Rui Lopes", id="lists15_two_people_with_titles"),
    pytest.param("Ilham Aliyev and Nikol Pashinyan said in a joint statement that talks would resume.",
                 "Ilham Aliyev and Nikol Pashinyan", id="lists15_two_people_in_a_joint_statement"),
    pytest.param("Both Amina Yusuf and Peter Otieno told reporters the vote had been fair.",
                 "Both Amina Yusuf and Peter Otieno", id="lists15_guard_both_two_people"),
    pytest.param("Maria Lenz, Tomas Varga and Ivo Horak said the report was incomplete.",
                 "Maria Lenz, Tomas Varga and Ivo Horak", id="lists15_three_people"),
    pytest.param("Chinese Foreign Minister Wang Lei and his Pakistani counterpart Imran Qadir said the corridor would reopen.",
                 "Chinese Foreign Minister Wang Lei and his Pakistani counterpart Imran Qadir", id="lists15_a_minister_and_his_counterpart"),
    pytest.param("Germany and Minister of State Anna Berg said the talks would go on.", "Germany and Minister of State Anna Berg",
                 id="lists15_a_country_and_a_person"),
    pytest.param("Kenya and Uganda, in a joint statement, said the lake would close to fishing.", "Kenya and Uganda",
                 id="lists15_a_joint_statement_between_commas"),
    pytest.param("The WHO and the Red Cross have both said the clinics in Marib had run out of fuel.",
                 "The WHO and the Red Cross", id="lists15_guard_two_bodies_have_both_said"),
    pytest.param("Labour leader Anna Holm and farm union chairman Jon Berg on Monday echoed the call for a new dam.",
                 "Labour leader Anna Holm and farm union chairman Jon Berg", id="lists15_two_people_with_roles_in_lowercase"),
])
def test_lists15_a_list_of_subjects_is_nobody_named(text: str, expected: str) -> None:
    assert speakers(text, unnamed=True)[0][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("On Monday, Greece and Bulgaria said the border would stay shut.", "Greece and Bulgaria",
                 id="lists15_a_day_before_a_pair"),
    pytest.param("Earlier this week, Latvia, Lithuania and Estonia said they would close the crossings.",
                 "Latvia, Lithuania and Estonia", id="lists15_a_time_before_a_list_of_three"),
    pytest.param("On Tuesday, Amina Yusuf and Peter Otieno told reporters the vote had been fair.",
                 "Amina Yusuf and Peter Otieno", id="lists15_a_day_before_two_people"),
    pytest.param("In Brussels, Norway and Iceland said they would take in 500 refugees.", "Norway and Iceland",
                 id="lists15_a_place_before_a_pair"),
    pytest.param("May, Hammond and Hunt said the deal would pass the Commons.", "May, Hammond and Hunt",
                 id="lists15_a_surname_spelled_as_a_month_is_a_name"),
])
def test_lists15_a_time_or_a_place_before_the_list_is_no_subject(text: str, expected: str) -> None:
    assert speakers(text, unnamed=True)[0][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Bosnia and Herzegovina said it would open its border.", ["new:Bosnia and Herzegovina"],
                 id="lists15_guard_a_country_named_with_and"),
    pytest.param("The Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates said it would repatriate "
                 "300 citizens.", ["new:Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates"],
                 id="lists15_guard_a_ministry_s_portfolios"),
    pytest.param("Immigration, Refugees and Citizenship Canada said it had received 300 requests.",
                 ["new:Immigration, Refugees and Citizenship Canada"], id="lists15_guard_a_body_named_with_commas"),
    pytest.param("Ethiopia, Kenya and Somalia have offered to host the talks in Nairobi, the African Union said.",
                 ["new:African Union"], id="lists15_guard_a_list_of_three_relayed_by_a_body"),
    pytest.param("Presidents Ana Costa and Rui Lopes have offered to host the talks, the Quirinale said.",
                 ["new:Quirinale"], id="lists15_guard_two_people_relayed_by_an_office"),
    pytest.param("Vucic says he and Orban agreed to reopen the crossing.", ["new:Vucic"],
                 id="lists15_guard_one_of_the_list_tells_their_joint_act"),
])
def test_lists15_one_name_a_relay_or_a_teller_are_no_list_of_subjects(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Minister of Foreign Affairs and Expatriates Ayman Rahal said the border would stay open.", "new:Ayman Rahal",
                 id="lists15_minister_of_affairs_and_expatriates"),
    pytest.param("DAMASCUS, March 3 (SANA) - Deputy Minister of Foreign Affairs and Expatriates Nour Khalil told reporters "
                 "the talks would resume.", "new:Nour Khalil", id="lists15_a_deputy_after_a_dateline"),
    pytest.param("Minister for Foreign Affairs and Expatriates Rania Saleh said the crossing would stay open.",
                 "new:Rania Saleh", id="lists15_minister_for_affairs_and_expatriates"),
])
def test_lists15_a_title_with_expatriates_before_the_name(text: str, expected: str) -> None:
    """ "Expatriates" is a word of TITLES: the name after it is the person's, not "Expatriates Ayman Rahal"."""
    assert labels(text) == [expected]


@pytest.mark.parametrize("name", ["TITLES", "PERSON_NOUNS", "GENERIC", "ORG_NOUNS", "ORG_WORDS", "PORTFOLIOS", "QUANTIFIERS",
                                  "PARTICLES", "MISSIONS", "PRIVATE_PEOPLE", "LEFTOVER_OK", "STOP", "CONNECTORS"])
def test_lists15_a_folded_list_holds_each_word_as_fold_reads_it(name: str) -> None:
    """A word list compared with folded words holds the folded form of each of its words ("expatriates" is no match
    when ``fold`` reads it "ekspatriates")."""
    listed = getattr(wordlists, name)
    assert sorted(w for w in listed if fold(w) not in listed) == []


def test_lists15_a_short_given_name_folded_differently_finds_its_formal_form() -> None:
    """"Alex" folds to "aleks": the table of short forms is read by the folded word, so "Alex" is "Alexander"."""
    assert formal("Envoy Alexander Brandt spoke.", "Alex Brandt") == "Alexander Brandt"
    assert full_name("Alex Brandt arrived late, and then the envoy, Alexander Brandt, spoke to us.", "Brandt") == "Alexander Brandt"
    assert formal("Envoy Alexander Brandt spoke.", "Alex Moyo") == "Alex Moyo"  # another surname: no evidence
