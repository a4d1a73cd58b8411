"""Classes D and E of issue 15 (session method15d): a body the page names in full, then by a short form, its kind, its
acronym or its seat; and a body of no country named on a national page.  One table of the page's bodies answers them
all (``attribution/bodytable.py``).  Texts of our own, in the house styles of several outlets; none is from the set."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels

_OTHER_COUNTRY = {"russian-foreign-ministry", "russian-defence-ministry", "turkish-foreign-ministry", "turkish-defence-ministry"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Freight kept moving at the Valga crossing, the Latvian Chamber of Commerce and Industry said on Monday.\n\n"
                  "The chamber urged the cabinet not to close the border to trucks.",
                  ["new:Latvian Chamber of Commerce and Industry"] * 2, id="method15d_the_chamber_after_a_name_with_and"),
    pytest.param("The Office of the President of Moldova said on Tuesday that a field hospital would be sent.\n\n"
                  "Two planes are ready. The office added that doctors had volunteered.",
                  ["new:Office of the President of Moldova"] * 2, id="method15d_guard_the_office_after_office_of_the_president"),
    pytest.param("The Estonian Refugee Council said 40 families had arrived in Tartu.\n\n"
                  "ERC also said more places were needed before winter.",
                  ["new:Estonian Refugee Council"] * 2, id="method15d_the_acronym_alone_of_a_name_before"),
    pytest.param("The Philippine Department of Migrant Workers (DMW) said 12 workers in Hatay were safe.\n\n"
                  "The DMW added that a team was on its way to the border.",
                  ["new:Philippine Department of Migrant Workers", "new:DMW"],  # the page's own short name (round 20's "RBF")
                  id="method15d_guard_an_acronym_in_brackets_is_the_body_s_name_on_that_page"),
    pytest.param("Schools in Gaziantep stay closed, the Slovak Embassy in Ankara said.\n\n"
                  "Buses left on Sunday. The embassy in Ankara said thirty more people would leave on Monday.",
                  ["new:Slovak Embassy in Ankara"] * 2, id="method15d_the_embassy_in_its_seat"),
    pytest.param("The Croatian Agency for Civil Protection said two teams would fly to Adana.\n\n"
                  "Each team has twelve members, the agency said.",
                  ["new:Croatian Agency for Civil Protection"] * 2, id="method15d_guard_the_agency_after_agency_for"),
    pytest.param("The Icelandic Board of Health and Welfare said it had sent blankets and tents.\n\n"
                  "More will follow, the board said in a note.",
                  ["new:Icelandic Board of Health and Welfare"] * 2, id="method15d_the_board_a_kind_no_list_had"),
    pytest.param("Aid lorries were stopped at the gate, the Syrian Relief Directorate (SRD) said.\n\n"
                  "\"We need the crossing open,\" SRD director Omar Haddad said.\n\n"
                  "The directorate said 300 lorries were waiting.",
                  ["new:Syrian Relief Directorate", "new:Omar Haddad", "new:Syrian Relief Directorate"],
                  id="method15d_guard_the_directorate_after_a_person_spoke"),
    pytest.param("The Uruguayan Chamber of Exporters warned on Friday that shipments to Mersin would be late.\n\n"
                  "The Chamber said insurers had raised their prices.",
                  ["new:Uruguayan Chamber of Exporters"] * 2, id="method15d_the_capitalised_kind"),
    pytest.param("The Ministry of Foreign Affairs of Ghana said 20 Ghanaians in Hatay were safe.\n\n"
                 "MoFA added that none of them had asked to leave.",
                 ["new:Ministry of Foreign Affairs of Ghana"] * 2, id="method15d_a_mixed_case_acronym_with_the_letter_of_of"),
    pytest.param("The Lithuanian Migration Bureau said it would take in 50 families from the camps.\n\n"
                 "The Bureau added that the first would arrive in May.",
                 ["new:Lithuanian Migration Bureau"] * 2, id="method15d_the_bureau_its_nation_kept"),
    pytest.param("Two students were safe, the Romanian Consulate in Gaziantep said.\n\n"
                 "Classes resumed on Monday. The consulate in Gaziantep said a third student had called.",
                 ["new:Romanian Consulate in Gaziantep"] * 2, id="method15d_the_consulate_in_its_seat"),
    pytest.param("The Czech Embassy in Beirut said the flight was full. The Czech Embassy in Amman said a second flight was planned.\n\n"
                 "Later the embassy in Beirut said ten seats had been freed.",
                 ["new:Czech Embassy in Beirut", "new:Czech Embassy in Amman", "new:Czech Embassy in Beirut"],
                 id="method15d_of_two_embassies_the_one_in_that_seat"),
    pytest.param("The Norwegian Aid Committee said its teams had reached Atmeh.\n\nNAC Turkey said more trucks would cross on Friday.",
                 ["new:Norwegian Aid Committee"] * 2, id="method15d_guard_an_acronym_and_its_branch"),
    pytest.param("The Finnish Ministry of Agriculture and Forestry said grain shipments to Mersin would go ahead.",
                 ["new:Finnish Ministry of Agriculture and Forestry"], id="method15d_guard_a_ministry_of_two_things"),
])
def test_method15d_a_body_by_its_kind_or_acronym_is_the_one_the_page_named(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Malaysia sends medicine to Syrian refugees\n\nThe shipment left Port Klang on Monday.\n\n"
                 "The foreign ministry had earlier advised Malaysians to defer travel to southern Turkey.",
                 "Malaysia", id="method15d_guard_a_national_page_s_bare_foreign_ministry"),
    pytest.param("Kenya calls for calm in Idlib\n\nNairobi, March 2 - The MFA said Kenyans in Turkey should stay away from the border.",
                 "Kenya", id="method15d_guard_the_mfa_on_a_national_page"),
    pytest.param("Thailand urges restraint in Syria\n\nThe ministry of foreign affairs said Thai nationals in Hatay had been told to "
                 "keep in touch with the embassy.", "Thailand", id="method15d_the_ministry_of_foreign_affairs_in_lowercase"),
])
def test_method15d_a_bare_body_on_a_national_page_is_never_another_country_s(text: str, expected: str) -> None:
    got = [who for _kind, _words, who in headlined(text)]
    assert got and not _OTHER_COUNTRY & set(got)
    assert all(who.startswith("new:") for who in got)


def test_method15d_guard_a_headline_s_kind_after_its_country_is_that_country_s_ministry() -> None:
    text = ("Chile: Foreign Affairs calls for ceasefire in Idlib\n\n"
            "The Ministry of Foreign Affairs of Chile called on Monday for an immediate ceasefire in Idlib.")
    assert [who for _kind, _words, who in headlined(text)] == ["new:Ministry of Foreign Affairs of Chile"] * 2


def test_method15d_guard_a_known_body_of_the_page_s_own_country_stays_known() -> None:
    text = ("Russia warns of escalation in Idlib\n\nThe Russian Defence Ministry said Turkish troops had shelled Syrian positions.\n\n"
            "The ministry said the shelling had stopped by evening.")
    assert [who for _kind, _words, who in headlined(text)][-2:] == ["russian-defence-ministry"] * 2


def test_method15d_guard_the_office_of_a_person_is_no_body_named_before() -> None:
    text = ("The Danish Refugee Office said 30 families had arrived.\n\n"
            "\"We are full,\" said Lars Holm, who heads the office.")
    assert labels(text) == ["new:Danish Refugee Office", "new:Lars Holm"]
