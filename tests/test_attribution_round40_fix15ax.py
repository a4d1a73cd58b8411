"""Round 37's largest class (issue 15), a live blog's entries (session fix15ax): the time stamp that opens an entry is
the page's chrome before the subject, and an entry reads as a paragraph of its own.  Texts of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers


def _blog(stamps: list[str], entries: list[str]) -> str:
    """A live blog of the entries, each under its stamp, newest first, parted by blank lines."""
    return "\n\n".join(f"{stamp}{entry}" for stamp, entry in zip(stamps, entries))


_ENTRIES = ["Port Authority chief Lena Varga said the harbour would reopen on Monday.",
            "The Coast Guard said two boats had been stopped overnight.",
            'Opposition leader Tomas Brenn criticised the cabinet for its "slow response".']
_NAMED = ["new:Lena Varga", "new:Coast Guard", "new:Tomas Brenn", "new:Tomas Brenn"]


@pytest.mark.parametrize("stamps", [
    pytest.param(["20:10 – ", "19:45 – ", "19:05 – "], id="fix15ax_a_stamp_and_an_en_dash"),
    pytest.param(["14:05 - ", "13:50 - ", "13:10 - "], id="fix15ax_a_stamp_and_a_hyphen"),
    pytest.param(["2:05 pm — ", "1:40 pm — ", "11:15 am — "], id="fix15ax_twelve_hours_and_an_em_dash"),
    pytest.param(["14.05 GMT - ", "13.50 GMT - ", "13.10 GMT - "], id="fix15ax_a_dotted_time_with_its_zone"),
    pytest.param(["10:32 AM EST\n", "10:05 AM EST\n", "9:40 AM EST\n"], id="fix15ax_a_stamp_on_a_line_of_its_own"),
])
def test_fix15ax_an_entrys_stamp_is_no_part_of_its_subject(stamps: list[str]) -> None:
    assert labels(_blog(stamps, _ENTRIES)) == _NAMED


def test_fix15ax_he_in_an_entry_is_the_person_its_first_sentence_names() -> None:
    text = _blog(["12:30 – ", "11:15 – "], [
        'The Harbour Workers Union urged calm. Its chairman Piet Olsen said the strike was "legal".',
        "Prime Minister Jan Kovac has arrived in Lakeport. Before leaving, he told reporters he would ask "
        "for more ships."])
    assert labels(text) == ["new:Harbour Workers Union", "new:Piet Olsen", "new:Jan Kovac"]


def test_fix15ax_guard_without_stamps_the_same_entries_read_the_same() -> None:
    assert labels("\n\n".join(_ENTRIES)) == _NAMED


def test_fix15ax_guard_a_lone_time_before_a_dash_in_a_story_is_left_alone() -> None:
    text = ("10:45 - that was when the first boat came in, Port Authority chief Lena Varga said.\n\n"
            "The Coast Guard said two boats had been stopped overnight.")
    assert [words for _kind, words, _who in speakers(text)] == ["10:45 - that", "The Coast Guard"]
