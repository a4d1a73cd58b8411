"""Round 45's missed speech acts (issue 15, session fix15cc): a telegram of condolences sent, a statement issued after
an auxiliary ("did issue a short statement", LABELS Round 45), a plea for a ceasefire ("has pleaded for weeks", LABELS
Round 45), a proposal with what was proposed ("proposed on Monday that ..."), a message posted ("posted a similar
message on social media").  Each is an act of speech only with its words or its message; the same words of no speech
("the proposed summit", "posted photos", "the issue of refugees", "sent a telegram to Ankara") are no passage.  Texts of
our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import attribute_page
from idlibsite.sources.statements import find_passages
from test_attribution import ACTORS, paragraphs


def _found(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_passages(text, [(0, len(text))])]


@pytest.mark.parametrize("text", [
    pytest.param("President Ama Owusu sent a telegram of condolences to the Turkish leader on Friday.", id="telegram_sent"),
    pytest.param("The Emir has sent a telegram of sympathy to King Harald after the floods.", id="telegram_of_sympathy"),
    pytest.param("The ministry did issue a brief statement on Sunday, after the attack.", id="did_issue_a_statement"),
    pytest.param("Oslo will issue a joint statement with Helsinki later today.", id="will_issue_a_statement"),
    pytest.param("The Palace issued a short statement on Tuesday.", id="issued_a_short_statement"),
    pytest.param("UN envoy Jan Berg has pleaded for a truce for weeks.", id="has_pleaded"),
    pytest.param("The Red Cross pleads for access to the besieged town.", id="pleads_present"),
    pytest.param("Ghana's Foreign Minister Kwame Boateng proposed on Tuesday that the three leaders meet in Accra.",
                 id="proposed_on_a_day_that"),
    pytest.param("Chile proposes that the council meet in an emergency session.", id="proposes_that"),
    pytest.param("Minister Lena Holm posted a short message on social media.", id="posted_a_message"),
    pytest.param("The senator also posted a statement on his website.", id="posted_a_statement"),
])
def test_a_speech_act_read_by_its_words_is_a_passage(text: str) -> None:
    assert _found(text) == [text]


@pytest.mark.parametrize("text", [
    pytest.param("The proposed summit was delayed by a week.", id="proposed_adjective"),
    pytest.param("Volunteers posted photos from the camp on Sunday.", id="posted_photos"),
    pytest.param("The issue of refugees dominated the meeting in Brussels.", id="issue_noun"),
    pytest.param("Officials sent a telegram to Ankara on Monday.", id="telegram_with_no_words"),
    pytest.param("The army proposed a new route for the convoy.", id="proposed_a_thing"),
])
def test_the_same_words_of_no_speech_are_no_passage(text: str) -> None:
    assert _found(text) == []


def _speakers(text: str) -> dict[str, str]:
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return {text[p.start : p.end]: s.actor.id if s.actor else f"new:{s.new.name}" if s.new else "-" for p, s in found.items()}


@pytest.mark.parametrize(("text", "heading", "body"), [
    pytest.param("Dotr urges restraint\n\nNAIROBI - The Department of Trade (Dotr) says Kenya hopes the meeting will lead to a"
                 " ceasefire.\n\nDotr spokesperson Amina Wanjiru said the department was following the talks closely.\n",
                 "Dotr urges restraint", "new:Dotr", id="headline_by_a_bracketed_acronym"),
    pytest.param("Minfa calls for calm in the north\n\nOSLO, March 2 - The Ministry of Foreign Affairs (Minfa) says Norway wants"
                 " the talks to go on.\n\nMinfa spokesman Erik Dahl said the ministry was in contact with both sides.\n",
                 "Minfa calls for calm in the north", "new:Minfa", id="headline_by_a_bracketed_acronym_dateline"),
])
def test_a_headline_by_a_bodys_bracketed_acronym_is_the_bodys(text: str, heading: str, body: str) -> None:
    got = _speakers(text)
    assert got[heading] == body  # not the spokesman whose title holds the acronym


@pytest.mark.parametrize(("text", "headline", "spokesman"), [
    pytest.param("Chile Ready to Host Talks on the Border: Spokesman\n\nChile's Foreign Ministry Spokesman Lucas Rojas says the"
                 " country is ready to host talks of the guarantors to end the crisis.\n\nThe spokesman said the solution lies"
                 " in negotiations.\n\nChilean Foreign Minister Pablo Vera also took to Twitter to comment on the crisis:\n\n"
                 "Chile is ready to help our neighbors find a solution. The guarantors must meet without delay.\n"
                 "— Pablo Vera (@PVera) March 2, 2020\n",
                 "Chile Ready to Host Talks on the Border: Spokesman", "new:Lucas Rojas", id="spokesman_tag_over_a_ministers_post"),
    pytest.param("Ghana Will Send Aid to the Camps: Spokeswoman\n\nGhana's Foreign Ministry Spokeswoman Efua Mensah says the"
                 " government will send aid to the camps this month.\n\nPresident Kofi Addo also wrote on Twitter:\n\n"
                 "Ghana stands with the displaced. Our aid will reach them soon.\n— Kofi Addo (@KAddo) March 3, 2020\n",
                 "Ghana Will Send Aid to the Camps: Spokeswoman", "new:Efua Mensah", id="spokeswoman_tag_over_a_presidents_post"),
])
def test_a_headline_tagged_by_a_role_is_the_roles_named_holder_not_a_posts_author(text: str, headline: str, spokesman: str) -> None:
    assert _speakers(text)[headline] == spokesman
