"""A headline's "<Body> chief" is the one person the page bills as that body's head (issue 15, session fix15fi): "UN chief
urges ...", "AU chief calls ...", "Arab League chief condemns ..." over a body that names "UN Secretary-General Name",
"African Union Commission Chairperson Name", "the Secretary-General of the League of Arab States, Mr. Name" (LABELS: a
headline's subject is its speaker; rule 7), in a wire feed's, a bulletin's items' and a state daily's title-case forms.
Texts of our own; "guard" in an id: no head billed, two alike, or no body's chief."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodychief import body_chief
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


WIRE = ("UN chief appeals for calm in Idlib, says civilians paying the price\n\n"
        "United Nations, Mar 3 (PTI) UN Secretary-General Kofi Mensah has appealed for an immediate ceasefire in Idlib.\n\n"
        "His spokesman Lars Berg told reporters that the fighting had displaced thousands.\n")
BULLETIN = ("World in brief\n\n"
            "Foreign Office briefs envoys\n\n"
            "Foreign Office spokesperson Amina Qadir told reporters on Thursday that all nationals in Turkey were safe.\n\n"
            "AU chief calls for restraint\n\n"
            "Addis Ababa – African Union Commission Chairperson Jean-Paul Ekwueme has called on both sides to exercise"
            " restraint.\n")
STATE_DAILY = ("Arab League Chief Condemns Incursion Into Syria\n\n"
               "Cairo, 03/03/2020 (AMI) - The Secretary-General of the League of Arab States, Mr. Youssef El-Masri, condemned"
               " the incursion, his spokesman, Mr. Karim Fawzi, said in a statement.\n")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(WIRE, "UN chief appeals", "new:Kofi Mensah", id="lead_wire_feed_un_chief"),
    pytest.param(BULLETIN, "AU chief calls", "new:Jean-Paul Ekwueme", id="lead_bulletin_item_initials_of_the_title"),
    pytest.param(STATE_DAILY, "Arab League Chief", "new:Youssef El-Masri", id="lead_state_daily_body_words_in_another_order"),
])
def test_a_headlines_body_chief_is_the_head_the_page_bills(text: str, opening: str, speaker: str) -> None:
    assert _speakers(text)[opening] == speaker


@pytest.mark.parametrize(("heading", "text"), [
    pytest.param("UN chief urges calm", "UN chief urges calm\n\nThe UN said the talks would resume.\n", id="guard_no_head_billed"),
    pytest.param("UN chief urges calm", "UN chief urges calm\n\nUN Secretary-General Kofi Mensah and former UN Secretary-General"
                 " Ana Ruiz spoke.\n", id="guard_two_heads_billed_alike"),
    pytest.param("UN aid chief urges calm", "UN aid chief urges calm\n\nUN Secretary-General Kofi Mensah spoke.\n",
                 id="guard_a_chief_of_a_part_in_lowercase"),
    pytest.param("UN chief's spokesman says", "UN chief's spokesman says\n\nUN Secretary-General Kofi Mensah spoke.\n",
                 id="guard_the_chiefs_aide"),
    pytest.param("UN chief urges calm", "UN chief urges calm\n\nUN Deputy Secretary-General Ana Ruiz spoke.\n",
                 id="guard_a_deputy_is_no_head"),
    pytest.param("AU chief calls for calm", "AU chief calls for calm\n\nUN Secretary-General Kofi Mensah spoke.\n",
                 id="guard_another_bodys_head"),
])
def test_guard_no_one_head_gives_no_chief(heading: str, text: str) -> None:
    assert body_chief(heading, text) == ""
