"""Session fix15fo: the reported clause's verb decides a relay (LABELS rule 3, "One test for relays"): an act of speech
done before is the principal's, a state (the lexicon's views held, "hoped", "was") is the teller's, an act done in words
("had joined ... in calling for", :mod:`idlibsite.sources.inwords`) is an act of speech; and one reader of a kind's
spokesperson ("a government spokesman") by the page's names (:mod:`idlibsite.attribution.kindvoice`).  Texts of our own,
in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.discourse import own_gender
from idlibsite.attribution.forms import REPORTED_STATE, STATE_VERBS
from idlibsite.attribution.relayed import relayed
from test_attribution import labels, said_opening


def _relay(sentence: str) -> str:
    """The principal the relay after the first "|" reports as speaking, were it a body (:meth:`.Relay.speaks`), "" when
    none."""
    at = sentence.index("|")
    got = relayed(sentence.replace("|", ""), at)
    return got.subject if got and got.speaks(False, "The minister", "said") else ""


@pytest.mark.parametrize(("sentence", "principal"), [
    pytest.param("Mr Ong said| Secretary-General Lars Berg hoped the truce would last and urged the parties to talk.", "",
                 id="a_state_joined_to_a_speech_verb_stays_the_tellers"),
    pytest.param("The envoy said| President Ana Luz believed the talks would fail and warned the rebels.", "",
                 id="a_view_held_is_a_state"),
    pytest.param("The minister said| Ruritania had joined other Caribbean states in calling for a ceasefire.", "Ruritania",
                 id="an_act_done_in_words_by_a_country"),
    pytest.param("She said| the council had launched an appeal for blankets and tents.", "the council",
                 id="an_appeal_launched_by_a_body"),
    pytest.param("Mr Ong said| Secretary-General Lars Berg had urged the parties to talk.", "Secretary-General Lars Berg",
                 id="guard_a_speech_act_done_before_is_the_principals"),
    pytest.param("She said| the council had opened its hall to families.", "", id="guard_an_act_without_words"),
])
def test_the_reported_clauses_verb_decides_the_relay(sentence: str, principal: str) -> None:
    assert _relay(sentence) == principal


def test_the_state_verbs_are_one_list_with_the_lexicons_views() -> None:
    assert {"believed", "fears", "hoped", "was"} <= STATE_VERBS
    assert REPORTED_STATE.match(" believed the talks would fail") and not REPORTED_STATE.match(" urged the parties")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Dam row\n\nVALMORA - The Ruritanian government said on Monday it would close the dam to traffic.\n\n"
                 "A government spokesman said the closure would last a week.", "A government spokesman", "new:Ruritanian government",
                 id="agency_a_government_spokesman_is_the_government_named"),
    pytest.param("Hall to open\n\nThe Kelby Borough Council announced it will open the hall to families. A council "
                 "spokeswoman said the beds would be ready on Friday.", "A council spokeswoman", "new:Kelby Borough Council",
                 id="local_site_a_council_spokeswoman_is_the_council_named"),
    pytest.param("Flood\n\nThe river rose two metres overnight. A council spokesman said the bridge was closed.",
                 "A council spokesman", "A council spokesman", id="guard_no_council_named_stays_nobody_named"),
])
def test_a_kinds_spokesperson_is_the_body_the_page_names(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_a_body_spokesmans_clause_of_a_principals_hope_is_his() -> None:
    text = ("At the United Nations, spokesman Tomas Ong said Secretary-General Lars Berg hoped the truce would lead to a "
            "halt and urged the parties to return to talks.")
    assert labels(text) == ["new:Tomas Ong"]  # LABELS Round 29: the body's named spokesman tells a state: his


@pytest.mark.parametrize(("said", "expected"), [
    pytest.param("said Mr Varga was using the threat \u2063\u2063\u2063 in his dispute with Brussels.", "",
                 id="from_the_verb_another_named_may_own_his"),
    pytest.param("said the vote was a betrayal of her voters.", "she", id="guard_from_the_verb_her_own"),
])
def test_a_speakers_gender_from_her_clause_read_from_its_verb(said: str, expected: str) -> None:
    assert own_gender(said) == expected


def test_she_after_a_lecturer_is_the_lecturer_not_the_minister_before() -> None:
    text = ("Prime Minister Janos Varga said on Tuesday the border would stay shut.\n\n"
            "Leeds University politics lecturer Dr Ellen Marsh said Mr Varga was using the border \"as leverage\" in his "
            "dispute with Brussels.\n\n"
            "\"Hungary feels Europe has taken it for granted,\" she said.")
    assert labels(text)[-1] == "new:Ellen Marsh"  # her sentence's "his" is Mr Varga's: no gender of hers


def test_a_principal_who_briefed_a_leader_by_telephone_on_a_deal_is_relayed() -> None:
    sentence = "Palace spokesman Ivo Marek said| on Friday that Ferrand had briefed Prime Minister Ana Luz Ortega by telephone on the deal."
    assert _relay(sentence) == "Ferrand"  # whom he told, how, then what about: an act of speech done before (Round 39's list)
    assert _relay("Ivo Marek said| Ferrand had briefed Prime Minister Ana Luz Ortega by telephone.") == ""  # guard: nothing told
