"""An interview whose questions are in bold and address nobody by name: the answers are the guest the introduction
presents (issue 15, session fix15fs; LABELS, Interviews and transcripts, Round 56 and Round 77: untagged answers after
questions are the guest the standfirst names).  Texts of our own; "guard" in an id: a page presenting nobody."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening

_BOLD_QA = ("Interview\n\nThe shelters are full\n\nThe Red Crescent's coordinator in Hatay, Selin Aydemir, talks to Mark"
            " Hollis about the winter on the border.\n\n**What do the families who arrive need first?**\n\nWarm clothes"
            " and a dry place to sleep. Most of them walked for two days.\n\n**How many have you registered?**\n\nMore than"
            " four thousand since January.\n\n**And you, how do you hold up?**\n\nWe work in shifts. Nobody has had a day"
            " off since the ceasefire collapsed.\n")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(_BOLD_QA, "Warm clothes and", "new:Selin Aydemir", id="lead_bold_questions_the_guest_the_standfirst_sets_apart"),
    pytest.param(_BOLD_QA, "We work in", "new:Selin Aydemir", id="lead_the_last_answer"),
])
def test_bold_questions_addressing_nobody_the_guest_the_introduction_presents(text: str, opening: str, speaker: str) -> None:
    assert said_opening(text, opening) == speaker


def test_guard_bold_questions_on_a_page_presenting_nobody() -> None:
    """No standfirst presents anyone: the answers are nobody's words, as before."""
    text = _BOLD_QA.replace("The Red Crescent's coordinator in Hatay, Selin Aydemir, talks to Mark Hollis about the winter on"
                            " the border.", "The winter on the border, seen from a shelter.")
    assert "Warm clothes and" not in {first for _kind, first, _who in cut_page(text)}
