"""Round 48's relays and anaphors (issue 15, session fix15cm): a relay whose principal is a capitalised title used with no
name ("said the Grand Mufti had called on ...": the holder the sentence gives the title, not the last person named);
a spokesperson introduced as "Name, spokesperson for the <title>, <holder>," who later, by surname, reports the
principal's state with a quotation in it ('Surname added that the <title> was "deeply troubled"': the principal's,
LABELS rule 3 and Round 47; without a quotation, the spokesperson's).  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the passage that opens with ``opening`` (its first three words); the last such."""
    return [who for _kind, first, who in cut_page(text) if first == opening][-1]


_STUDENT = ("The President of the Nigerian Students Union in Turkey, Mr Chidi Okafor, in a telephone interview with the "
            "paper, said members had been told to stay indoors.\n\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(f"Nigerians in Turkey safe\n\n{_STUDENT}Sheikh Musa Bello, spokesperson for the Grand Mufti, Sheikh Dr Ibrahim "
                 "Kano, said the Grand Mufti had called on worshippers to pray for peace.", "Sheikh Musa Bello,",
                 "new:Ibrahim Kano", id="fix15cm_the_grand_mufti_had_called_on"),
    pytest.param("Churches pray for Syria\n\nThe chairman of the Syrian community in Accra, Mr Fadi Haddad, said families were "
                 "anxious.\n\nRev. Peter Okoye, spokesman for the Catholic Archbishop of Lagos, Dr Alfred Martins, said the Archbishop "
                 "had urged parishes to collect aid.", "Peter Okoye, spokesman", "new:Alfred Martins",
                 id="fix15cm_the_archbishop_had_urged"),
])
def test_fix15cm_a_capitalised_title_relayed_is_its_holder(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(f"Nigerians in Turkey safe\n\n{_STUDENT}Sheikh Musa Bello, spokesperson for the Grand Mufti, Sheikh Dr Ibrahim "
                 "Kano, said the Grand Mufti had called on worshippers to pray for peace.\n\nSheikh Bello added that the Grand Mufti "
                 "was “deeply troubled” by the images.", "Sheikh Bello added", "new:Ibrahim Kano",
                 id="fix15cm_surname_added_that_the_title_was_quoted"),
    pytest.param("Archbishop prays for Syria\n\nRev. Peter Okoye, spokesman for the Catholic Archbishop of Lagos, Dr Alfred Martins, "
                 "spoke to journalists on Sunday.\n\nOkoye said the Archbishop remained “profoundly grieved” by the loss of life.",
                 "Okoye said the", "new:Alfred Martins", id="fix15cm_surname_said_the_title_remained_quoted"),
    pytest.param("Archbishop prays for Syria\n\nRev. Peter Okoye, spokesman for the Catholic Archbishop of Lagos, Dr Alfred Martins, "
                 "spoke to journalists on Sunday.\n\nOkoye said the Archbishop was tired after the journey.",
                 "Okoye said the", "new:Peter Okoye", id="fix15cm_a_state_without_a_quotation_stays_the_spokesman_s"),
])
def test_fix15cm_a_spokesperson_for_a_title_reporting_its_quoted_state_is_the_principal_s(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Idlib and us\n\nBrig (R) Asad Qureshi\n\nMarch 4, 2020\n\nTurkey needs friends now. In this column last month, I "
                 "argued that Dhaka should speak up. I said as much to an ambassador at a dinner last week.", "I said as",
                 "new:Asad Qureshi", id="fix15cm_rank_retired_over_a_blank_line_and_the_date"),
    pytest.param("Syria and the Gulf\n\nAir Vice Marshal (Retd) Farhan Siddiqui\n\n4 March 2020\n\nI wrote in these pages that the "
                 "ceasefire would not hold.", "I wrote in", "new:Farhan Siddiqui", id="fix15cm_air_vice_marshal_over_the_date"),
    pytest.param("Syria and the Gulf\n\nGen Tomasz Nowak\n5 March 2020\n\nI told the committee that the ceasefire would not hold.",
                 "I told the", "new:Tomasz Nowak", id="fix15cm_general_right_over_the_date"),
])
def test_fix15cm_a_columnist_named_after_a_rank_over_the_date_is_the_i(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Ceasefire welcomed\n\nADDIS ABABA, 6 March (Agency) – The African Union welcomed the ceasefire in Idlib, AU Commission "
                 "chairperson Moussa Faki Mahamat said. He added that the Union was ready to send observers.", "He added that",
                 "new:Moussa Faki Mahamat", id="fix15cm_he_after_a_body_s_act_told_by_its_chief"),
    pytest.param("Talks welcome\n\nNorway welcomed the agreement in Moscow, Foreign Minister Ine Eriksen Soreide said on Friday. She "
                 "added that Oslo would give more aid.", "She added that", "new:Ine Eriksen Soreide",
                 id="fix15cm_she_after_a_country_s_act_told_by_its_minister"),
])
def test_fix15cm_he_after_a_body_s_act_closed_by_a_named_teller_is_the_teller(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Tonga: No Tongans in Idlib\n\nMinister of Foreign Affairs, Hon. Fekitamoeloa Utoikamanu, has told Parliament that no "
                 "Tongans are known to be living in Idlib.\n\nShe was answering the Leader of the Opposition, Hon. Siaosi Sovaleni, who "
                 "asked whether any passport holders came from Syria.\n\nThe minister said the passport office had received "
                 "applications from “a small number” of people, but that every one had been checked.", "The minister said",
                 "new:Fekitamoeloa Utoikamanu", id="fix15cm_the_minister_not_the_opposition_leader_named_last"),
    pytest.param("Samoa safe\n\nMinister of Foreign Affairs, Hon. Peni Tuala, told Parliament that no Samoans live in Idlib.\n\n"
                 "Opposition MP Hon. Ioane Leota said the answer was weak.\n\nThe minister said the embassy was in contact with "
                 "students.", "The minister said", "new:Peni Tuala", id="fix15cm_the_minister_not_the_mp_named_last"),
])
def test_fix15cm_a_paragraph_opening_with_a_title_and_its_holder_gives_the_title(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param("Idlib and us\n\nBrig (R) Asad Qureshi\n\nMarch 4, 2020\n\nTurkey needs friends now. I said as much to an ambassador "
                 "at a dinner last week. His reply was short: “We count our friends in winter.”", "We count our",
                 id="fix15cm_his_reply_after_the_columnist_s_i"),
    pytest.param("Syria and the Gulf\n\nAir Vice Marshal (Retd) Farhan Siddiqui\n\n4 March 2020\n\nI put the question to a minister "
                 "last week. Her answer was frank: “Nobody in this region wants to choose.”", "Nobody in this",
                 id="fix15cm_her_answer_after_the_columnist_s_i"),
])
def test_fix15cm_a_reply_to_the_columnist_is_not_the_columnist_s(text: str, opening: str) -> None:
    assert _said(text, opening) == ""
