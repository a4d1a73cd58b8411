"""A lead's subject read past what opens the sentence and names nobody (issue 15, session fix15fk): a time or an
occasion with no comma after it ("On 1 March Defence Minister X said", "Before the talks Kremlin spokesman X had told",
"In February 2020 the authorities announced"), and a wire's dateline in the forms of the Spanish- and French-language
services' English copy ("Guatemala, 3 Mar (AGN).- ", "Kinshasa, 3 March 2020 (ACP).- ", "Mogadishu (SONNA)- ").  Texts
of our own; "guard" in an id: a subordinate clause's own subject, a body's acronym in brackets, a name after a month."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses


@pytest.mark.parametrize(("sentence", "subject"), [
    pytest.param("On 1 March Defence Minister Ana Ruiz said in the border town that no armed group had been near.",
                 "Defence Minister Ana Ruiz", id="lead_a_fact_checkers_date_before_a_title_and_name"),
    pytest.param("On 28 February the Ruritanian Defence Ministry said in a statement that the column had been hiding.",
                 "the Ruritanian Defence Ministry", id="lead_a_date_before_a_body"),
    pytest.param("On March 2 the Foreign Ministry said that no citizen had been hurt.", "the Foreign Ministry",
                 id="lead_a_month_first_date"),
    pytest.param("In February 2020 the authorities announced that they would no longer stop anyone.", "the authorities",
                 id="lead_a_parliamentary_questions_month_and_year"),
    pytest.param("Before the talks Kremlin spokesman Omar Petrov had told reporters that Moscow expected long talks.",
                 "Kremlin spokesman Omar Petrov", id="lead_a_dailys_occasion_before_a_spokesman"),
    pytest.param("After the meeting the minister said that the two sides had agreed.", "the minister",
                 id="lead_an_agencys_occasion_before_a_role"),
    pytest.param("After the Greek government said it would close the border, Ankara said it would not stop anyone.",
                 "the Greek government", id="guard_a_subordinate_clauses_own_subject"),
])
def test_a_time_or_an_occasion_before_the_subject_is_no_part_of_it(sentence: str, subject: str) -> None:
    assert clauses(sentence)[0].phrase == subject


@pytest.mark.parametrize(("sentence", "subject"), [
    pytest.param("Guatemala, 3 Mar (AGN).- President Ana Ruiz said on Tuesday that the crisis shows migration must be"
                 " managed.", "President Ana Ruiz", id="lead_a_spanish_services_day_month_and_stop_dash"),
    pytest.param("Kinshasa, 3 March 2020 (ACP).- The Minister of Foreign Affairs said that the country stood ready.",
                 "The Minister of Foreign Affairs", id="lead_a_french_services_full_date"),
    pytest.param("Mogadishu (SONNA)- The President said that the country shared the grief.", "The President",
                 id="lead_a_place_and_agency_without_date"),
    pytest.param("February 29, 2020 (KHARTOUM) - The Sovereign Council said that it followed the events.",
                 "The Sovereign Council", id="lead_a_date_then_the_place_in_brackets"),
    pytest.param("Caracas, 29 Feb. AVN.- The Government reiterated its solidarity, the statement said.", "The Government",
                 id="lead_an_agencys_acronym_after_the_date"),
    pytest.param("Human Rights Watch (HRW) said the strikes had hit hospitals.", "Human Rights Watch (HRW)",
                 id="guard_a_bodys_acronym_with_no_dash"),
])
def test_a_wire_dateline_is_no_part_of_the_subject(sentence: str, subject: str) -> None:
    assert clauses(sentence)[0].phrase == subject


def test_guard_a_month_name_before_a_name_with_no_day() -> None:
    assert clauses("In May Theresa Quill said the plan would work.")[0].phrase == "Theresa Quill"


@pytest.mark.parametrize(("sentence", "subject"), [
    pytest.param("The convoy is organised by Shannon Aid for Syria, a group founded by local GP Dr Omar Haddad in 2015,"
                 " which says it has sent 22 lorries since then.", "Shannon Aid for Syria",
                 id="lead_a_local_papers_group_described_with_its_founder"),
    pytest.param("The blankets will be flown out by Hands of Hope, the Durban-based disaster relief foundation, which says it"
                 " has teams in the camps.", "Hands of Hope", id="lead_a_community_papers_foundation_by_its_seat"),
    pytest.param("Donations go to Relief Link Asia, an aid network, which says it has reached 4,000 families.",
                 "Relief Link Asia", id="lead_a_dailys_network_described_briefly"),
    pytest.param("Families were helped by volunteers, some of them retired nurses, who say the need is growing.",
                 "some of them retired nurses", id="guard_a_who_clause_after_people"),
])
def test_a_relative_which_after_a_bodys_description_is_the_bodys(sentence: str, subject: str) -> None:
    assert clauses(sentence)[0].phrase == subject


@pytest.mark.parametrize(("sentence", "subject"), [
    pytest.param("President Omar Petrov opened the talks by offering his condolences for the soldiers killed last week, and"
                 " told his guest that the army had not known they were there.", "President Omar Petrov",
                 id="lead_a_columns_act_then_and_told"),
    pytest.param("Foreign Minister Ana Ruiz met the ambassador on Monday, and told him that the border would stay open.",
                 "Foreign Minister Ana Ruiz", id="lead_an_agencys_meeting_then_and_told"),
    pytest.param("Governor Sam Reid visited the camp at Kilis on Sunday, and said more tents were on the way.",
                 "Governor Sam Reid", id="lead_a_regional_sites_visit_then_and_said"),
    pytest.param("Fighting raged in the south, and Ruritania said it would respond.", "Ruritania",
                 id="guard_the_second_clause_has_its_own_subject"),
])
def test_a_named_subjects_act_then_and_a_speech_verb_share_the_subject(sentence: str, subject: str) -> None:
    assert clauses(sentence)[0].phrase == subject


def test_guard_a_relative_clause_before_and_parts_the_verb() -> None:
    assert [c.phrase for c in clauses("Minister Ana Ruiz met Omar Petrov, who arrived late, and told him the talks were"
                                      " over.")] != ["Minister Ana Ruiz"]
