"""Headlines found by what they condense, not by a list of their verbs (issue 15, class F; session method15f).

A headline or deck is a passage when it condenses a statement of the body; its speaker is its own subject when that
names the statement's speaker (or is a country: LABELS "A headline's subject is its speaker"), else the speaker of
the statement it condenses.  Texts of our own: outlets, speakers and verbs that appear nowhere in the set."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import attribute_page
from test_attribution import ACTORS, paragraphs


def _headline(text: str) -> list[tuple[str, str]]:
    """(first three words, speaker) of the passages of the text's first paragraph, its headline."""
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return [(" ".join(text[p.start : p.end].split()[:3]), s.actor.id if s.actor else f"new:{s.new.name}" if s.new else s.unnamed)
            for p, s in found.items() if p.start < ranges[0][1]]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Peru mourns soldiers killed near the northern border\n\nForeign Minister Ana Ruiz said Peru mourned the "
                 "soldiers killed near the northern border on Sunday.",
                 [("Peru mourns soldiers", "new:Peru")], id="a_country_s_verb_no_list_has"),
    pytest.param("Norway Lauds Truce Agreed In Geneva Talks\n\nOslo (NTB) - Norwegian Foreign Minister Ine Sorby told "
                 "reporters that Norway lauded the truce agreed at the Geneva talks.",
                 [("Norway Lauds Truce", "new:Norway")], id="title_case_and_an_agency_dateline"),
    pytest.param("Chile stands with displaced families in the north\n\nThe Ministry of Foreign Affairs of Chile said on "
                 "Monday that Chile stood with the displaced families in the north and would send tents.",
                 [("Chile stands with", "new:Chile")], id="a_phrasal_verb_of_a_country"),
    pytest.param("Clinic chief sounds alarm over fuel running out\n\nThe clinic in Harim has fuel for two days.\n\n"
                 "Dr Omar Haddad, the clinic's chief, warned that the fuel was running out and the alarm had to be "
                 "heard in Geneva.", [("Clinic chief sounds", "new:Omar Haddad")], id="a_role_as_the_subject"),
    pytest.param("Relief convoys must reach Harim before winter - envoy\n\nThe UN envoy Lars Berg said the relief "
                 "convoys had to reach Harim before the winter came.",
                 [("Relief convoys must", "new:Lars Berg")], id="a_hyphen_tag_of_a_role"),
    pytest.param("Border crossings to stay shut until March, ministry says\n\nThe Interior Ministry of Peru said the "
                 "border crossings would stay shut until March.",
                 [("Border crossings to", "new:Interior Ministry of Peru")], id="guard_a_body_s_tag_after_a_comma"),
    pytest.param("No safe place left in the valley\n\nFamilies keep moving north.\n\n\"There is no safe place left in "
                 "this valley,\" said Dr Omar Haddad, who runs the clinic in Harim.",
                 [("No safe place", "new:Omar Haddad")], id="words_of_a_quotation_without_marks"),
    pytest.param("Mayor Pia Lund eyes new shelters for arrivals\n\nCopenhagen - Mayor Pia Lund told the council on "
                 "Tuesday the city was eyeing new shelters for the arrivals from the border.",
                 [("Mayor Pia Lund", "new:Pia Lund")], id="a_named_person_and_a_verb_of_looking"),
    pytest.param("Peru rules out sending troops to the north\n\nSpeaking in Lima, Defence Minister Raul Vega said Peru "
                 "ruled out sending troops to the north.",
                 [("Peru rules out", "new:Peru")], id="a_particle_verb_of_refusing"),
    pytest.param("Sweden to double aid for the displaced in the north\n\nStockholm, 4 March - Development Minister Ola Holm "
                 "announced on Wednesday that Sweden would double its aid for the displaced in the north.",
                 [("Sweden to double", "new:Sweden")], id="an_infinitive_of_plans_no_verb_of_saying"),
    pytest.param("Red Crescent: Water stocks in camps will last a week\n\nThe Red Crescent said the water stocks in "
                 "the camps would last a week at most.",
                 [("Red Crescent: Water", "new:Red Crescent")], id="guard_a_tag_before_a_colon"),
])
def test_method15f_a_headline_that_condenses_a_statement_is_a_passage(text: str, expected: list[tuple[str, str]]) -> None:
    assert _headline(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Floods cut three roads in the north\n\nHeavy rain cut three roads in the north on Monday, police said.",
                 id="guard_an_event_the_police_report"),
    pytest.param("Relief for families as crossing reopens\n\nThe crossing reopened on Monday. Ana Ruiz, a teacher, said "
                 "her family had waited for a week.", id="guard_a_deck_that_condenses_nothing"),
    pytest.param("Leaders meet in Geneva over the crisis\n\nThe leaders of Peru and Chile met in Geneva on Monday, "
                 "officials said.", id="guard_a_meeting_the_officials_report"),
    pytest.param("Prices of bread double in the camps\n\nThe price of bread has doubled in the camps since January, "
                 "the Red Crescent said.", id="guard_a_fact_whose_subject_is_no_speaker"),
    pytest.param("Talks in Geneva end without a deal\n\nTalks in Geneva ended without a deal, Peru's Foreign Minister "
                 "Ana Ruiz said on Friday.", id="guard_the_talks_are_not_who_speaks"),
])
def test_method15f_a_headline_whose_subject_is_no_speaker_is_no_passage(text: str) -> None:
    assert _headline(text) == []
