"""Round 45's relays across clauses and sentences (issue 15, session fix15cd): a body's spokesperson reporting a
principal's state with a quotation in it ('UN spokesman X said Secretary-General Y was "alarmed"') gives the principal
the passage (LABELS Round 43 and Round 47); without a quotation the state stays the spokesperson's (Round 29).  Texts
of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('In London, Commonwealth spokesman Tarik Janssen said Secretary-General Amara Diallo was "troubled" by the '
                 "reports.", ["new:Amara Diallo"], id="fix15cd_commonwealth_spokesman_quoted_state"),
    pytest.param('EU spokeswoman Nabila Ferri said High Representative Josep Morant was "gravely concerned" about the '
                 "shelling.", ["new:Josep Morant", "new:Josep Morant"], id="fix15cd_eu_spokeswoman_quoted_state"),
    pytest.param('NATO spokesman Piers Cullen said Secretary General Jens Aalto remained "very worried" about the '
                 "convoy.", ["new:Jens Aalto", "new:Jens Aalto"], id="fix15cd_nato_spokesman_remained"),
])
def test_fix15cd_a_spokespersons_quoted_state_of_the_principal_is_the_principals(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Commonwealth spokesman Tarik Janssen said Secretary-General Amara Diallo was troubled by the reports.",
                 ["new:Tarik Janssen"], id="fix15cd_guard_no_quotation"),
    pytest.param('EU spokeswoman Nabila Ferri said High Representative Josep Morant had met the "core" group in Rome.',
                 ["new:Nabila Ferri"], id="fix15cd_guard_an_act_with_a_scare_quote"),
    pytest.param('Commonwealth spokesman Tarik Janssen said Secretary-General Amara Diallo hoped the truce would lead to '
                 '"a lasting calm in the region."', ["new:Tarik Janssen"] * 2, id="fix15cd_guard_a_quotation_further_in_a_hope"),
])
def test_fix15cd_guard_without_a_quoted_state_the_spokesperson_keeps_it(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The ministry's chief executive, Ana Ruiz, said the Ministry had written to the Ghanaian Embassy in Madrid "
                 "to express its sympathy. Ms. Ruiz said the Embassy had replied with thanks.",
                 ["new:Ministry", "new:Ghanaian Embassy in Madrid"], id="fix15cd_the_embassy_in_a_relay"),
    # the first: the ministry's letter written to express sympathy is its act of speech, relayed by its chief executive
    # (LABELS rule 3 and the relay test, set file 578's round 47 label; fix15cj)
    pytest.param("The Royal Thai Embassy in Oslo said on Monday that the border crossing was open.\n\n"
                 "Later, the Embassy said it had no news of the two students.",
                 ["new:Royal Thai Embassy in Oslo", "new:Royal Thai Embassy in Oslo"], id="fix15cd_the_embassy_next_paragraph"),
])
def test_fix15cd_a_capitalised_kind_alone_is_the_last_body_of_that_kind_whatever_its_seat(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15cd_guard_a_kind_with_another_seat_is_not_that_body() -> None:
    text = ("The Royal Thai Embassy in Oslo said on Monday that the border crossing was open.\n\n"
            "Later, the embassy in Ankara said it had no news of the two students.")
    assert labels(text)[1] != "new:Royal Thai Embassy in Oslo"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Earlier, President Ama Owusu sent a telegram of condolences to the king.\n\n"
                 "Secretary General of the ECOWAS Kofi Mensah told journalists in Abuja that the organization was monitoring the "
                 "situation. He noted that the bloc had no plans to discuss Mali at its next summit.",
                 ["new:Ama Owusu", "new:Kofi Mensah", "new:Kofi Mensah"], id="fix15cd_secretary_general_of_the_acronym"),
    pytest.param("Prime Minister Lena Holm said on Monday that the council would meet.\n\n"
                 "Director of the WHO Ana Ruiz said in Geneva that the agency had sent teams. She added that more help was coming.",
                 ["new:Lena Holm", "new:Ana Ruiz", "new:Ana Ruiz"], id="fix15cd_director_of_the_acronym"),
])
def test_fix15cd_a_title_of_a_body_by_its_acronym_then_the_name_is_a_person(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
