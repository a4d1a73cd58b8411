"""Round 19's classes of error: a speech published whole under a header of delivered words; a news section
headed "Reply from" a party; a correspondent's box under a lone tag; "fears that"; words between dashes; a
person described by body and field, named later."""

from __future__ import annotations

from test_attribution import described, labels, speakers
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.statements import find_passages


def _body_speakers(text: str) -> list[tuple[str, str, str]]:
    """(kind, first words, speaker label) of each passage of the body blocks, the header left out as a page's."""
    body = [(b.start, b.end) for b in cut_blocks(text, title_hint=text.splitlines()[0]) if b.kind == "body"]
    return described(text, find_passages(text, body))


_REMARKS = (
    "Remarks at a Council Debate on the Valley Floods\n\n"
    "Minister Ilse Marken\n"
    "Head of the River Delegation\n"
    "Office of the Water Commission\n"
    "Geneva, Switzerland\n"
    "April 2, 2021\n\n"
    "AS DELIVERED\n\n"
    "Thank you, Madam President.\n\n"
    "Let me start by thanking the engineers who worked through the night. We stand with the valley.\n\n"
    "The dam has held for a week. The farmers have lost their fields, and the fund must open on Monday.\n\n"
    "Thank you, Madam President.\n")


def test_a_speech_under_a_header_of_delivered_words_is_the_named_speakers() -> None:
    got = _body_speakers(_REMARKS)
    marken = "new:Ilse Marken"
    assert got == [("direct", "Let me start", marken), ("direct", "We stand with", marken),
                   ("direct", "The dam has", marken), ("direct", "The farmers have", marken)]
    assert _body_speakers(_REMARKS.replace("AS DELIVERED\n\n", "")) == []  # no such header: an article's plain prose


def test_a_news_section_headed_reply_from_a_party_reports_the_reply_sentence_by_sentence() -> None:
    text = ("Opposition leader Ada Quill said the dam had been built too low.\n\n"
            "REPLY FROM THE VALLEY PARTY\n\n"
            "Valley Party spokesman Omar Kelik answered from the party headquarters. Kelik said the dam would hold.\n\n"
            "Water Minister Ilse Marken said the fund would open on Monday.")
    got = labels(text)
    assert got == ["new:Ada Quill", "new:Omar Kelik", "new:Ilse Marken"]


def test_a_paragraph_in_quotation_marks_under_a_lone_tag_is_the_tagged_speakers() -> None:
    text = ("The river rose two metres overnight, the water board said.\n\n"
            "Valley correspondent Ada Quill:\n\n"
            '"The mood here is grim. The farmers have lost their fields, and nobody has come to help."\n\n'
            "The board will meet on Monday.")
    direct = [who for kind, _words, who in speakers(text) if kind == "direct"]
    assert direct and set(direct) == {"new:Ada Quill"}


def test_fears_that_after_a_named_speaker_reports_speech_and_fear_without_that_does_not() -> None:
    text = "MP Ada Quill urged the board to act. She fears that the dam will break within a week."
    assert speakers(text) == [("reported", "MP Ada Quill", "new:Ada Quill"), ("reported", "She fears that", "new:Ada Quill")]
    assert speakers("Residents feared for their homes as the river rose.") == []


def test_words_between_dashes_with_a_speech_clause_after_them_are_a_quotation() -> None:
    text = ("Ada Quill, head of the River Institute, believes that the dam will hold.\n\n"
            "- The water has never been this high, but the engineers know their work, - the expert told the paper.")
    assert speakers(text) == [("reported", "Ada Quill, head", "new:Ada Quill"), ("direct", "The water has", "new:Ada Quill")]
    bullets = "- The dam will hold, - the board's notice reads - and work goes on.\n\n- The board met on Monday."
    assert [kind for kind, _words, _who in speakers(bullets)] == []  # dashes of a list, no speech clause after them


def test_a_person_described_by_body_and_field_is_the_one_named_later_with_that_field_in_the_title() -> None:
    text = ("The river is rising, the board's top water official told reporters on Friday. "
            "Ada Quill, Under-Secretary-General for Water and Coastal Affairs, said the dam would hold.")
    assert labels(text) == ["new:Ada Quill", "new:Ada Quill"]
    other = text.replace("Water and Coastal Affairs", "Roads and Bridges")
    assert labels(other)[0] == ""  # another field: not the one described
