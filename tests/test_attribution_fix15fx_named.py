"""A speaker named in the attribution clause, and another person or body the code gave (issue 15, session fix15fx).

An office called by whose office it is, a country's or a body's possessive, with its holder's titled name in
apposition ("South Africa's Permanent Representative, Ambassador X, told ...", "Maldives' High Commissioner, Dr X,
said ...") is the holder, as "Our Permanent Representative, Ambassador X," is (LABELS rule 2: a person is named
without titles; rule 3: a named spokesperson of a named principal is the spokesperson): never the country, nor the
person named before.  The "he" of a sentence whose subject is such an office ("..., in which he conveyed ..."), or a
name set off by a comma before its quotation ('Putin, "...," he said'), is that subject.  Texts of our own, in several
outlets' forms; the guards keep a principal relayed by a named spokesperson the principal's (rule 3), a body's
possessive with no person after it the body's, and a place set off by a comma no subject."""

from __future__ import annotations

import pytest

from test_attribution import said_opening

_COUNCIL = ("Small states press the Council\n\nBy Keisha Marlowe\n\nForeign Minister Jerome Walcott said on Thursday "
            "that Bridgetown would send aid to Idlib.\n\nSpeaking after the meeting, Barbados' Permanent Representative, "
            "Ambassador Ruthven Clarke-Hinds, said the Council had failed the displaced. \"Words will not warm a tent,\" he "
            "said.\n\nAmbassador Clarke-Hinds called on the permanent members to put their differences aside.")
_BRIEF = ("Envoy urges restraint\n\nWELLINGTON, March 4 - Minister Anders Velle spoke to reporters in Wellington on "
          "Wednesday.\n\nIn Geneva, Norway's Permanent Representative, Ambassador Tove Lindqvist Aas, told the Human Rights "
          "Council that attacks on hospitals must stop.")
_DAILY = ("Kingdom voices concern\n\nPrime Minister Pohiva Tu'ionetoa said on Monday the Kingdom was deeply troubled.\n\nThe Kingdom's High "
          "Commissioner, Dr. Salote Fifita Vea, told the Commonwealth meeting that small states would not stay silent.")
_WIRE = ("Envoy speaks at UN\n\nNEW YORK (Reuters) - Foreign Minister Heiko Maas called on Tuesday for an end to the bombing.\n\nGermany's "
         "Ambassador, Christoph Reinholt, said the situation in Idlib was \"a catastrophe in slow motion\".")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_COUNCIL, "Speaking after the", "new:Ruthven Clarke-Hinds", id="fix15fx_country_s_office_then_ambassador_name"),
    pytest.param(_COUNCIL, "Words will not", "new:Ruthven Clarke-Hinds", id="fix15fx_country_s_office_then_he"),
    pytest.param(_COUNCIL, "Ambassador Clarke-Hinds called", "new:Ruthven Clarke-Hinds", id="fix15fx_country_s_office_then_surname"),
    pytest.param(_BRIEF, "In Geneva, Norway's", "new:Tove Lindqvist Aas", id="fix15fx_country_s_office_not_the_minister_before"),
    pytest.param(_DAILY, "The Kingdom's High", "new:Salote Fifita Vea", id="fix15fx_body_s_office_then_dr_name"),
    pytest.param(_WIRE, "Germany's Ambassador, Christoph", "new:Christoph Reinholt", id="fix15fx_country_s_ambassador_not_the_country"),
])
def test_fix15fx_an_office_by_its_owner_with_its_holders_name_after_it_is_the_holder(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Berlin backs talks\n\nBERLIN (dpa) - Chancellor Angela Merkel spoke with President Putin on Monday.\n\n"
                 "Merkel's spokesman, Steffen Seibert, said the chancellor had told Putin that the attacks on civilians must "
                 "stop.", "Merkel's spokesman, Steffen", "new:Angela Merkel", id="fix15fx_guard_spokesman_relaying_principal_s_act"),
    pytest.param("Ministry speaks\n\nANKARA - Turkey's Defence Ministry, in a statement on Sunday, said two soldiers were "
                 "killed.", "Turkey's Defence Ministry,", "new:Turkey's Defence Ministry", id="fix15fx_guard_country_s_body_no_person"),
])
def test_fix15fx_guards(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_LETTER = ("Liberia sends condolences\n\nMONROVIA - President George Weah said on Monday that Liberia mourned with the Turkish "
           "people.\n\nThe Minister of Foreign Affairs, Dr. Gbehzohngar Findley, sent a letter to the Minister of Foreign Affairs "
           "of Turkey, Mevlut Cavusoglu, in which he conveyed the condolences of the Government of Liberia.\n\nThe capital, Monrovia, "
           "held a vigil on Tuesday, in which he again expressed the nation's grief.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_LETTER, "The Minister of", "new:Gbehzohngar Findley", id="fix15fx_he_after_an_office_and_its_holder_opening"),
    pytest.param(_LETTER, "The capital, Monrovia,", "new:Gbehzohngar Findley", id="fix15fx_guard_a_place_in_apposition_is_no_holder"),
])
def test_fix15fx_he_is_the_holder_of_the_office_the_sentence_opens_with(text: str, opening: str, who: str) -> None:
    """The sentence's own subject, an office with its holder's titled name after it, is whom "he" in its relative clause
    stands for, not the speaker before (LABELS rule 8: "he" is the last fitting speaker, and the subject is the last)."""
    assert said_opening(text, opening) == who


_STANCE = ("Rabat watches Idlib\n\nRABAT (MAP) - Morocco followed the talks in Moscow closely on Thursday.\n\nForeign Ministry "
           "spokesman Karim Benali said Morocco rejected \"any solution imposed by force\" in Syria.\n\nBenali added that the Arab "
           "League opposed any partition of the country.\n\nThe spokesman said Morocco had rejected a similar proposal at the "
           "League meeting in Cairo last month.\n\nBenali said Morocco welcomed the ceasefire.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_STANCE, "Foreign Ministry spokesman", "new:Karim Benali", id="fix15fx_a_stance_backshifted_is_the_teller_s"),
    pytest.param(_STANCE, "any solution imposed", "new:Karim Benali", id="fix15fx_a_stance_backshifted_its_quotation"),
    pytest.param(_STANCE, "Benali added that", "new:Karim Benali", id="fix15fx_a_body_s_stance_backshifted_is_the_teller_s"),
    pytest.param(_STANCE, "The spokesman said", "new:Morocco", id="fix15fx_guard_a_rejection_done_before_is_the_country_s"),
    pytest.param(_STANCE, "Benali said Morocco", "new:Morocco", id="fix15fx_guard_a_welcome_is_an_act_the_country_s"),
])
def test_fix15fx_a_stance_told_in_the_simple_past_is_the_teller_s(text: str, opening: str, who: str) -> None:
    """"X said Egypt rejected ...": the country's stance in the present, backshifted, is X's own statement (LABELS Round 77
    on a spokesman's "Egypt rejected", Round 80 on a head's "the League rejected"); a rejection done before ("had
    rejected") and an act ("welcomed", 443) stay the principal's (the one test for relays)."""
    assert said_opening(text, opening) == who


_TRANSLATED = ("Leaders meet in Baku\n\nBAKU - Foreign Minister Jeyhun Bayramov spoke to reporters after the talks on "
               "Tuesday.\n\nPresident Ilham Aliyev, \"We support every effort that brings the sides back to the table,\" he "
               "said.\n\nIn Ganja, \"Nobody here wants another war,\" he said.\n\nMevlut Cavusoglu, \"Turkey will not leave "
               "its observation posts,\" he said at the joint press conference.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_TRANSLATED, "We support every", "new:Ilham Aliyev", id="fix15fx_name_comma_quotation_he_said"),
    pytest.param(_TRANSLATED, "Turkey will not", "new:Mevlut Cavusoglu", id="fix15fx_name_comma_quotation_he_said_at"),
    pytest.param(_TRANSLATED, "Nobody here wants", "new:Ilham Aliyev", id="fix15fx_guard_a_place_comma_quotation_is_no_name"),
])
def test_fix15fx_a_name_set_off_before_its_quotation_is_whom_he_stands_for(text: str, opening: str, who: str) -> None:
    """'Name, "...," he said' (copy translated from a language that puts the verb last): the name opening the sentence is
    its subject, whom "he" stands for (LABELS rule 1), not the speaker before; a place so set off ("In Ganja, ") is none."""
    assert said_opening(text, opening) == who
