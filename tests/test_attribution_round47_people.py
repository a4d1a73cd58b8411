"""Round 44's people and anonymous sources (issue 15, session fix15bx): a sentence adverb before the subject
("Internationally, the UN chief X appealed") is no name, nor is a title's run before a surname in -s a body's plural
name; a person's noun in the plural, capitalised as the sentence's first word ("Traders said", "Bankers I speak to
say") names nobody (LABELS rule 6); an op-ed's "I" is the byline's author when the byline gives her role after a comma;
the one met before ", who <speech verb>" is that clause's speaker, "the Ambassador of X" a person described and named
later (rule 7), and "The ambassador, resident in Y," keeps its subject; ", as a senior analyst told <medium> that ..."
is its own passage, the analyst the one the page says that medium interviewed (rule 7).  Texts of our own, in several
outlets' forms; "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import labels, paragraphs, ACTORS
from idlibsite.attribution.speakers import attribute_page


def _page(text: str) -> dict[str, str]:
    """Each passage's words (its first five) and its speaker label, for a text whose first paragraph is its headline."""
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return {" ".join(text[p.start : p.end].split()[:5]): s.actor.id if s.actor else f"new:{s.new.name}" if s.new else ""
            for p, s in found.items()}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Internationally, the UN Secretary-General António Guterres appealed for an immediate ceasefire.",
                 ["new:António Guterres"], id="fix15bx_internationally_before_a_titled_name"),
    pytest.param("Regionally, the Arab League chief Ahmed Aboul Gheit urged restraint on both sides.",
                 ["new:Ahmed Aboul Gheit"], id="fix15bx_regionally_before_a_titled_name"),
    pytest.param("Domestically, opposition leader Ana Ruiz said the deaths were avoidable.", ["new:Ana Ruiz"],
                 id="fix15bx_domestically_before_a_role_and_name"),
    pytest.param("The talks, Kelly said, would resume on Monday.", ["new:Kelly"], id="fix15bx_guard_a_name_in_ly"),
    pytest.param("McNally, the spokesman, said the talks would resume.", ["new:McNally"], id="fix15bx_guard_a_name_in_ally"),
])
def test_fix15bx_a_sentence_adverb_before_the_subject_is_no_name(text: str, expected: list[str]) -> None:
    """"Internationally, X appealed": the adverb sets the scene, X speaks (LABELS rule 1)."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The UN High Commissioner Filippo Andrews said the camps were full.", ["new:Filippo Andrews"],
                 id="fix15bx_a_titled_surname_in_s"),
    pytest.param("The Peace Now Fighters said in a statement that the West was to blame.", ["new:Peace Now Fighters"],
                 id="fix15bx_guard_a_party_named_by_a_plural"),
])
def test_fix15bx_a_title_before_a_surname_in_s_is_no_plural_body(text: str, expected: list[str]) -> None:
    """"the UN Secretary-General António Guterres": a person's title and name, not "The Economic Freedom Fighters"."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Traders said the central bank had sold dollars in the morning.", [""], id="fix15bx_traders_said"),
    pytest.param("Economists said the rand would weaken further. Dealers said importers were buying.", ["", ""],
                 id="fix15bx_economists_and_dealers"),
    pytest.param("Bankers I speak to say their exposure to Turkey is small.", [""], id="fix15bx_bankers_i_speak_to"),
    pytest.param("Diplomats we talked with said the vote would be close.", [""], id="fix15bx_guard_diplomats_we_talked_with"),
    pytest.param("Allies expressed full solidarity with Kenya after the attack.", [""], id="fix15bx_allies_expressed"),
    pytest.param("Turkey's allies said the offensive had to stop.", [""], id="fix15bx_guard_a_countrys_allies_said"),
    pytest.param("Peters said the central bank had sold dollars in the morning.", ["new:Peters"],
                 id="fix15bx_guard_a_surname_in_s"),
])
def test_fix15bx_a_persons_noun_in_the_plural_names_nobody(text: str, expected: list[str]) -> None:
    """A plural of a person's noun, capitalised only as the sentence's first word, maybe with the writer's contact clause
    ("Bankers I speak to"): nobody named (LABELS rule 6), not a person called "Traders"."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "author"), [
    pytest.param("Opinion: The lira is a Gulf story\n\nBy Rania Sabbagh, chief economist at Doha-based Pearl Advisors\n\n"
                 "I told a client meeting on Monday that the market was wrong about Idlib.", "new:Rania Sabbagh",
                 id="fix15bx_byline_with_a_role"),
    pytest.param("Comment: Nairobi must speak up\n\nBy Otieno Kamau, a former ambassador to Ankara\n\n"
                 "I told the committee last week that Kenya had a duty to speak.", "new:Otieno Kamau",
                 id="fix15bx_byline_with_a_described_role"),
])
def test_fix15bx_an_op_eds_i_is_the_author_of_a_byline_with_a_role(text: str, author: str) -> None:
    """"By Name, chief economist at X": the op-ed's "I" with a speech verb is that author (LABELS, Op-eds)."""
    got = _page(text)
    assert got[next(k for k in got if k.startswith("I told"))] == author


_MET = ("Foreign Minister Lina Moreau on Monday received {role}, who briefed her on the situation. The ambassador, "
        "resident in {seat}, told reporters after the meeting that the border would stay open.\n\n"
        "{named} said {country} would keep hosting refugees.")


@pytest.mark.parametrize(("role", "seat", "named", "country", "who"), [
    pytest.param("the Ambassador of Peru accredited to Chile", "Santiago", "Peruvian Ambassador Rosa Quispe", "Peru",
                 "new:Rosa Quispe", id="fix15bx_ambassador_of_peru"),
    pytest.param("the Ambassador of Kenya", "Addis Ababa", "Kenyan Ambassador John Mwangi", "Kenya", "new:John Mwangi",
                 id="fix15bx_ambassador_of_kenya"),
])
def test_fix15bx_an_ambassador_described_before_her_name(role: str, seat: str, named: str, country: str, who: str) -> None:
    """"X received the Ambassador of Y, who briefed her": the one received speaks (LABELS rule 1), a person described
    and named later (rule 7); "The ambassador, resident in Z, told ..." is that ambassador, not the minister."""
    assert labels(_MET.format(role=role, seat=seat, named=named, country=country)) == [who, who, who]


def test_fix15bx_guard_the_one_met_by_name_keeps_his_name() -> None:
    assert labels("The minister met Jane Okoro, who told her the camps were full.") == ["new:Jane Okoro"]


def test_fix15bx_guard_a_spokesman_with_a_relative_clause_stays_the_subject() -> None:
    assert labels("The spokesman for the ministry, who declined to be named, said the camps were full.") == [""]


_INTERVIEW = ("Analyst: Moscow must talk to Ankara\n\n"
              "KABUL ({medium})- The Foreign Ministry spokesman Amina Rahimi on Monday voiced concern over the fighting, "
              "as a senior {noun} told {medium} that the talks had failed.\n\n"
              "Rahimi told reporters that Afghanistan was in contact with all sides.\n\n"
              "{medium} interviewed Dr. Farid Zaman, {apposition}, on the crisis.\n\n"
              "{medium}: What is behind the fighting?\n\nZaman: The ceasefire was never enforced.\n\n"
              "{medium}: And now?\n\nZaman: Now both sides will talk.\n")


@pytest.mark.parametrize(("medium", "noun", "apposition"), [
    pytest.param("PNA", "Afghan analyst", "a professor of regional studies in Kabul", id="fix15bx_analyst_told_the_agency"),
    pytest.param("Radio Salam", "Afghan researcher", "a lecturer at Kabul University", id="fix15bx_researcher_told_the_radio"),
])
def test_fix15bx_a_described_guest_told_the_medium_that_interviewed_him(medium: str, noun: str, apposition: str) -> None:
    """", as a senior analyst told <medium> that ...": its own passage (not the spokesman's), and the analyst is the one
    the page says that medium interviewed, whatever noun it describes him by (LABELS rule 7)."""
    got = _page(_INTERVIEW.format(medium=medium, noun=noun, apposition=apposition))
    assert got[next(k for k in got if k.startswith("as a senior"))] == "new:Farid Zaman"
    assert got[next(k for k in got if k.startswith("The Foreign Ministry spokesman"))] == "new:Amina Rahimi"


def test_fix15bx_an_official_who_told_a_medium_is_his_own_passage_and_anonymous() -> None:
    """", as a senior official told PNA that ...": its own passage, and an anonymous source stays nobody named (rule 6)
    even when the page names the one that medium interviewed."""
    text = ("KABUL (PNA)- The army said on Monday it had retaken the pass, as a senior official told PNA that the talks "
            "had failed.\n\nPNA interviewed Dr. Farid Zaman, a professor in Kabul, on the crisis.")
    got = _page("Headline\n\n" + text)
    assert got[next(k for k in got if k.startswith("as a senior"))] == ""
