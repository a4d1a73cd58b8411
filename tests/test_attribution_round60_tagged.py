"""Round 55's tagged and reviewed pages (issue 15, session fix15dr): a Q&A interview tagged by the guest's first surname,
an answer quoting the one person the question names, a press conference whose reporters are tagged by their outlets,
verbs that report speech only closing a quotation ('"...," he read.', '"...," its columnist X concluded.'), an answer
given in a word ("answered no"), plurals that "speak of", a live blog's "Listener: «...»" heading, and a press review's
"This newspaper" under a breadcrumb.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.fullnames import full_name
from idlibsite.attribution.ownpaper import own_outlet
from test_attribution import cut_page, said_opening


def _openings(text: str) -> list[str]:
    return [first for _kind, first, _who in cut_page(text)]


_SURNAME_TAGS = """ECONOMÍA

"The drought will cost us two harvests"

María José Ruiz Salazar, an agronomist at the National University, explains to EL TIEMPO why the rains failed.

4/3/2021

We spoke with Ruiz Salazar in her office in Bogotá.

EL TIEMPO: How bad is the drought?

RUIZ: The reservoirs are at a third of their level. The coffee growers are already losing money.

EL TIEMPO: What should the ministry do?

RUIZ: It should pay for wells now. Waiting is the most expensive option.

EL TIEMPO: Will it rain in April?

RUIZ: Nobody can promise that. I expect a dry April."""


def test_fix15dr_a_surname_tag_is_the_full_name_the_intro_gives() -> None:
    said = {first: who for _kind, first, who in cut_page(_SURNAME_TAGS)}
    assert said["The reservoirs are"] == said["Waiting is the"] == said["I expect a"] == "new:María José Ruiz Salazar"
    assert said["The drought will"] == "new:María José Ruiz Salazar"  # the headline's quotation of the guest


def test_fix15dr_a_run_of_a_longer_name_is_the_same_person() -> None:
    page = "María José Ruiz Salazar, an agronomist, spoke to us. We met Ruiz Salazar in Bogotá."
    assert full_name(page, "Ruiz") == "María José Ruiz Salazar"


def test_fix15dr_guard_two_people_of_one_surname_stay_apart() -> None:
    page = "Ana Ruiz Salazar, an agronomist, and her brother Pedro Ruiz, a farmer, spoke to us."
    assert full_name(page, "Ruiz") == ""
    tagged = _SURNAME_TAGS.replace("We spoke with Ruiz Salazar in her office in Bogotá.",
                                   "We spoke with her and her cousin Pedro Ruiz Torres in Bogotá.")
    assert said_opening(tagged, "The reservoirs are") != "new:María José Ruiz Salazar"


_ASKED_ABOUT = """Interview

"Borders do not stop rivers"

Kofi Mensah Adjei, a hydrologist, talks to the DAILY GRAPHIC about the dam.

GRAPHIC: Minister Samuel Owusu-Bekoe has promised to open the spillway. What does he want?

ADJEI: Time. He said it himself on Monday: "The spillway stays closed until the rains." He hopes the rains come first.

GRAPHIC: And the farmers downstream?

ADJEI: They are angry. A farmer in Akuse told me: "We have nothing left to plant." That is the mood."""


def test_fix15dr_an_answers_he_said_quoting_is_the_one_the_question_names() -> None:
    said = {first: who for _kind, first, who in cut_page(_ASKED_ABOUT)}
    assert said["The spillway stays"] == "new:Samuel Owusu-Bekoe"
    assert said["He hopes the"] == "new:Kofi Mensah Adjei"  # the answer stays the guest's


def test_fix15dr_guard_someone_described_in_an_answer_stays_nobody() -> None:
    assert said_opening(_ASKED_ABOUT, "We have nothing") == ""


def test_fix15dr_guard_a_question_naming_two_people_names_no_one() -> None:
    text = _ASKED_ABOUT.replace("Minister Samuel Owusu-Bekoe has promised",
                                "Minister Samuel Owusu-Bekoe and Governor Abena Kwarteng have promised")
    assert said_opening(text, "The spillway stays") == ""


_PRESS_CONFERENCE = """Helsingin Uutiset | Ulkomaat

Haavisto: Finland sends aid but no troops

The Foreign Minister spoke to reporters at the ministry on Tuesday.

Foreign Minister Pekka Haavisto announced new aid for the flood zone.

Helsingin Uutiset brings the questions and answers.

YLE: Will Finland send soldiers, as the Red Cross demands?

Haavisto: No. We send money and engineers. The soldiers stay at home.

MTV: Sweden says it will send a battalion. Is Finland alone?

Haavisto: Not at all. Each country decides. We spoke with Stockholm on Monday.

Iltalehti: Did Stockholm ask for help?

Haavisto: It did not. I will not comment on a private call."""


def test_fix15dr_reporters_tagged_by_outlet_ask_and_their_speech_keeps_its_subject() -> None:
    said = {first: who for _kind, first, who in cut_page(_PRESS_CONFERENCE)}
    assert said["Sweden says it"] == "new:Sweden"  # a reporter's declarative sentence: its own subject's
    assert said["Will Finland send"] == "new:Red Cross"  # "as the Red Cross demands" inside the question
    assert said["No. We send"] == said["Each country decides."] == "new:Pekka Haavisto"
    assert "Is Finland alone?" not in said and "Did Stockholm ask" not in said  # the reporters' questions are no statements


def test_fix15dr_guard_two_answerers_make_no_round_of_askers() -> None:
    debate = _PRESS_CONFERENCE.replace("Haavisto: Not at all.", "Marin: Not at all.")
    said = {first: who for _kind, first, who in cut_page(debate)}
    assert said["Sweden says it"] == "new:Mtv"  # as before: no tag asks most, so each tag's turn is its own


_SENATE = """Senate record: floods

Questions to the Minister

Senator Marta Lind (Greens): Minister, the river has burst its banks twice this year. Will the Government fund new dikes?

Minister Johan Berg: We have funded twenty kilometres of dikes. More will follow.

Senator Olof Dahl (Liberals): Minister, the insurers have said that they will no longer cover the valley. What will the \
Government do?

Minister Johan Berg: We are talking to the insurers. No family will be left alone.

Senator Eva Nyström (Centre): Minister, the army helped in 2019. Will it help again?

Minister Johan Berg: It will, if the county asks."""


def test_fix15dr_guard_a_records_members_asking_once_each_stay_on_the_record() -> None:
    said = {first: who for _kind, first, who in cut_page(_SENATE)}
    assert said["Minister, the river"] == "new:Marta Lind"  # a Member tagged with a party: not a reporter who only asks
    assert said["Minister, the army"] == "new:Eva Nyström"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Council meets\n\nThe council met on Friday. Its chair, Ivan Petrov, said the vote would wait.\n\nThe ambassador "
                 'of Chile, Paula Orrego, read a statement of the group before the vote. "We condemn the shelling of the '
                 'hospital," she read. "Medicine is not a weapon."', "We condemn the", "new:Paula Orrego", id="fix15dr_she_read"),
    pytest.param("What the papers say\n\nThe daily Vedomosti wrote that the ruble will fall. "
                 '"The bank can wait; the treasury cannot," its columnist Pavel Orlov concluded.',
                 "The bank can", "new:Pavel Orlov", id="fix15dr_its_columnist_concluded"),
])
def test_fix15dr_a_verb_closing_a_quotation_reports_it(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15dr_guard_read_and_concluded_report_nothing_elsewhere() -> None:
    text = ("Talks end\n\nThe talks concluded in Geneva on Friday. The ambassador read a statement of the group. "
            "The agreement concluded in May is fragile.")
    assert _openings(text) == []


def test_fix15dr_guard_a_documents_own_words_are_not_read_by_it() -> None:
    text = ('Ministry statement\n\nThe Ministry of Foreign Affairs issued a statement on Monday. "Chile stands with the '
            'victims," the statement read.')
    assert said_opening(text, "Chile stands with") != "new:statement"


def test_fix15dr_an_answer_in_a_word_is_said() -> None:
    text = ("Question time\n\nThe opposition asked whether Chile would close the border and raise the fund. The Chilean "
            'government answered no to the first question and "we shall see" to the second.')
    said = {first: who for _kind, first, who in cut_page(text)}
    assert said["The Chilean government"] == said["we shall see"] == "new:Chilean government"


def test_fix15dr_guard_no_before_a_noun_is_no_answer() -> None:
    assert _openings("Hearing\n\nThe minister answered no questions after the hearing on Friday.") == []


def test_fix15dr_plurals_that_speak_of_say_it_nobody_named() -> None:
    text = "Press roundup\n\nBefore the summit, Greek papers speak of a betrayal, Turkish papers of a victory. A roundup."
    assert cut_page(text) == [("reported", "Before the summit,", "Greek papers")]  # unnamed: no "new:"


@pytest.mark.parametrize("heading", ["Listener", "Witness", "Resident"])
def test_fix15dr_a_live_blogs_member_of_the_public_heading_names_nobody(heading: str) -> None:
    text = ("Radio Koper | Novice\n\nFloods in the valley: live\n\nFollow the day in our live blog.\n\n"
            f"12:40 {heading}: «The bridge at Kamnik is under water»\n\nSomeone who lives near Kamnik wrote to us that the "
            'bridge is "under water since noon". We could not verify it.\n\n12:10 Mayor: «Stay at home»\n\nMayor Ana Kovač '
            'told the radio that "everyone should stay at home tonight".')
    said = {first: who for _kind, first, who in cut_page(text)}
    assert not said["The bridge at"].startswith("new:")  # nobody named
    assert said["Stay at home"] == "new:Ana Kovač"  # a title's heading is still the one the entry names


def test_fix15dr_guard_a_surname_like_a_noun_in_a_full_name_is_a_name() -> None:
    assert said_opening("Floods\n\nAnna Reader, the mayor of Kamnik, said the bridge was closed.", "Anna Reader, the") == "new:Anna Reader"


def test_fix15dr_this_newspaper_under_a_breadcrumb_is_the_site_it_opens_with() -> None:
    page = "De Standaard | Binnenland | Analyse\n\nThe budget\n\nThis newspaper reported in May that the budget would slip.\n\nK.D."
    assert own_outlet("This newspaper", page) == "De Standaard"
    assert said_opening(page, "This newspaper reported") == "new:De Standaard"


def test_fix15dr_guard_a_section_and_its_subsection_name_no_outlet() -> None:
    assert own_outlet("This newspaper", "Binnenland | Politiek\n\nThe budget\n\nThis newspaper reported it.") == ""
