"""A headline's subject and a stance or a diplomatic act it states in the present (issue 15, session fix15fg): "Agency
appeals for $20 million", "Bishops denounce ...", "Ministers express solidarity with ...", "Valdoria ready to send ..."
are passages of their subject (LABELS, Round 42's questions and Round 84's "Slovenia ready to ..."), or of nobody when
the subject is a generic plural (rule 6).  Texts of our own, in several outlets' forms (an agency's bulletin, a regional
site's title case, a state broadcaster's world page, a deck); "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import headlined
from idlibsite.attribution.headacts import headline_act


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ruritania seeks $20 million for Idlib displaced\n\nThe Ruritanian government launched an appeal on Monday "
                 "for families fleeing the fighting.", ("reported", "Ruritania seeks $20", "new:Ruritania"), id="agency_sum_sought"),
    pytest.param("UN appeals for $500 million as Idlib exodus nears one million\n\nThe United Nations launched an appeal on "
                 "Monday for the families who fled.", ("reported", "UN appeals for", "united-nations"), id="bulletin_appeal_for"),
    pytest.param("Valdoria ready to send doctors to Turkish border\n\nThe Valdorian health ministry has prepared two teams of "
                 "surgeons.", ("reported", "Valdoria ready to", "new:Valdoria"), id="state_broadcaster_ready_to"),
    pytest.param("Spokesman for Ruritanian FM Denounces Foreign Interference\n\nPyongburg, March 3 -- A spokesman for the "
                 "Foreign Ministry gave the following answer to a question.", ("reported", "Spokesman for Ruritanian",
                                                                             "new:Ruritanian FM"), id="title_case_spokesman_for"),
    pytest.param("Qatar pledges $50 million for Idlib families\n\nThe Qatar Fund for Development will send tents and food.",
                 ("reported", "Qatar pledges $50", "new:Qatar"), id="pledges_a_sum"),
])
def test_a_headlines_stance_in_the_present_is_its_subjects(text: str, expected: tuple[str, str, str]) -> None:
    assert headlined(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Bishops Denounce Bombing Of Idlib Hospitals\n\nThe bishops' conference met in Vienna on Tuesday.",
                 ("reported", "Bishops Denounce Bombing", "Bishops"), id="title_case_plural"),
    pytest.param("Ministers express solidarity with Ankara\n\nAmbassadors met in Brussels on Friday.",
                 ("reported", "Ministers express solidarity", "Ministers"), id="world_page_plural"),
    pytest.param("Minister urges calm as Syrians at the border plead for help\n\nThousands waited at the crossing on Monday.",
                 ("reported", "as Syrians at", "Syrians"), id="second_clause_people_placed"),
    pytest.param("At Crowded Town Hall, Doctors Warn Aid Is Too Slow\n\nDoctors spoke for two hours on Tuesday.",
                 ("reported", "At Crowded Town", "Doctors"), id="fronted_phrase"),
])
def test_a_headlines_stance_of_a_generic_plural_is_a_passage_of_nobody(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in headlined(text)


@pytest.mark.parametrize("text", [
    pytest.param("Police seek witnesses after crash near border\n\nA car hit a wall on Monday.", id="guard_seek_an_act"),
    pytest.param("Shelling displaces thousands\n\nThousands fled on Monday.", id="guard_event"),
    pytest.param("Syrians back in Idlib face cold winter\n\nThousands returned to the town in March.", id="guard_back_in"),
    pytest.param("Charity launches $5m appeal for Idlib families\n\nThe charity said it needed blankets.", id="launches_appeal_noun"),
    pytest.param("Russia, Turkey agree to Idlib truce\n\nThe two presidents met for six hours.", id="guard_agreement_an_act"),
    pytest.param("Envoy visits border, pledges aid for Syrians\n\nThe envoy toured a camp.", id="verb_inside_subject"),
])
def test_a_headline_of_an_act_or_event_is_no_passage(text: str) -> None:
    head = text.split("\n\n")[0]
    assert not any(words == " ".join(head.split()[:3]) for _kind, words, _ in headlined(text))


@pytest.mark.parametrize(("headline", "subject"), [
    pytest.param("Qatar pledges $50 million for Idlib", "Qatar", id="singular"),
    pytest.param("opposition leaders demand closed session", "opposition leaders", id="deck_lowercase_plural"),
    pytest.param("Syrian refugees in Turkey plead for help", "Syrian refugees", id="plural_before_its_place"),
    pytest.param("NATO allies voice solidarity with Turkey", "NATO allies", id="voice_solidarity"),
])
def test_headline_act_names_the_subject(headline: str, subject: str) -> None:
    assert headline_act(headline) == subject


@pytest.mark.parametrize("headline", [
    pytest.param("UN appeal", id="a_noun_after_a_singular"),
    pytest.param("I'd push back a little.", id="a_pronoun"),
    pytest.param("Trump administration stops short of pledge", id="a_verb_before"),
    pytest.param("Community mourns soldiers", id="mourning_an_act"),
])
def test_headline_act_guards(headline: str) -> None:
    assert headline_act(headline) == ""
