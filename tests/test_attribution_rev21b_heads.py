"""One list of a body's head's titles and of the posts below or beside it (bodyhead.HEAD_TITLES, below_head), read by
bodyhead, bodychief and itemheads alike (session rev21b): texts of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodychief import body_chief
from idlibsite.attribution.bodyhead import body_head

_GUTERRES = "UN Secretary-General Antonio Guterres called for calm."


@pytest.mark.parametrize(("heading", "text", "expected"), [
    pytest.param("UN chief", f"{_GUTERRES} UN Secretary-General Spokesman Stephane Dujarric said the talks would go on.",
                 "Antonio Guterres", id="a_spokesman_titled_by_the_head_is_not_the_head"),
    pytest.param("UN chief", f"NEW YORK - {_GUTERRES} UN Secretary-General Special Adviser Maria Lund said more would follow.",
                 "Antonio Guterres", id="an_adviser_titled_by_the_head_is_not_the_head"),
    pytest.param("EU chief", "BRUSSELS - EU Commissioner Janez Lenarcic said the bloc was ready. EU Ambassador Anna Vogel said aid was"
                 " on its way.", "Janez Lenarcic", id="a_commissioner_heads_the_body_an_ambassador_does_not"),
])
def test_a_headings_body_chief_is_its_head_not_a_post_beside_it(heading: str, text: str, expected: str) -> None:
    assert body_head(heading, text) == expected


def test_guard_a_deputy_alone_is_no_body_chief() -> None:
    text = "WHO chief warns\nGENEVA - WHO Assistant Director-General Mike Ryan said the hospitals were full."
    assert body_chief("WHO chief warns", text) == ""


@pytest.mark.parametrize("billed", [
    "UN spokesman Stephane Dujarric said",
    "UN Deputy Secretary-General Amina Mohammed said",
    "UN envoy Geir Pedersen told reporters",
    "UN Assistant Secretary-General Ursula Mueller said",
])
def test_guard_no_top_title_billed_a_post_beside_or_below_the_head_is_no_body_chief(billed: str) -> None:
    """A page that bills no head of the body: "UN chief" is nobody the page names, not its spokesman or deputy."""
    text = f"UN chief urges restraint in Idlib\n\nNEW YORK, March 1 - {billed} the fighting was alarming."
    assert body_head("UN chief", text) == ""


def test_no_top_title_billed_the_one_person_with_the_bodys_title_is_its_chief() -> None:
    text = "AU chief appeals for calm\n\nADDIS ABABA - AU Commission Chairperson Moussa Faki Mahamat said talks must resume."
    assert body_head("AU chief", text) == "Moussa Faki Mahamat"
