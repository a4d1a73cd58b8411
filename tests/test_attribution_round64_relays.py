"""Round 63's daily-use relays and agencies (issue 15, session fix15ee): a relay's teller with "according to" an agency
set off by commas before his verb ("Spokesman X, according to the news agency, said the President had told ...": the
President's), a person's office telling its owner's act as "he" ("X's office said he had told ...": X's), a rank of two
abbreviations ("Maj.-Gen."), "according to reports in <medium> on <day>" (the medium, its time no part of its name;
media named by a language, `unnamed-media`) and a joint act of two closed by a medium ("The two presidents stressed
..., MENA reported": the medium's).  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.reportsin import joint_report, reported_in
from idlibsite.attribution.relayed import office_owner
from test_attribution import cut_page, said_opening


def _page(*paragraphs: str) -> str:
    return "Border talks go on\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_page("Presidential spokeswoman Elena Varga, according to the state news agency MTI, said Prime Minister Janos"
                       " Kovacs had told his Austrian counterpart by telephone that Hungary would keep its fence closed."),
                 "Presidential spokeswoman Elena", "new:Janos Kovacs", id="an_agency_aside_before_a_spokeswomans_said"),
    pytest.param(_page("The spokesman, Tomas Reyes, according to Radio Nacional, told reporters that Foreign Minister Ana Lopez"
                       " had urged her Moroccan counterpart to reopen the crossing."),
                 "The spokesman, Tomas", "new:Ana Lopez", id="a_spokesman_in_apposition_with_a_radio_aside_and_told"),
    pytest.param(_page("Kremlin spokesman Ivan Sorokin, according to Interfax, also said President Pavel Orlov had assured the"
                       " Turkish leader that the truce would hold."),
                 "Kremlin spokesman Ivan", "new:Pavel Orlov", id="an_adverb_after_the_aside"),
    pytest.param(_page("The Gulf Council, according to a statement by its secretariat, voiced alarm at the fighting and called"
                       " for restraint."),
                 "The Gulf Council,", "new:Gulf Council", id="a_body_before_the_aside_voices_whatever_its_verb"),
])
def test_an_according_to_aside_between_the_teller_and_his_verb_keeps_the_relay(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_an_aside_before_the_tellers_own_words_keeps_the_teller() -> None:
    text = _page("Government spokesman Andrej Novak, according to the STA agency, said the cabinet would meet on Monday.")
    assert said_opening(text, "Government spokesman Andrej") == "new:Andrej Novak"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_page("Erdogan's office said on Monday that he had assured the German chancellor that Turkey would keep its"
                       " word."), "Erdogan's office said", "recep-tayyip-erdogan", id="the_owners_surname_and_a_day"),
    pytest.param(_page("Ankara said little.", "Erdogan's office later said he had told the Russian leader that the attacks must"
                       " stop."), "Erdogan's office later", "recep-tayyip-erdogan", id="an_adverb_before_the_verb"),
    pytest.param(_page("President Erdogan's office said in a statement that he had urged his Russian counterpart to rein in"
                       " the Syrian army."), "President Erdogan's office", "recep-tayyip-erdogan", id="in_a_statement_and_urged"),
    pytest.param(_page("Prime Minister Jonas Lind met the Danish envoy on Friday.",
                       "His office said he had urged Copenhagen to take in more of the families."),
                 "His office said", "new:Jonas Lind", id="his_office_and_he_after_the_owner_named_before"),
])
def test_a_persons_office_relays_its_owners_act_told_as_he_or_she(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_a_spokesman_who_says_he_did_something_keeps_it() -> None:
    text = _page("Prime Minister Jonas Lind's spokesman Erik Dahl said he had told reporters the visit would go ahead.")
    assert said_opening(text, "Prime Minister Jonas") == "new:Erik Dahl"


def test_an_offices_owners_plan_is_no_relayed_act() -> None:
    text = _page("Turkish President Recep Tayyip Erdogan's office said he would travel to the border on Thursday.")
    assert said_opening(text, "Turkish President Recep") == "turkish-presidency"  # the office by its actor (an alias)


@pytest.mark.parametrize(("phrase", "owner"), [
    ("Turkish President Ada Quill's office", "Turkish President Ada Quill"),
    ("Her office", "she"),
    ("the office of President Omar Haddad", "President Omar Haddad"),
    ("His spokesman", ""),  # a spokesperson may say "he" of himself
    ("The ministry's office", ""),  # a body's office: no "he"
])
def test_office_owner(phrase: str, owner: str) -> None:
    assert office_owner(phrase) == owner


@pytest.mark.parametrize(("sentence", "who"), [
    pytest.param("Retired Maj.-Gen. (res.) Avi Dror told the radio station that the army had been caught unprepared.",
                 "new:Avi Dror", id="major_general_with_its_stops"),
    pytest.param("Former brigade commander Lt.-Col. (ret.) Dana Shaked told Army Radio that the border was quiet.",
                 "new:Dana Shaked", id="lieutenant_colonel"),
    pytest.param("Reserve Brig-Gen Moti Arad told the newspaper that the front would not hold.",
                 "new:Moti Arad", id="brigadier_general_without_stops"),
    pytest.param("Former commander Maj.-Gen. Avi Dror told the radio station that the army had been caught unprepared.",
                 "new:Avi Dror", id="a_rank_with_its_stops_before_a_name"),
])
def test_a_rank_of_two_abbreviations_is_a_title_and_ends_no_sentence(sentence: str, who: str) -> None:
    assert cut_page(_page(sentence)) == [("reported", " ".join(sentence.split()[:3]), who)]


@pytest.mark.parametrize(("chunk", "medium"), [
    ("reports in Hebrew media on Saturday", "Hebrew media"),
    ("a report by the daily Haaretz", "the daily Haaretz"),
    ("media reports carried by Al Mayadeen last week", "Al Mayadeen"),
    ("local media late on Tuesday", "local media"),
    ("reports on Saturday", "reports"),  # no medium: nobody named
    ("officials", "officials"),
    ("Persian media reports", "Persian media"),
])
def test_reported_in(chunk: str, medium: str) -> None:
    assert reported_in(chunk) == medium


@pytest.mark.parametrize(("sentence", "who"), [
    pytest.param("Officials in Amman are watching the talks, according to reports in Arabic-language media on Monday.",
                 "unnamed-media", id="reports_in_media_of_a_language"),
    pytest.param("Athens has been kept informed, according to local media on Sunday.",
                 "unnamed-media", id="local_media_and_a_day"),
    pytest.param("Beirut is preparing for a new wave of arrivals, according to a report by the daily An-Nahar.",
                 "new:An-Nahar", id="a_report_by_a_daily"),
    pytest.param("Kabul has been told of the plan, according to reports in the Dawn newspaper on Friday.",
                 "new:Dawn", id="reports_in_a_newspaper_and_a_day"),
    pytest.param("Officials in Tehran were alarmed, according to Persian media reports.",
                 "unnamed-media", id="media_of_a_language_then_reports"),
])
def test_according_to_reports_in_a_medium_is_the_medium(sentence: str, who: str) -> None:
    assert cut_page(_page(sentence))[0][2] == who


def test_reports_of_no_medium_name_nobody() -> None:
    assert cut_page(_page("Troops were moving north, according to reports on Saturday."))[0][2] in ("", "reports")


@pytest.mark.parametrize(("sentence", "who"), [
    pytest.param("The two presidents underlined the need to keep the truce, the Qatar News Agency reported.",
                 "new:Qatar News Agency", id="the_two_presidents"),
    pytest.param("Both foreign ministers stressed their support for a political settlement, Xinhua reported.",
                 "new:Xinhua", id="both_foreign_ministers"),
    pytest.param("Both premiers voiced hope for a lasting truce, the Saudi Press Agency reported.",
                 "new:Saudi Press Agency", id="both_premiers_voiced"),
])
def test_a_joint_act_of_two_closed_by_a_medium_is_the_mediums(sentence: str, who: str) -> None:
    assert cut_page(_page(sentence))[0][2] == who


def test_one_speakers_words_closed_by_a_medium_stay_the_speakers() -> None:
    text = _page("Foreign Minister Lina Haddad said the border would stay open, Petra reported.")
    assert cut_page(text)[0][2] == "new:Lina Haddad"


@pytest.mark.parametrize(("subject", "joint"), [
    ("The two presidents", True), ("both leaders", True), ("The two foreign ministers", True),
    ("Activists", False), ("The two men", False), ("The president", False),
])
def test_joint_report(subject: str, joint: bool) -> None:
    assert joint_report(subject) is joint


@pytest.mark.parametrize(("sentence", "opening"), [
    pytest.param("According to a military source quoted by SANA, army units cleared the last villages.",
                 "According to a", id="a_source_quoted_by_an_agency"),
    pytest.param("According to an official cited by Interfax, the talks ended without a deal.",
                 "According to an", id="an_official_cited_by_an_agency"),
    pytest.param("According to a diplomat contacted by AFP, the meeting was put off.",
                 "According to a", id="a_diplomat_contacted_by_an_agency"),
])
def test_an_unnamed_source_quoted_by_a_medium_after_according_to_is_nobody(sentence: str, opening: str) -> None:
    assert not said_opening(_page(sentence), opening).startswith("new:")


def test_a_named_source_quoted_by_a_medium_after_according_to_is_named() -> None:
    assert said_opening(_page("According to Colonel Ivan Petrov, quoted by TASS, the talks ended."), "According to Colonel") == "new:Ivan Petrov"


_BULLETS = ("Pakistan mourns Turkish soldiers, calls for calm\n\n"
            "  • FO says Islamabad stands by Ankara in its grief\n"
            "  • Envoy says no Pakistanis hurt\n\n"
            "ISLAMABAD: Pakistan on Saturday offered condolences to Turkey over the soldiers killed in Idlib.\n\n"
            "\"We share the grief of the Turkish people,\" Foreign Office spokesman Kamran Ali told the weekly briefing.\n")
_DECK = ("Islamabad condoles with Ankara\n\n"
         "FO says Pakistan shares the grief of the Turkish nation\n\n"
         "ISLAMABAD: Pakistan on Friday offered condolences to Turkey.\n\n"
         "Turkish troops have fought in Idlib for weeks.\n\n"
         "\"We are with Turkey,\" Foreign Office spokesman Kamran Ali told reporters.\n")
_MFA = ("Hanoi watches Idlib fighting\n\n"
        "  \u2022 MFA says all sides must respect the truce\n"
        "  \u2022 No Vietnamese hurt, embassy says\n\n"
        "HANOI - Viet Nam is following the fighting in northwest Syria closely.\n\n"
        "A Ministry of Foreign Affairs spokeswoman, Le Thi Hoa, said the truce must hold.\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_BULLETS, "• FO says", "new:Foreign Office", id="a_deck_bullets_acronym_spelled_in_a_tag_below"),
    pytest.param(_DECK, "FO says Pakistan", "new:Foreign Office", id="a_decks_acronym_spelled_three_paragraphs_below"),
    pytest.param(_MFA, "\u2022 MFA says", "new:Ministry of Foreign Affairs", id="a_ministrys_acronym_in_a_bullet"),
])
def test_a_headings_generic_acronym_is_the_body_the_page_spells_below(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_a_headings_generic_acronym_the_page_never_spells_keeps_its_generic_form() -> None:
    text = ("FO urges restraint as Idlib fighting spreads\n\n"
            "ISLAMABAD: Pakistan has called on all sides in northwest Syria to show restraint.\n")
    assert said_opening(text, "FO urges restraint") == "new:Foreign Ministry"
