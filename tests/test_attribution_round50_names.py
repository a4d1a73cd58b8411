"""Round 47's class "names of bodies and people" (session fix15ci): the right speaker under its right name.  A role that
the page gives its holder, a body's acronym or formal name, an aside or a body's campus between the subject and its verb,
a dateline's date before the subject.  Texts of our own, in other outlets' forms, with other names and countries."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The Ministry of Foreign Affairs, to its credit, issued a statement on Sunday calling for calm.\n\n"
        "Trade Minister Ana Ruiz, to her credit, said the port would stay open.",
        ["new:Ministry of Foreign Affairs", "new:Ana Ruiz"], id="to_its_credit_is_an_aside"),
    pytest.param(
        "The Red Cross, to their surprise, warned that the camps were full.",
        ["new:Red Cross"], id="to_their_surprise_is_an_aside"),
])
def test_an_aside_between_the_subject_and_its_verb_is_no_speaker(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Jamaica watches Syria\n\nBy Paul Grant\n\nJamaica has called for calm in Syria.\n\n"
        "Our own Ministry of Foreign Affairs issued a short statement on Monday urging restraint.",
        "new:Ministry of Foreign Affairs", id="a_columns_own_ministry"),
    pytest.param(
        "Peru urges calm\n\nBy Ana Reyes\n\nPeru has urged calm in Syria.\n\n"
        "Our Ministry of Foreign Affairs said on Friday that no Peruvians were in Idlib.",
        "new:Ministry of Foreign Affairs", id="our_ministry_without_own"),
])
def test_our_own_body_is_the_pages_countrys(text: str, expected: str) -> None:
    assert cut_page(text)[-1][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The position was stated in Libreville by the Minister of External Relations, Paul Ndong, on Monday.\n\n"
        '"Gabon cannot stay silent," the Minister of External Relations said.',
        "new:Paul Ndong", id="minister_of_external_relations"),
    pytest.param(
        "The Minister of Communication, Rose Abena, spoke to reporters in Lome on Tuesday.\n\n"
        "The Minister of Communication said the government was following the situation.",
        "new:Rose Abena", id="minister_of_communication"),
])
def test_an_office_of_a_field_is_its_holder_on_the_page(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Gabon urges dialogue\n\nThe Head of State has instructed the ministry to follow the situation closely.\n\n"
        "By Jean Obame\n\nLIBREVILLE — The minister said the Head of State, H.E. Ali Bongo, had instructed the ministry to help.",
        "new:Ali Bongo", id="a_deck_of_the_head_of_state"),
    pytest.param(
        "Chad calls for calm\n\nThe President of the Republic has asked for calm in the region.\n\n"
        "By Ali Mahamat\n\nN'DJAMENA — The President of the Republic, His Excellency Idriss Deby, asked for calm on Monday.",
        "new:Idriss Deby", id="a_deck_of_the_president_of_the_republic"),
])
def test_a_style_between_a_role_and_its_holders_name_is_no_part_of_it(text: str, expected: str) -> None:
    assert cut_page(text)[1][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Economist Dr Ana Lopez of the University of the South Pacific, Laucala Campus, warned that fuel prices "
        "would rise.", ["new:Ana Lopez"], id="a_universitys_campus"),
    pytest.param(
        "Lawyer Tom Reid of the Bar Association, Kingston Branch, said the courts would stay open.",
        ["new:Tom Reid"], id="a_bodys_branch"),
])
def test_a_bodys_campus_after_a_person_is_not_the_speaker(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Nigeria urges calm\n\nBy Ada Obi\n\nLAGOS, Tues. Mar. 3, 2020-- The Government of Nigeria (FGN) has called on "
        "all parties to exercise restraint.", "new:Government of Nigeria", id="a_weekday_month_and_year_then_two_hyphens"),
    pytest.param(
        "Ghana urges calm\n\nBy Kofi Mensah\n\nACCRA, Mon. Feb. 24, 2020-- The Ministry of Health has urged travellers "
        "to avoid southern Turkey.", "new:Ministry of Health", id="another_weekday_and_month_glued_to_the_hyphens"),
])
def test_a_datelines_date_before_the_subject_is_no_part_of_it(text: str, expected: str) -> None:
    assert cut_page(text)[-1][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The Ministry of Foreign Affairs of the Slovak Republic expressed condolences to Turkey.",
        ["new:Slovak Ministry of Foreign Affairs"], id="of_the_adjective_republic"),
    pytest.param(
        "The Ministry of Defence of the Republic of Moldova said no Moldovan troops were in Syria.",
        ["new:Moldovan Ministry of Defence"], id="of_the_republic_of_a_country"),
])
def test_a_ministrys_formal_name_with_its_state_is_the_countrys_ministry(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The MFA of Georgia also expressed condolences on its Twitter account.",
        ["new:Georgian Foreign Ministry"], id="mfa_of_a_country"),
    pytest.param(
        "The MoFA of Ghana said the embassy in Ankara was open.",
        ["new:Ghanaian Foreign Ministry"], id="mofa_of_a_country"),
])
def test_a_generic_acronym_of_a_country_is_its_body(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The Minister of Finance, Louis Paul Motaze, spoke in Yaounde.\n\n"
        "MINFI said in a release that fuel prices would not change.",
        "new:Ministry of Finance", id="minfi"),
    pytest.param(
        "The Minister of Public Health, Manaouda Malachie, visited the airport.\n\n"
        "MINSPH said returning travellers would be screened.",
        "new:Ministry of Public Health", id="minsph"),
])
def test_a_ministrys_french_acronym_is_the_ministry_of_its_ministers_portfolio(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


def test_guard_an_acronym_that_is_no_ministrys_stays_as_it_is() -> None:
    text = ("The Minister of Foreign Affairs, Ana Ruiz, spoke in Lima.\n\n"
            "MSF said its teams in Idlib had run out of tents.")
    assert labels(text)[-1] == "new:MSF"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The labour and employment ministry said it was in touch with the embassy in Ankara.",
        ["new:Ministry of Labour and Employment"], id="two_portfolios_of_one_word"),
    pytest.param(
        "The women's affairs and social welfare ministry said shelters were ready for returnees.",
        ["new:Ministry of Women's Affairs and Social Welfare"], id="two_portfolios_of_two_words"),
])
def test_a_ministry_named_in_lowercase_by_its_portfolios_is_one_body(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_guard_two_bodies_in_lowercase_are_not_one_ministry() -> None:
    assert labels("The army and the interior ministry said the border was closed.") != ["new:Ministry of Army and the Interior"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Patriarchate calls for prayers for Syria\n\nSOFIA, March 3 (BTA) - The Holy Synod of the Bulgarian Orthodox Church "
        "called on believers to pray for peace in Syria. The patriarchate said collections would be held in churches on "
        "Sunday.", "new:Holy Synod of the Bulgarian Orthodox Church", id="a_patriarchate"),
    pytest.param(
        "Rabbinate urges calm\n\nBUCHAREST, March 4 (Agerpres) - The Federation of Jewish Communities of Romania urged "
        "calm after the attack. The rabbinate said its synagogues would stay open.",
        "new:Federation of Jewish Communities of Romania", id="a_rabbinate"),
])
def test_a_headlines_capitalised_kind_is_the_body_the_story_calls_so_in_lowercase(text: str, expected: str) -> None:
    assert cut_page(text)[0][2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Deputy Minister Dato Paduka Awang Haji Ali bin Pehin Datu Haji Ahmad told reporters that the embassy was open.\n\n"
        '"Our students are safe," Dato Ali said.', ["new:Ali bin Ahmad", "new:Ali bin Ahmad"], id="a_deputy_minister_and_dato"),
    pytest.param(
        "Datuk Aminah binti Pengiran Haji Osman said the relief flights would leave on Friday.\n\n"
        '"We are ready," Datuk Aminah added.', ["new:Aminah binti Osman", "new:Aminah binti Osman"], id="a_woman_and_datuk"),
])
def test_a_malay_name_drops_its_fathers_titles_and_its_short_form_is_the_person(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "His Majesty Sultan Haji Yusof Alam Mu'izzaddin Waddaulah sent a message of condolence to the King.\n\n"
        "In the message, His Majesty expressed his sadness.", "new:Yusof Alam", id="waddaulah"),
    pytest.param(
        "King Ahmad Shah Ri'ayatuddin Al-Mustafa Billah Shah said he was saddened by the deaths.",
        "new:Ahmad Shah", id="billah_shah"),
])
def test_a_rulers_regnal_style_is_no_part_of_the_name(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "SADC Executive Secretary Stergomena Tax said in a statement that the Community shared the concerns of its members."
        " The Community also called on the Security Council to act, Tax added.", "new:SADC", id="sadc_and_the_community"),
    pytest.param(
        "OECS Director General Didacus Jules said the Organisation was following events in Syria. The Organisation also "
        "urged restraint on all sides, Jules added.", "new:OECS", id="oecs_and_the_organisation"),
    pytest.param(
        "ASEAN foreign policy chief Lim Jock Hoi said the bloc was worried. The Community also called for a ceasefire, "
        "Lim added.", "new:ASEAN", id="a_title_in_lowercase_after_the_acronym"),
])
def test_a_bodys_kind_alone_is_the_body_whose_acronym_titles_its_relayer(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


def test_guard_the_community_after_a_person_of_no_bodys_title_stays_as_it_was() -> None:
    text = "Pastor Ana Ruiz said the parish had raised funds. The Community also called for prayers, Ruiz added."
    assert labels(text) == ["new:Ana Ruiz", "new:Community"]
