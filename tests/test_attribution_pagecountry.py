"""A national page's own country for its bare "the Foreign Ministry" or "the government" (session fix15es): a headline
that opens with two states ("Russia, Turkey agree ...") is a story of both, no national page's own country; the page's
own people abroad named in the passage's paragraph or the one before ("no Japanese nationals were hurt") tell whose
ministry speaks.  Texts of our own in the forms of a Japanese daily's English edition, a Korean broadcaster's news list
and a Philippine agency's story; names made up."""

from __future__ import annotations

import pytest

from idlibsite.attribution.context import opening_country
from idlibsite.attribution.speakers import attribute_page
from test_attribution import ACTORS, paragraphs


def ministry(text: str, first: str) -> tuple[str, str]:
    """(actor id or new name, the new speaker's affiliation) of the passage that opens with ``first``."""
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    got = next(s for p, s in found.items() if text[p.start :].startswith(first))
    return (got.actor.id, "") if got.actor else (got.new.name, got.new.affiliation) if got.new else ("", "")


@pytest.mark.parametrize(("text", "first", "country"), [
    pytest.param("Russia, Turkey agree on Idlib ceasefire\n\nISTANBUL — A ceasefire took effect at midnight.\n\n"
                 "In Tokyo, Foreign Minister Taro Kanda said Japan welcomed the deal.\n\nChief Cabinet Secretary Ken Mori "
                 "said no Japanese nationals had been hurt. The Foreign Ministry has raised its travel advisory for the "
                 "border provinces.", "The Foreign Ministry has", "Japan", id="japanese_daily_two_states_in_the_headline"),
    pytest.param("Moscow, Ankara strike a deal on Idlib\n\nNews\n\nForeign Ministry spokesperson Anong Srisuk said no "
                 "Thai nationals had been reported hurt.\n\nThe Foreign Ministry said it would raise its travel "
                 "alert for southern Turkey.", "The Foreign Ministry said", "Thailand",
                 id="broadcaster_news_list_citizens_in_the_paragraph_before"),
    pytest.param("Turkey and Russia agree on truce\n\nMANILA — The Department said some 3,000 Filipino workers live in "
                 "Turkey.\n\nNo Filipinos were among the casualties, the Foreign Ministry said on Friday.",
                 "No Filipinos were", "Philippines", id="philippine_agency_citizens_in_the_passage_before_its_speaker"),
])
def test_a_bare_ministry_is_the_country_whose_people_the_page_speaks_of(text: str, first: str, country: str) -> None:
    assert ministry(text, first)[1] == country


@pytest.mark.parametrize(("sentence", "country"), [
    pytest.param("Russia, Turkey agree on Idlib ceasefire", "", id="two_states_by_a_comma"),
    pytest.param("Russia and Turkey agree on a truce", "", id="two_states_by_and"),
    pytest.param("Peru urges calm in Idlib", "Peru", id="one_state"),
    pytest.param("Peru, Chile's neighbour, urges calm", "Peru", id="one_state_and_an_apposition"),
    pytest.param("Bosnia and Herzegovina sends aid", "Bosnia and Herzegovina", id="one_state_of_two_names"),
])
def test_a_headline_of_two_states_names_no_page_country(sentence: str, country: str) -> None:
    assert opening_country(sentence) == country


def test_a_page_that_names_another_countrys_ministry_keeps_it() -> None:
    text = ("Russia, Turkey agree on Idlib ceasefire\n\nMOSCOW — No Japanese nationals were hurt, Tokyo said.\n\n"
            "The Russian Foreign Ministry said the truce would hold.")
    assert ministry(text, "The Russian Foreign")[0] == "russian-foreign-ministry"
