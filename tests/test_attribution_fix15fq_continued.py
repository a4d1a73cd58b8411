"""A quotation that runs on into the next paragraphs, and a text an announcing line gives, are their speaker's (issue 15, session
fix15fq; LABELS "carried", Rounds 51 and 62: a release printed whole is its author's, sentence by sentence, whatever
its grammatical subject). Texts of our own in an agency's, a regional paper's and a radio transcript's forms: a
ministry's note opened once and closed at its end, a long answer whose paragraphs each open the quotation again;
"guard" in an id: a quotation closed at the end of its paragraph does not run on, and a quotation with its own tag
keeps it."""

from __future__ import annotations

import pytest

from idlibsite.attribution.answer import NOBODY, NewActor, Speaker
from idlibsite.attribution.continued import continued
from idlibsite.sources.speech import split
from idlibsite.sources.statements import Passage
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


AGENCY = ("Santiago welcomes Moscow truce\n\n"
          "SANTIAGO, March 6 (Agencia Andina) - Chile's Ministry of Foreign Affairs said in a note issued on Friday:\n\n"
          "\"The Government of Chile takes note with satisfaction of the agreement reached in Moscow on a ceasefire in"
          " the province of Idlib.\n\n"
          "Chile reiterates its call on all parties to protect the civilian population and to allow humanitarian access.\n\n"
          "The Consulate General in Istanbul remains in contact with the Chilean community in Turkey. No Chilean citizen"
          " has been reported among the victims.\"\n\n"
          "The opposition did not comment on the note.\n")
REGIONAL = ("Reyhanli doctor: 'We count the children first'\n\n"
            "By Megan Hollis\n\n"
            "Dr Amal Haddad, who runs a clinic for displaced families in Reyhanli, told the Courier on Tuesday:"
            " \"We see ten families a day, sometimes more.\n\n"
            "\"Most of them have walked for three days. The children are the worst, because they stop eating.\n\n"
            "\"We need blankets more than money now.\"\n")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(AGENCY, "Chile reiterates its", "new:Chile's Ministry of Foreign Affairs", id="agency_a_note_opened_once_goes_on_its_authors"),
    pytest.param(AGENCY, "The Consulate General", "new:Chile's Ministry of Foreign Affairs", id="agency_its_last_paragraph_another_body_as_subject"),
])
def test_a_quotation_that_runs_on_is_its_speakers(text: str, opening: str, speaker: str) -> None:
    assert _speakers(text)[opening] == speaker


def test_guard_an_answer_whose_paragraphs_open_again_stays_the_guests() -> None:
    speakers = _speakers(REGIONAL)
    assert speakers["Most of them"] == speakers["We need blankets"] == "new:Amal Haddad"


_MAYOR = Speaker(None, NewActor("Ruth Okello", True, "mayor", ""), "", "named", 0.9)
_TEACHER = Speaker(None, NewActor("Tom Ayo", True, "teacher", ""), "", "named", 0.9)


def _passages(text: str, *quoted: str) -> list[Passage]:
    """Each of the ``quoted`` words of ``text`` as a direct passage, in its sentence."""
    sentences = split(text, 0, len(text), [])
    return [Passage("direct", at, at + len(words), next(s for s in sentences if s.start <= at < s.end))
            for words in quoted for at in [text.index(words)]]


def test_guard_a_quotation_closed_at_its_paragraphs_end_does_not_run_on() -> None:
    text = "\"We will rebuild the school.\"\n\n\"Nobody asked us what we want.\"\n"
    first, second = _passages(text, "We will rebuild the school.", "Nobody asked us what we want.")
    assert continued({first: _MAYOR, second: NOBODY}, text)[second] == NOBODY


def test_guard_a_quotation_with_its_own_tag_keeps_its_speaker() -> None:
    text = "\"We will rebuild the school.\n\n\"Nobody asked us what we want,\" said Tom Ayo, a teacher.\n"
    first, second = _passages(text, "We will rebuild the school.", "Nobody asked us what we want,")
    assert continued({first: _MAYOR, second: _TEACHER}, text)[second] == _TEACHER


def test_an_open_quotation_carries_to_the_next_paragraph() -> None:
    text = "\"We will rebuild the school.\n\n\"Nobody asked us what we want.\"\n"
    first, second = _passages(text, "We will rebuild the school.", "Nobody asked us what we want.")
    assert continued({first: _MAYOR, second: NOBODY}, text)[second].new == _MAYOR.new


RELEASE = ("Ghana condemns attack on Turkish troops\n\n"
           "ACCRA, Feb 28 (GNA) - The Ministry of Foreign Affairs and Regional Integration has issued a press release on the"
           " situation in Idlib. Below is the full text:\n\n"
           "Ghana is deeply saddened by the death of Turkish soldiers in Idlib on 27 February 2020.\n\n"
           "Meanwhile, opposition MP Kofi Mensah told reporters the government should do more.\n")
BRIEFING = ("Ministry briefs on Idlib\n\n"
            "By Staff Reporter\n\n"
            "Following are excerpts from the weekly press briefing by the Foreign Office Spokesperson, Mumtaz Zahra:\n\n"
            "Kenya strongly condemns the attack on civilians in Idlib.\n\n"
            "Kenya supports a political solution under Security Council resolution 2254.\n\n"
            "Asked about the evacuation, the spokesperson said no request had been received.\n")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(RELEASE, "Ghana is deeply", "new:Ministry of Foreign Affairs and Regional Integration", id="agency_below_is_the_full_text"),
    pytest.param(BRIEFING, "Kenya strongly condemns", "new:Mumtaz Zahra", id="daily_excerpts_of_a_briefing_by_its_spokesperson"),
    pytest.param(BRIEFING, "Kenya supports a", "new:Mumtaz Zahra", id="daily_a_sentence_of_no_speech_verb_found_as_hers"),
])
def test_a_text_announced_by_its_line_is_its_givers(text: str, opening: str, speaker: str) -> None:
    assert _speakers(text)[opening] == speaker


def test_guard_the_reporting_after_the_text_stays_its_own() -> None:
    assert _speakers(RELEASE)["Meanwhile, opposition MP"] == "new:Kofi Mensah"


def test_guard_a_turns_words_after_its_tag_do_not_run_on() -> None:
    # a roll of callers' turns opens no quotation mark: the unnamed caller's entry is not the caller's before
    text = ("Listeners on the war in Idlib\n\nBy Dana Reyes\n\nWe asked listeners what the fighting in Idlib means to them.\n\n"
            "Rami, Dearborn: My parents left Saraqeb in January. They are in a tent now.\n\n"
            "A caller from Flint, who asked us not to use her name: My brother was killed in Ariha. He was a teacher.\n\n"
            "Walid, Lansing: People ask me why Syrians do not just leave.\n")
    assert _speakers(text)["A caller from"] == ""
