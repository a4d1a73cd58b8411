"""Session fix15fo: one list of a reported clause's state verbs (the lexicon's views held, "hoped", "was"); one reader
of a kind's spokesperson ("a government spokesman") by the page's names (:mod:`idlibsite.attribution.kindvoice`); a
speaker's gender from her own clause; a verb of telling's object.  Texts of our own, in other outlets' forms."""

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
