"""Round 58's leftovers of November's rounds, a body's worldwide name (issue 15, session fix15dj): a body of one word
in capitals that the page also gives with "International" after it ("MEDAIR warns ..." on a release whose contacts read
"MEDAIR International press office") is that body by its fuller name, as a heading's "..., warns MEDAIR" is answered
(LABELS rule 9, a body's two names), and so is the lead-in of a list of its demands ("MEDAIR is calling for:").  A word in capitals the page
never writes so stays as it is, and so does a name of two words.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.fullnames import worldwide_name
from test_attribution import said_opening


_RELEASE = ("Yemen: cholera cases double in a month\n\nNews release | 10 May 2021\n\nSANAA (10 May 2021) – As the rains "
            "begin, MEDAIR warns that cholera cases in Hodeidah have doubled since April.\n\n\"We see whole families in "
            "our clinics,\" said Jonas Weber, the agency's head of health in Yemen.\n\nMEDAIR is calling for:\n\n- Clean "
            "water for the camps around Hodeidah\n\nFor media enquiries: MEDAIR International press office, "
            "press@example.org\n")


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param(_RELEASE, "As the rains", "new:MEDAIR International", id="fix15dj_warns_that_release_contacts"),
    pytest.param(_RELEASE, "MEDAIR is calling", "new:MEDAIR International", id="fix15dj_a_lists_lead_in"),
    pytest.param("Aid group says Tigray clinics are running dry\n\nBy Hanna Berhe\n\nADDIS ABABA, June 2 – ACTIVA said on "
                 "Tuesday that three of its clinics in Mekelle had run out of insulin.\n\nACTIVA International, which works in "
                 "40 countries, has asked donors for $4 million.", "ACTIVA said on", "new:ACTIVA International",
                 id="fix15dj_wire_story_names_it_later"),
])
def test_fix15dj_a_body_in_capitals_is_named_by_its_worldwide_form(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


def test_fix15dj_a_body_in_capitals_the_page_never_names_worldwide_stays_as_it_is() -> None:
    text = ("Aid group says Tigray clinics are running dry\n\nBy Hanna Berhe\n\nADDIS ABABA, June 2 – ACTIVA said on "
            "Tuesday that three of its clinics in Mekelle had run out of insulin.\n\nThe International Red Cross has "
            "asked donors for $4 million.")
    assert said_opening(text, "ACTIVA said on") == "new:ACTIVA"


@pytest.mark.parametrize(("text", "short", "expected"), [
    pytest.param("Contacts: MEDAIR International press office", "MEDAIR", "MEDAIR International", id="capitals"),
    pytest.param("Contacts: Medair International press office", "Medair", "", id="not_in_capitals"),
    pytest.param("MEDAIR Internationalist wing", "MEDAIR", "", id="a_longer_word"),
    pytest.param("the SEC International Office", "SEC", "SEC International", id="acronym"),
    pytest.param("MEDAIR and International Rescue", "MEDAIR", "", id="not_next_to_it"),
])
def test_fix15dj_worldwide_name(text: str, short: str, expected: str) -> None:
    assert worldwide_name(text, short) == expected
