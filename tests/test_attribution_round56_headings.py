"""Leftovers of rounds 47-52, headings and timelines (issue 15, session fix15de): a timeline's line dated with a colon
("February 29: Erdogan: "words"", "March 2: AGENCY: words.") reads its tag after the date, as a line dated with a spaced
dash does, not the last speaker of the lines before it (LABELS Round 44/48: a timeline entry's "Name: words" is the
name's).  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening


_WIRE = ("TIMELINE: How the Border Crisis Unfolded\n\nBy Staff Writer\n\nHundreds of Kenyans were caught at the border "
         "last week.\n\nBelow is a timeline of events.\n\n"
         "March 1: Russian Defence Ministry says its jets struck militant positions near Saraqeb.\n\n"
         "March 2: Lavrov: \"Moscow will not accept any attack on Syrian forces.\"\n\n"
         "March 3: DIASPORA OFFICE: Kenyans abroad should keep away from the border crossings.\n\n"
         "Tags: Kenya, Turkey")
_PAPER = ("Key dates in the Idlib standoff\n\nBy Ana Ruiz\n\nThe standoff has lasted a month.\n\n"
          "4 March: Greek government spokesman Stelios Petsas says the border will stay shut.\n\n"
          "5 March: Akar: \"Our soldiers will answer every attack.\"\n\n"
          "6 March: Chilean Embassy: Chileans in the region should register with the consulate.")


def test_fix15de_a_colon_dated_timeline_line_name_colon_quotation_is_the_names() -> None:
    assert said_opening(_WIRE, "Moscow will not") == "new:Lavrov"
    assert said_opening(_PAPER, "Our soldiers will") == "hulusi-akar"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_WIRE, "March 3: DIASPORA", "new:DIASPORA OFFICE", id="fix15de_timeline_colon_date_body_in_capitals"),
    pytest.param(_PAPER, "6 March: Chilean", "new:Chilean Embassy", id="fix15de_timeline_colon_date_ministry"),
])
def test_fix15de_a_colon_dated_timeline_line_body_colon_words_is_the_bodys(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_BRIEFS = ("Briefs of the day\n\nLusaka, 2 March (ZANIS) - The minister opened the trade fair on Monday.\n\n"
           "Cosatu condemns \"foreign meddling\" in Libya\n\nJohannesburg, 2 March (SAPA) - The Congress of South African "
           "Trade Unions (Cosatu) said on Monday that the war served \"the great powers\".\n")
_KICKER = ("Sahel crisis: Niger calls for «an immediate ceasefire in the region»\n\nNiamey, 3 March (ANP) - The Government "
           "of Niger has expressed its concern at the fighting.\n")


@pytest.mark.parametrize(("text", "opening", "quoted", "who"), [
    pytest.param(_BRIEFS, "Cosatu condemns \"foreign", "foreign meddling", "new:Cosatu", id="fix15de_briefs_heading_condemns_quotation"),
    pytest.param(_KICKER, "Sahel crisis: Niger", "an immediate ceasefire", "new:Niger", id="fix15de_kicker_headline_calls_for_quotation"),
])
def test_fix15de_a_heading_subject_verb_quotation_is_reported_and_direct(text: str, opening: str, quoted: str, who: str) -> None:
    passages = cut_page(text)
    assert ("reported", opening, who) in passages
    assert ("direct", quoted, who) in passages


def test_fix15de_a_heading_of_a_plural_noun_and_a_quotation_is_no_report() -> None:
    text = "Idlib hospitals \"overwhelmed\" by the cold\n\nDoctors in the camps work through the night.\n"
    assert not [first for kind, first, _who in cut_page(text) if kind == "reported" and first.startswith("Idlib")]


def _interview(headline: str) -> str:
    return (f"{headline}\n\nBy Wanjiru Kamau\nMarch 6, 2020\n\nKenyans are among the migrants stuck at the Greek border. "
            "Dr Otieno Achieng, who lectures on migration at Moi University, spoke to us by phone.\n\n"
            "Daily Ledger: How many Kenyans are there?\n\n"
            "Achieng: Nobody knows. The embassy in Ankara has no list, and families do not call it.\n\n"
            "Daily Ledger: Why do they go?\n\n"
            "Achieng: Work. Kenyans in Turkey are the forgotten workers of this crisis, and nobody counts them.\n")


@pytest.mark.parametrize("headline", [
    pytest.param("'Nobody counts the Kenyans at the border': migration researcher", id="fix15de_single_marks_two_word_role"),
    pytest.param("“Nobody counts the Kenyans at the border”: Nairobi analyst", id="fix15de_curly_marks_place_and_role"),
])
def test_fix15de_a_headline_quotation_tagged_by_a_role_is_the_interviews_guest(headline: str) -> None:
    assert said_opening(_interview(headline), "Nobody counts the") == "new:Otieno Achieng"


def test_fix15de_a_headline_quotation_tagged_by_no_role_is_not_the_guests() -> None:
    assert said_opening(_interview("'Nobody counts the Kenyans at the border': new figures"), "Nobody counts the") != "new:Otieno Achieng"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Ghana and the Idlib war\n\nAccra, 2 March - The fighting in Idlib goes on.\n\nIn its communiqué, signed by the "
                 "Minister Kofi Mensah, Ghana «urges all parties to cease fire at once» and reaffirms its support for the UN "
                 "talks.\n", "In its communiqué,", "new:Ghana", id="fix15de_communique_guillemets_and_reaffirms"),
    pytest.param("Rights groups on Idlib\n\nThe shelling went on overnight.\n\nHuman Rights Watch \"condemns the shelling of "
                 "hospitals in the strongest terms\" and calls for an independent inquiry.\n", "Human Rights Watch",
                 "new:Human Rights Watch", id="fix15de_ngo_straight_marks_and_calls"),
])
def test_fix15de_a_verb_after_a_quotation_holding_the_first_verb_is_the_subjects(text: str, opening: str, who: str) -> None:
    assert ("reported", opening, who) in cut_page(text)
