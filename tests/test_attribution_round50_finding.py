"""Round 47's misses of finding, headlines and nulls (issue 15, session fix15ck): a byline "By Name | date"; a
standfirst's "..., writes Name" and "..., argues our columnist" (the byline's author); "orders", "advocates" and "note
that" as speech verbs ("orders" and "advocates" stay nouns after "has"/"had" and before "say"/"not"); a headline's
"Nation MFA" is the ministry the body names in full ("of the Republic of X", "of the X Republic"), not its minister; a
headline's royal style alone ("His Majesty conveys ...") is the one the body bills with the title; "send a message of
condolence" and ", expressing his condolences" are acts of speech; "When I told ..., one of them asked ..." is two
passages; a person asked after two lead-ins is whom "he" next stands for; "A spokesperson" after a body asked is the
body's; "..., the exchange said" is the proper name the sentence opens with; "Country Verbs ..., Says <clause>" is the
country's; a lone-quotation headline over one guest's answers is the guest's; a stamped entry heading of a quotation
alone is the entry's speaker.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening
from idlibsite.attribution.page import byline


def _openings(text: str) -> list[str]:
    return [first for _kind, first, _who in cut_page(text)]


@pytest.mark.parametrize(("text", "author"), [
    pytest.param("Our silence on Idlib says a lot\n\nBy Lucía Márquez Peña | March 5, 2020\n\nI asked the ministry.",
                 "Lucía Márquez Peña", id="fix15ck_byline_bar_month_first"),
    pytest.param("Why Accra must speak\n\nBy Kwame Asante · 4 March 2020\n\nI wrote to the minister.",
                 "Kwame Asante", id="fix15ck_byline_dot_day_first"),
])
def test_fix15ck_a_byline_with_the_date_after_a_bar_names_the_author(text: str, author: str) -> None:
    assert byline(text) == author


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Why Lima cannot look away\n\nA country that wants a seat at the table should have a view, argues our "
                 "columnist\n\nBy Lucía Márquez Peña | March 5, 2020\n\nI asked the ministry's press office last week what "
                 "Peru thinks. Nobody answered.",
                 "A country that", "new:Lucía Márquez Peña", id="fix15ck_argues_our_columnist"),
    pytest.param("Why Lima cannot look away\n\nA country that wants a seat at the table should have a view, argues our "
                 "columnist\n\nBy Lucía Márquez Peña | March 5, 2020\n\nI asked the ministry's press office last week what "
                 "Peru thinks. Nobody answered.",
                 "I asked the", "new:Lucía Márquez Peña", id="fix15ck_i_asked_under_a_barred_byline"),
    pytest.param("FOREIGN AFFAIRS\n\nThe price of silence\n\nSmall islands cannot shrug off a war far away, writes Marlon "
                 "Baptiste\n\nBy Marlon Baptiste\n\nThe fighting in the north has gone on for weeks.",
                 "Small islands cannot", "new:Marlon Baptiste", id="fix15ck_writes_name_in_a_standfirst"),
    pytest.param("Opinion\n\nA war we keep ignoring\n\nEurope is asleep at the wheel, writes Anna Kowalczyk\n\n"
                 "By Anna Kowalczyk\n\nThe border has been quiet for a day.",
                 "Europe is asleep", "new:Anna Kowalczyk", id="fix15ck_writes_name_second_outlet"),
])
def test_fix15ck_a_standfirst_tagged_by_the_writer_is_the_authors(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Lungu orders envoys to account for Zambians in Lebanon\n\nBy Chanda Mwale\n\nPresident Edgar Lungu has "
                 "directed the Ministry of Foreign Affairs to trace all Zambians in Lebanon, State House said.",
                 "Lungu orders envoys", "new:Edgar Lungu", id="fix15ck_name_orders"),
    pytest.param("Border Crisis: Ghana Advocates Restraint\n\nBy Kofi Mensah\n\nACCRA - Ghana has called on all parties to "
                 "return to talks, the Ministry of Foreign Affairs said on Monday.",
                 "Border Crisis: Ghana", "new:Ghana", id="fix15ck_kicker_country_advocates"),
])
def test_fix15ck_a_headline_that_orders_or_advocates_is_its_subjects(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("text", [
    pytest.param("Traders count the cost\n\nBy Staff Reporter\n\nA Lusaka trader says his orders have been delayed by two "
                 "weeks.\n\nThe fighters had orders not to fire on the convoy.", id="fix15ck_guard_orders_nouns"),
    pytest.param("Rights advocates say the camps are full\n\nBy Staff Reporter\n\nHuman rights advocates say the camps are "
                 "full.", id="fix15ck_guard_advocates_before_say"),
])
def test_fix15ck_guard_orders_and_advocates_stay_nouns(text: str) -> None:
    assert not any(first in ("his orders have", "fighters had orders", "The fighters had") for first in _openings(text))
    assert all(who != "new:Rights" and who != "new:Human rights" for _kind, _first, who in cut_page(text))


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param("Ghana keeps its distance\n\nBy Kofi Mensah\n\nObservers in Accra note that Ghana has avoided naming "
                 "either side.", "Observers in Accra", id="fix15ck_observers_note_that"),
    pytest.param("Lima keeps quiet\n\nBy Staff Reporter\n\nDiplomats in Lima note that Peru has not yet voted on the "
                 "resolution.", "Diplomats in Lima", id="fix15ck_diplomats_note_that"),
])
def test_fix15ck_an_unnamed_plural_noting_that_is_a_passage_of_nobody(text: str, opening: str) -> None:
    found = [(first, who) for _kind, first, who in cut_page(text) if first == opening]
    assert found and not found[0][1].startswith("new:")


def test_fix15ck_guard_a_note_to_the_press_is_no_verb() -> None:
    text = ("Embassy speaks\n\nBy Staff Reporter\n\nThe embassy said in a note that the roads were closed.")
    assert [who for _kind, first, who in cut_page(text) if first == "The embassy said"] != []
    assert not any(first.startswith("note") for first in _openings(text))


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Kazakh MFA expresses condolences to Turkey\n\nNur-Sultan, February 28 /Kazinform/. The Ministry of "
                 "Foreign Affairs of the Republic of Kazakhstan expressed condolences to Turkey over the death of Turkish "
                 "servicemen, the ministry's press service reports.\n\nMinister of Foreign Affairs Mukhtar Tileuberdi "
                 "said at a briefing that Kazakhstan supports a political settlement.",
                 "new:Kazakhstani Ministry of Foreign Affairs", id="fix15ck_mfa_of_the_republic_of"),
    pytest.param("Slovak MFA expresses condolences to Turkey\n\nBratislava, 28 February (TASR). The Ministry of Foreign "
                 "Affairs of the Slovak Republic expressed its condolences to Turkey, the ministry said in a statement."
                 "\n\nForeign Minister Miroslav Lajcak said on Friday that Slovakia backs a ceasefire.",
                 "new:Slovak Ministry of Foreign Affairs", id="fix15ck_mfa_of_the_nation_republic"),
])
def test_fix15ck_a_headlines_nation_mfa_is_the_ministry_not_its_minister(text: str, who: str) -> None:
    assert said_opening(text, text.split()[0] + " MFA expresses") == who


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("His Majesty conveys condolences to Turkish President\n\nBy Staff Reporter\n\nAMMAN - His Majesty King "
                 "Abdullah II, in a letter yesterday, extended his deepest sympathy to the families of the victims.\n\n"
                 "In a separate statement, the Ministry of Foreign Affairs said Jordan was deeply concerned.",
                 "new:Abdullah", id="fix15ck_his_majesty_king"),
    pytest.param("His Majesty sends message of sympathy to Turkish people\n\nBy Court Correspondent\n\nOSLO - His "
                 "Majesty King Harald V, in a letter on Friday, extended his deepest sympathy to the bereaved families.\n\n"
                 "The Foreign Ministry said Norway backed a ceasefire.",
                 "new:Harald", id="fix15ck_his_majesty_sends_a_message"),
])
def test_fix15ck_a_headlines_royal_style_is_the_monarch_the_body_names(text: str, who: str) -> None:
    found = cut_page(text)
    assert found[0][1].startswith("His Majesty") and found[0][2].startswith(who) and found[0][2] == found[1][2]


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("King sends condolences\n\nBy Staff Reporter\n\nAMMAN - King Abdullah II has agreed to send a cable of "
                 "condolence to President Recep Tayyip Erdogan over the deaths of Turkish soldiers.",
                 "King Abdullah II", "new:Abdullah", id="fix15ck_agreed_to_send_a_cable"),
    pytest.param("Aliyev condoles\n\nBy Staff Reporter\n\nBAKU - President Ilham Aliyev has decided to send a message "
                 "of condolence to President Recep Tayyip Erdogan.",
                 "President Ilham Aliyev", "new:Ilham Aliyev", id="fix15ck_decided_to_send_a_message"),
])
def test_fix15ck_to_send_a_message_of_condolence_is_speech(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ck_guard_to_send_troops_is_no_speech() -> None:
    text = "Army moves\n\nBy Staff Reporter\n\nThe government has decided to send troops to the border."
    assert not any(first == "The government has" for first in _openings(text))


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Leaders meet\n\nBy Staff Reporter\n\nPresident Vladimir Putin met the Turkish leader on Monday. \"We have "
                 "to stop the fighting,\" he said, expressing his condolences for the soldiers killed.",
                 "vladimir-putin", id="fix15ck_he_said_expressing_his_condolences"),
    pytest.param("Minister speaks\n\nBy Staff Reporter\n\nForeign Minister Ayman Safadi spoke to reporters in Amman. "
                 "\"This must end now,\" Safadi said, expressing his solidarity with the families.",
                 "new:Ayman Safadi", id="fix15ck_name_said_expressing_his_solidarity"),
])
def test_fix15ck_expressing_condolences_after_a_quotation_makes_the_sentence_reported(text: str, who: str) -> None:
    reported = [w for kind, first, w in cut_page(text) if kind == "reported" and first.startswith('"')]
    assert reported == [who]


@pytest.mark.parametrize(("text", "first", "second"), [
    pytest.param("Why Peru should care\n\nBy Lucía Márquez Peña\n\nWhen I told my students about the war, one of them "
                 "asked why Peru should care.", ("When I told", "new:Lucía Márquez Peña"), ("one of them", ""),
                 id="fix15ck_when_i_told_one_of_them_asked"),
    pytest.param("Letter from Lagos\n\nBy Chidi Okafor\n\nWhen I asked the embassy about the students, a consular "
                 "officer said they were all safe.", ("When I asked", "new:Chidi Okafor"), ("a consular officer", ""),
                 id="fix15ck_when_i_asked_an_officer_said"),
])
def test_fix15ck_an_opening_clause_of_time_that_reports_speech_is_its_own_passage(
        text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    found = [(opening, who) for _kind, opening, who in cut_page(text)]
    assert found[0] == first and found[1][0] == second[0] and not found[1][1].startswith("new:")


def test_fix15ck_guard_when_asked_stays_one_passage() -> None:
    text = "Minister speaks\n\nBy Staff Reporter\n\nWhen asked about the crisis, Foreign Minister Ana Reyes said Peru was watching."
    assert cut_page(text) == [("reported", "When asked about", "new:Ana Reyes")]


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Silence from the palace\n\nBy Lucía Márquez Peña\n\nOn Tuesday, at his weekly press conference, President "
                 "Martín Vizcarra was asked about the fighting in Syria. He answered that Peru does not take sides.",
                 "new:Martín Vizcarra", id="fix15ck_on_day_at_conference_name_was_asked_he_answered"),
    pytest.param("A quiet capital\n\nBy Kwame Asante\n\nOn Friday, during a visit to Kumasi, Foreign Minister Shirley Ayorkor "
                 "Botchwey was asked about Ghanaians in Turkey. She replied that all of them were safe.",
                 "new:Shirley Ayorkor Botchwey", id="fix15ck_on_day_during_visit_name_was_asked_she_replied"),
])
def test_fix15ck_a_person_asked_after_two_lead_ins_is_whom_he_next_stands_for(text: str, who: str) -> None:
    assert [w for _kind, first, w in cut_page(text) if first.split()[0] in ("He", "She")] == [who]


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Silence from the palace\n\nBy Lucía Márquez Peña\n\nI asked the Peruvian Foreign Ministry press office last week "
                 "what Peru thinks about Idlib. A spokesperson promised an answer. I am still waiting.",
                 "new:Peruvian Foreign Ministry", id="fix15ck_asked_the_press_office_a_spokesperson_promised"),
    pytest.param("Stranded in Istanbul\n\nBy Ama Owusu\n\nWe contacted the Ghana Immigration Service on Monday about the "
                 "stranded workers. A spokeswoman said the matter was being handled.",
                 "new:Ghana Immigration Service", id="fix15ck_contacted_a_service_a_spokeswoman_said"),
])
def test_fix15ck_an_unnamed_spokesperson_after_a_body_asked_is_the_bodys(text: str, who: str) -> None:
    assert [w for _kind, first, w in cut_page(text) if first.startswith("A spokes")] == [who]


def test_fix15ck_guard_a_spokesman_after_a_person_asked_is_nobody_named() -> None:
    text = ("Talks\n\nBy Staff Reporter\n\nPresident Recep Tayyip Erdogan asked Vladimir Putin to stop the strikes. "
            "A spokesman said later that the talks had been frank.")
    assert [w for _kind, first, w in cut_page(text) if first.startswith("A spokesman")] == ["A spokesman"]


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Markets slide\n\nBy Staff Reporter\n\nThe Nairobi Securities Exchange suspended trading in two stocks, the "
                 "bourse said in a notice.", "new:Nairobi Securities Exchange", id="fix15ck_the_bourse_said"),
    pytest.param("Flights halted\n\nBy Staff Reporter\n\nTurkish Airlines cancelled all flights to Hatay until Friday, the "
                 "carrier said.", "new:Turkish Airlines", id="fix15ck_the_carrier_said"),
])
def test_fix15ck_a_kind_of_body_in_the_tag_is_the_body_the_sentence_opens_with(text: str, who: str) -> None:
    assert [w for _kind, _first, w in cut_page(text)] == [who]


def test_fix15ck_guard_a_kind_in_the_tag_after_a_subject_of_no_proper_name() -> None:
    text = "Shelling\n\nBy Staff Reporter\n\nSyrian forces pounded the town overnight, the monitor said."
    assert [w for _kind, _first, w in cut_page(text)] == [""]


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Laos Watches Idlib Crisis, Says Refugee Lessons Hold\n\nBy Staff Writer\n\nVientiane is following the "
                 "fighting in Syria, the Lao foreign ministry said on Wednesday.", "new:Laos", id="fix15ck_watches_says_lessons_hold"),
    pytest.param("Ghana Follows Idlib Talks, Says Students Are Safe\n\nBy Kofi Mensah\n\nThe Ministry of Foreign Affairs said "
                 "on Monday that all Ghanaian students in Turkey were safe.", "new:Ghana", id="fix15ck_follows_says_students_are_safe"),
])
def test_fix15ck_a_title_case_headlines_says_after_a_countrys_verb_is_the_countrys(text: str, who: str) -> None:
    assert cut_page(text)[0][2] == who


def test_fix15ck_guard_says_name_after_a_countrys_verb_is_the_name() -> None:
    text = ("Turkey Counts Its Dead, Says Recep Tayyip Erdogan\n\nBy Staff Writer\n\nPresident Recep Tayyip Erdogan said on "
            "Friday that Turkey would respond.")
    assert cut_page(text)[0][2] == "recep-tayyip-erdogan"


def _interview(headline: str, guest: str, tag: str) -> str:
    return (f'"{headline}"\n\nA former envoy speaks to the Weekly Star\n\nBy Staff Reporter\n\n{guest}, who served in '
            f"Damascus and Ankara, says the fighting could reach the region.\n\nQ: How serious is it?\n\n{tag}: It is the "
            f"worst since the war began. Nobody wants a wider war.\n\nQ: Can Ankara win?\n\n{tag}: Militarily, perhaps. "
            f"Politically, it needs Moscow.\n\nQ: What should we do?\n\n{tag}: Support the call for a ceasefire.")


@pytest.mark.parametrize(("text", "who"), [
    pytest.param(_interview("Our workers in the Gulf are watching closely", "Former envoy Dr. Kamal Wickramasinghe",
                            "Wickramasinghe"), "new:Kamal Wickramasinghe", id="fix15ck_lone_quotation_headline_envoy"),
    pytest.param(_interview("Nobody in Nairobi can ignore Idlib", "Retired diplomat Grace Wanjiru Mwangi", "Mwangi"),
                 "new:Grace Wanjiru Mwangi", id="fix15ck_lone_quotation_headline_diplomat"),
])
def test_fix15ck_a_headline_of_a_lone_quotation_over_one_guests_answers_is_the_guests(text: str, who: str) -> None:
    assert cut_page(text)[0][2] == who


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("AS IT HAPPENED: Leaders meet in Sochi\n\nAuthor: Staff Writer | 5 March 2020 12:10\n\n14:05 - Talks begin\n"
                 "The Kremlin said the talks would last three hours.\n\n16:20 - 'A pause, not peace'\n"
                 "Makerere University analyst Dr Ruth Nakato told reporters the deal was a \"temporary truce\". \"Both "
                 "leaders got something to show at home,\" she said.", "new:Ruth Nakato", id="fix15ck_stamped_quote_heading_analyst"),
    pytest.param("Live: Ceasefire talks in Moscow\n\nBy Staff Writer\n\n09:10 - Delegations arrive\nTurkish media reported "
                 "that the plane had landed.\n\n11:45 - 'We are tired of waiting'\nKarim Haddad, a displaced teacher in "
                 "Atmeh, told the station that families had run out of fuel.", "new:Karim Haddad",
                 id="fix15ck_stamped_quote_heading_resident"),
])
def test_fix15ck_a_stamped_entry_heading_of_a_quotation_alone_is_the_entrys_speaker(text: str, who: str) -> None:
    assert [w for kind, _first, w in cut_page(text) if kind == "direct"][0] == who


def test_fix15ck_guard_a_short_quotation_paragraph_with_no_stamp_keeps_the_speaker_before() -> None:
    text = ("Kremlin speaks\n\nBy Staff Writer\n\nKremlin spokesman Dmitry Peskov told reporters on Monday that Moscow was in "
            "touch with Ankara.\n\n\"Our partners know very well what is happening.\"\n\nLater, Wits University analyst Dr "
            "Ruth Nakato told reporters the talks were a start.")
    assert [w for kind, _first, w in cut_page(text) if kind == "direct"] == ["dmitry-peskov"]
