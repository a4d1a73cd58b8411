"""A heading's speaker read as a body's role phrase is the person the body introduces by its words (issue 15, session
fix15fj): "AU Commission Chairperson calls ..." over "The Chairperson of the African Union Commission, Name, ...", "UN
chief of humanitarian affairs warns ..." over "UN humanitarian chief Name said ...".  Texts of our own in several outlets'
forms (a state broadcaster's title, a world desk's, a state agency's); "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import headlined


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("AU Commission Chairperson calls for ceasefire in Libya\n\nKigali (RBA) - The Chairperson of the African Union "
                 "Commission, H.E. Moussa Faki Mahamat, has called for an immediate ceasefire.", "new:Moussa Faki Mahamat",
                 id="broadcaster_acronym_spelled_out"),
    pytest.param("UN chief of humanitarian affairs warns of famine in Yemen\n\nBy Foreign Desk\n\nThe United Nations has warned "
                 "that millions could starve. UN humanitarian chief Mark Lowcock said on Friday that the funds had run out.",
                 "mark-lowcock", id="world_desk_of_complement"),
    pytest.param("OIC Secretary General calls for restraint\n\nJeddah (SPA) - The Secretary General of the Organisation of "
                 "Islamic Cooperation, Dr. Yousef Al-Othaimeen, called on all parties to exercise restraint.",
                 "new:Yousef Al-Othaimeen", id="state_agency_title_of_the_body"),
])
def test_a_headings_role_phrase_is_the_person_the_body_introduces_by_it(text: str, expected: str) -> None:
    opening = " ".join(text.split()[:3])
    assert next(who for _kind, first, who in headlined(text) if first == opening) == expected


@pytest.mark.parametrize(("text", "unexpected"), [
    pytest.param("AU Commission Chairperson calls for ceasefire in Libya\n\nKigali (RBA) - Rwanda's Foreign Minister Vincent "
                 "Biruta said on Monday that Rwanda backed the call.", "new:Vincent Biruta", id="guard_another_role"),
    pytest.param("UN chief of humanitarian affairs warns of famine in Yemen\n\nUNICEF chief Henrietta Fore said on Friday that "
                 "children were starving.", "new:Henrietta Fore", id="guard_another_body"),
])
def test_a_heading_role_the_body_gives_nobody_keeps_its_reading(text: str, unexpected: str) -> None:
    opening = " ".join(text.split()[:3])
    assert next(who for _kind, first, who in headlined(text) if first == opening) != unexpected
