"""Round 30's classes of finding (issue 15, session fix15ai): general rules, each pinned by texts of our own."""

from __future__ import annotations

import pytest

from idlibsite.sources.quotations import headline_quotations
from test_attribution import headlined, speakers


@pytest.mark.parametrize(("line", "quoted"), [
    pytest.param("Peru 'gravely alarmed' over border clashes", ["gravely alarmed"], id="a_predicate_in_single_marks"),
    pytest.param("‘We wait for every call’: Lima families watch the border", ["We wait for every call"],
                 id="opening_the_headline_before_a_colon"),
    pytest.param("Nurse's plea as clinics close: 'I hear my patients' children crying at night'",
                 ["I hear my patients' children crying at night"], id="after_a_colon_with_a_plural_s_apostrophe_inside"),
    pytest.param("Clinic chief: 'The need is greater than ever'", ["The need is greater than ever"], id="a_label_and_a_colon"),
    pytest.param("Peru's army says it won't stop the 'migrants' at its border", [], id="apostrophes_and_one_word_open_none"),
    pytest.param("He called it a 'safe zone' for the families.", [], id="a_sentence_with_a_stop_is_no_headline"),
])
def test_fix15ai_a_headline_quotes_with_single_marks(line: str, quoted: list[str]) -> None:
    assert [q.text for q in headline_quotations(line, 0, len(line))] == quoted


def test_fix15ai_a_headline_quotation_is_the_words_of_the_body_s_speaker_who_says_them() -> None:
    text = ("‘We wait for every call’: Lima families watch the border\n\nMany families in Lima have relatives near the "
            "border.\n\n“We wait for every call. Nothing else matters now,” Tomas Vidal, 52, said at his shop.")
    assert [(words, who) for _kind, words, who in headlined(text)] == [("We wait for", "new:Tomas Vidal"),
                                                                     ("We wait for", "new:Tomas Vidal")]


def test_fix15ai_a_headline_quotation_condensed_by_the_body() -> None:
    text = ("‘They sleep under the orange trees’: a town waits for news\n\nAna Ruiz, a teacher, said her family had "
            "fled twice.\n\n“My mother is 80. She sleeps under the orange trees with my aunt,” she said.")
    assert headlined(text)[0][1:] == ("They sleep under", "new:Ana Ruiz")


def test_fix15ai_a_quotation_under_a_label_is_the_words_of_whom_the_body_quotes_again() -> None:
    text = ("Aid reaches the border\n\nClinic chief: 'The need is greater than ever'\n\n\"The need is greater than ever "
            "before in this valley,\" Dr Ana Ruiz said.")
    assert [(words, who) for _kind, words, who in headlined(text)] == [("The need is", "new:Ana Ruiz"),
                                                                     ("The need is", "new:Ana Ruiz")]


def test_fix15ai_a_person_described_and_named_next_as_the_paragraph_says() -> None:
    text = ("Lima mum's fear for her sons\n\nA LIMA mum has told of her fear for her sons in the north.\n\nThe mother-of-two, "
            "who asked to be named only as Rosa Mendez, moved to the capital in 2015.\n\nShe said: \"I hear the shelling "
            "every time they call me.\"")
    found = headlined(text)
    assert [f[1:] for f in (found[0], found[1], found[-1])] == [
        ("Lima mum's fear", "new:Rosa Mendez"),  # the headline condenses her statement and names her (method15f)
        ("A LIMA mum", "new:Rosa Mendez"), ("I hear the", "new:Rosa Mendez")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tomas Vidal has not slept a full night since March.\n\nThe Lima father of three, who fled the north in "
                 "2013, says his parents have moved four times.", "new:Tomas Vidal", id="a_place_and_a_relation_after_the_name"),
    pytest.param("Tomas Vidal, a nurse at the city hospital, spent a week at the border.\n\nThe 52-year-old said he had "
                 "never seen the camps so full.", "new:Tomas Vidal", id="an_age_after_the_name"),
])
def test_fix15ai_a_person_described_after_the_name_is_the_one_named(text: str, expected: str) -> None:
    assert [who for _kind, _words, who in headlined(f"Camps fill up in the north\n\n{text}")] == [expected]


def test_fix15ai_a_headline_s_described_speaker_is_the_body_s_one_of_the_same_job_elsewhere() -> None:
    text = ("Cusco nurse back from the border says the camps are full\n\nA Lima nurse who has just returned from the border "
            "has described children sleeping in the cold.\n\nAna Ruiz, a nurse at the city hospital, spent ten days in "
            "the camps.")
    assert [who for _kind, _words, who in headlined(text)] == ["new:Ana Ruiz", "new:Ana Ruiz"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Ana Ruiz said the truce would not hold.\n\n"We have seen ceasefires come and go" — a rebel commander\n\n'
                 "The talks resume on Monday.", [("reported", "Ana Ruiz said", "new:Ana Ruiz"),
                                                  ("direct", "We have seen", "a rebel commander")],
                 id="a_description_is_nobody_named_not_the_speaker_before"),
    pytest.param('Ana Ruiz said the truce would not hold.\n\nPULL QUOTE: "We have seen ceasefires come and go" — Tomas Vidal'
                 "\n\nThe talks resume on Monday.", [("reported", "Ana Ruiz said", "new:Ana Ruiz"),
                                                      ("direct", "We have seen", "new:Tomas Vidal")],
                 id="a_name_under_a_pull_quote_label"),
    pytest.param('Ana Ruiz said the truce would not hold.\n\nPULL QUOTE: "We have seen ceasefires come and go" — a rebel '
                 "commander\n\nThe talks resume on Monday.", [("reported", "Ana Ruiz said", "new:Ana Ruiz"),
                                                              ("direct", "We have seen", "a rebel commander")],
                 id="a_pull_quote_label_is_no_speaker"),
])
def test_fix15ai_a_pull_quote_credited_after_a_dash(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text, unnamed=True) == expected
