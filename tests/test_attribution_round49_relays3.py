"""Round 46's relays and anaphors (issue 15, session fix15cg): a surname that is also a short title ("Hun Sen"), a passive
aside of speech ("X, asked by reporters, said ..."), "the statement" after "the ministry said in a statement", a title
standing for the holder named earlier in its own sentence, and a principal's belief relayed (a state, the teller's).
Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from test_attribution import cut_page, labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Prime Minister Sok Sen called for calm on Sunday.\n\nGovernment spokesman Vann Dara told reporters on Monday "
                 "that the premier had instructed the embassy to register all students.", ["new:Sok Sen"] * 2,
                 id="fix15cg_premier_after_a_surname_sen"),
    pytest.param("Economist Amartya Sen said the famine had been man-made.", ["new:Amartya Sen"], id="fix15cg_economist_sen"),
    pytest.param("Governor Lina Col said the roads were closed.", ["new:Lina Col"], id="fix15cg_governor_col"),
])
def test_fix15cg_a_short_title_that_ends_a_name_is_its_surname(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Jan Novak spoke on Friday.\n\nInterior Minister Dr Ana Lobo, asked by reporters outside Parliament, "
                 "said the President had also conveyed his condolences to Ankara.", "new:Jan Novak", id="fix15cg_asked_by_reporters_aside"),
    pytest.param("Questioned by the committee on Tuesday, Defence Minister Piet Rens said the troops would stay.", "new:Piet Rens",
                 id="fix15cg_questioned_by_opening"),
])
def test_fix15cg_a_passive_aside_of_speech_is_not_the_subjects_speech(text: str, expected: str) -> None:
    assert [c.verb for c in clauses(text.split("\n")[-1])] == ["said"]
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Fiji joins calls for calm\n\nThe Ministry of Foreign Affairs yesterday urged restraint in Idlib.\n\n\"Fiji asks all "
                 "sides to protect civilians,\" the ministry said in a statement.\n\nThe statement noted that Fiji had troops in "
                 "UN missions.", "new:Ministry of Foreign Affairs", id="fix15cg_the_statement_noted"),
    pytest.param("Malta urges talks\n\nThe Foreign Ministry on Monday called for talks on Idlib.\n\n\"Malta stands ready to help,\" "
                 "the ministry said in a press statement.\n\nThe statement added that Valletta would send aid.",
                 "new:Foreign Ministry", id="fix15cg_the_statement_added"),
])
def test_fix15cg_the_statement_after_the_ministry_said_in_a_statement_is_the_ministrys(text: str, expected: str) -> None:
    assert cut_page(text)[-1][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Interior Minister Ivo Kral spoke on Friday.\n\nFrom the office of President Jan Novak, the agency was told that the "
                 "President had expressed his condolences to the Turkish leader in a letter.", "new:Jan Novak",
                 id="fix15cg_from_the_office_of_president"),
    pytest.param("Defence Minister Ivo Kral spoke on Friday.\n\nAt a briefing in the office of Prime Minister Ana Horvat, the paper "
                 "was told that the Prime Minister had urged the allies to act.", "new:Ana Horvat", id="fix15cg_in_the_office_of_prime_minister"),
])
def test_fix15cg_a_title_stands_for_its_holder_named_before_it_in_the_same_sentence(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Prime Minister Eva Dahl spoke on Friday.\n\nThe Prime Minister's adviser on security, Tomas Berg, said the premier "
                 "believed that the alliance must stay united.", ["new:Tomas Berg"], id="fix15cg_adviser_premier_believed"),
    pytest.param("President Mira Holm spoke on Friday.\n\nHer chief of staff, Lars Eng, said the President feared that the talks "
                 "would fail.", ["new:Lars Eng"], id="fix15cg_chief_of_staff_president_feared"),
])
def test_fix15cg_a_principals_belief_relayed_is_the_tellers(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Prime Minister Moeketsi Lerato spoke on Friday.\n\nThe premier's press attaché, Tumelo Mosia, said Ntate Lerato was "
                 "following developments closely.", ["new:Moeketsi Lerato"], id="fix15cg_press_attache_ntate"),
    pytest.param("President Ana Ruiz spoke on Friday.\n\nThe President's press attache, Luis Mena, said the President was deeply "
                 "worried about the students.", ["new:Ana Ruiz"], id="fix15cg_press_attache_unaccented"),
])
def test_fix15cg_a_press_attache_of_the_principal_relays_the_principals_state(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Samdech Chea Vorn said the kingdom would send aid.", ["new:Chea Vorn"], id="fix15cg_samdech_honorific"),
    pytest.param("Ntate Pule Mokoena said the students were safe.", ["new:Pule Mokoena"], id="fix15cg_ntate_honorific"),
])
def test_fix15cg_an_honorific_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15cg_guard_an_ordinal_day_before_after_still_cuts_at_after() -> None:
    text = ("President Ana Ruiz said on Monday that Europe must act, as migrants waited for a third day after Athens said it would "
            "close the border.")
    assert [(words, who) for _kind, words, who in speakers(text)][1:] == [("after Athens said", "new:Athens")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Prime Minister Olaf Berg said on Monday that the border would stay open, a day after the European Commission "
                 "urged Oslo to tighten its checks.", ("a day after", "new:European Commission"), id="fix15cg_a_day_after_the_commission"),
    pytest.param("Russia said on Monday it would keep up the strikes, two days after Turkey warned Moscow to pull back.",
                 ("two days after", "turkey"), id="fix15cg_two_days_after_turkey"),
])
def test_fix15cg_a_clause_of_time_with_its_own_speaker_is_its_own_passage(text: str, expected: tuple[str, str]) -> None:
    assert [(words, who) for _kind, words, who in speakers(text)][1:] == [expected]  # from its span of time, as the set finds it


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Foreign Minister Jan Holm received on Monday the Turkish ambassador in Stockholm, Mehmet Kaya.\n\nFor his part, the "
                 "Turkish diplomat thanked Sweden for its support, affirming that Ankara wanted a truce.", ["new:Mehmet Kaya"],
                 id="fix15cg_the_turkish_diplomat_an_ambassador"),
    pytest.param("Deputy Minister Ola Berg met on Sunday the Iraqi chargé d'affaires in Oslo, Karim Hadi.\n\nThe Iraqi diplomat "
                 "conveyed the thanks of Baghdad for the aid.", ["new:Karim Hadi"], id="fix15cg_the_iraqi_diplomat_a_charge"),
])
def test_fix15cg_the_diplomat_stands_for_the_ambassador_or_charge_named_before(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ana Ruiz of the UN said the camps were full.\n\n\"We cannot feed a million people with promises.\"\n\nThat was how "
                 "Health Minister Omar Saleh put it to me in Amman last week.", "new:Omar Saleh", id="fix15cg_that_was_how_put_it"),
    pytest.param("Jon Lee of the Red Cross said the roads were cut.\n\n\"The border is a wall of snow.\"\n\nThat is how Governor "
                 "Mira Tal described it on Monday.", "new:Mira Tal", id="fix15cg_that_is_how_described_it"),
])
def test_fix15cg_a_lone_quotation_is_whom_the_next_paragraph_says_put_it_so(text: str, expected: str) -> None:
    assert [who for kind, _words, who in speakers(text) if kind == "direct"] == [expected]


@pytest.mark.parametrize(("title", "dated"), [("Borders and memory", "12 May, 2021, 09:15 am"),
                                              ("A column on refugees", "May 12, 2021")])
def test_fix15cg_a_name_over_the_date_line_is_the_columns_author(title: str, dated: str) -> None:
    text = (f"{title}\n\nThe world forgets fast, argues Lina Farah\n\nLina Farah\n{dated}\n\nThe minister spoke of duty. I agree "
            "with him, and I told the audience so.")
    assert cut_page(text)[-1][2] == "new:Lina Farah"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Political analyst Dr Neo Moloi said Lesotho had little say.\n\n\"The ministry must be judged abroad,\" the National "
                 "University of Lesotho lecturer said.", "new:Neo Moloi", id="fix15cg_national_university_of_lesotho_lecturer"),
    pytest.param("Analyst Ewa Nowak said the border was calm.\n\n\"Nobody in Warsaw wants a war,\" the Polish Academy of Sciences "
                 "researcher said.", "new:Ewa Nowak", id="fix15cg_polish_academy_of_sciences_researcher"),
])
def test_fix15cg_a_member_of_a_named_body_described_is_the_person_named_before(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("heading", "expected"), [
    ('14:10 — Oxfam: "We stand with the displaced"', "new:Oxfam"),
    ('14:10 - Red Crescent: "Our teams are at the border"', "new:Red Crescent"),
])
def test_fix15cg_a_live_blogs_stamped_entry_of_a_body_and_its_quotation_is_the_bodys(heading: str, expected: str) -> None:
    text = ("LIVE: Border crisis\n\nNews desk | 2 March 2021\n\n15:20 — Minister speaks to counterpart\n\nForeign Minister Ana Lind "
            "said she had spoken by phone with Interior Minister Omar Celik and conveyed her concern.\n\n"
            f"{heading}\n\nIts director Lena Berg told reporters that the camps were full.\n\n13:05 — Talks in Geneva\n\n"
            "Envoy Piet Rens said the talks would resume.")
    assert [who for kind, _words, who in cut_page(text) if kind == "direct"] == [expected]
