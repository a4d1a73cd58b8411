"""Round 48's misses of finding and headlines (issue 15, session fix15cn): a headline whose tag after a dash ends the line
("NATIONALS IN X SAFE – GOVT", "... — Foreign Affairs Ministry") is no dateline before a story, and a tag in capitals or
contracted ("GOVT", "Govt") is the word of the story it stands for.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("LESOTHO STUDENTS IN CYPRUS SAFE – GOVT\n\nBY THABO MOKOENA\n\nGOVERNMENT has assured Basotho students in "
                 "Cyprus that they are safe after the floods.\n\nThe floods closed the port of Limassol on Monday.",
                 "LESOTHO STUDENTS IN", "new:GOVERNMENT", id="fix15cn_capitals_dash_govt"),
    pytest.param("Fijians in Lebanon safe - Govt\n\nThe Government has assured families that Fijians working in Lebanon are "
                 "safe after the blast.\n\nThe blast destroyed the port of Beirut on Tuesday.",
                 "Fijians in Lebanon", "new:Government", id="fix15cn_dash_govt_contracted"),
    pytest.param("Kenyans in Ukraine safe — Foreign Affairs Ministry\n\nBy Jane Wanjiru, Nairobi\n\nTHE Ministry of Foreign Affairs "
                 "has assured families that Kenyans in Ukraine are safe.\n\nThe fighting reached Kharkiv on Sunday.",
                 "Kenyans in Ukraine", "new:Ministry of Foreign Affairs", id="fix15cn_em_dash_ministry_tag"),
])
def test_fix15cn_a_headlines_tag_after_a_dash_is_no_dateline(text: str, opening: str, expected: str) -> None:
    assert _said(text, opening) == expected
