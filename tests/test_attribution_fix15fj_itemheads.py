"""A heading's speaker in two forms of issue 15 (session fix15fj): a bulletin item's heading whose subject is a role ("AU
chief calls for calm", "Arab League chief condemns ...", "President of the Republic sends ...") is the person its own
item names first, not a person of the item before it; a heading whose speaker read swallowed its own act before a second
verb ("WHO chief appeals for ..., says ...", "NATO Chief Condemns ..., Calls for ...") is the act's subject's.  Texts of
our own in several outlets' forms (a daily's world briefs, an agency's dated bulletin, a press service's news list; an
agency's lowercase headline, a world page's title case, a regional site's); "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, headlined
from idlibsite.attribution.itemheads import role_noun

_BRIEFS = ("Daily Herald Wire\n\nWORLD IN BRIEF\n\nMinistry concerned over border clashes\n\nLusaka (Herald Wire) – The Ministry "
           "of Foreign Affairs has expressed concern over the fighting in Idlib, a statement said on Monday.\n\nStudents in Turkey "
           "safe – envoy\n\nLusaka (Herald Wire) – All 120 Zambian students in Turkey are safe, Zambia's Ambassador to Turkey, "
           "Mwila Banda, has said. Ambassador Banda said none of them lived near the border.\n\n{heading}\n\nAddis Ababa (Herald "
           "Wire) – {item}\n")
_BULLETIN = ("Agence de Presse Nationale\n\nMinister receives call from Turkish counterpart\n\nTunis, 02/03/2020 (APN) - The "
             "Minister of Foreign Affairs, Mr. Karim Ben Salah, received a telephone call from his Turkish counterpart on Monday, "
             "the ministry said.\n\nArab League chief condemns incursion\n\nCairo, 03/03/2020 (APN) - The Secretary-General of "
             "the League of Arab States, Mr. Ahmed Aboul Gheit, condemned the Turkish incursion in northern Syria, his spokesman "
             "said in a statement.\n")
_NEWS_LIST = ("National Press Service\n\nForeign Ministry expresses solidarity with displaced civilians\n\nThe Ministry of Foreign "
              "Affairs said on Sunday that it followed the situation in Idlib with concern. Turkish President Recep Tayyip Erdogan "
              "said on Saturday that Turkey would respond.\n\nPresident of the Republic sends condolence message to Turkish "
              "counterpart\n\nThe President of the Republic, Secretary General of the National Front, Amadou Diallo, sent a message "
              "of condolence on Monday to President Recep Tayyip Erdogan after the death of Turkish soldiers.\n")
_FAKI = "African Union Commission Chairperson Moussa Faki Mahamat has called on Turkey and Syria to exercise restraint."


def _said(text: str, opening: str) -> str:
    return next(who for _kind, first, who in cut_page(text) if first == opening)


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param(_BRIEFS.format(heading="AU chief calls for calm", item=_FAKI), "AU chief calls", "new:Moussa Faki Mahamat",
                 id="briefs_body_chief"),
    pytest.param(_BULLETIN, "Arab League chief", "new:Ahmed Aboul Gheit", id="dated_bulletin_chief"),
    pytest.param(_NEWS_LIST, "President of the", "new:Amadou Diallo", id="news_list_president_of_the_republic"),
])
def test_a_bulletin_items_role_heading_is_the_person_its_item_names(text: str, opening: str, expected: str) -> None:
    assert _said(text, opening) == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param(_BRIEFS.format(heading="Faki calls for calm", item=_FAKI), "Faki calls for", "new:Moussa Faki Mahamat",
                 id="guard_a_name"),
    pytest.param(_BRIEFS.format(heading="Minister urges restraint", item=_FAKI), "Minister urges restraint", "Minister",
                 id="guard_item_names_another_role"),
    pytest.param(_BRIEFS.format(heading="Ministry urges restraint", item=_FAKI), "Ministry urges restraint",
                 "new:Ministry of Foreign Affairs", id="guard_a_body_no_role"),
])
def test_a_heading_not_of_its_items_first_person_keeps_its_reading(text: str, opening: str, expected: str) -> None:
    assert _said(text, opening) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("AU chief", "chief"), ("Arab League chief", "chief"), ("President of the Republic", "president"),
    ("Foreign Minister", "minister"), ("Ahmed Aboul Gheit", ""), ("Syrian army", ""), ("he", ""),
])
def test_role_noun(phrase: str, expected: str) -> None:
    assert role_noun(phrase) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("WHO chief appeals for access to Idlib clinics, says doctors are running out of supplies\n\nWHO Director-General "
                 "Tedros Adhanom Ghebreyesus appealed on Monday for safe access for medical teams, saying hospitals had been hit.",
                 "new:Tedros Adhanom Ghebreyesus", id="agency_lowercase_says"),
    pytest.param("NATO Chief Condemns Air Strike, Calls for De-escalation\n\nNATO Secretary-General Jens Stoltenberg condemned the "
                 "strike on Friday and called for calm.", "new:Jens Stoltenberg", id="world_page_title_case_calls"),
    pytest.param("Red Cross head appeals for access to Idlib camps, says winter is near\n\nICRC President Peter Maurer appealed on "
                 "Monday for access to the camps in north-western Syria.", "Red Cross head", id="regional_description_kept"),
    pytest.param("Pope appeals for peace in Idlib, says children are paying the price\n\nPope Francis on Sunday appealed for an end "
                 "to the fighting in north-western Syria.", "new:Pope Francis", id="guard_subject_read"),
    pytest.param("Oxfam urges ceasefire, says aid cannot reach camps\n\nOxfam said in a statement that aid could not reach the camps.",
                 "new:Oxfam", id="guard_body_subject_read"),
    pytest.param("Police seek witnesses after border crash, says spokesman\n\nA police spokesman said a car hit a wall.", "",
                 id="guard_no_act"),
])
def test_a_headings_act_swallowed_by_its_speaker_is_its_subjects(text: str, expected: str) -> None:
    opening = " ".join(text.split()[:3])
    assert next(who for _kind, first, who in headlined(text) if first == opening) == expected
