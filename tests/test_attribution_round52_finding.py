"""Round 49's misses of finding and headlines (issue 15, session fix15cr): a live blog's entry stamped by its time and a
space only ("20:05 Kremlin: ..."); each entry heading read alone, no anaphor to the heading of another entry ("UN chief
calls ..." after "Name expresses ..."); "sends condolences", "invited the faithful to a moment of prayer", "regretted
that" and a headline's "Subject questions <thing>" as acts of speech.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page
from idlibsite.sources.statements import find_passages


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


def _openings(text: str) -> list[str]:
    return [first for _kind, first, _who in cut_page(text)]


def _reported(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_passages(text, [(0, len(text))]) if p.kind == "reported"]


_LIVE_KYIV = ("War in the north: live updates\n\nKyiv Post | 3 March 2020, 22:10\n\n"
              "21:50 Tokayev sends greetings to Macron\n\n"
              "President of Kazakhstan Kassym-Jomart Tokayev sent his greetings to the French people on Twitter.\n\n"
              "20:35 Elysee: Macron and Tokayev discussed the crisis by phone\n\n"
              "The French presidency said the two leaders had spoken for an hour.\n\n"
              "19:05 UN chief urges restraint on all sides\n\n"
              "\"The Secretary-General is following the fighting with alarm,\" said Farhan Haq, spokesman for UN "
              "Secretary-General Antonio Guterres.")
_LIVE_MINSK = ("Crisis at the border: online\n\nBelTA | 4 March 2020\n\n"
               "18:40 Lukashenko: Minsk is ready to host talks\n\n"
               "Belarusian President Aleksandr Lukashenko said Minsk would offer a platform.\n\n"
               "17:15 Defence Ministry of Armenia: no Armenian troops in the area\n\n"
               "The Armenian Defence Ministry said none of its servicemen were deployed there.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_LIVE_KYIV, "Elysee: Macron and", "new:Elysee", id="fix15cr_stamp_space_body_colon_heading"),
    pytest.param(_LIVE_MINSK, "Lukashenko: Minsk is", "new:Aleksandr Lukashenko", id="fix15cr_stamp_space_name_colon_heading"),
    pytest.param(_LIVE_KYIV, "Tokayev sends greetings", "new:Kassym-Jomart Tokayev", id="fix15cr_stamp_space_name_verb_heading"),
    pytest.param(_LIVE_KYIV, "UN chief urges", "new:Antonio Guterres", id="fix15cr_entry_heading_no_anaphor_to_another_entry"),
])
def test_fix15cr_a_live_entry_stamped_by_its_time_and_a_space_reads_after_the_stamp(text: str, opening: str, who: str) -> None:
    assert opening in _openings(text)
    assert _said(text, opening) == who


def test_fix15cr_a_lone_number_before_words_is_no_stamp() -> None:
    text = "Fighting goes on\n\n12.50 percent of the camps have no water, the agency said.\n\nThe agency said it would help."
    assert "12.50 percent of" in _openings(text)


@pytest.mark.parametrize(("text", "reported"), [
    pytest.param("Prime Minister Rabuka sends condolences to Ankara, hopes truce lasts", True, id="fix15cr_sends_condolences"),
    pytest.param("King Tupou VI sent his condolences to the Turkish people on Friday.", True, id="fix15cr_sent_his_condolences"),
    pytest.param("The ministry sent troops to the border on Friday.", False, id="fix15cr_sent_troops_no_speech"),
    pytest.param("The Bishops' Conference invited the faithful of every parish to a moment of prayer for Syria.", True,
                 id="fix15cr_invited_to_a_moment_of_prayer"),
    pytest.param("The Grand Mufti invites believers to pray for the displaced on Friday.", True, id="fix15cr_invites_to_pray"),
    pytest.param("The mayor invited the children to a football match on Sunday.", False, id="fix15cr_invited_to_a_match_no_speech"),
    pytest.param("Senator Ana Reyes regretted that the cabinet had kept silent on Syria.", True, id="fix15cr_regretted_that"),
    pytest.param("The club regrets the loss of its captain.", False, id="fix15cr_regrets_a_loss_no_speech"),
    pytest.param("Opposition questions arms sales to Gulf buyers", True, id="fix15cr_headline_subject_questions_thing"),
    pytest.param("Senator questions visa deal with Ankara", True, id="fix15cr_headline_senator_questions"),
    pytest.param("Key questions remain over the truce.", False, id="fix15cr_questions_remain_noun"),
    pytest.param("Five questions facing Europe after Idlib", False, id="fix15cr_questions_facing_noun"),
    pytest.param("Nobody answered our questions about the plan.", False, id="fix15cr_our_questions_noun"),
])
def test_fix15cr_acts_of_speech_by_their_object(text: str, reported: bool) -> None:
    assert bool(_reported(text)) is reported
