"""Round 45's relays and titles (issue 15, session fix15cb): a title's initials written with dots ("said the P.M.",
"the C.E.O. said") stand, like the undotted "the PM", for the one person the page gave that title (Round 27: a title
standing for the person).  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import attribute_page
from test_attribution import ACTORS, paragraphs


def _speakers(text: str) -> dict[str, str]:
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return {text[p.start : p.end]: s.actor.id if s.actor else f"new:{s.new.name}" if s.new else "-"
            for p, s in found.items()}


@pytest.mark.parametrize(("text", "quote", "holder"), [
    pytest.param("P.M. pledges help to farmers hit by drought\n\nBy Mele Taufa  4 March 2020\n\n"
                 "Prime Minister Pohiva Tuionetoa has promised relief to farmers in the south.\n\n"
                 "\"No family will be left without water this season,\" said the P.M.\n\n"
                 "\"We have asked the ministry to send tankers every week.\"\n",
                 "No family will be left without water this season,", "new:Pohiva Tuionetoa", id="said_the_P.M."),
    pytest.param("Airline posts a loss for the year\n\nBy Ana Leota\n\n"
                 "The Chief Executive Officer of Pacific Wings, Tevita Fonua, presented the accounts on Friday.\n\n"
                 "\"The fuel bill doubled and the routes to Fiji lost money,\" the C.E.O. said.\n",
                 "The fuel bill doubled and the routes to Fiji lost money,", "new:Tevita Fonua", id="the_C.E.O._said"),
])
def test_dotted_initials_of_a_title_stand_for_its_holder(text: str, quote: str, holder: str) -> None:
    assert _speakers(text)[quote] == holder


@pytest.mark.parametrize(("text", "quote", "holder"), [
    pytest.param("Region mourns the soldiers\n\nBy Ion Rusu\n\n"
                 "The Governor (Bashkan) of the Gagauz autonomy Irina Vlah also sent her condolences. "
                 "\"We share the pain of our neighbours,\" stated the Bashkan.\n",
                 "We share the pain of our neighbours,", "new:Irina Vlah", id="the_bashkan"),
    pytest.param("Island council meets on fuel prices\n\nBy Sione Latu\n\n"
                 "The Chief (Matai) of the northern district Faleolo Tanoa opened the meeting on Monday.\n\n"
                 "\"The boats cannot sail if diesel costs this much,\" the Matai said.\n",
                 "The boats cannot sail if diesel costs this much,", "new:Faleolo Tanoa", id="the_matai"),
])
def test_a_title_glossed_in_brackets_stands_for_its_holder(text: str, quote: str, holder: str) -> None:
    assert _speakers(text)[quote] == holder
