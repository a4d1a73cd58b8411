"""Round 33's classes (issue 15), bodies, relays, headlines, verbs and second statements (session fix15ap): general rules,
each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels, speakers


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


_BODY = ("The Ministry of Water and Land (MWL) said on Monday that the dams were full. "
         "Estonian Water Minister Ada Vell said repairs would start soon.")


@pytest.mark.parametrize(("headline", "expected"), [
    pytest.param("Dams are full, repairs to start soon: MWL", "new:MWL",
                 id="fix15ap_words_then_a_colon_and_the_acronym_the_body_gives_in_brackets"),
    pytest.param("Repairs must start soon: Vell", "new:Ada Vell", id="fix15ap_words_then_a_colon_and_the_body_s_surname"),
    pytest.param("Ministry: Ruritania Says Dams Are Full", "new:Ministry of Water and Land",
                 id="fix15ap_a_tag_that_is_the_head_of_the_body_s_speaker_speaks_whatever_the_words_make_their_subject"),
    pytest.param("Estonian WM offers condolences to the flood victims", "new:Ada Vell",
                 id="fix15ap_a_nation_and_a_title_s_initials_are_the_one_the_body_names_so"),
    pytest.param("Ruritania condoles Northland over the floods", "new:Ruritania", id="fix15ap_condoles_is_a_speech_act"),
])
def test_fix15ap_a_headline_tag_and_title_name_the_body_s_speaker(headline: str, expected: str) -> None:
    _kind, words, who = headlined(f"{headline}\n\n{_BODY}")[0]
    assert (" ".join(words.split()[:2]), who) == (" ".join(headline.split()[:2]), expected)  # (two words: as written)


def test_fix15ap_guard_a_sentence_s_end_before_a_colon_makes_no_heading() -> None:
    found = headlined(f"Floods reach the capital. Photo: Ada Vell\n\n{_BODY}")
    assert [" ".join(words.split()[:2]) for _kind, words, _who in found] == ["The Ministry", "Estonian Water"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ministry of Water (MOW) on Tuesday (March 3) raised its travel alert for the border provinces.",
                 ["new:Ministry of Water"], id="fix15ap_raised_a_travel_alert_and_a_date_in_brackets_after_the_day"),
    pytest.param("The Ministry of Water raised funds for the border provinces.", [], id="fix15ap_guard_raising_funds_is_no_statement"),
    pytest.param("Tom Rask and his family arrived in the camp on Sunday. Photo credit: Ada Vell", [],
                 id="fix15ap_guard_a_caption_s_credit_is_no_heading"),
])
def test_fix15ap_a_warning_raised_is_a_statement(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Ada Vell had criticised Northland over the floods, a remark the Northland Foreign Ministry described as "reckless".',
                 ["new:Ada Vell", "new:Northland Foreign Ministry"], id="fix15ap_a_remark_a_body_described_is_a_clause_of_the_body_s"),
])
def test_fix15ap_a_remark_summed_up_then_answered_is_its_answerer_s(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_CABINET = "The Northland Cabinet met on Monday. Information Minister Tom Rask said the Cabinet discussed the floods. "


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_CABINET + "He added that the Cabinet renewed its call for a ceasefire.", ["new:Tom Rask", "new:Northland Cabinet"],
                 id="fix15ap_a_body_s_past_speech_act_relayed_by_a_person_is_the_body_s"),
    pytest.param(_CABINET + "He added that the Cabinet reviewed the budget.", ["new:Tom Rask", "new:Tom Rask"],
                 id="fix15ap_guard_a_body_s_act_without_words_relayed_stays_the_person_s"),
    pytest.param(_CABINET + "He added that the Cabinet renewed the contract of the port operator.", ["new:Tom Rask", "new:Tom Rask"],
                 id="fix15ap_guard_renewing_a_contract_is_no_speech_act_of_the_body"),
    pytest.param("The ministry renewed the Republic of Northland's call for an immediate ceasefire.", [""],
                 id="fix15ap_renewed_a_call_with_words_between"),
])
def test_fix15ap_a_body_s_speech_act_relayed_by_its_minister(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The fence was breached on Sunday, local media reported.", ["unnamed-media"],
                 id="fix15ap_local_media_name_no_nation_the_unnamed_media_actor"),
    pytest.param("Some Western media have described the clashes as a proxy war.", ["unnamed-media"],
                 id="fix15ap_western_media_name_no_nation_the_unnamed_media_actor"),
    pytest.param("Opposition groups said they doubted the truce would last, according to local media.", [""],
                 id="fix15ap_guard_media_relaying_another_s_speech_is_not_the_speaker"),
    pytest.param("Turkish media reported that the fence was breached.", ["new:Turkish media"],
                 id="fix15ap_guard_a_nation_s_media_stay_a_body_of_their_own"),
])
def test_fix15ap_media_with_no_nation_are_the_unnamed_media(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Estonia's Ambassador to Latvia Ada Vell visited the Defence Ministry to convey condolences, the embassy said.",
                 ["new:Ada Vell"], id="fix15ap_a_person_s_act_relayed_by_the_embassy_to_convey_condolences_is_the_person_s"),
    pytest.param("The border is calm, according to Foreign Affairs Undersecretary Ada Vell. The undersecretary added that the "
                 "ministry was ready to help.", ["new:Ada Vell", "new:Ada Vell"],
                 id="fix15ap_undersecretary_is_a_title_the_undersecretary_is_the_one_named_so"),
])
def test_fix15ap_relays_and_titles_of_persons(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Department of Water and Land has also updated its travel advice, urging citizens to avoid the border.",
                 ["new:Department of Water and Land"], id="fix15ap_a_body_s_name_of_and_after_of_is_one_name_and_updated_advice_speaks"),
    pytest.param("A spokeswoman for the Ministry of Water and Land said the dams were full.", ["new:Ministry of Water and Land"],
                 id="fix15ap_and_inside_a_body_s_name_makes_no_person"),
    pytest.param("The Department of Water has updated its figures.", [], id="fix15ap_guard_updated_figures_are_no_statement"),
])
def test_fix15ap_a_body_s_name_with_and_and_its_advice(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15ap_its_own_words_quoted_as_what_a_body_offered_are_a_statement() -> None:
    assert speakers('The Northland Council offered its "full solidarity" with the flood victims but made no promise of help.') == [
        ("reported", "The Northland Council", "new:Northland Council"), ("direct", "full solidarity", "new:Northland Council")]
