"""A headline's bare title of expertise stands for the interview's guest (issue 15, session fix15fj): "Expert: ...",
"... – Expert", "«...» – political scientist", "Analyst: ..." over a body that introduces its guest by another word of
the class ("scholar", "orientalist", "professor").  Texts of our own in several outlets' forms (a state broadcaster's
dash tag, an agency's colon heading, a regional agency's quoted title with a lowercase tag); "guard" in an id: passes on
integrate too."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, headlined
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


_QA = ("'The truce buys time, nothing more'\n\nFormer Kenyan ambassador to Turkey Wanjiru Kamau tells Peter Otieno why the "
       "Moscow deal will not last.\n\nQ: Will the ceasefire hold?\n\nA: For some weeks, perhaps.\n\nQ: Why only weeks?\n\nA: Both "
       "sides needed a pause. Ankara lost many soldiers and could not afford a long war.\n\nQ: What about the refugees?\n\nA: That "
       "is the leverage Ankara keeps over Europe.\n")
_FORUM = ("A Toronto Nurse on the Camps She Saw: 'The Cold Kills the Children First'\n\nBy Staff\n\nNurse Leila Haddad returned "
          "last week from two weeks in clinics near the Turkish border.\n\nHOST: What did you see?\n\nHADDAD: The cold. People think "
          "of war as bombs.\n\nHOST: And the clinics?\n\nHADDAD: We moved patients twice in one night.\n\nHADDAD: The road is the "
          "only way out.\n")
_TRANSCRIPT = ("«Sanctions will not end this war»\n\n2020-03-04 18:35 Radio World\n\nHost Li Wen talks to Professor Zhou Min, "
               "director of a centre for Middle East studies.\n\nHost: Professor Zhou, will the talks help?\n\nZhou: I think the risk "
               "is real but limited.\n\nZhou: Neither side wants a war.\n\nHost: And the front line?\n\nZhou: Any deal will have to "
               "accept it.\n")
_PHONE_IN = ("'Each night might be the last': callers with family in the camps\n\nBy Staff\n\nListeners called our line on "
             "Tuesday.\n\nSAMIR: My brother is in a tent near the border.\n\nLINA: We have not heard from my aunt for three days.\n\n"
             "OMAR: The road is closed.\n")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_QA, "new:Wanjiru Kamau", id="daily_qa_answers"),
    pytest.param(_FORUM, "new:Leila Haddad", id="radio_forum_surname_tags"),
    pytest.param(_TRANSCRIPT, "new:Zhou Min", id="broadcaster_transcript"),
    pytest.param(_PHONE_IN, "", id="guard_phone_in_of_several"),
    pytest.param(_QA.replace("more'\n", "more': the numbers\n", 1), "", id="guard_words_after_the_quotation"),
])
def test_a_headlines_quotation_over_one_guests_answers_is_the_guests(text: str, expected: str) -> None:
    assert cut_page(text)[0][0] == "direct" and cut_page(text)[0][2] == expected
