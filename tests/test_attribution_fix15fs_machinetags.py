"""A machine transcript's speaker tags ("Speaker 1:", "SPEAKER 3:", "Speaker B:"): each voice the person the turn
before its first turn introduces, nobody when that turn introduces no one (issue 15, session fix15fs; LABELS, Round 97).
Texts of our own in the forms of a podcast's automatic transcript, a radio programme's transcript page and a TV
station's; "guard" in an id: a voice the page never introduces, the host's own name, the host's asking turns."""

from __future__ import annotations

import pytest

from idlibsite.sources.machinetags import candidates, introduction, machine
from test_attribution import cut_page, said_opening

_PODCAST = ("The Daily Brief\n\nEpisode 212: A winter in the camps\n\nSpeaker 1: Welcome back to The Daily Brief. The"
            " displacement in northwest Syria is now the largest of the war. We are joined now by Leila Nasser, who"
            " coordinates shelter for a relief group in Sarmada. Leila, what do families need most?\n\nSpeaker 2: Tents"
            " and fuel. We have families who have moved four times since December.\n\nSpeaker 1: Is anyone getting"
            " through the border?\n\nSpeaker 2: Only the aid convoys. People cannot cross.\n")

_CLIP = ("Morning Report\n\nTranscript\n\nSPEAKER 1: Turkey's president spoke to his party in Ankara on Wednesday. Recep"
         " Tayyip Erdogan warned that the army would act if the attacks went on. Here's what he said.\n\nSPEAKER 2: We"
         " will not allow the regime to push millions more people towards our border.\n\nSPEAKER 1: The Kremlin has not"
         " answered yet. What happens next?\n\nSPEAKER 3: Both sides are talking, but the talks have produced little.\n")

_UNINTRODUCED = ("Night Desk\n\nTranscript\n\nSpeaker 1: This is Night Desk. I'm Tom Bright. Fighting has resumed south of"
                 " Idlib city. What is the situation on the ground?\n\nSpeaker 2: The roads north are jammed with cars and"
                 " trucks.\n\nSpeaker 1: And the camps?\n\nSpeaker 2: They are full, and more families arrive every hour.\n")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(_PODCAST, "Tents and fuel.", "new:Leila Nasser", id="lead_a_podcasts_guest_joined_by_name"),
    pytest.param(_PODCAST, "Only the aid", "new:Leila Nasser", id="lead_the_guests_voice_keeps_its_person"),
    pytest.param(_CLIP, "We will not", "recep-tayyip-erdogan", id="lead_a_clip_announced_by_a_pronoun"),
    pytest.param(_UNINTRODUCED, "The roads north", "", id="guard_a_voice_nobody_introduces_the_hosts_name_not_it"),
])
def test_a_machine_tags_voice_is_whom_the_turn_before_introduces(text: str, opening: str, speaker: str) -> None:
    assert said_opening(text, opening) == speaker


def test_guard_the_asking_voice_is_no_answer() -> None:
    openings = {first for _kind, first, _who in cut_page(_PODCAST)}
    assert "Is anyone getting" not in openings and "Leila, what do" not in openings


def test_guard_a_third_voice_the_turn_before_does_not_introduce_names_nobody() -> None:
    """"The Kremlin has not answered yet. What happens next?" introduces no person: the third voice is nobody's."""
    assert said_opening(_CLIP, "Both sides are") == ""


@pytest.mark.parametrize(("name", "is_machine"), [
    pytest.param("Speaker 2", True, id="lead_a_number"),
    pytest.param("SPEAKER B", True, id="lead_a_letter_in_capitals"),
    pytest.param("Unknown speaker", True, id="lead_an_unknown_speaker"),
    pytest.param("Mr Speaker", False, id="guard_a_chamber_s_chair"),
    pytest.param("Speaker Pelosi", False, id="guard_a_speaker_s_name"),
])
def test_a_machines_tag(name: str, is_machine: bool) -> None:
    assert machine(name) is is_machine


def test_the_turn_before_a_voices_first_turn_and_whom_it_introduces() -> None:
    turn = introduction(_CLIP, "SPEAKER 2")
    assert turn.startswith("Turkey's president") and turn.rstrip().endswith("Here's what he said.")
    assert candidates(turn) == ("", ["Recep Tayyip Erdogan"])
    assert introduction(_CLIP, "SPEAKER 1") == ""  # the first voice: the header introduces nobody
