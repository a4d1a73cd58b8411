"""Round 42's headlines (issue 15, session fix15bj): a headline's second statement after a comma or a semicolon
("X says ... after the strike, MFA advises ...") is its own passage with its own speaker (LABELS rule 11); a headline's
described person by a contracted nationality ("S'porean in Hatay") is the body's "A Singaporean living in ...", named
next; a name's verb in the perfect before a speech noun ("Ghana has joined calls for ...") is no part of its subject.
Texts of our own, in several outlets' forms; "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, headlined, labels, speakers


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


def test_fix15bj_a_deck_over_a_dateline_is_read_as_a_headline() -> None:
    """A deck the blocks give as the body's first paragraph, the story opening after it with a dateline: its statements
    are the headline's, each its own ("..., say analysts" a generic plural; "Central bank" the page's bank by its name)."""
    text = ("Peso falls as border clashes spread\n\nCentral bank says it will defend the currency \"at any cost\"; "
            "traders brace for a long week, say analysts\n\nMANILA — The Central Bank of the Philippines said on Monday "
            "it would sell dollars \"at any cost\" to steady the peso after clashes spread along the border.\n\n"
            "Dealers said the peso had lost 2% in a day.")
    got = cut_page(text)
    assert ("reported", "Central bank says", "new:Central Bank of the Philippines") in got
    assert ("reported", "traders brace for", "analysts") in got


def test_fix15bj_say_and_a_generic_plural_after_a_comma_is_the_subject() -> None:
    """"..., say officials": the plural is the subject (nobody named, rule 6), not the words before the comma."""
    assert speakers("Talks will resume next week, say officials.", unnamed=True)[0][2] == "officials"


def test_fix15bj_a_live_blog_headings_described_person_is_the_one_the_entry_names() -> None:
    """A live blog's entry heading by a described person with its article dropped ("Welsh nurse describes ...",
    "'...', says stranded driver") is the person the entry under it names as a speaker."""
    text = ("Live: Border crossings reopen\n\n10.15am\n\nWelsh nurse describes 'chaos' at the crossing\n\n"
            "Cardiff woman Megan Price, who volunteers at a clinic near the border, told us the queue was \"chaos\" all "
            "night.\n\n9.50am\n\n'We have waited three days', says stranded driver\n\nA lorry driver from Plovdiv told "
            "reporters he had slept in his cab. \"We are tired,\" said Georgi Ivanov, 52.")
    got = cut_page(text)
    assert ("reported", "Welsh nurse describes", "new:Megan Price") in got
    assert ("direct", "We have waited", "new:Georgi Ivanov") in got


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Lima Worried About Peruvians As Floods Spread\n\nPeru's Foreign Ministry said on Monday it was following "
                 "the floods in the north.", ("reported", "Lima Worried About", "new:Lima"), id="fix15bj_capital_worried"),
    pytest.param("Accra concerned over nationals stranded at border\n\nGhana's foreign ministry said it was in touch with "
                 "the embassy.", ("reported", "Accra concerned over", "new:Accra"), id="fix15bj_capital_concerned"),
])
def test_fix15bj_a_headline_of_a_capitals_concern_is_the_capitals(text: str, expected: tuple[str, str, str]) -> None:
    """LABELS (Round 42's questions): "Yerevan Worried About ..." is the capital's, as a headline's subject is its speaker."""
    assert headlined(text)[0] == expected


def test_fix15bj_a_stamped_entry_headings_bare_description_is_the_person_the_entry_names() -> None:
    """A live blog's stamped entry heading among the body's lines ("2:10 PM (IST): '...', says stranded driver", no stop
    at its end): the description with its article dropped introduces someone new, the person the entry under it names,
    not the last person named (the entry before's minister)."""
    text = ("Border live: queues grow at Kapitan Andreevo\n\n"
            "2:40 PM (IST): Minister says crossing will stay open\n\n"
            "Interior Minister Mladen Marinov said the crossing would stay open all night.\n\n"
            "2:10 PM (IST): 'We have waited three days', says stranded driver\n\n"
            "A lorry driver from Plovdiv told reporters he had slept in his cab. \"We are tired,\" said Georgi Ivanov, 52.")
    got = cut_page(text)
    assert ("direct", "We have waited", "new:Georgi Ivanov") in got
