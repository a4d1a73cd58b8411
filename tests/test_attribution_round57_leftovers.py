"""Leftovers of rounds 47-52 and two known risks (issue 15, session fix15di): a body in small letters after a
country's possessive is the body the page names in full only when the page makes that body the possessive's country's;
a short given name is a person named in full only when it can stand for that person's given name ("Teddy" for
"Teodoro", not "Tommy").  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodytable import in_other_words, page_bodies
from idlibsite.attribution.fullnames import nicknamed, shortened
from test_attribution import said_opening


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
    assert said_opening(text, opening) == who


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
    assert said_opening(text, opening) == who


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


_NAIROBI = ("Kenyans in Turkey safe, says envoy\n\nNAIROBI – The Ministry of Foreign Affairs said on Monday that no Kenyan had "
            "been hurt in the fighting.\n\nThe Kenyan ambassador to Turkey, speaking on Citizen TV, said the embassy had drawn up "
            "an evacuation plan \"just in case\" but that Istanbul was calm.\n")
_NAIROBI_NAMED = _NAIROBI.replace("The Kenyan ambassador to Turkey, speaking on Citizen TV,", "The Kenyan ambassador to Turkey, Jane Wambui,")
_LUSAKA = ("IN PICTURES: Lusaka prays for Idlib\n\nStaff Writer | 2020-03-02\n\nSERVICE: Pastor John Banda leads the prayers. "
           "\"We pray for peace,\" he told the congregation. PHOTO: A. PHIRI\n\nWREATH: The Turkish ambassador to Zambia lays a "
           "wreath for the soldiers. He said Turkey \"will remember\" Zambia's support. PHOTO: A. PHIRI\n")
_LUSAKA_NAMED = _LUSAKA.replace("The Turkish ambassador to Zambia lays", "Ambassador Ali Veli lays")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_NAIROBI, "The Kenyan ambassador", "The Kenyan ambassador to Turkey", id="fix15di_an_envoy_described_with_the_post_is_nobody_named"),
    pytest.param(_NAIROBI, "just in case", "The Kenyan ambassador to Turkey", id="fix15di_an_envoy_described_quoted"),
    pytest.param(_NAIROBI_NAMED, "The Kenyan ambassador", "new:Jane Wambui", id="fix15di_guard_an_envoy_named_in_apposition"),
    pytest.param(_LUSAKA, "He said Turkey", "The Turkish ambassador", id="fix15di_he_after_an_envoy_described_as_a_subject"),
    pytest.param(_LUSAKA, "will remember", "The Turkish ambassador", id="fix15di_he_after_an_envoy_described_quoted"),
    pytest.param(_LUSAKA_NAMED, "He said Turkey", "new:Ali Veli", id="fix15di_guard_he_after_an_envoy_named"),
    pytest.param(_LUSAKA, "We pray for", "new:John Banda", id="fix15di_guard_the_pastor_keeps_his_words"),
    pytest.param(_NAIROBI.replace("The Kenyan ambassador to Turkey, speaking on Citizen TV, said", "Kenya's honorary consul in Izmir told "
                 "Citizen TV") + "\"Izmir is quiet. Shops are open,\" he said.\n", "Izmir is quiet.", "Kenya's honorary consul in Izmir",
                 id="fix15di_he_after_a_nations_honorary_consul_in_a_city"),
    pytest.param("Kenyan ambassador to Zambia Jane Wambui thanked Zambia for its \"steady friendship\".", "Kenyan ambassador to",
                 "new:Jane Wambui", id="fix15di_guard_a_name_after_the_envoys_post"),
])
def test_fix15di_a_nations_envoy_never_named_is_nobody(text: str, opening: str, who: str) -> None:
    """LABELS rule 6: an ambassador never named is `null`; "The X ambassador to Y" is no name, and "he" after such an
    ambassador as the subject of a sentence is that ambassador, not the speaker before (the fix15dd/fix15de leftovers
    of 645 and 672).  The unnamed speaker is the role itself, no actor (no ``new:``): `null` to the bench."""
    assert said_opening(text, opening) == who


_KOULOUBA = ("Mali follows Idlib closely\n\nBamako Matin | 3 March 2020\n\nThe Ministry of Foreign Affairs said no Malian had been "
             "hurt in Turkey.\n\nKoulouba, for its part, let it be known that the President of the Republic, Ibrahim Sow Kane, "
             "was following the situation « very closely ».\n")
_PRESIDENCY = ("Quito watches the border\n\nAndes Daily | 3 March 2020\n\nThe Presidency said on Monday that the Head of State, "
               "Ana Ruiz Vela, was monitoring events in Syria \"with deep concern\".\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_KOULOUBA, "Koulouba, for its", "new:Ibrahim Sow Kane", id="fix15di_a_seat_tells_its_principals_state_quoted"),
    pytest.param(_KOULOUBA, "very closely", "new:Ibrahim Sow Kane", id="fix15di_a_seat_tells_its_principals_state_the_quotation"),
    pytest.param(_PRESIDENCY, "The Presidency said", "new:Ana Ruiz Vela", id="fix15di_a_body_tells_its_principals_state_quoted"),
    pytest.param(_PRESIDENCY.replace(' "with deep concern"', " closely"), "The Presidency said", "new:Ecuadorean Presidency",
                 id="fix15di_guard_without_a_quotation_the_bodys"),
    pytest.param(_PRESIDENCY.replace("The Presidency", "Minister Juan Soto"), "Minister Juan Soto", "new:Juan Soto",
                 id="fix15di_guard_a_person_telling_keeps_it"),
])
def test_fix15di_a_body_telling_its_principals_state_with_a_quotation_is_the_principal(text: str, opening: str, who: str) -> None:
    """LABELS Round 47: a relayed state with a quotation in it is the principal's; here the teller is a body or its seat
    (a one-word seat the sentence calls "its"), the principal named by title and name in apposition (621's leftover)."""
    assert said_opening(text, opening) == who
