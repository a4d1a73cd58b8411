"""Passages found and given no speaker whose subject is a body by a name no rule read (issue 15, session fix15fk):
"the government" on a national page whose headline, under a masthead line or in title case, opens with the country's
people ("TheCable / FG: Nigerians stuck at ...", "Kenyans Living in Turkey Told ..."), and "the world body", news
prose's name of the United Nations.  Texts of our own in several outlets' forms; "guard" in an id: a page where the
rule must not reach gives nobody (or the country the rules read before)."""

from __future__ import annotations

import pytest

from idlibsite.attribution.context import home_country
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    """The speaker of each passage by its first three words, "" for nobody named (:func:`test_attribution.cut_page`)."""
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


@pytest.mark.parametrize(("text", "passage", "speaker"), [
    pytest.param("The Sentinel\n\nFG: Ghanaians stranded at Libyan border should call the embassy\n\nby Kofi Mensah\n\n"
                 "March 3, 2020\n\n"
                 "The government has advised Ghanaians stranded near the border to contact the embassy in Tripoli.\n",
                 "The government has", "new:Ghanaian government", id="lead_an_online_dailys_masthead_then_a_tagged_headline"),
    pytest.param("ZAMBIA WIRE\n\nZambians Living in Egypt Told to Stay Indoors as Protests Spread\n\nby Mwila Banda\n\n"
                 "The government has asked Zambians living in Egypt to avoid crowds and to keep in touch with the mission.\n",
                 "The government has", "new:Zambian government", id="lead_a_popular_sites_title_case_headline"),
    pytest.param("Island Times Online\n\nFijian Students In Cyprus Safe\n\nSuva, March 2\n\n"
                 "The government said on Monday that all 14 students had been contacted and none was hurt.\n",
                 "The government said", "new:Fijian government", id="lead_a_regional_sites_title_case_people_safe"),
])
def test_the_government_of_a_national_page_read_after_its_masthead(text: str, passage: str, speaker: str) -> None:
    assert _speakers(text)[passage] == speaker


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
    assert _speakers(text)[passage] == "united-nations"


def test_guard_the_world_health_body_is_not_the_united_nations() -> None:
    text = ("Vaccine drive widens\n\nThe World Health Organization has sent teams to the camps.\n\n"
            "The world health body said on Monday that cases were rising.\n")
    assert _speakers(text)["The world health"] != "united-nations"
