"""A headline's bare title of expertise stands for the interview's guest (issue 15, session fix15fj): "Expert: ...",
"... – Expert", "«...» – political scientist", "Analyst: ..." over a body that introduces its guest by another word of
the class ("scholar", "orientalist", "professor").  Texts of our own in several outlets' forms (a state broadcaster's
dash tag, an agency's colon heading, a regional agency's quoted title with a lowercase tag); "guard" in an id: passes on
integrate too."""

from __future__ import annotations

import pytest

from test_attribution import headlined
from idlibsite.attribution.expertheads import expertise_role, heading_tag


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Border crisis tests the limits of the Security Council – Expert\n\nA scholar of international law, "
                 "Professor Amara Okonjo, says the council has failed the civilians of the region.\n\nOkonjo: The council "
                 "is divided.\n\nExcerpts: What should Africa do?", "Border crisis tests", "new:Amara Okonjo",
                 id="broadcaster_dash_expert"),
    pytest.param("Expert: Summit will freeze the front, not end it\n\nThe talks in Moscow will stop the fighting for a "
                 "while, orientalist Pavel Demidov, senior researcher at the Institute of Eastern Studies, said in an "
                 "interview.\n\n\"Nobody comes to these talks as a winner,\" Demidov said.", "Expert: Summit will",
                 "new:Pavel Demidov", id="agency_colon_expert"),
    pytest.param("«The truce is a pause, not a peace» – political scientist\n\nThe truce will hold only while neither "
                 "side sees an advantage, political scientist Dana Seitkali, director of a research centre, told the "
                 "agency.\n\n\"Both presidents got what they needed at home,\" Seitkali said.", "The truce is",
                 "new:Dana Seitkali", id="regional_quote_lowercase_tag"),
    pytest.param("Analyst: Talks unlikely to end the crisis\n\nThe talks will change little, said Marta Kowalczyk, a "
                 "security analyst at a Warsaw institute.\n\n\"The front line will move again,\" Kowalczyk said.",
                 "Analyst: Talks unlikely", "new:Marta Kowalczyk", id="analyst_introduced_after_name"),
])
def test_a_headlines_title_of_expertise_is_the_guests(text: str, opening: str, expected: str) -> None:
    assert next(who for _kind, first, who in headlined(text) if first == opening) == expected


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param("Expert: Summit will freeze the front\n\nThe talks will stop the fighting for a while, Defence Minister "
                 "Pavel Demidov said on Tuesday.\n\n\"Nobody wins,\" Demidov said.", "Expert: Summit will",
                 id="guard_body_introduces_no_expert"),
    pytest.param("Experts: Summit will freeze the front\n\nThe talks will stop the fighting for a while, orientalist "
                 "Pavel Demidov said on Tuesday.", "Experts: Summit will", id="guard_plural_several"),
    pytest.param("Minister: Summit will freeze the front\n\nThe talks will stop the fighting, orientalist Pavel Demidov "
                 "said, and Minister Ivan Sokol agreed.", "Minister: Summit will", id="guard_other_role"),
])
def test_a_heading_not_of_one_expert_keeps_no_expert(text: str, opening: str) -> None:
    assert next(who for _kind, first, who in headlined(text) if first == opening) != "new:Pavel Demidov"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Expert", True), ("political scientist", True), ("Russian analyst", True), ("Middle East expert", True),
    ("Experts", False), ("Pavel Demidov", False), ("Minister", False), ("UN chief", False), ("Expert Pavel Demidov", False),
])
def test_expertise_role(phrase: str, expected: bool) -> None:
    assert expertise_role(phrase) is expected


def test_heading_tag_after_a_dash_in_lowercase() -> None:
    assert heading_tag("", "\u2063\u2063\u2063 – political scientist") == "political scientist"
    assert heading_tag("Expert", "Expert: words") == "Expert"
    assert heading_tag("", "Truce holds in Idlib") == ""
