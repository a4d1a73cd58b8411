"""Round 42's headlines (issue 15, session fix15bj): a headline's second statement after a comma or a semicolon
("X says ... after the strike, MFA advises ...") is its own passage with its own speaker (LABELS rule 11); a headline's
described person by a contracted nationality ("S'porean in Hatay") is the body's "A Singaporean living in ...", named
next; a name's verb in the perfect before a speech noun ("Ghana has joined calls for ...") is no part of its subject.
Texts of our own, in several outlets' forms; "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Lima doctor says wards are 'full' after quake, Foreign Office urges travellers to stay away\n\n"
                 "A Peruvian doctor in Lima said on Monday the wards were full. The Foreign Office said travellers should "
                 "stay away from the coast.", ["Lima doctor says", "Foreign Office urges"],
                 id="fix15bj_comma_second_subject"),
])
def test_fix15bj_a_headlines_second_statement_is_its_own_passage(text: str, expected: list[str]) -> None:
    reported = [words for kind, words, _ in headlined(text) if kind == "reported"]
    assert [w for w in expected if any(r.startswith(w) for r in reported)] == expected


def test_fix15bj_guard_a_tag_after_a_comma_ends_the_headline() -> None:
    """A guard: "Ceasefire holds, Lavrov says": the comma's tail is the first clause's tag, no statement of its own."""
    text = "Ceasefire holds, Lavrov says\n\nRussian Foreign Minister Sergei Lavrov said the ceasefire was holding."
    assert [kind for kind, _, _ in headlined(text)].count("reported") == 2


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("S'porean in Hatay says it's 'quiet but tense'\n\nA Singaporean living in Antakya told us the city was "
                 "calm.\n\nNur Aisyah, 31, said shops were open.", "new:Nur Aisyah", id="fix15bj_contracted_nationality"),
    pytest.param("Ghanaian in Accra says prices 'doubled'\n\nA Ghanaian living in Accra told GNA that prices had risen.\n\n"
                 "Kofi Mensah, 44, said bread now cost twice as much.", "new:Kofi Mensah", id="fix15bj_nationality_in_place"),
])
def test_fix15bj_a_headlines_nationality_with_a_place_is_the_described_person(text: str, expected: str) -> None:
    assert headlined(text)[0][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ghana has joined calls for an immediate ceasefire in the north.", ["new:Ghana"], id="fix15bj_has_joined"),
    pytest.param("The Vatican has renewed calls for restraint on both sides.", ["new:Vatican"], id="fix15bj_guard_has_renewed"),
])
def test_fix15bj_a_perfect_verb_before_a_speech_noun_ends_the_subject(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
