"""Round 41's relays (issue 15, session fix15bg): the relay test (LABELS rule 3, Rounds 28-29 and the lead's one test for
relays) reads a principal's act told by another when the principal is named by a title after a possessive ("Minister
Name's spokesperson, X, said the minister had ..."), by a title with "acting" or with "of"/"for" and "and" in it, when
"tell" names whom it told before its "that" ("told a briefing that", "told the agency X that"), and when the act ("had
written", "had sent a letter") is joined to its speech verb by an infinitive of purpose or a participle ("to express",
"expressing"), not only by "and"; a relative clause after a message ("..., in which the president thanked ...") is its
own subject's; a person who is no spokesperson writing in their own post, in the simple past, what their country did
speaks for it in their own words (backshifted), unlike a spokesperson (443) or a host (182); "X justifies Y by Z" states X's grounds, also inside an
interviewer's question.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Interior Minister Ana Ruiz's spokesman, Pablo Ortega, said the minister had telephoned her Ostrian "
                 "counterpart on Sunday and conveyed Velmar's condolences.", ["new:Ana Ruiz"], id="fix15bg_title_possessive"),
    pytest.param("HELSINKI (Wire) - Defence Minister Jari Lehto's press secretary, Anu Koski, told reporters the minister "
                 "had urged restraint in a call with Ankara.", ["new:Jari Lehto"], id="fix15bg_title_possessive_told"),
])
def test_fix15bg_the_minister_after_ministers_spokesperson_is_the_minister(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Government spokeswoman Lena Berg told a weekly press briefing that Foreign Minister Karl Moser had sent "
                 "a letter to his Turkish counterpart expressing condolences.", ["new:Karl Moser"], id="fix15bg_letter_expressing"),
    pytest.param("The Prime Minister's Office said Prime Minister Ravi Das had written to the Turkish President to "
                 "convey the nation's sympathy.", ["new:Ravi Das"], id="fix15bg_written_to_convey"),
    pytest.param("Ministry spokesman Omar Idris told the state news agency ONA that Foreign Minister Huda Salim had "
                 "received a call from her Turkish counterpart and had assured him of Velmar's support.",
                 ["new:Huda Salim"], id="fix15bg_told_the_agency_that"),
    pytest.param("Foreign ministry spokesperson Ilir Dosti said acting Minister for Europe and Foreign Affairs Arben "
                 "Kola had spoken with his Greek counterpart and thanked Athens for its help.",
                 ["new:Arben Kola"], id="fix15bg_acting_minister_for_x_and_y"),
])
def test_fix15bg_a_principals_act_told_by_another_is_the_principals(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15bg_guard_a_letter_received_urging_is_not_the_receivers() -> None:
    """A guard: words that came to the principal ("had received a letter from X urging ...") are not the principal's."""
    assert labels("Spokesman Omar Idris said Foreign Minister Huda Salim had received a letter from Geneva urging "
                  "restraint.") != ["new:Huda Salim"]


def test_fix15bg_a_relative_clause_after_a_message_is_its_own_subjects() -> None:
    assert speakers("The palace said in a statement that the king had received a letter from Erdogan, in which the "
                    "Turkish president thanked him for his support.")[1:] == [
        ("reported", "in which the", "recep-tayyip-erdogan")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Lisbon, Foreign Minister Rui Costa wrote on Twitter that Portugal rejected any use of force in Syria.",
                 ["new:Rui Costa"], id="fix15bg_minister_wrote_country_rejected"),
    pytest.param("BUDAPEST, March 1 - Prime Minister Elena Varga tweeted that Hungary condemned the attack.",
                 ["new:Elena Varga"], id="fix15bg_pm_tweeted_country_condemned"),
])
def test_fix15bg_a_persons_post_in_the_simple_past_for_their_country_is_theirs(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Spokesman Arman Beko said Kazakhstan expressed its condolences to the families.", ["new:Kazakhstan"],
                 id="fix15bg_guard_spokesman_simple_past"),
    pytest.param("Foreign Minister Rui Costa said Portugal had called on all parties to respect the truce.",
                 ["new:Portugal"], id="fix15bg_guard_minister_perfect"),
    pytest.param("Foreign Minister Rui Costa wrote on Facebook that Portugal had called on all parties to respect the truce.",
                 ["new:Portugal"], id="fix15bg_guard_post_perfect"),
    pytest.param("Podcast host Mia Lund notes that the European Union announced new aid for Syria.",
                 ["new:European Union"], id="fix15bg_guard_host_simple_past"),
])
def test_fix15bg_guard_a_spokesmans_past_and_a_perfect_stay_the_countrys(text: str, expected: list[str]) -> None:
    """Guards (pass on integrate): 443's ruling, 380's, and a host's relay of a body's act (182)."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Q: Moscow justifies the strikes by the presence of militants. Is that so?\n\nA: No.\n\nQ: Why?\n\n"
                 "A: Because they move.\n\nQ: And Ankara?\n\nA: It waits.", "russia", id="fix15bg_justifies_in_question"),
    pytest.param("Ankara justified the shelling as self-defence.", "turkey", id="fix15bg_justified_as"),
])
def test_fix15bg_x_justifies_y_by_z_is_xs(text: str, expected: str) -> None:
    assert expected in labels(text)


@pytest.mark.parametrize("text", [
    pytest.param("The strike was justified by the presence of troops.", id="fix15bg_guard_passive"),
    pytest.param("Nothing justifies attacks on civilians.", id="fix15bg_guard_no_grounds"),
])
def test_fix15bg_guard_justified_without_grounds_or_in_the_passive_is_no_speech(text: str) -> None:
    assert speakers(text) == []
