"""A quotation running over several paragraphs, each opened with a mark and only the last closed (issue 15, session
fix15ga).

The unseen rounds lose most of their lines to `carried` passages. One form of them is news copy's long quotation: every
paragraph of it opens with a mark, only the last one closes, and the clause that says whose it is stands in one
paragraph of the run or in none (the paragraph before introduces the speaker with no speech verb: "X, a teacher, has
lived in the camp since January."). LABELS rule 10: a quotation alone in its paragraph takes the speaker of the paragraph
before when that paragraph is about them; D9 of bench/attribution-constructions.md: a quotation over two paragraphs is
one speaker's. Texts of our own in several outlets' forms (a regional daily's hospital story, a public broadcaster's
feature, a charity's field blog, a wire's profile); the guards keep a run's own tag over the person introduced before
it, a paragraph that opens with no mark (the outlet's narration, a new speaker) out of the run, and a paragraph with a
clause of its own its clause's.

A second form: a vox pop's or a "what they said" box's name line set over each quotation ("Jan Egeland, Norwegian Refugee
Council" then the quotation on the next line), whose quotations were the kicker's turn ("STREET TALK:") or nobody's. A third: a Q&A whose standfirst names the guest and takes them up as the
"he" or "she" who converses ("X has led ... . She spoke to us from Antakya."), whose answers were missed. A fourth: a
Q&A box whose name line heads its "Q:" and "A:" turns ("Name, role, place"), whose "A:" stood for nobody.
"""

from __future__ import annotations

import pytest

from test_attribution import said_opening
from idlibsite.attribution.nameline import boxed_guest, name_over
from idlibsite.attribution.quoterun import run_of
from idlibsite.sources.introguest import intro_guest

_HOSPITAL = ("Surgeons work by torchlight in Idlib\n\nBy Ruth Ingram\n\nThe hospital in Atarib has been hit twice since January. "
             "Dr Ayla Demir, a surgeon from Aleppo, has worked there since 2016 and sleeps in a storeroom behind the theatre.\n\n"
             "\"We operate by torchlight when the generators fail.\n\n\"Last week we lost power four times in a single night. "
             "We lost one patient.\n\n\"I do not know how long we can go on like this.\"\n\nThe hospital's director said on "
             "Monday that fuel would run out within a week.")
_FEATURE = ("Life in the camps\n\nThe Turkish government said on Monday that it could take no more refugees.\n\nAt the edge of the "
            "camp, a volunteer from Gaziantep, Kerem Aksoy, hands out bread from the back of a van.\n\n\"Every morning there are "
            "more people than the day before.\n\n\"We had bread for 300 families today and 500 came.\"\n\nThe van leaves at noon.")
_BLOG = ("Field diary: a week in Sarmada\n\nOur coordinator Nadia Haddad sent this update on Friday.\n\n\"The rain has turned the "
         "camp into mud. Families are sleeping in cars.\n\n\"We handed out 800 blankets on Thursday, and it was not enough,\" "
         "Haddad said.\n\nDonations can be made on our website.")
_PROFILE = ("Ankara, March 3 (Wire) - Turkish officials said on Tuesday the border would stay open.\n\nA charity worker, Tom Reyes, "
            "has spent a month at the Pazarkule crossing.\n\n\"I see the same families every day.\n\n\"They have nowhere to go "
            "back to,\" said Reyes, who works for a British charity.\n\nMaria Lopez, a nurse at the crossing, disagreed. \"Most "
            "of them will go back when the weather turns,\" she said.")
_VISIT = ("Flooded camps\n\nA reporter for the radio, Lina Park, visited the camp at Kafr Lusin on Monday.\n\n\"The tents are "
          "flooded and the latrines have overflowed.\n\n\"We need pumps before we need food,\" said Omar Said, the camp's manager.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_HOSPITAL, "We operate by", "new:Ayla Demir", id="fix15ga_run_first_paragraph_person_introduced_before"),
    pytest.param(_HOSPITAL, "Last week we", "new:Ayla Demir", id="fix15ga_run_middle_paragraph"),
    pytest.param(_HOSPITAL, "I do not", "new:Ayla Demir", id="fix15ga_run_last_paragraph_closed_no_tag"),
    pytest.param(_FEATURE, "Every morning there", "new:Kerem Aksoy", id="fix15ga_run_role_then_name_set_off_by_commas"),
    pytest.param(_FEATURE, "We had bread", "new:Kerem Aksoy", id="fix15ga_run_role_then_name_last_paragraph"),
    pytest.param(_PROFILE, "I see the", "new:Tom Reyes", id="fix15ga_run_tag_in_its_last_paragraph"),
    pytest.param(_BLOG, "The rain has", "new:Nadia Haddad", id="fix15ga_run_tag_in_its_last_paragraph_after_an_announcing_line"),
    pytest.param(_VISIT, "The tents are", "new:Omar Said", id="fix15ga_run_its_own_tag_over_the_person_introduced_before"),
])
def test_fix15ga_a_quotation_over_paragraphs_is_one_speaker_s(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_PROFILE, "Most of them", "new:Maria Lopez", id="fix15ga_guard_a_new_speaker_s_paragraph_after_the_run"),
    pytest.param(_HOSPITAL, "The hospital's director", "", id="fix15ga_guard_narration_after_the_run_is_not_the_speaker_s"),
])
def test_fix15ga_guards(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ga_guard_a_title_line_before_a_run_introduces_nobody() -> None:
    text = ("Voices from the border\n\nNotes from a visit with nurse Hana Olsen\n\n\"The clinic has no heating.\n\n\"We work "
            "in our coats.\"")
    assert said_opening(text, "The clinic has") == ""


def test_fix15ga_guard_a_paragraph_that_closes_its_quotation_ends_the_run() -> None:
    text = "\"We stay,\" he said.\n\n\"We go,\" she said."
    assert run_of(text, 0) == ()
    assert run_of(_HOSPITAL, _HOSPITAL.index("Last week")) == run_of(_HOSPITAL, _HOSPITAL.index("We operate"))
    assert len(run_of(_HOSPITAL, _HOSPITAL.index("I do not"))) == 3
    assert run_of(_HOSPITAL, _HOSPITAL.index("The hospital's director")) == ()


# A vox pop's or a "what they said" box's name line over each quotation (LABELS rule 10: the line before is about them).
_VOX = ("Riverside Gazette\n\nYOUR SAY: Should the city take more refugees?\n\nThe Gazette asked people at the market on "
        "Saturday.\n\nHelen Brady, 45, Northside, nurse\n\"Yes. We have the room and we have the schools.\"\n\n"
        "Tariq, 29, Eastgate, student (asked that his surname not be used)\n\"My cousin is in a camp near Atmeh. I would take "
        "him in tomorrow.\"\n\nThe council meets on Thursday.")
_BOX = ("Idlib truce: the reactions\n\nWHAT THEY SAID\n\nAnna Lindqvist, Swedish foreign minister\n\"A ceasefire is only as good "
        "as the access it brings.\"\n\nSami Khoury, Lebanese Red Cross\n\"We are ready to send convoys the day the roads "
        "open.\"")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_VOX, "Yes. We have", "new:Helen Brady", id="fix15ga_vox_pop_name_age_place_job_line"),
    pytest.param(_VOX, "My cousin is", "new:Tariq", id="fix15ga_vox_pop_first_name_only_a_speech_verb_in_its_line"),
    pytest.param(_BOX, "A ceasefire is", "new:Anna Lindqvist", id="fix15ga_what_they_said_name_and_role"),
    pytest.param(_BOX, "We are ready", "new:Sami Khoury", id="fix15ga_what_they_said_name_and_body"),
])
def test_fix15ga_a_name_line_over_a_quotation_is_its_speaker(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ga_guard_a_headline_over_a_tagged_quotation_keeps_the_tag() -> None:
    text = ("Minister visits border\n\nDefence Minister Hulusi Akar\n\"We will answer every attack,\" said Rami Sayed, "
            "his spokesman.\n\nThe visit lasted two hours.")
    assert said_opening(text, "We will answer") == "new:Rami Sayed"


def test_fix15ga_guard_a_paragraph_s_last_line_is_no_name_line() -> None:
    text = ("Aid arrives\n\nThe convoy reached Sarmada on Monday, officials said, and\nMark Cutts\n\"Good news at last.\"")
    assert name_over(text, text.index("Good news")) == ""
    assert name_over(_BOX, _BOX.index("We are ready")) == "Sami Khoury"


# A Q&A whose standfirst names the guest, then takes her up as the "she" who converses ("She spoke to us from Antakya.").
_RADIO_QA = ("Interviews\n\nQ&A: 'The camps are full'\n\nTomas Varga has run the Danish Relief Agency's office in Gaziantep since "
             "2017. He spoke to us by telephone on Tuesday.\n\n**How many people have reached the border?**\n\nNearly a million "
             "since December. Most of them have moved three or four times.\n\n**Where do they sleep?**\n\nIn tents, in cars, in "
             "schools. Some sleep under the olive trees.\n\n**What do you need most?**\n\nShelter, before anything else.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Nearly a million", "new:Tomas Varga", id="fix15ga_qa_guest_taken_up_by_he_spoke_to_us"),
    pytest.param("In tents, in", "new:Tomas Varga", id="fix15ga_qa_guest_second_answer"),
    pytest.param("Shelter, before anything", "new:Tomas Varga", id="fix15ga_qa_guest_last_answer"),
])
def test_fix15ga_a_q_and_a_guest_the_standfirst_names_then_calls_he(opening: str, who: str) -> None:
    assert said_opening(_RADIO_QA, opening) == who


def test_fix15ga_guard_two_names_opening_the_standfirst_present_no_guest() -> None:
    intro = "Q&A\n\nAna Ruiz runs a clinic in Atmeh. Pablo Gil heads the charity that funds it. She spoke to us on Monday.\n\n"
    assert intro_guest(intro, (0, len(intro)), ["What do you need?"]) == ""
    assert intro_guest(_RADIO_QA, (0, _RADIO_QA.index("**How")), ["What do you need most?"]) == "Tomas Varga"


# A Q&A box whose name line heads its "Q:" and "A:" turns.
_BOX_QA = ("Northgate Echo\n\nCommunity\n\nREADERS' PANEL: Should the city do more?\n\nCouncillor Ann Lowe said the centre had helped 200 families from Syria this year. Its "
           "director, Peter Quinn, said more volunteers were needed.\n\nFive minutes with\n\nSara Mendez, volunteer coordinator, Northgate Welcome Centre\n\n"
           "Q: What do new families ask for first?\n\nA: A phone card and a map of the bus routes. Then a school place.\n\n"
           "Q: How can readers help?\n\nA: Come to the Saturday lunches. Families need friends more than furniture.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("A phone card", "new:Sara Mendez", id="fix15ga_box_qa_name_line_first_answer"),
    pytest.param("Come to the", "new:Sara Mendez", id="fix15ga_box_qa_name_line_second_answer"),
])
def test_fix15ga_a_q_and_a_box_s_name_line_is_its_guest(opening: str, who: str) -> None:
    assert said_opening(_BOX_QA, opening) == who


def test_fix15ga_guard_prose_before_the_first_question_is_no_name_line() -> None:
    assert boxed_guest(_BOX_QA) == "Sara Mendez"
    assert boxed_guest("We asked the council's leader, Tom Hart, three questions.\n\nQ: Will you act?\n\nA: Yes.") == ""
    assert boxed_guest("Northgate Welcome Centre\n\nQ: Will you act?\n\nA: Yes.") == ""
