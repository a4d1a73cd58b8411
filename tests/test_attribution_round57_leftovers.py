"""Leftovers of rounds 47-52 and two known risks (issue 15, session fix15di): a body in small letters after a
country's possessive is the body the page names in full only when the page makes that body the possessive's country's;
a short given name is a person named in full only when it can stand for that person's given name ("Teddy" for
"Teodoro", not "Tommy").  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodytable import in_other_words, page_bodies
from idlibsite.attribution.fullnames import nicknamed, shortened
from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


_MANILA = ("Manila tells Filipinos in Turkey to stay clear of the border\n\nLuzon Ledger | March 3, 2020\n\n"
           "Manila on Monday told Filipinos in Turkey to keep away from the Syrian border. The Department of Foreign Affairs "
           "(DFA) said no Filipino had been hurt.\n\nIreland's foreign affairs department also advised its citizens to leave "
           "Hatay, a note on its website said.\n")
_CEBU = ("Stay away from Hatay, DFA tells Filipinos\n\nVisayas Wire | 2 March 2020\n\nThe Philippines' foreign affairs "
         "department told Filipinos in southern Turkey on Sunday to avoid the border provinces.\n\nThe Department of Foreign "
         "Affairs (DFA) posted its advice overnight:\n\nFilipinos in Hatay are advised to register with the Embassy.\n"
         "— DFA Philippines (@DFAPHL) March 1, 2020\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_MANILA, "Ireland's foreign affairs", "new:Ireland's foreign affairs department",
                 id="fix15di_risk_another_countrys_department_is_not_the_pages_own"),
    pytest.param(_MANILA, "The Department of", "new:Department of Foreign Affairs", id="fix15di_guard_the_pages_own_department"),
    pytest.param(_CEBU, "The Philippines' foreign", "new:Department of Foreign Affairs",
                 id="fix15di_guard_the_possessives_country_is_the_accounts"),
])
def test_fix15di_a_countrys_body_in_other_words_is_the_body_of_that_country(text: str, opening: str, who: str) -> None:
    """The possessive's country must be the body's: its country named with its acronym ("DFA Philippines"), else the
    page's home country ("Manila on Monday told ..."); another country's department stays its own."""
    assert _said(text, opening) == who


@pytest.mark.parametrize(("phrase", "text", "body"), [
    pytest.param("Kenya's foreign affairs department", "Irish told to avoid border\n\nThe Department of Foreign Affairs has "
                 "advised Irish citizens to leave.\n", "", id="fix15di_risk_no_country_told_no_join"),
    pytest.param("Kenya's foreign affairs department", "Nairobi warns Kenyans in Turkey\n\nNairobi on Monday warned Kenyans "
                 "in Turkey. The Department of Foreign Affairs said all were safe.\n", "Department of Foreign Affairs",
                 id="fix15di_guard_the_home_countrys_department"),
])
def test_fix15di_in_other_words_reads_the_bodys_country(phrase: str, text: str, body: str) -> None:
    assert in_other_words(phrase, page_bodies(text)) == body


_RUIZ = ("Brothers split on the war\n\nPampanga Post | March 5, 2020\n\nSenator Teodoro Ruiz said on Monday the country "
         "should stay out of Syria. The account of the family's youngest, a soldier in Hatay, said otherwise:\n\nWe owe our "
         "allies more than silence.\n— Tommy Ruiz (@tommyruiz) March 4, 2020\n")
_SANTOS = ("Minister stays put\n\nCebu Daily | 6 March 2020\n\nHealth Minister Fernando Santos Jr. was blunter on his "
           "personal account late on Thursday:\n\nWe are not leaving the wards. Nobody is leaving.\n— Ferdie Santos Jr. "
           "(@ferdiesantos) March 5, 2020\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_RUIZ, "We owe our", "new:Tommy Ruiz", id="fix15di_risk_a_sign_off_of_the_same_surname_and_initial"),
    pytest.param(_RUIZ, "Senator Teodoro Ruiz", "new:Teodoro Ruiz", id="fix15di_guard_the_senator_keeps_his_words"),
    pytest.param(_SANTOS, "We are not", "new:Fernando Santos", id="fix15di_guard_a_short_form_is_the_person"),
])
def test_fix15di_a_short_given_name_is_the_person_named_in_full_only_if_it_can_stand_for_it(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


@pytest.mark.parametrize(("short", "given", "same"), [
    pytest.param("Teddy", "Teodoro", True, id="teddy"),
    pytest.param("Ferdie", "Fernando", True, id="ferdie"),
    pytest.param("Bill", "William", True, id="listed"),
    pytest.param("Muhammad", "Mohammed", True, id="spelling"),
    pytest.param("Yusuf", "Youssef", True, id="transliteration"),
    pytest.param("Tommy", "Teodoro", False, id="initial_alone"),
    pytest.param("Tom", "Ralf", False, id="kin"),
])
def test_fix15di_shortened(short: str, given: str, same: bool) -> None:
    assert shortened(short, given) is same


def test_fix15di_nicknamed_keeps_a_name_of_another_given_name() -> None:
    assert nicknamed(_RUIZ, "Tommy Ruiz") == "Tommy Ruiz"
    assert nicknamed(_SANTOS, "Ferdie Santos Jr.") == "Fernando Santos"
