"""Round 33's classes (issue 15), bodies, relays, headlines, verbs and second statements (session fix15ap): general rules,
each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The opposition's Ada Vell, however, questioned the cabinet's plan for the camps.", ["new:Ada Vell"],
                 id="fix15ap_questioned_something_of_a_body_s_is_a_speech_act"),
    pytest.param("Ada Vell questioned whether the camps could be reached before winter.", ["new:Ada Vell"],
                 id="fix15ap_questioned_whether_is_a_speech_act"),
    pytest.param("Ada Vell questioned the wisdom of sending more troops.", ["new:Ada Vell"],
                 id="fix15ap_questioned_the_wisdom_of_is_a_speech_act"),
    pytest.param("Police questioned the driver for two hours.", [],
                 id="fix15ap_guard_a_person_questioned_is_no_statement"),
])
def test_fix15ap_questioned_with_what_was_doubted_reports_speech(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ministry of Water, in a statement today, extended the Republic's deep condolences to the families.",
                 ["new:Ministry of Water"], id="fix15ap_extended_condolences_with_words_between_is_a_speech_act"),
    pytest.param("The Ministry of Water offered the nation's sympathy to the families.", ["new:Ministry of Water"],
                 id="fix15ap_offered_sympathy_is_a_speech_act"),
    pytest.param("The Ministry of Water extended the deadline for applications to Friday.", [],
                 id="fix15ap_guard_extending_a_deadline_is_no_statement"),
])
def test_fix15ap_condolences_extended_are_a_speech_act(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Several Northland newspapers on Friday ran editorials warning against "imperial dreams".',
                 [("reported", "Several Northland", ""), ("direct", "imperial dreams", "")],
                 id="fix15ap_editorials_run_warning_against_a_quotation_report_speech"),
    pytest.param("The Brightway party published a letter urging the government to resign.",
                 [("reported", "The Brightway party", "new:Brightway")],
                 id="fix15ap_a_letter_published_urging_is_its_author_s"),
    pytest.param("Ruritania on Friday blocked a statement calling for a ceasefire.", [],
                 id="fix15ap_guard_a_statement_blocked_is_not_the_subject_s"),
])
def test_fix15ap_a_text_put_out_saying_something_is_its_author_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(k, w[: len(e[1])], who) for (k, w, who), e in zip(speakers(text), expected)] == expected
    assert len(speakers(text)) == len(expected)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Ada Vell, however, disagreed. "Where is the plan?" the MP told the Daily Star, while former Foreign Minister '
                 "Tom Rask said the country needed a clear policy.", ["new:Ada Vell", "new:Tom Rask"],
                 id="fix15ap_while_a_title_in_lowercase_and_a_name_said_is_a_second_passage"),
    pytest.param("The agency said it was concerned, and spokesman Ian Bole told reporters that the border must stay open.",
                 ["", "new:Ian Bole"],
                 id="fix15ap_and_spokesman_name_told_is_a_second_passage"),
    pytest.param("The minister said the talks would go on, and then everyone said nothing.", [""],
                 id="fix15ap_guard_and_then_names_no_subject_of_its_own"),
])
def test_fix15ap_a_second_clause_with_a_subject_of_its_own_is_a_second_passage(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
