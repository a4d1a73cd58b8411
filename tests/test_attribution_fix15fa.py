"""The speech verb's own subject, whole and in the right form (issue 15, session fix15fa).

1. A teller's own statement is no relay: "X said in a statement that Nigeria welcomed ...", "In a statement issued on
   Monday, X said Y called on ...", "X, in a statement signed by its spokesman, said ..." are X's words, the statement
   the act (LABELS "A country's act relayed by its minister", last paragraph: a body's own text is not a relay; rule 5),
   when the reported clause's subject is a country or a body and its verb a simple past (the statement's own words,
   backshifted); a person's act, an act in the perfect ("had rejected") and a spokesperson's statement stay relays.
2. The span taken as the name: a party and home-town tag after a name ("Del. X, D-Alexandria, said"), a sentence adverb
   before a name joined by "and" ("Separately, Deputy Prime Minister and Foreign Minister X said"), a body's name cut
   at its inner "in" or "and" ("Hand in Hand Relief"), a person named right after the body that describes them ("a
   student at Ankara University Natasha Phiri"), "Our own Foreign Ministry" on a national page, a UN agency's office,
   a place phrase set off by commas ("..., near the Syrian border, ... told"), the occasion after a name ("X at the
   briefing called").
3. A habit in the perfect ("has consistently called for") is no act done before: the teller's (LABELS Round 42).
Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from test_attribution import cut_page


def _said(body: str, opening: str, head: str = "Syria talks") -> str:
    page = f"The Evening Courier\n\nWorld\n\n{head}\n\nMarch 9, 2020\n\n{body}\n"
    return next(who for _kind, first, who in cut_page(page, unnamed=False) if first == opening)


@pytest.mark.parametrize(("body", "opening", "who"), [
    pytest.param("The Department of Foreign Affairs and Trade said in a statement that Fiji called on all parties to "
                 "return to talks.", "The Department of", "new:Department of Foreign Affairs and Trade",
                 id="a_body_s_statement_named_after_its_verb"),
    pytest.param("In a statement issued in Lusaka on Monday, the Zambian Ministry of Foreign Affairs said Zambia welcomed "
                 "the Moscow agreement.", "In a statement", "new:Zambian Ministry of Foreign Affairs",
                 id="an_opening_adjunct_names_the_statement"),
    pytest.param("The Ghanaian Ministry of Foreign Affairs, in a statement signed by its spokesman, said Ghana condemned "
                 "the attack on the convoy.", "The Ghanaian Ministry", "new:Ghanaian Ministry of Foreign Affairs",
                 id="an_aside_names_the_statement"),
    pytest.param("Gulf Cooperation Council Secretary-General Nayef Al-Hajraf said in a statement from Riyadh that the Council "
                 "rejected any foreign military presence.", "Gulf Cooperation Council", "new:Nayef Al-Hajraf",
                 id="a_head_s_statement_of_his_body_s_stance"),
    pytest.param("The Organisation of Islamic Cooperation condemned the strikes. OIC Secretary-General Yousef Al-Othaimeen said "
                 "in a statement that the Organisation rejected any foreign military presence.", "OIC Secretary-General Yousef",
                 "new:Yousef Al-Othaimeen", id="a_head_s_statement_after_the_body_is_named"),
])
def test_a_teller_s_own_statement_is_no_relay_of_a_country_or_a_body(body: str, opening: str, who: str) -> None:
    assert _said(body, opening) == who


@pytest.mark.parametrize(("body", "opening", "who"), [
    pytest.param("Spokesman Erlan Sadykov said Kazakhstan expressed its condolences to the families.", "Spokesman Erlan Sadykov",
                 "new:Kazakhstan", id="guard_a_spokesman_telling_a_country_s_act_with_no_statement"),
    pytest.param("The Kremlin said in a statement that Putin had expressed his condolences to Erdogan.", "The Kremlin said",
                 "vladimir-putin", id="guard_a_person_s_act_in_a_statement_stays_the_person_s"),
    pytest.param("Turkey said Russia violated the ceasefire on Tuesday.", "Turkey said Russia", "turkey",
                 id="guard_a_country_that_speaks_of_another"),
    pytest.param("In a statement, Foreign Ministry spokesperson Lina Farouk said Jordan had rejected any foreign intervention.",
                 "In a statement,", "new:Jordan", id="guard_a_spokesperson_relays_her_country_s_act_before_in_a_statement_too"),
    pytest.param("The Department of Foreign Affairs and Trade said in a statement that Fiji had asked for two aircraft.",
                 "The Department of", "new:Fiji", id="guard_an_act_before_the_statement_in_the_perfect"),
])
def test_a_relay_without_the_teller_s_own_text_stays(body: str, opening: str, who: str) -> None:
    assert _said(body, opening) == who


@pytest.mark.parametrize(("body", "opening", "who"), [
    pytest.param("State Rep. Ann Holt, DFL-Duluth, said she would write to the governor.", "State Rep. Ann", "new:Ann Holt",
                 id="a_party_and_a_town"),
    pytest.param("Del. Ray Pike, D-Arlington, said he would introduce a resolution.", "Ray Pike, D-Arlington,", "new:Ray Pike",
                 id="a_party_and_a_county"),
    pytest.param("Sen. Tom Barr, R-Grand Forks, said the state could do more.", "Sen. Tom Barr,", "new:Tom Barr",
                 id="a_party_and_a_town_of_two_words"),
    pytest.param("Sen. Lindsey Graham, R-S.C., said the United States should act.", "Sen. Lindsey Graham,", "new:Lindsey Graham",
                 id="guard_a_party_and_a_state_as_before"),
])
def test_a_party_and_place_tag_is_no_name(body: str, opening: str, who: str) -> None:
    assert _said(body, opening) == who


@pytest.mark.parametrize(("body", "opening", "who"), [
    pytest.param("Separately, Deputy Prime Minister and Foreign Minister Omar Haddad said Jordan supported every effort.",
                 "Separately, Deputy Prime", "new:Omar Haddad", id="separately"),
    pytest.param("Meanwhile, Interior Minister and Deputy Premier Lina Sorensen said the border would stay open.",
                 "Meanwhile, Interior Minister", "new:Lina Sorensen", id="meanwhile"),
    pytest.param("Additionally, Health Minister and Government Spokesman Karl Eder said the hospitals were ready.",
                 "Additionally, Health Minister", "new:Karl Eder", id="an_adverb_in_ly"),
])
def test_a_sentence_adverb_is_no_first_member_of_a_list(body: str, opening: str, who: str) -> None:
    assert _said(body, opening) == who


def test_a_list_of_three_countries_stays_a_list() -> None:
    assert _said("Britain, France and Germany said they were deeply concerned.", "Britain, France and") == ""


@pytest.mark.parametrize(("body", "opening", "who"), [
    pytest.param("The money will go to a Leeds charity, Hand in Hand Relief, which says it has lorries waiting.",
                 "The money will", "new:Hand in Hand Relief", id="hand_in_hand"),
    pytest.param("Brothers in Arms Appeal said it had sent three containers to Hatay.", "Brothers in Arms",
                 "new:Brothers in Arms Appeal", id="brothers_in_arms"),
    pytest.param("Helping Hands in Need said it had delivered 400 tents to the camps.", "Helping Hands in",
                 "new:Helping Hands in Need", id="hands_in_need"),
    pytest.param("Secretary of State Mike Pompeo said the United States stood with Turkey.", "Secretary of State",
                 "new:Mike Pompeo", id="guard_a_title_of_state_then_the_name"),
    pytest.param("Minister for Europe and Foreign Affairs Gent Cakaj said Albania was ready to help.", "Minister for Europe",
                 "new:Gent Cakaj", id="guard_a_title_with_and_then_the_name"),
])
def test_a_body_s_name_is_not_cut_at_its_inner_word(body: str, opening: str, who: str) -> None:
    assert _said(body, opening) == who


@pytest.mark.parametrize(("body", "opening", "who"), [
    pytest.param("Meanwhile, a Zambian student at Ankara University Natasha Phiri has told ZNBC News that the students are safe.",
                 "Meanwhile, a Zambian", "new:Natasha Phiri", id="a_student_at_a_university"),
    pytest.param("A nurse at the Syrian American Medical Society Amina Khalil said the clinic had run out of insulin.",
                 "A nurse at", "new:Amina Khalil", id="a_nurse_of_a_society"),
    pytest.param("A volunteer with the Turkish Red Crescent Ahmet Yilmaz told reporters that the camps were full.",
                 "A volunteer with", "new:Ahmet Yilmaz", id="a_volunteer_with_a_crescent"),
    pytest.param("A student at Ankara University said the campus was calm.", "A student at", "",
                 id="guard_a_person_described_and_not_named"),
])
def test_a_person_named_right_after_the_body_that_describes_them(body: str, opening: str, who: str) -> None:
    assert _said(body, opening) == who


@pytest.mark.parametrize(("body", "opening", "who"), [
    pytest.param("The UN refugee agency's regional office in Budapest said everyone has the right to seek asylum.",
                 "The UN refugee", "new:UNHCR", id="a_regional_office_in_a_capital"),
    pytest.param("The UN children's agency's country office said it had sent blankets to the camps.",
                 "The UN children's", "new:UNICEF", id="a_country_office"),
    pytest.param("The UN refugee agency said it was worried about the border.", "The UN refugee", "new:UNHCR",
                 id="guard_the_agency_itself"),
])
def test_a_un_agency_s_office_is_the_agency(body: str, opening: str, who: str) -> None:
    assert _said(body, opening) == who


@pytest.mark.parametrize(("ours", "the"), [
    pytest.param("Our own Foreign Ministry issued a short statement on Friday welcoming the Moscow agreement.",
                 "The Foreign Ministry issued a short statement on Friday welcoming the Moscow agreement.", id="our_own"),
    pytest.param("Our Defence Ministry said on Friday that no troops were in the region.",
                 "The Defence Ministry said on Friday that no troops were in the region.", id="our"),
    pytest.param("Our own Ministry of Foreign Affairs said it was following events closely.",
                 "The Ministry of Foreign Affairs said it was following events closely.", id="guard_of_form_as_before"),
])
def test_our_own_ministry_is_read_as_the_ministry_of_a_national_page(ours: str, the: str) -> None:
    opening = "Colombo has kept quiet on Idlib for most of the war, and Sri Lankans in Turkey have noticed."
    said = [_said(f"{opening}\n\n{body}", " ".join(body.split()[:3]), "Sri Lanka and Idlib") for body in (ours, the)]
    assert said[0] == said[1] != ""


@pytest.mark.parametrize(("body", "opening", "who"), [
    pytest.param("Spokesman Ravi Menon said India has consistently called for a Syrian-led political process.",
                 "Spokesman Ravi Menon", "new:Ravi Menon", id="consistently"),
    pytest.param("The foreign minister, Ana Quill, said Fiji has continually called on both sides to talk.",
                 "The foreign minister,", "new:Ana Quill", id="continually"),
    pytest.param("Spokeswoman Ada Berg said Norway has constantly called on both sides to respect the ceasefire.",
                 "Spokeswoman Ada Berg", "new:Ada Berg", id="constantly"),
    pytest.param("Spokesman Ravi Menon said India had urged restraint in a call with Ankara.", "Spokesman Ravi Menon",
                 "new:India", id="guard_an_act_done_before"),
])
def test_a_habit_in_the_perfect_stays_the_teller_s(body: str, opening: str, who: str) -> None:
    assert _said(body, opening) == who


@pytest.mark.parametrize(("sentence", "subject"), [
    pytest.param("A Kenyan teacher who has worked in Gaziantep, near the Syrian border, for four years told reporters that prices "
                 "had doubled.", "A Kenyan teacher", id="near"),
    pytest.param("The volunteers, outside the camp gates since dawn, said the queue was growing.", "The volunteers", id="outside"),
    pytest.param("A doctor working in Kilis, across the border from Idlib, said the wards were full.", "A doctor working in Kilis",
                 id="across"),
    pytest.param("The governor, in tears, said the town could take no more.", "The governor", id="guard_in_as_before"),
])
def test_a_place_phrase_set_off_by_commas_is_no_subject(sentence: str, subject: str) -> None:
    assert [c.phrase for c in clauses(sentence)] == [subject]


@pytest.mark.parametrize(("sentence", "subject"), [
    pytest.param("The official representative of the MFA Anna Volkova at the briefing called on Ankara to stop the support.",
                 "The official representative of the MFA Anna Volkova", id="at_the_briefing"),
    pytest.param("Foreign Ministry spokesman Li Wen at a regular press conference said China was concerned.",
                 "Foreign Ministry spokesman Li Wen", id="at_a_regular_press_conference"),
    pytest.param("Lavrov at the summit said Russia was ready to talk.", "Lavrov", id="at_the_summit"),
    pytest.param("The Minister at the Presidency said the cabinet would meet.", "The Minister at the Presidency",
                 id="guard_an_office_at_a_seat"),
])
def test_the_occasion_after_a_name_is_no_part_of_it(sentence: str, subject: str) -> None:
    assert [c.phrase for c in clauses(sentence)] == [subject]
