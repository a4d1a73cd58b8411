"""Round 40's op-eds, described persons and live blogs (issue 15, session fix15bf): a column's "I wrote ... that" and
"X wrote to me ... that" report what was written (a time adverbial or a pronoun recipient between the verb and its
"that"); "A Syrian who ..." is a person described, named next; a person the page describes with a head before "of" ("The
mother of three") is the person last named; "'Words', says displaced mother" never reads the quotation as its speaker;
a live blog's stamp with its zone in brackets ("5:50 PM (IST): ") is chrome.  Texts of our own, in several outlets'
forms."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Why the Border Matters\n\nBy Ines Carvalho\n\nI wrote in this space three months ago that the "
                 "truce would not hold. The shelling resumed on Friday.", ["new:Ines Carvalho"], id="fix15bf_i_wrote_months_ago"),
    pytest.param("Letter from Gaziantep\n\nBy Tomas Heller\n\nI wrote on these pages a year ago that the camps "
                 "needed winter tents.", ["new:Tomas Heller"], id="fix15bf_i_wrote_a_year_ago"),
])
def test_fix15bf_a_columns_i_with_a_time_ago_is_the_byline(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Notebook\n\nBy Ines Carvalho\n\n"The pharmacy is empty," said Dr Karim Nassar, a surgeon in Atmeh.'
                 "\n\nThe surgeon wrote to me on Sunday that his ward had run out of insulin.",
                 ["new:Karim Nassar"] * 2, id="fix15bf_wrote_to_me_on_a_day"),
    pytest.param('Column\n\nBy Tomas Heller\n\n"We cannot reach the villages," said Lina Haddad, 36.\n\n'
                 "The 36-year-old wrote to us two weeks ago that the road had been cut.",
                 ["new:Lina Haddad"] * 2, id="fix15bf_wrote_to_us_weeks_ago"),
])
def test_fix15bf_x_wrote_to_me_that_is_xs(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15bf_guard_responded_to_the_strikes_that_is_no_speech() -> None:
    """A guard: "to" before a noun is no recipient ("responded to the strikes that killed ..."): "that" is relative."""
    assert speakers("Army hits back\n\nThe army responded to the strikes that killed six soldiers with artillery fire.") == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Camp diary\n\nAn Afghan who reached Lesbos in 2019 and cooks at a charity kitchen says his brother is "
                 'still in Kabul.\n\n"He calls me every night," said Jawad Rahimi, 29.',
                 ["new:Jawad Rahimi"] * 2, id="fix15bf_an_afghan_who_then_named"),
    pytest.param("Hamburg - A Syrian who fled Homs in 2014 said her parents had left their home again.\n\n"
                 '"There is no safe place," said Rania Khoury, 41, a nurse.',
                 ["new:Rania Khoury"] * 2, id="fix15bf_a_syrian_who_dateline"),
])
def test_fix15bf_a_nationality_described_then_named_is_the_person(text: str, expected: list[str]) -> None:
    """"A Syrian who ..." is a person the page describes (never the Syrian government): the one it names next."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Refugees\n\n"We sold the car to pay for the tent," said Omar Haddad, 44, a farmer from Saraqeb.\n\n'
                 "The father of four said he had not eaten for two days.", ["new:Omar Haddad"] * 2,
                 id="fix15bf_the_father_of_four"),
    pytest.param("STOCKHOLM (Wire) - Leila Samadi, 38, said the schools in her town had closed.\n\n"
                 "The mother of three added that her husband was still in Afrin.", ["new:Leila Samadi"] * 2,
                 id="fix15bf_the_mother_of_three_wire"),
])
def test_fix15bf_a_person_described_by_a_head_before_of_is_the_last_named(text: str, expected: list[str]) -> None:
    """"The father of four said" after a person named: that person (LABELS rule 8), its head before "of"."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("'We cannot wait any longer', says stranded driver\n\nA lorry driver from Ruse said he had waited at "
                 'the crossing for three days. "There is no water here," said Petar Ivanov, 52.',
                 ["new:Petar Ivanov"] * 4, id="fix15bf_straight_marks_a_headline"),
    pytest.param("‘We are not leaving’, says camp volunteer\n\nA volunteer at the Bab al-Hawa camp said food had run "
                 'short. "We need flour," said Karim Aziz.', ["new:Karim Aziz"] * 4, id="fix15bf_curly_marks_a_headline"),
])
def test_fix15bf_a_headlines_quoted_words_before_says_described_are_no_name(text: str, expected: list[str]) -> None:
    """"'Words', says displaced mother" (the mark before the comma, not masked in a headline): the quotation is never
    its own speaker; the described person is the one the body introduces by the same head and names."""
    assert [who for _kind, _words, who in headlined(text)] == expected


def test_fix15bf_guard_a_headlines_quoted_words_before_a_name() -> None:
    """A guard: "'We will respond', says Erdogan" stays the name after the verb."""
    text = "'We will respond', says Erdogan\n\nPresident Recep Tayyip Erdogan said Turkey would answer any attack."
    assert [who for _kind, _words, who in headlined(text)] == ["recep-tayyip-erdogan"] * 3



@pytest.mark.parametrize("zone", ["(IST)", "(GMT)", "(CET)"])
def test_fix15bf_a_live_blogs_stamp_with_its_zone_in_brackets_is_chrome(zone: str) -> None:
    """"5:50 PM (IST): Name: 'words'": the stamp, its zone in brackets, is no part of the entry's subject."""
    text = (f"Talks in Moscow as they happen\n\n5:50 PM {zone}: Lavrenko: 'We keep the right to respond'\n\nDefence Minister Ivo "
            f"Lavrenko said the army was ready.\n\n4:20 PM {zone}: Port Authority chief Lena Varga said the harbour "
            "would reopen on Monday.")
    assert labels(text) == ["new:Lavrenko"] * 2 + ["new:Ivo Lavrenko", "new:Lena Varga"]
