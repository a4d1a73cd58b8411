"""Round 29's classes and the lead's trial (issue 15): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from test_attribution import headlined, labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Chile suspends asylum claims as Peru shuts border\n\nPolice closed the crossing on Monday.", [],
                 id="a_headline_s_plural_noun_before_a_conjunction"),
    pytest.param("Chile froze asylum claims for a month, the minister said.", [""], id="a_plural_noun_before_a_preposition"),
    pytest.param("Thousands of asylum claims remain open at the border.", [], id="a_plural_noun_before_its_verb"),
    pytest.param("Red Cross claims Peruvian troops shelled the town", ["new:Red Cross"],
                 id="a_headline_s_verb_before_what_was_said"),
    pytest.param("Red Cross notes with concern reports of abuse at the border.", ["new:Red Cross"],
                 id="notes_with_concern_is_a_verb"),
    pytest.param("Ana Ruiz calls for calm at the border.", ["new:Ana Ruiz"], id="calls_for_is_a_verb"),
])
def test_fix15af_a_speech_verb_that_is_also_a_plural_noun_needs_what_was_said_after_it(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("Chile closed its northern border for a week, in a move the UN refugee agency said had left hundreds "
                 "stranded.", "the UN refugee agency", id="in_a_move_and_a_relative_clause"),
    pytest.param("Chile closed its northern border for a week, a decision Lima said had left hundreds stranded.",
                 "Lima", id="a_decision_and_a_relative_clause"),
])
def test_fix15af_a_relative_clause_s_own_subject_speaks(sentence: str, phrase: str) -> None:
    assert clauses(sentence)[-1].phrase == phrase


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Minister Ana Ruiz claimed 5,000 people had crossed, a figure Peruvian officials dismissed as "pure '
                 'invention".', [("reported", "Minister Ana Ruiz", "new:Ana Ruiz"),
                                 ("reported", "a figure Peruvian", "Peruvian officials"),
                                 ("direct", "pure invention", "Peruvian officials")],
                 id="a_scare_quote_in_the_relative_clause_is_its_subject_s"),
    pytest.param("Minister Ana Ruiz said the border would stay shut, a move Lima described as blackmail.",
                 [("reported", "Minister Ana Ruiz", "new:Ana Ruiz"), ("reported", "a move Lima", "new:Lima")],
                 id="a_move_answered_by_a_capital"),
])
def test_fix15af_a_noun_summing_up_a_statement_and_its_own_relative_clause_is_a_passage_of_its_own(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text, unnamed=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ana Ruiz, for her part, praised the volunteers' work at the border, the agency said.", ["new:Ana Ruiz"],
                 id="a_speech_act_relayed_by_a_medium"),
    pytest.param("The mayor praises the volunteers in a letter to the council.", [""], id="praises_in_the_present"),
])
def test_fix15af_praise_is_a_speech_act(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("\"My brother said to me, 'Pray for us, we are leaving now.' Since then, nothing,\" Tom Hale told the radio.",
                 [("direct", "My brother said", "new:Tom Hale"), ("direct", "Pray for us,", "My brother")],
                 id="someone_unnamed_quoted_by_the_speaker"),
    pytest.param("\"My aunt called me from the camp,\" Ana Ruiz said. \"She always says, 'We can hear the planes every "
                 "night.' What can I answer?\"", [("direct", "My aunt called", "new:Ana Ruiz"),
                                                 ("direct", "She always says,", "new:Ana Ruiz"),
                                                 ("direct", "We can hear", "")],
                 id="a_pronoun_inside_the_quotation_is_nobody_of_the_article"),
    pytest.param("\"We watched the 'humanitarian pause' end in an hour,\" Tom Hale said.",
                 [("direct", "We watched the", "new:Tom Hale")], id="scare_quotes_inside_a_quotation_are_no_passage"),
])
def test_fix15af_a_quotation_nested_after_a_verb_of_saying_is_whom_the_speaker_quotes(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text, unnamed=True) == expected


_DESCRIBED = ("A Lima nurse who has just returned from the north has described patients fleeing their beds.\n\n"
              "Dr Ana Ruiz, an intensive care nurse at the city hospital, spent three weeks at a clinic near the border.\n\n"
              "\"I thought I had seen everything,\" she said.")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Lima nurse back from the north says wards are emptying\n\n" + _DESCRIBED,
                 ["new:Ana Ruiz", "new:Ana Ruiz", "new:Ana Ruiz"], id="described_in_the_headline_and_the_body"),
    pytest.param("Wards are emptying in the north\n\nA senior official said the camp would close.\n\nDr Ana Ruiz, a "
                 "nurse at the city hospital, spent three weeks at a clinic near the border.", ["A senior official"],
                 id="an_anonymous_source_is_not_the_one_named_next"),
    pytest.param("Wards are emptying in the north\n\nA Lima nurse has described patients fleeing their beds.\n\n"
                 "Dr Ana Ruiz, a nurse at the city hospital, said the wards were empty.", ["A Lima nurse", "new:Ana Ruiz"],
                 id="named_next_with_a_speech_verb_of_her_own"),
])
def test_fix15af_a_person_described_then_named_in_the_next_paragraph_with_no_speech_verb(text: str, expected: list[str]) -> None:
    assert [who for _kind, _words, who in headlined(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Peru, a neighbour of both, has offered to host a summit.", ["new:Peru"], id="offered_to_do_something"),
    pytest.param("Ana Ruiz and Tom Hale have offered a summit in Lima.", [""], id="offered_a_summit"),  # two people: nobody
    # named (LABELS "Lists of subjects", 2026-12-04; was the first's); a passage, not none as for an offer of things
    pytest.param("Peru offered shelter to 200 families.", [], id="an_offer_of_things_is_no_statement"),
    pytest.param('Allies offered Peru their "full solidarity" but nothing concrete.', [""], id="an_offer_of_quoted_words"),
])
def test_fix15af_an_offer_made_in_words_is_a_speech_act(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ana Ruiz read out the additional protocol at midnight.", ["new:Ana Ruiz"], id="read_out_a_text"),
    pytest.param("According to the text read out by the ministers, the truce starts at midnight.", [""],
                 id="a_text_read_out_by_someone_is_according_to_the_text"),
    pytest.param("The protocol was read out by the ministers at midnight.", [], id="the_passive_reports_nothing"),
])
def test_fix15af_reading_out_a_text_is_a_statement(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15af_two_people_after_one_title_in_the_plural_speak_first_named_first() -> None:
    found = clauses("Foreign ministers Ana Ruiz and Tom Hale said the truce would hold.")
    assert [c.phrase for c in found] == ["Ana Ruiz", "Tom Hale"]
