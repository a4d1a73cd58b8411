"""A headline's press periphrasis of an office ("Turkey's top diplomat", "defence chief", "Greek leader") stands for the
one the page bills with that office, and a headline's words of criticism ("hits out at", "flays", "raps") report speech
(issue 15, session fix15fu).  Texts of our own in the forms of a South Asian daily's world briefs, a Gulf daily's
digest and a Balkan agency's English wire; "guard" in an id: no speaker, another speaker, or no passage."""

from __future__ import annotations

import pytest

from idlibsite.attribution.cast import heads, periphrasis
from test_attribution import cut_page, said_opening

_MINISTERS = ("No deal yet on Idlib truce, says Turkish top diplomat\n\nANKARA, March 2 (Agency) - Turkish Foreign Minister"
              " Mevlut Cavusoglu said on Monday that Ankara and Moscow had not yet agreed on a new ceasefire.\n\nRussian"
              " Defence Minister Sergei Shoigu told his Turkish counterpart Hulusi Akar by phone that Russian forces would"
              " stay in the area.\n")


def _page(headline: str, body: str = _MINISTERS) -> str:
    return headline + "\n\n" + body.split("\n\n", 1)[1]


_GREEK = ("x\n\nATHENS, March 1 (Agency) - Greek President Katerina Sakellaropoulou visited the Evros border on Sunday."
          " Prime Minister Kyriakos Mitsotakis said Greece would not allow illegal entries.\n\nThe opposition leader,"
          " Alexis Tsipras, said the government had no plan.\n")

_ONE_GREEK = ("x\n\nATHENS, March 1 (Agency) - Greek Prime Minister Kyriakos Mitsotakis said on Sunday that Greece would"
              " not allow illegal entries across its border.\n\nGovernment spokesman Stelios Petsas told reporters that"
              " the army had been sent to the Evros river.\n")


@pytest.mark.parametrize(("headline", "body", "speaker"), [
    pytest.param("No deal yet on Idlib truce, says Turkish top diplomat", _MINISTERS, "new:Mevlut Cavusoglu", id="a_tag_top_diplomat_the_foreign_minister"),
    pytest.param("Turkey's top diplomat rejects Moscow's terms", _MINISTERS, "new:Mevlut Cavusoglu", id="a_possessive_nations_top_diplomat"),
    pytest.param("Russian defence chief tells Ankara forces will stay", _MINISTERS, "new:Sergei Shoigu", id="the_defence_chief_of_the_nation_named"),
    pytest.param("Forces will stay, says Russian defence chief", _MINISTERS, "new:Sergei Shoigu", id="a_tag_defence_chief_not_the_clauses_country"),
    pytest.param("Greek leader says border will stay shut", _ONE_GREEK, "new:Kyriakos Mitsotakis", id="a_nations_leader_its_head_of_government"),
    pytest.param("Russia's top diplomat says no deal yet", _MINISTERS, "", id="guard_a_top_diplomat_the_page_bills_nobody_with"),
    pytest.param("Greek leader says border will stay shut", _GREEK, "", id="guard_a_nations_leader_is_not_its_opposition_leader"),
    pytest.param("Opposition leader says government has no plan", _GREEK, "new:Alexis Tsipras", id="guard_the_opposition_leader_stays_his"),
])
def test_a_headlines_periphrasis_of_an_office_is_its_holder(headline: str, body: str, speaker: str) -> None:
    assert said_opening(_page(headline, body), " ".join(headline.split()[:3])) == speaker


@pytest.mark.parametrize(("use", "alike"), [
    pytest.param("the top diplomat", True, id="top_diplomat"),
    pytest.param("the Turkish defence chief", True, id="a_portfolios_chief"),
    pytest.param("the health boss", True, id="a_portfolios_boss"),
    pytest.param("the Greek leader", True, id="a_nations_leader"),
    pytest.param("the opposition leader", False, id="guard_opposition_leader"),
    pytest.param("the army chief", False, id="guard_a_chief_of_no_portfolio"),
    pytest.param("the diplomat", False, id="guard_a_diplomat_any_envoy"),
])
def test_which_uses_are_periphrases(use: str, alike: bool) -> None:
    assert periphrasis(use.removeprefix("the ")) is alike
    assert (frozenset({"foreign", "minister"}) in heads(use)) is (use == "the top diplomat")


_CRITICS = ("{headline}\n\nATHENS, March 1 (Agency) - Greek Prime Minister Kyriakos Mitsotakis accused Turkey on Sunday of"
            " using migrants as pawns.\n\nHe said Athens would not be blackmailed.\n")


@pytest.mark.parametrize(("headline", "speaker"), [
    pytest.param("Mitsotakis hits out at Ankara over migrants", "new:Kyriakos Mitsotakis", id="hits_out_at"),
    pytest.param("Greek PM lashes out at Turkey", "new:Kyriakos Mitsotakis", id="lashes_out_at"),
    pytest.param("Mitsotakis flays Ankara's 'blackmail'", "new:Kyriakos Mitsotakis", id="flays"),
    pytest.param("Mitsotakis raps Turkey over border", "new:Kyriakos Mitsotakis", id="raps"),
])
def test_a_headlines_words_of_criticism_report_speech(headline: str, speaker: str) -> None:
    assert said_opening(_CRITICS.format(headline=headline), " ".join(headline.split()[:3])) == speaker


@pytest.mark.parametrize("headline", [
    pytest.param("Mitsotakis visits Evros border", id="guard_a_headline_naming_one_who_does_not_speak"),
    pytest.param("Turkish soldier killed in Idlib shelling", id="guard_an_event_with_no_source"),
    pytest.param("Shelling hits outskirts of Idlib city", id="guard_hits_of_shelling_no_speech"),
])
def test_a_headline_of_an_act_or_an_event_is_no_passage(headline: str) -> None:
    page = _CRITICS.format(headline=headline)
    assert not [first for _kind, first, _who in cut_page(page) if page.find(first) < len(headline)]


_CALLERS = ("'{quote}': Leeds families with relatives in Idlib\n\nBy Anna Reid\n\nFamilies in Leeds told us what the news"
            " from north-west Syria means at home.\n\nSamir, a taxi driver, said his parents were in a camp near the border."
            " \"Every night could be the last one, so I phone them twice a day,\" he said.\n\nLayla, a student, said her"
            " aunt had moved four times. \"The camps are full and the winter is hard,\" she said.\n")


@pytest.mark.parametrize(("quote", "speaker"), [
    pytest.param("Each night might be the last", "new:Samir", id="a_quotation_condensed_in_words_of_its_own"),
    pytest.param("The camps are full", "new:Layla", id="a_quotation_repeated_word_for_word"),
    pytest.param("We will rebuild our homes one day", "", id="guard_a_quotation_no_speaker_of_the_body_gives"),
])
def test_a_headline_quotation_is_the_speaker_whose_words_it_condenses(quote: str, speaker: str) -> None:
    assert said_opening(_CALLERS.format(quote=quote), " ".join(quote.split()[:3])) == speaker


def test_guard_a_headline_quotation_two_speakers_condense_alike_is_nobodys() -> None:
    page = ("'The winter is hard for all of us': voices from Leeds\n\nBy Anna Reid\n\nSamir, a taxi driver, has parents"
            " in a camp. \"The winter here is very hard for the children,\" he said.\n\nLayla, a student, has an aunt"
            " there. \"The winter is hard for the old people,\" she said.\n")
    assert said_opening(page, "The winter is") == ""
