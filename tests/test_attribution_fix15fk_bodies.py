"""Passages found and given no speaker whose subject is a body by a name no rule read (issue 15, session fix15fk):
"the government" on a national page whose headline, under a masthead line or in title case, opens with the country's
people ("TheCable / FG: Nigerians stuck at ...", "Kenyans Living in Turkey Told ..."), and "the world body", news
prose's name of the United Nations.  Texts of our own in several outlets' forms; "guard" in an id: a page where the
rule must not reach gives nobody (or the country the rules read before)."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodykinds import described_words
from idlibsite.attribution.context import home_country
from test_attribution import said_opening


@pytest.mark.parametrize(("text", "passage", "speaker"), [
    pytest.param("The Sentinel\n\nFG: Ghanaians stranded at Libyan border should call the embassy\n\nby Kofi Mensah\n\n"
                 "March 3, 2020\n\n"
                 "The government has advised Ghanaians stranded near the border to contact the embassy in Tripoli.\n",
                 "The government has", "new:Ghanaian government", id="lead_an_online_dailys_masthead_then_a_tagged_headline"),
    pytest.param("Daily Wire Online\n\nZambians Living in Egypt Told to Stay Indoors as Protests Spread\n\nby Mwila Banda\n\n"
                 "The government has asked Zambians living in Egypt to avoid crowds and to keep in touch with the mission.\n",
                 "The government has", "new:Zambian government", id="lead_a_popular_sites_title_case_headline"),
    pytest.param("Island Times Online\n\nFijian Students In Cyprus Safe\n\nSuva, March 2\n\n"
                 "The government said on Monday that all 14 students had been contacted and none was hurt.\n",
                 "The government said", "new:Fijian government", id="lead_a_regional_sites_title_case_people_safe"),
])
def test_the_government_of_a_national_page_read_after_its_masthead(text: str, passage: str, speaker: str) -> None:
    assert said_opening(text, passage) == speaker


@pytest.mark.parametrize(("text", "country"), [
    pytest.param("TheCable\n\nFG: Nigerians stuck at Greece-Turkey border should return\n\nThe ministry spoke.", "Nigeria",
                 id="lead_masthead_of_one_word"),
    pytest.param("Nepalis In Turkey Safe\n\nThe ministry said all were well.", "Nepal",
                 id="lead_a_headline_of_capitalised_words_is_still_read_first"),
    pytest.param("Riverside Gazette\n\nTalks resume in Geneva\n\nSyrians in the camps wait for news.", "",
                 id="guard_a_people_in_the_lead_paragraph_is_no_headline"),
    pytest.param("The Courier\n\nAid reaches Syrians in camps\n\nThe government said more would follow.", "",
                 id="guard_a_people_as_an_object"),
    pytest.param("Morning Star Daily\n\nTurks Living Abroad Asked to Vote Early\n\nThe ministry spoke.", "Turkey",
                 id="lead_title_case_living_abroad"),
    pytest.param("Evening Post\n\nBased in Lagos, aid workers wait\n\nThe ministry spoke.", "",
                 id="guard_based_opens_no_people"),
])
def test_the_home_country_from_a_people_headline_under_a_masthead(text: str, country: str) -> None:
    assert home_country(text) == country


@pytest.mark.parametrize(("text", "passage"), [
    pytest.param("UN seeks funds for displaced families\n\nReading Time: 2 minutes\n\n"
                 "The United Nations has launched an appeal for 400 million dollars for families displaced in the north.\n\n"
                 "The world body says most of those who fled are women and children.\n",
                 "The world body", id="lead_a_broadcasters_story_after_the_un_named"),
    pytest.param("Gulf charities step up aid\n\nMANAMA, March 3, 2020\n\n"
                 "At the UN in New York, the relief chief told the Security Council the crisis was worsening. The world body"
                 " has appealed for $300 million to meet the needs of the displaced.\n",
                 "The world body", id="lead_a_business_wire_after_the_un_by_initials"),
    pytest.param("Agencies warn of funding gap\n\nGENEVA (Agency) - Aid agencies warned on Friday that funds were running out.\n\n"
                 "The world body said on Friday that only a third of its appeal had been met.\n",
                 "The world body", id="lead_an_agency_bulletin_with_the_un_named_nowhere"),
])
def test_the_world_body_is_the_united_nations(text: str, passage: str) -> None:
    assert said_opening(text, passage) == "united-nations"


def test_guard_the_world_health_body_is_not_the_united_nations() -> None:
    text = ("Vaccine drive widens\n\nThe World Health Organization has sent teams to the camps.\n\n"
            "The world health body said on Monday that cases were rising.\n")
    assert said_opening(text, "The world health") != "united-nations"


@pytest.mark.parametrize(("text", "passage", "speaker"), [
    pytest.param("Town charity sends lorries to the border\n\nBy Jo Marsh, Community Reporter\n\n"
                 "A Bradford charity has sent nine lorries of winter aid to families in the camps.\n\n"
                 "Northern Hope Relief, based in Manningham, says the convoy left on Saturday.\n\n"
                 "Volunteer Sam Reid said: \"We packed all weekend.\"\n\n"
                 "The charity has asked anyone who wants to help to donate online.\n",
                 "The charity has", "new:Northern Hope Relief", id="lead_a_local_sites_charity_described_then_named"),
    pytest.param("Volunteers to drive aid convoy\n\n"
                 "TWO vans will leave Tralee next week for the border, as a small Kerry charity answers what its founder"
                 " calls the coldest emergency she has seen, writes Orla Keane.\n\n"
                 "Kerry Hands Together, which was set up in 2017, has collected four tonnes of donations in ten days.\n\n"
                 "The charity says cash donations are now more useful than clothes.\n",
                 "The charity says", "new:Kerry Hands Together", id="lead_a_community_weeklys_charity_in_an_as_clause"),
    pytest.param("Doctor back from the border\n\n"
                 "Dr Sam Reid volunteered for ten days with the medical charity Hope Across Borders in clinics near the"
                 " border.\n\n"
                 "The charity has called for hospitals to be protected.\n",
                 "The charity has", "new:Hope Across Borders", id="kept_a_regional_dailys_charity_before_its_name"),
])
def test_the_charity_is_the_body_the_page_described_as_one(text: str, passage: str, speaker: str) -> None:
    assert said_opening(text, passage) == speaker


@pytest.mark.parametrize(("name", "before", "described"), [
    pytest.param("Northern Hope Relief", "A Bradford charity has sent aid.\n\nNorthern Hope Relief says so.",
                 {"bradford", "charity"}, id="lead_the_paragraph_before"),
    pytest.param("Hope Across Borders", "She worked with the medical charity Hope Across Borders there.",
                 {"medical", "charity"}, id="lead_before_the_name"),
    pytest.param("UNHCR", "UNHCR, the UN Refugee Agency, said so.", {"un", "refugee", "agency"},
                 id="lead_an_apposition"),
    pytest.param("Northern Hope Relief", "A Bradford charity has sent aid.\n\nThe council met.\n\nNorthern Hope Relief says so.",
                 set(), id="guard_a_description_two_paragraphs_before"),
    pytest.param("Northern Hope Relief", "They loaded a charity van.\n\nNorthern Hope Relief says so.", set(),
                 id="guard_a_description_that_is_no_subject"),
    pytest.param("Northern Hope Relief", "A Bradford charity has sent aid. Northern Hope Relief says so.", set(),
                 id="guard_the_name_not_opening_its_paragraph"),
    pytest.param("Oman News Agency", "In a statement carried by Oman News Agency, the ministry said so.", set(),
                 id="guard_a_document_carried_by_the_name"),
])
def test_the_words_a_page_describes_a_body_by(name: str, before: str, described: set[str]) -> None:
    assert described_words(name, before) == described


def test_guard_the_statement_carried_by_an_agency_stays_the_ministrys() -> None:
    text = ("Sultanate welcomes the truce\n\nMuscat: The Sultanate has welcomed the agreement on a ceasefire.\n\n"
            "In a statement carried by Oman News Agency (ONA), the Ministry of Foreign Affairs said the Sultanate hoped the"
            " agreement would end the suffering.\n\n"
            "\"The Sultanate reaffirms its support for all efforts for peace,\" the statement said.\n")
    assert said_opening(text, "The Sultanate reaffirms") == "new:Ministry of Foreign Affairs"
