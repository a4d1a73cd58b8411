"""A machine transcript's voice ("Speaker 2:") bound to a person only when the page makes one person clearly its voice,
nobody otherwise (issue 15, session fix15ft; LABELS, Round 97 and the rule "better to refuse than to attach a statement
to words its speaker never said").  Texts of our own in the forms of a public radio programme's automatic transcript,
a world service's podcast and a regional TV station's; "guard" in an id: a refusal."""

from __future__ import annotations

import pytest

from idlibsite.sources.machinetags import asks, candidates, introduction, untold
from test_attribution import said_opening

_TWO_GUESTS = ("Morning Edition\n\nTranscript\n\nSpeaker 1: Good morning, I'm Ruth Adler. The strike at the port of Santos"
               " is in its second week. With me are Marcos Vieira, who leads the dockers' union, and Clara Duarte, who"
               " speaks for the port authority. So where do the talks stand this morning?\n\nSpeaker 2: Nowhere. Nobody"
               " has called a meeting since Friday.\n\nSpeaker 1: Clara Duarte, will the authority make a new offer?\n\n"
               "Speaker 3: We made an offer last week and it is still on the table.\n\nSpeaker 1: Thank you both.\n")

_INTERJECTION = ("Evening News\n\nAutomatic transcript\n\nSPEAKER 1: Water prices in the valley have doubled since May. Dr. Ines"
                 " Garza, you study the aquifer. Why now?\n\nSPEAKER 2: The wells are drying out. The governor, Tomas"
                 " Reyes, promised a pipeline in March and nothing has been built.\n\nSPEAKER 3: That is not true. Work"
                 " starts next month.\n\nSPEAKER 1: And the farms?\n\nSPEAKER 2: Half of them have stopped planting.\n")

_PACKAGE = ("World Today\n\nTranscript\n\nSpeaker 1: Our correspondent Lena Brandt went to the market in Goma.\n\nUnknown"
            " speaker: Prices went up three times this month. We cannot buy rice any more.\n\nSpeaker 1: What does the"
            " government say?\n\nSpeaker 2: The government says little.\n")

_PRESENTERS = ("Newsroom\n\nPodcast transcript\n\nSPEAKER A: Welcome to Newsroom, with me, Owen Price, and Hana Sato. Hana?\n\n"
               "SPEAKER B: Thanks, Owen. Floods have closed the coast road. Is anyone stuck on it?\n\nSPEAKER A: Our guest"
               " is Paul Mensah of the road agency. Paul Mensah, is the road open?\n\nSPEAKER C: Not yet. We hope to open"
               " one lane by Friday.\n\nSPEAKER B: The agency's boss spoke this morning. Let's listen.\n\nSPEAKER D: We"
               " will not reopen the road until it is safe.\n")

_ONE_NAME_TWICE = ("Local Matters\n\nTranscript\n\nSpeaker 1: The council voted last night to close the library. Maria Lopez"
                   " runs the friends of the library group. What happens now?\n\nSpeaker 2: We go to court.\n\nSpeaker 1:"
                   " Maria Lopez's group says the vote broke the council's own rules. What does the council say?\n\n"
                   "Speaker 3: The vote was lawful and the minutes show it.\n\nSpeaker 1: Thank you.\n")

_NARRATED = ("Africa Tonight\n\nTranscript\n\nSpeaker 1: The harvest in the north has failed for a second year. What is"
             " the ministry doing?\n\nSpeaker 2: We are buying grain abroad.\n\nIn Kano, Fatima Bala runs a women's"
             " cooperative of rice farmers.\n\nSpeaker 3: We planted twice and lost both crops to the heat.\n\nSpeaker 1:"
             " And the grain from abroad?\n\nSpeaker 3: It has not reached us.\n")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(_TWO_GUESTS, "Nowhere.", "", id="guard_two_people_introduced_a_question_to_neither"),
    pytest.param(_TWO_GUESTS, "We made an", "new:Clara Duarte", id="lead_the_one_the_last_question_addresses"),
    pytest.param(_INTERJECTION, "The wells are", "new:Ines Garza", id="lead_a_guest_addressed_by_title_and_name"),
    pytest.param(_INTERJECTION, "That is not", "", id="guard_a_voice_after_a_guests_answer_that_names_someone"),
    pytest.param(_PACKAGE, "Prices went up", "", id="guard_an_unknown_speaker_not_the_reporter_named"),
    pytest.param(_PRESENTERS, "Not yet.", "new:Paul Mensah", id="lead_a_guest_after_the_presenters"),
    pytest.param(_PRESENTERS, "We will not", "", id="guard_an_official_named_by_no_name"),
    pytest.param(_ONE_NAME_TWICE, "We go to", "", id="guard_two_voices_bound_to_one_person_first"),
    pytest.param(_ONE_NAME_TWICE, "The vote was", "", id="guard_two_voices_bound_to_one_person_second"),
    pytest.param(_NARRATED, "We planted twice", "new:Fatima Bala", id="lead_narration_between_turns_introduces_the_next"),
    pytest.param(_NARRATED, "It has not", "new:Fatima Bala", id="lead_the_narrated_voice_keeps_its_person"),
])
def test_a_machine_voice_is_bound_only_when_one_person_is_clearly_its(text: str, opening: str, speaker: str) -> None:
    assert said_opening(text, opening) == speaker


def test_guard_a_second_presenter_who_asks_is_nobodys() -> None:
    """"Hana?" hands over to the second presenter by name; her voice asks, so it is no guest's and binds to no one."""
    assert asks(_PRESENTERS, "SPEAKER B") and not asks(_PRESENTERS, "SPEAKER C")
    assert said_opening(_PRESENTERS, "Floods have closed") == ""


def test_what_introduces_a_voice() -> None:
    assert introduction(_INTERJECTION, "SPEAKER 3") == ""  # the turn before is a guest's answer
    assert introduction(_NARRATED, "Speaker 3").strip().startswith("In Kano, Fatima Bala")
    assert candidates(introduction(_TWO_GUESTS, "Speaker 2"))[0] == ""  # the question addresses neither
    assert candidates(introduction(_TWO_GUESTS, "Speaker 3"))[0] == "Clara Duarte"
    assert untold("Unknown speaker") and not untold("Speaker 4")
