"""Round 48's misses of names, titles and descriptions (issue 15, session fix15cl): a sub-heading "Role: words" with a
bare role ("Governor: ...", "Mother: ...") is the one person the page names with that role, before or after it (LABELS
Round 39/44).  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import said_opening
from idlibsite.attribution.cast import portfolio_ministry


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("LIVE: Gulf tensions and Bermudians abroad\n\nBy Gazette Staff\n\n5:10pm\nGovernor: ‘Stay in touch with "
                 "the consulate’\n\nGovernor Rena Lalgie urged Bermudians in Qatar to stay in touch with the British consulate "
                 "in Doha.\n\n3:45pm\nPremier: Bermuda has ‘no direct links’\n\nPremier David Burt, speaking after Cabinet, said "
                 "the island had no direct links with Qatari banks.",
                 "Governor: ‘Stay in", "new:Rena Lalgie", id="fix15cl_governor_heading_named_after"),
    pytest.param("LIVE: Gulf tensions and Bermudians abroad\n\nBy Gazette Staff\n\n5:10pm\nGovernor: ‘Stay in touch with "
                 "the consulate’\n\nGovernor Rena Lalgie urged Bermudians in Qatar to stay in touch with the British consulate "
                 "in Doha.\n\n3:45pm\nPremier: Bermuda has ‘no direct links’\n\nPremier David Burt, speaking after Cabinet, said "
                 "the island had no direct links with Qatari banks.",
                 "Premier: Bermuda has", "new:David Burt", id="fix15cl_premier_heading_second_entry"),
    pytest.param("Families in Suva wait for word from Beirut\n\nBy Mere Tuilagi\n\nSeveral families have not heard from "
                 "relatives working in Lebanon since Monday.\n\nMother: ‘I phone her every morning’\n\nA Nasinu mother, "
                 "Losana Vakacegu, said she phones her daughter, a nurse in Beirut, every morning before work.",
                 "Mother: ‘I phone", "new:Losana Vakacegu", id="fix15cl_mother_subheading_described_after"),
])
def test_fix15cl_a_role_heading_is_the_person_named_with_the_role(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_PORTFOLIO_PAGE = ("Accra watches the Gulf\n\nGhana has no citizens in the zone of the fighting, assures the Minister of "
                   "Foreign Affairs.\n\nPAR KOFI MENSAH\n\nThe Minister of Foreign Affairs, Regional Cooperation and "
                   "Diaspora Affairs, Ama Owusu-Ansah, assured on Monday that no Ghanaian lives near the front.\n\n"
                   "For Ama Owusu-Ansah, the truce is « a beginning, nothing more ». The minister maintains that only "
                   "talks can end the war.")
_PORTFOLIO_PAGE_2 = ("Lima sigue la crisis\n\nNo Peruvian is at risk, insists the Minister of Foreign Affairs.\n\n"
                     "PAR LUCÍA PAREDES\n\nThe Minister of Foreign Affairs, Cooperation and African Integration, Jorge Salas Medina, said "
                     "on Tuesday that the embassy in Ankara was in touch with every Peruvian student.\n\n"
                     "For Jorge Salas Medina, the agreement is « a first step ». The minister added that Peru backs the UN.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_PORTFOLIO_PAGE, "a beginning, nothing", "new:Ama Owusu-Ansah", id="fix15cl_portfolio_list_quotation"),
    pytest.param(_PORTFOLIO_PAGE, "The minister maintains", "new:Ama Owusu-Ansah", id="fix15cl_portfolio_list_the_minister"),
    pytest.param(_PORTFOLIO_PAGE_2, "The minister added", "new:Jorge Salas Medina", id="fix15cl_portfolio_list_second_outlet"),
])
def test_fix15cl_a_title_whose_portfolios_run_on_is_the_name_after_them(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_PORTFOLIO_PAGE, "Ghana has no", "new:Ama Owusu-Ansah", id="fix15cl_assures_the_minister"),
    pytest.param(_PORTFOLIO_PAGE_2, "No Peruvian is", "new:Jorge Salas Medina", id="fix15cl_insists_the_minister"),
])
def test_fix15cl_an_inverted_tag_after_a_standfirst_is_the_titles_holder(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("UN chief urges calm in Libya\n\nGENEVA, 9 april 2020 (ANGOP/Agencies)—United Nations Secretary-General "
                 "Ana Ribeiro Costa welcomed the truce agreed in Tripoli, and hoped that it would hold, according to a "
                 "statement attributable to her spokesman.", "United Nations Secretary-General", "new:Ana Ribeiro Costa",
                 id="fix15cl_statement_attributable_after_a_wire_dateline"),
    pytest.param("AU condemns attack in Sahel\n\nADDIS ABABA, 3 may 2020 (ENA)—African Union Commission Chairperson Kwesi "
                 "Mensah Boateng condemned the attack on the convoy, according to a statement issued by his spokesman.",
                 "African Union Commission", "new:Kwesi Mensah Boateng", id="fix15cl_statement_issued_by_his_spokesman"),
])
def test_fix15cl_a_statement_of_his_spokesman_relays_the_principal(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Niueans in the Gulf told to stay alert\n\nBy Sione Talagi\n\nNew Zealand’s Ministry of Foreign Affairs "
                 "and Trade, through its SafeTravel website, advises against all travel to the border areas.",
                 "New Zealand’s Ministry", "new:New Zealand Ministry of Foreign Affairs and Trade",
                 id="fix15cl_new_zealand_ministry_not_new_zealander"),
])
def test_fix15cl_a_country_whose_people_word_is_a_noun_names_its_body_by_its_name(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("title", "home", "ministry"), [
    pytest.param("Defence Minister", "Luxembourg", "Luxembourg Defence Ministry", id="fix15cl_luxembourg_not_luxembourger"),
    pytest.param("Foreign Minister", "Iceland", "Iceland Foreign Ministry", id="fix15cl_iceland_not_icelander"),
    pytest.param("Foreign Minister", "Japan", "Japanese Foreign Ministry", id="fix15cl_japanese_kept"),
])
def test_fix15cl_a_ministry_of_a_country_whose_people_word_is_a_noun(title: str, home: str, ministry: str) -> None:
    assert portfolio_ministry(title, home) == ministry
