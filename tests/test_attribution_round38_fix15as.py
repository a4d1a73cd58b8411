"""Round 35's classes (issue 15), headlines and bodies (session fix15as): general rules, each pinned by texts of our
own."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Chile voices concern over border fighting\n\nChile's Foreign Ministry on Monday voiced deep concern over the "
                 "fighting near the border, it said in a statement.",
                 [("reported", "Chile voices concern", "new:Chile"), ("reported", "Chile's Foreign Ministry", "new:Chile's Foreign Ministry")],
                 id="fix15as_a_headline_s_voices_concern_reports"),
    pytest.param("Voices from the camps\n\nAid workers said the camps were full.", [("reported", "Aid workers said", "Aid workers")],
                 id="fix15as_guard_voices_as_a_noun_report_nothing"),
    pytest.param("Chile's foreign ministry issues travel alert for border provinces\n\nThe Chilean Ministry of Foreign Affairs on "
                 "Tuesday raised its travel alert for three provinces, saying the fighting could spread.",
                 [("reported", "Chile's foreign ministry", "new:Chile's foreign ministry"),
                  ("reported", "The Chilean Ministry", "new:Chilean Ministry of Foreign Affairs")],
                 id="fix15as_a_headline_s_issues_an_alert_reports"),
    pytest.param("The talks left many issues open\n\nThe minister said the talks would go on.", [("reported", "The minister said", "")],
                 id="fix15as_guard_issues_as_a_noun_report_nothing"),
    pytest.param("Chileans among migrants stranded at the border — ChiCOM\n\nThe Chileans Overseas Commission, ChiCOM, has said that "
                 "some Chileans are among the migrants stranded at the border.",
                 [("reported", "Chileans among migrants", "new:ChiCOM"), ("reported", "The Chileans Overseas", "new:ChiCOM")],
                 id="fix15as_a_headline_s_words_then_a_dash_and_its_source"),
    pytest.param("Migrants gather at the border – Feb 28, 2020\n\nThe minister said the talks would go on.",
                 [("reported", "The minister said", "")], id="fix15as_guard_a_date_after_a_dash_is_no_source"),
])
def test_fix15as_a_headline_s_speech_act_or_dash_tag(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert headlined(text) == expected


_OAS = "OAS chief decries 'silence' over border camps\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f"{_OAS}Organization of American States Secretary General Tomas Velden has called on the world to end its silence over "
                 "the camps.", ["new:Tomas Velden", "new:Tomas Velden"], id="fix15as_a_body_s_chief_in_a_headline_is_its_head_the_body_names"),
    pytest.param(f"{_OAS}UN Secretary-General Tomas Velden has called on the world to end its silence over the camps.",
                 ["", "new:Tomas Velden"], id="fix15as_guard_another_body_s_head_is_not_the_headline_s_chief"),
])
def test_fix15as_a_body_s_chief_in_a_headline(text: str, expected: list[str]) -> None:
    assert [who for _kind, _words, who in headlined(text)] == expected


def test_fix15as_decried_reports() -> None:
    assert labels("The Ruritanian minister Ada Vell decried the attacks on the camps.") == ["new:Ada Vell"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ministry of Foreign Affairs and Trade yesterday welcomed the ceasefire. In a statement, the ministry said the "
                 "country supported all efforts.", ["new:Ministry of Foreign Affairs and Trade", "new:Ministry of Foreign Affairs and Trade"],
                 id="fix15as_a_ministry_of_two_portfolios_then_an_adverb_keeps_its_whole_name"),
    pytest.param("The vigil was organised by the Chilean Community in Malta, a voluntary organisation which says it represents around "
                 "2,000 Chileans.", ["new:Chilean Community in Malta"], id="fix15as_a_body_described_then_which_says"),
    pytest.param("Aid came from Oxfam, which says it has fed 2,000 families.", ["new:Oxfam"], id="fix15as_a_body_then_which_says"),
    pytest.param("The convoy was hit near the Turkish border, which officials said was closed.", [""],
                 id="fix15as_guard_a_relative_clause_with_its_own_subject_is_not_the_place_s"),
    pytest.param("Ada Vell, a spokeswoman, said the Chilean Embassy in Ankara had contacted the community.\n\nThe embassy was ready to "
                 "help, she added.\n\nThe minister held talks with his counterpart.\n\nVell said the talks went on.\n\nAccording to the "
                 "embassy, about 200 Chileans live and work in Turkey.",
                 ["new:Ada Vell", "new:Ada Vell", "new:Ada Vell", "new:Chilean Embassy in Ankara"],
                 id="fix15as_the_embassy_named_paragraphs_before_with_its_seat"),
    pytest.param("The Chilean Red Cross's regional office in Lima said it had no figures for the border.", ["new:Chilean Red Cross"],
                 id="fix15as_a_body_s_office_in_a_place_is_the_body"),
    pytest.param("The prime minister's office said it had no figures for the border.", [""],
                 id="fix15as_guard_a_person_s_office_is_no_body_s_office"),
])
def test_fix15as_a_body_named_in_the_sentence_or_before(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15as_guard_an_agency_named_as_a_union_s_office_is_not_the_union() -> None:
    assert labels("The UN's humanitarian office said it had no figures for the border.")[0] not in ("united-nations", "new:United Nations")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Social Justice Fighters, however, said in a statement that the West was to blame.",
                 ["new:Social Justice Fighters"], id="fix15as_a_party_named_by_a_plural_after_capitalised_words"),
    pytest.param("The Syrian Fighters said in a statement that the West was to blame.", [""],
                 id="fix15as_guard_a_nation_s_plural_names_nobody"),
])
def test_fix15as_a_body_named_by_a_plural(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
