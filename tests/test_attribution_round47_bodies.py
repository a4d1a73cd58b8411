"""Round 44's bodies (issue 15, session fix15bw): a date between commas after a weekday ("X on Sunday, March 1,
issued") is when, never who; "the department said" is the body of that kind the paragraph named, of the page's
country (LABELS Round 43); a country of three words ("Papua New Guinea has ...") opens a national page; "The Iranian
Foreign Ministry spokesman said" with no one of that role named before is the ministry (rule 3); an outlet's credit in
brackets opening a paragraph ("(Seychelles News Agency) - ") is a dateline, no part of the sentence; "told reporters
that Accra "cannot ..."" reports in a clause of its own; a bare "the ministry" of the page's country is the one
ministry the page named under another kind's name ("the Foreign Office", rule 8); a day after a body's name ("... on
Sunday") is no part of it.  Texts of our own, in several outlets' forms; "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers
from idlibsite.attribution.bodytable import page_bodies
from idlibsite.attribution.context import home_country, opening_country
from idlibsite.sources.statements import find_passages


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ministry of Health on Monday, March 2, issued a travel advisory to citizens living in Turkey.",
                 ["new:Ministry of Health"], id="fix15bw_month_day"),
    pytest.param("Foreign Minister Ana Reyes on Thursday, 5 March 2020, warned that the border crossings were closed.",
                 ["new:Ana Reyes"], id="fix15bw_day_month_year"),
    pytest.param("The Ministry of Health on Monday, the ministry's spokesman said, issued a travel advisory.",
                 ["new:Ministry of Health"], id="fix15bw_guard_aside_not_a_date"),
])
def test_fix15bw_a_date_between_commas_after_its_weekday_is_no_subject(text: str, expected: list[str]) -> None:
    assert labels(text)[:1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Peru has joined calls for a ceasefire in Idlib, Foreign Minister Ana Reyes said.\n\nReyes said the "
                 "Directorate of Consular Affairs was contacting families in Ankara. No Peruvian had been hurt so far, the "
                 "directorate said.", "new:Directorate of Consular Affairs", id="fix15bw_directorate"),
    pytest.param("Fiji has added its voice to calls for a truce, Foreign Minister Inia Seruiratu said.\n\nSeruiratu said "
                 "the Department of Immigration was checking passenger lists. None had been found, the department said.",
                 "new:Department of Immigration", id="fix15bw_department"),
])
def test_fix15bw_a_bodys_kind_closing_a_sentence_is_the_body_its_paragraph_named(text: str, expected: str) -> None:
    """"the department said" after "X said the Department of Y was checking ...": that department, the page's country's
    (LABELS Round 43, a national body named with no country), not nobody."""
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Papua New Guinea has added its voice to the call.", "Papua New Guinea", id="fix15bw_three_words"),
    pytest.param("Trinidad and Tobago will send medical supplies.", "Trinidad and Tobago", id="fix15bw_three_words_and"),
    pytest.param("Papua province has seen protests.", "", id="fix15bw_guard_first_word_only"),
    pytest.param("New Zealand will send aid.", "New Zealand", id="fix15bw_guard_two_words"),
])
def test_fix15bw_a_country_of_three_words_opens_a_sentence(sentence: str, expected: str) -> None:
    assert opening_country(sentence) == expected


def test_fix15bw_a_page_that_opens_with_a_country_of_three_words_is_that_countrys() -> None:
    text = ("T&T backs UN appeal\n\nTrinidad and Tobago has joined the UN appeal for a truce in Idlib, the minister said.")
    assert home_country(text) == "Trinidad and Tobago"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A Kabul shopkeeper said families were worried.\n\nThe Iranian Foreign Ministry spokesman said last week "
                 "that Iran could not take more refugees.", "new:Iranian Foreign Ministry", id="fix15bw_iranian"),
    pytest.param("The Egyptian Defence Ministry spokesperson told reporters that two convoys had crossed the border.",
                 "new:Egyptian Defence Ministry", id="fix15bw_egyptian"),
    pytest.param("Chinese Foreign Ministry spokesman Zhao Lijian said Beijing was concerned.\n\nThe Chinese Foreign "
                 "Ministry spokesman added that talks were the only way.", "new:Zhao Lijian", id="fix15bw_guard_named_before"),
])
def test_fix15bw_the_unnamed_spokesperson_of_a_named_body_is_the_body(text: str, expected: str) -> None:
    """"The X Ministry spokesman said" when no such spokesman was named before: the ministry (LABELS rule 3), as "An X
    Ministry spokesman said"; after one was named, still he (rule 8)."""
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("(Ghana News Agency) - Ghana has called for an immediate ceasefire in Idlib, the Ministry of Foreign "
                 "Affairs said on Tuesday.", "new:Ghana", id="fix15bw_ghana"),
    pytest.param("(Mauritius Times) – Mauritius has joined calls for humanitarian access in Syria, the Foreign Ministry "
                 "said.", "new:Mauritius", id="fix15bw_mauritius_en_dash"),
])
def test_fix15bw_an_outlets_credit_in_brackets_opening_a_paragraph_is_a_dateline(text: str, expected: str) -> None:
    """The country that opens the sentence after the credit, its act relayed by its ministry (LABELS 380), as with no
    credit; the credit is no part of the passage."""
    got = speakers(text)
    assert got[0][1].startswith("Ghana has" if "Ghana" in text else "Mauritius has")
    assert got[0][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Opposition leader Kofi Asare told journalists that Accra "cannot even pay its nurses on time."',
                 "told journalists that Accra", id="fix15bw_journalists"),
    pytest.param('Senator Rosa Maldonado told Reuters that Lima "has abandoned its citizens in Turkey."',
                 "told Reuters that Lima", id="fix15bw_named_addressee"),
])
def test_fix15bw_told_someone_that_a_name_then_its_quoted_predicate_reports(text: str, expected: str) -> None:
    """"told reporters that Waigani "cannot ..."": a subject of its own before the quoted predicate, as "said Turkey
    would not allow "..."": a reported passage besides the quotation."""
    reported = [text[p.start : p.end] for p in find_passages(text, [(0, len(text))]) if p.kind == "reported"]
    assert any(expected in r for r in reported)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Nepal urges restraint in Idlib, the Foreign Office said on Friday.\n\nSpokesperson Sewa Lamsal said "
                 "Nepal stood with the families of the dead.\n\nAsked about evacuations, Ms Lamsal said no flight was "
                 "planned.\n\nThe ministry also said it was in touch with Nepali workers in Turkey.", "new:Foreign Office",
                 id="fix15bw_foreign_office"),
    pytest.param("Ireland calls for a ceasefire in Syria, the Department of Foreign Affairs said.\n\nMinister Simon "
                 "Coveney said Ireland would give two million euro.\n\nAsked about Irish citizens, he said none were in "
                 "Idlib.\n\nThe ministry said it had advised against all travel.", "new:Department of Foreign Affairs",
                 id="fix15bw_department_of_foreign_affairs"),
])
def test_fix15bw_the_ministry_of_the_page_is_its_one_ministry_under_another_kind(text: str, expected: str) -> None:
    """A bare "the ministry" on a national page that named one ministry, as "the Foreign Office" or "the Department of
    Foreign Affairs": that body (LABELS rule 8, the last fitting body), not a nameless "ministry"."""
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ministry of Foreign Affairs on Monday urged calm in Idlib.", ["Ministry of Foreign Affairs"],
                 id="fix15bw_on_a_weekday"),
    pytest.param("The Jordanian Ministry of Interior on Saturday closed the crossing.", ["Jordanian Ministry of Interior"],
                 id="fix15bw_on_a_weekday_with_nation"),
    pytest.param("The Senate Committee on Foreign Relations met.", ["Senate Committee on Foreign Relations"],
                 id="fix15bw_guard_on_in_a_name"),
])
def test_fix15bw_a_day_after_a_bodys_name_is_no_part_of_it(text: str, expected: list[str]) -> None:
    """"The Ministry of Foreign Affairs on Sunday called ...": the body is the "Ministry of Foreign Affairs", whom a
    headline's "Foreign Affairs" then stands for (bodytable), not a body named "... on Sunday"."""
    assert [b.name for b in page_bodies(text).bodies] == expected
