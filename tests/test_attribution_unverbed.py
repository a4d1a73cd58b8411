"""Attribution without a speech verb (session fix15el, :mod:`idlibsite.sources.unverbed`): a stated state of mind, an
outlet's own report, a prepositional or a nominal frame naming whose view a sentence gives.  Texts of our own; names,
outlets and forms are made up."""

from __future__ import annotations

import pytest

from test_attribution import speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Few economists expect a rate cut before the summer.",
                 [("reported", "Few economists expect", "Few economists")], id="few_expect_an_object"),
    pytest.param("Many importers fear the border closure will drive up prices.",
                 [("reported", "Many importers fear", "Many importers")], id="plural_fear_a_clause"),
    pytest.param("In Vienna, the Austrian government fears a repeat of the 2015 crisis.",
                 [("reported", "In Vienna, the", "new:Austrian government")], id="body_fears_an_object"),
    pytest.param("Diplomats in Brussels privately concede that the deal is dead.",
                 [("reported", "Diplomats in Brussels", "Diplomats in Brussels")], id="concede_that"),
    pytest.param("Few in the coalition disagree.",
                 [("reported", "Few in the", "Few in the coalition")], id="few_disagree"),
    pytest.param("The Tagesblatt (Graz) worries about the ski season.",
                 [("reported", "The Tagesblatt (Graz)", "new:Tagesblatt")], id="a_paper_worries_about"),
    pytest.param("Norway holds the Syrian government fully responsible for the strike.",
                 [("reported", "Norway holds the", "new:Norway")], id="holds_responsible"),
    pytest.param("Lena Moritz, an analyst at the Prague institute, considers the truce a defeat for Ankara.",
                 [("reported", "Lena Moritz, an", "new:Lena Moritz")], id="considers_the_thing_a_thing"),
    pytest.param("Oslo wants the patrols pulled back behind the river.",
                 [("reported", "Oslo wants the", "new:Oslo")], id="wants_a_thing_in_a_state"),
    pytest.param("The Red Crescent is deeply concerned by the conditions in the camps near Atmeh.",
                 [("reported", "The Red Crescent", "new:Red Crescent")], id="a_body_is_deeply_concerned_by"),
    pytest.param("Austria is gravely alarmed by the escalation in the north.",
                 [("reported", "Austria is gravely", "new:Austria")], id="a_country_is_gravely_alarmed_by"),
])
def test_a_stated_state_of_mind_is_a_passage_of_its_holder(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text, True) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Their fears of a new wave proved wrong.", id="the_noun_fears_of"),
    pytest.param("Turkish fears were not unfounded.", id="fears_as_a_subject"),
    pytest.param("As expected, the talks ended without a deal.", id="as_expected"),
    pytest.param("Nobody would disagree with that.", id="a_supposition_after_a_modal"),
    pytest.param("Residents are worried about the cold.", id="a_plurals_state_is_no_passage"),
    pytest.param("The army holds the hill above the town.", id="holds_a_place"),
    pytest.param("The parliament considers a bill on asylum.", id="considers_a_bill"),
    pytest.param("Families fear for their lives.", id="fear_for"),
    pytest.param("The minister was concerned about the cold last winter.", id="a_past_concern_is_narration"),
    pytest.param("The agency is alarmed by the attacks on schools.", id="a_state_with_no_degree"),
    pytest.param("Lavrov: We expect a lasting truce.\n\nHe spoke in Geneva.", id="guard_we_under_a_tag"),
    pytest.param("The fear is that the camps will flood.", id="the_fear_is"),
    pytest.param("Does the Commission consider that the statement of 2016 still holds?", id="a_question_states_no_view"),
    pytest.param("Shares fell as tension at the border and fears of a new wave hit sentiment.", id="and_fears_a_noun_in_a_list"),
    pytest.param("Stocks slide as virus and Syria fears hit sentiment", id="fears_as_a_headlines_subject"),
    pytest.param("Mothers in Hagatna have learned that waiting is not the same as bringing them home.", id="a_lesson_learned"),
])
def test_a_state_with_no_view_stated_is_no_passage(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Balkan Insight has learned that the convoy crossed at Kilis on Sunday.",
                 [("reported", "Balkan Insight has", "new:Balkan Insight")], id="outlet_has_learned_that"),
    pytest.param("The Courier has learnt exclusively that two frigates left Sevastopol.",
                 [("reported", "The Courier has", "new:Courier")], id="outlet_has_learnt_exclusively_that"),
    pytest.param("AFN understands that the talks were moved to Sochi.",
                 [("reported", "AFN understands that", "new:AFN")], id="agency_understands_that"),
])
def test_an_outlets_own_report_is_a_passage(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text, True) == expected


def test_understanding_without_a_that_clause_is_no_report() -> None:
    assert speakers("Nobody understands the new rules at the crossing.") == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("For Athens, the two crises are linked.", [("reported", "For Athens, the", "new:Athens")],
                 id="for_a_capital_things_are_linked"),
    pytest.param("For Moscow, the corridor is a red line.", [("reported", "For Moscow, the", "russia")],
                 id="for_a_capital_a_thing_is_a_thing"),
    pytest.param("For Ankara, the pullback is unacceptable.", [("reported", "For Ankara, the", "turkey")],
                 id="for_a_capital_a_thing_is_unacceptable"),
    pytest.param("For Turkey, the stakes are high.", [], id="guard_a_state_described_for_it"),
    pytest.param("For Ankara, the first goal was to stop the advance.", [], id="guard_a_past_goal"),
    pytest.param("For Chile, which hosts few Syrians, the debate is distant.", [], id="guard_an_adjective"),
])
def test_a_view_opened_by_for_and_its_holder(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Kremlin's line is that the strikes hit only militants.", [("reported", "The Kremlin's line", "kremlin")],
                 id="line_is_that"),
    pytest.param("Berlin's position was that the border must stay open.", [("reported", "Berlin's position was", "new:Berlin")],
                 id="position_was_that"),
    pytest.param("Queues grew after Ankara's announcement that it would no longer stop migrants.",
                 [("reported", "Queues grew after", "turkey")], id="announcement_that"),
    pytest.param("Crowds grew at the crossing on Sunday after Athens's announcement that it would close the border.",
                 [("reported", "Crowds grew at", "new:Athens")], id="announcement_that_mid_sentence_after_a_clause"),
    pytest.param("Erdoğan's comments drew criticism in Brussels.", [], id="guard_a_noun_with_no_content"),
    pytest.param("The ministry's position remains unclear.", [], id="guard_a_position_with_no_content"),
    pytest.param("Posts on the forum made the claim that the border had opened.", [], id="guard_a_claim_with_no_holders_possessive"),
])
def test_a_view_as_a_noun_with_its_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Kremlin sees it differently.", [("reported", "The Kremlin sees", "kremlin")], id="sees_it_differently"),
    pytest.param("Analyst Jan Berg sees Erdoğan under pressure at home.", [("reported", "Analyst Jan Berg", "new:Jan Berg")],
                 id="sees_someone_under_pressure"),
    pytest.param("Athens sees Ankara as obliged to take the migrants back.", [("reported", "Athens sees Ankara", "new:Athens")],
                 id="sees_someone_as_obliged"),
    pytest.param("Residents see the camps grow every day.", [], id="guard_seeing_a_thing"),
])
def test_a_view_seen(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


def test_a_believed_clause_whose_predicate_is_quoted() -> None:
    assert speakers('Dr Sara Nour believes the next offensive is "a matter of weeks".')[0] == (
        "reported", "Dr Sara Nour", "new:Sara Nour")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In the view of Athens, the deal is dead.", [("reported", "In the view", "new:Athens")], id="in_the_view_of"),
    pytest.param("In the opinion of Ankara, the patrols have failed.", [("reported", "In the opinion", "turkey")],
                 id="in_the_opinion_of"),
    pytest.param("In the view from the hill, the town looked calm.", [], id="guard_a_view_seen_from_a_place"),
])
def test_in_the_view_of_a_holder(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Oslo fears a new wave could reach its shores, officials say.", [("reported", "Oslo fears a", "officials")],
                 id="a_state_told_by_a_teller_is_the_tellers"),
    pytest.param("The Ledger has learnt that the Interior Ministry asked governors to prepare camps.",
                 [("reported", "The Ledger has", "new:Interior Ministry")], id="what_an_outlet_learnt_a_body_asked_is_the_bodys"),
    pytest.param("The mayor said Vienna fears a repeat of 2015.", [("reported", "The mayor said", "The mayor")],
                 id="a_view_inside_what_was_said_is_the_sayers"),
])
def test_a_view_in_a_sentence_with_a_speech_verb_is_the_speakers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text, True) == expected
