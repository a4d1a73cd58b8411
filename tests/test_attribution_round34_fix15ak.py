"""Round 31's classes of finding and clause reading (issue 15, session fix15ak): general rules, each pinned by texts of
our own."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from test_attribution import headlined


def _phrases(sentence: str) -> list[str]:
    return [c.phrase for c in clauses(sentence)]


@pytest.mark.parametrize(("headline", "expected"), [
    pytest.param("Peru Urges Calm at the Border, Says Citizens in Lima Safe", ["Peru", "Peru"], id="title_case"),
    pytest.param("Peru urges calm at the border, says talks to resume soon", ["Peru", "Peru"], id="sentence_case"),
    pytest.param("Peru Urges Calm at the Border, Says Vidal", ["Peru", "Vidal"], id="guard_an_inverted_subject_stays"),
])
def test_fix15ak_a_headline_s_second_verb_after_a_comma_shares_the_first_s_subject(headline: str, expected: list[str]) -> None:
    assert _phrases(headline) == expected


def test_fix15ak_a_headline_s_passive_of_telling_is_the_body_s_speaker_who_told_them() -> None:
    text = ("Peruvians in Chile told to avoid the northern border\n\nThe Peruvian Embassy in Santiago advised the 4,000 "
            "Peruvians in Chile to avoid the provinces near the border.\n\nTomas Vidal, a trader, said the roads were empty.")
    assert headlined(text)[0] == ("reported", "Peruvians in Chile", "new:Peruvian Embassy in Santiago")


@pytest.mark.parametrize("sentence", [
    pytest.param("Ana Ruiz told reporters to leave the square.", id="told_an_object"),
    pytest.param("Ana Ruiz urged Lima to open the border.", id="urged_an_object"),
])
def test_fix15ak_guard_an_active_verb_of_telling_keeps_its_subject(sentence: str) -> None:
    assert _phrases(sentence) == ["Ana Ruiz"]


def test_fix15ak_a_verb_of_naming_with_an_object_before_its_quotation_reports() -> None:
    text = "Border talks stall\n\nThe ministry said a trader had been shot. Lima called the report \"a fabrication\"."
    assert ("reported", "Lima called the", "new:Lima") in headlined(text)


def test_fix15ak_a_clause_after_while_keeps_its_conjunction_and_a_claim_denied_after_a_dash_is_its_own() -> None:
    text = ("Border talks stall\n\nQuito said it would close the crossing, while Lima accused Ecuadorian troops of firing "
            "on traders – a claim Quito denied.")
    assert headlined(text) == [("reported", "Quito said it", "new:Quito"), ("reported", "while Lima accused", "new:Lima"),
                               ("reported", "a claim Quito", "new:Quito")]


def test_fix15ak_an_adverb_between_the_verb_and_that_leaves_the_subject_s_words_its_own() -> None:
    text = ("Border talks stall\n\nAna Ruiz said the talks would go on. She warned, however, that Peru \"will not accept "
            "any new camps on its side.\"")
    assert ("reported", "She warned, however,", "new:Ana Ruiz") in headlined(text)


def test_fix15ak_a_nickname_in_quotation_marks_inside_a_name_and_a_participle_after_when_asked() -> None:
    text = ("Border talks stall\n\nPresident Ana \"Jefa\" Ruiz also spoke about the border when asked by reporters after "
            "the parade in Lima, saying Peru wanted calm.")
    assert [who for _kind, _words, who in headlined(text)] == ["new:Ana Ruiz"]


def test_fix15ak_a_participle_after_a_plural_subject_is_no_part_of_it() -> None:
    # ("describe" as a speech verb, fix15ak's first form of this test, was dropped by the lead: the unnamed group it
    # found became the antecedent of 384's "the UN humanitarian chief")
    sentence = "Aid groups working in the region say the situation worsens by the day."
    assert headlined(f"Border talks stall\n\n{sentence}") == [("reported", "Aid groups working", "Aid groups")]


def test_fix15ak_a_name_after_and_then_its_apposition_is_the_subject() -> None:
    assert _phrases("Lima has counted the dead, and Tomas Vidal, the UN's envoy, has called the situation "
                    "\u2063\u2063\u2063\u2063\u2063\u2063\u2063\u2063\u2063\u2063") == ["Tomas Vidal"]


def test_fix15ak_a_person_described_with_a_relative_clause_is_the_one_quoted_and_named_next() -> None:
    text = ("Camps fill up in the south\n\nIn Lima, a Peruvian nurse who returned last week from Tacna said her colleagues "
            "had stopped counting the tents.\n\n\"They just say 'everywhere'. The fields, the school yards,\" said Rosa "
            "Mendez, who worked with the Red Cross for two years.")
    assert [who for _kind, _words, who in headlined(text)][0] == "new:Rosa Mendez"


def test_fix15ak_a_person_described_stays_described_when_the_one_quoted_next_has_a_role_of_their_own() -> None:
    text = ("Camps fill up in the south\n\nIn Lima, a Peruvian nurse who returned last week from Tacna said her colleagues "
            "had stopped counting the tents.\n\n\"The fields are full,\" said Rosa Mendez, a doctor at the city clinic.")
    assert [who for _kind, _words, who in headlined(text)][0] == "a Peruvian nurse"


def test_fix15ak_a_person_who_asked_to_be_identified_only_as_a_name() -> None:
    text = ("Camps fill up in the south\n\nA mother of three who fled Tacna in May, who asked to be identified only as "
            "Rosa Mendez, said: \"The nights are the worst. We sleep in the car.\"")
    assert [who for _kind, _words, who in headlined(text)] == ["new:Rosa Mendez", "new:Rosa Mendez"]


@pytest.mark.parametrize("subject", ["Several Peruvians", "Two Chileans", "Many Bolivians"])
def test_fix15ak_a_few_people_of_a_nation_are_nobody_named(subject: str) -> None:
    text = f"Camps fill up in the south\n\n{subject} told the paper they had slept in the open near the border."
    assert [who for _kind, _words, who in headlined(text)] == [subject]


def test_fix15ak_a_post_signed_off_by_an_office_s_account_is_the_one_the_page_names_in_that_office() -> None:
    text = ("Peru closes its border\n\nPeruvian Prime Minister Ana Ruiz posted a message to those at the border.\n\n"
            "Do not try to cross the river at night. The crossing is closed.\n— Prime Minister PE (@PrimeMinisterPE) March 1, 2020")
    assert [who for _kind, _words, who in headlined(text)][-2:] == ["new:Ana Ruiz", "new:Ana Ruiz"]
