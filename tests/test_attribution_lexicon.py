"""The one lexicon of reporting verbs (issue 15, session fix15ej): VerbNet's classes of communication give the verbs
the rounds had not seen, by rule, each read only with what was said beside it; phrases of more than one word; and
guards where a form of the reference is mostly not speech."""

from __future__ import annotations

import re

import pytest

from idlibsite.sources.lexicon import LEFT_OUT, NEW_FORMS, REFERENCE, SEEN, SPEECH_VERBS, VIEWS, inflect, phrase_pattern
from idlibsite.sources.speech import speech_verbs
from test_attribution import labels


@pytest.mark.parametrize(("lemma", "forms"), [
    ("warn", ("warns", "warned")), ("reply", ("replies", "replied")), ("snap", ("snaps", "snapped")),
    ("preach", ("preaches", "preached")), ("hiss", ("hisses", "hissed")), ("plead", ("pleads", "pleaded")),
    ("tell", ("tells", "told")), ("recap", ("recaps", "recapped")), ("announce", ("announces", "announced")),
])
def test_inflect_makes_the_present_and_the_past_by_rule(lemma: str, forms: tuple[str, ...]) -> None:
    assert inflect(lemma)[:2] == forms


def test_every_word_left_out_or_read_as_a_view_is_a_member_of_a_reference_class() -> None:
    members = {m for words in REFERENCE.values() for m in words.split()}
    assert LEFT_OUT - members == set()
    assert VIEWS - members == set()


def test_the_rounds_list_is_kept_whole_and_in_order() -> None:
    assert SPEECH_VERBS[: len(SEEN)] == list(SEEN)
    assert not NEW_FORMS & {w for w in SEEN if " " not in w}


def test_a_gap_in_a_phrase_is_one_or_two_words() -> None:
    pattern = re.compile(phrase_pattern("put the … toll at"))
    assert pattern.fullmatch("put the death toll at")
    assert pattern.fullmatch("put the overall death toll at")
    assert not pattern.fullmatch("put the toll at")
    assert not pattern.fullmatch("put the blame for the toll at")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Governor Aylin Demir testified on Tuesday that no warning had reached the villages.", ["new:Aylin Demir"],
                 id="testified_that_hearing_report"),
    pytest.param('"We were told nothing," Ngozi Adeyemi grumbled.', ["new:Ngozi Adeyemi"], id="grumbled_tag_after_quotation"),
    pytest.param('Opposition leader Rafael Ortiz castigated the government: "It abandoned its own citizens."',
                 ["new:Rafael Ortiz"], id="castigated_colon_tabloid"),
    pytest.param("Minister Jana Novak confessed that the evacuation had come too late.", ["new:Jana Novak"],
                 id="confessed_that_wire"),
    pytest.param('"Not one more convoy," muttered Colonel Idris Haddad as he left the room.', ["new:Idris Haddad"],
                 id="muttered_inverted_feature"),
])
def test_a_verb_of_a_reference_class_reports_speech_with_what_was_said_beside_it(text: str, expected: list[str]) -> None:
    # VerbNet 3.4 say-37.7, complain-37.8, judgment-33.1, confess-37.10, lecture-37.11, manner_speaking-37.3: none of these
    # verbs was in the rounds' list; with a "that", a colon or a quotation they report their subject's words
    assert labels(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Sirens wailed across the city as jets roared overhead.", id="wailed_a_sound"),
    pytest.param("A leaked memo showed the plan had failed.", id="leaked_an_adjective"),
    pytest.param("Security guarantees that Turkey wanted were refused.", id="guarantees_a_noun"),
    pytest.param("Two suspects were arrested and will be tried in Ankara next month.", id="suspects_a_noun"),
    pytest.param("Villagers celebrated the news that the road had reopened.", id="celebrated_an_act"),
    pytest.param("The crowd groaned as the final whistle blew.", id="groaned_no_words"),
])
def test_a_reference_form_with_nothing_said_beside_it_is_no_speech(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Economist Lars Berg reckons the lira will fall further this year.", ["new:Lars Berg"], id="reckons_business_page"),
    pytest.param("Hassan Farouk, a Gulf analyst, thinks the truce is already over.", ["new:Hassan Farouk"], id="thinks_apposition"),
    pytest.param("Kemal Arslan, who teaches at Bilkent University, reckons Ankara has no choice but to wait.",
                 ["new:Kemal Arslan"], id="reckons_relative_clause"),
])
def test_a_view_verb_of_consider_29_9_with_a_clause_after_it_states_a_view(text: str, expected: list[str]) -> None:
    # LABELS Round 27: a stated view is reported speech, as "believes" is
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "verbs"), [
    pytest.param("The think tank Chatham House said the talks would fail.", ["said"], id="think_tank"),
    pytest.param("Nobody thinks of the camps in winter.", [], id="thinks_of"),
    pytest.param("The ministry supposes nothing and waits.", [], id="supposes_no_clause"),
])
def test_a_view_verb_without_its_clause_is_no_view(text: str, verbs: list[str]) -> None:
    assert [m.group() for m in speech_verbs(text)] == verbs


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Defence Minister Ola Nordmann made it clear that the frigate would stay in the Aegean.", ["new:Ola Nordmann"],
                 id="made_it_clear"),
    pytest.param("In a televised address, President Mira Kovac made it plain that no refugees would be turned back.",
                 ["new:Mira Kovac"], id="made_it_plain"),
    pytest.param("The Foreign Office continues to advise against all travel to the province.", ["new:Foreign Office"],
                 id="continues_to_advise"),
    pytest.param("The Syrian Observatory for Human Rights put the death toll at 47.",
                 ["new:Syrian Observatory for Human Rights"], id="put_the_death_toll_at"),
    pytest.param("Local officials put the overall number at more than 300.", [""], id="put_the_overall_number_at_generic"),
    pytest.param("The mayor, Dana Petrov, went on to say the shelters were full.", ["new:Dana Petrov"], id="went_on_to_say"),
])
def test_a_report_of_more_than_one_word_is_one_verb(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("The army continued to add pressure on the town.", id="continued_to_add"),
    pytest.param("Both sides continue to observe the ceasefire.", id="continue_to_observe"),
    pytest.param("Turkey continues to welcome refugees from the province.", id="continues_to_welcome"),
    pytest.param("Engineers put the new pumps at the edge of the camp.", id="put_at_a_place"),
])
def test_going_on_with_an_act_or_placing_a_thing_is_no_report(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "verbs"), [
    pytest.param("Residents grumble that aid never arrives.", ["grumble"], id="plural_noun_feature"),
    pytest.param("Analysts caution that the truce may not last.", ["caution"], id="plural_noun_wire"),
    pytest.param("They also caution that the truce may not last.", ["caution"], id="pronoun_and_adverb"),
    pytest.param("Human rights groups allege that detainees were beaten.", ["allege"], id="plural_after_a_compound"),
])
def test_a_plain_form_of_the_reference_after_a_plural_subject_is_a_present(text: str, verbs: list[str]) -> None:
    assert [m.group() for m in speech_verbs(text)] == verbs


@pytest.mark.parametrize("text", [
    pytest.param("Ankara's claim that the strike was an accident drew scorn.", id="a_noun_after_a_possessive"),
    pytest.param("The ministry urged caution that week as prices rose.", id="a_noun_after_a_verb"),
    pytest.param("This complain that nothing works is old.", id="no_plural_before"),
    pytest.param("A caution that the border may close was posted online.", id="a_noun_opening_the_sentence"),
])
def test_a_plain_form_after_no_plural_is_no_present(text: str) -> None:
    assert [m.group() for m in speech_verbs(text) if m.group() in ("claim", "caution", "complain")] == []


def test_the_writer_s_own_we_is_no_plural_subject_of_a_report() -> None:
    # a release printed whole ("We declare that our regions are ready ..."): its author's words, not a report of them
    assert [m.group() for m in speech_verbs("We declare that our regions are ready to receive families.")] == []
