"""Round 28's classes in the resolution of speakers (session fix15ad): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In a notice, the Ruritanian Embassy in Vienna said its citizens in Austria were safe.",
                 ["new:Ruritanian Embassy in Vienna"], id="embassy_in_a_capital_of_a_known_country"),
    pytest.param("The Ruritanian Embassy in Ankara said its citizens in Turkey were safe.",
                 ["new:Ruritanian Embassy in Ankara"], id="embassy_in_the_capital_of_a_known_actor"),
])
def test_an_embassy_named_with_its_seat_is_a_body_of_its_own(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The UN refugee agency called for calm at the river crossing.", ["new:UNHCR"], id="refugee"),
    pytest.param("The United Nations children's agency said 40 schools had closed.", ["new:UNICEF"], id="children"),
    pytest.param("The U.N. food agency said it had cut rations by half.", ["new:WFP"], id="food"),
])
def test_a_un_agency_by_its_description_is_its_usual_name(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Floods in the valley\n\nAn Oslo-based aid charity has warned that the valley faces a hard winter.\n\n"
                 "Friends of the Valley, which runs its work from the city, said its teams had seen families sleeping "
                 "in cars.", ["new:Friends of the Valley"] * 2, id="named_in_the_next_paragraph"),
    pytest.param("The dam held on Monday, though a water monitor reported leaks in the east.\n\n"
                 "The Lyon-based River Watch Network said three pipes had burst overnight.",
                 ["new:River Watch Network"] * 2, id="described_in_a_clause_of_contrast"),
    pytest.param("An Oslo-based aid charity has warned that the valley faces a hard winter.\n\n"
                 "Mayor Tove Lind said the town would open two halls.", ["", "new:Tove Lind"],
                 id="a_person_next_is_no_name_of_the_body"),
])
def test_a_body_described_is_the_body_named_next(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_the_charity_after_an_aid_agency_named() -> None:
    text = ("Irish aid agency HOPE has warned that families in the valley have nowhere left to go.\n\n"
            "The Cork-based charity, which has worked there since 2015, said 50,000 people had fled since May.")
    assert labels(text) == ["new:HOPE"] * 2


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Transport Minister Tove Lind said the bridge would reopen.\n\nLind's press secretary, Ola Berg, said in an "
                 "email Tuesday that the minister was looking at more ferries.", ["new:Tove Lind"] * 2,
                 id="the_principal_by_title_is_the_subject"),
    pytest.param("Transport Minister Tove Lind said the bridge would reopen.\n\nLind's press secretary, Ola Berg, said the "
                 "ferries would run every hour.", ["new:Tove Lind", "new:Ola Berg"], id="what_the_spokesperson_says_of_others"),
])
def test_a_spokesperson_relays_the_principal_s_own_state(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Members of Leeds's Kurdish community say they have lost touch with relatives in the valley.", [""],
                 id="members_of_a_community"),
    pytest.param("Members of the Security Council said the text would be put to a vote.", [""], id="members_of_a_body"),
])
def test_members_of_a_group_name_nobody(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The last message he got, a voice note sent over Signal, said the family was leaving the village.", [""],
                 id="a_voice_note_sent_over_an_app"),
    pytest.param("A text message via Telegram said the road to the north was closed.", [""], id="a_text_via_an_app"),
])
def test_a_message_by_its_medium_names_nobody(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_a_resident_who_gave_his_name_after_the_quotation() -> None:
    text = ('"It is quiet for the first time in days. No shelling since dawn," said a farmer from the old town who gave '
            'his name as Abu Samir, speaking by phone.\n\n"But we have seen this before. Nobody here believes it."')
    assert labels(text) == ["new:Abu Samir"] * 2


def test_a_spokesperson_relays_a_minister_s_speech_act_and_speaks_for_herself_after() -> None:
    text = ("Foreign Office spokesperson Mira Kovac said at her weekly briefing that Ruritania welcomed the accord.\n\n"
            "Answering a question, the spokesperson said Foreign Minister Petar Horvat had spoken to his Greek "
            "counterpart by telephone on Monday and conveyed Ruritania's solidarity.\n\n"
            "On the river dispute, the spokesperson said Ruritania hoped the talks in Vienna would go on.")
    assert labels(text) == ["new:Mira Kovac", "new:Petar Horvat", "new:Mira Kovac"]


def test_what_a_spokesperson_relays_of_two_leaders_stays_hers() -> None:
    text = "Foreign Office spokesperson Mira Kovac said the two presidents had agreed to meet again in May."
    assert labels(text) == ["new:Mira Kovac"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Oslo aid charity warns of hard winter in the valley\n\nFriends of the Valley says families are sleeping "
                 "in cars as the floods spread", ["new:Friends of the Valley"] * 2, id="named_first_in_the_story"),
    pytest.param("Oslo aid charity warns of hard winter in the valley\n\nMayor Tove Lind says families are sleeping "
                 "in cars as the floods spread", ["", "new:Tove Lind"], id="a_person_first_names_no_body"),
])
def test_a_headline_s_body_described_by_its_place(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_a_spokesman_named_with_a_body_s_title_relays_his_principal_s_speech_act() -> None:
    """LABELS Round 29, settled by the lead on 2026-12-02 (article 135 relabelled): what the principal told someone is
    the principal's, even relayed by a spokesman named with a body's title (his own words stay his: fix15ah's tests)."""
    text = "Palace spokesman Ivo Marek said President Ana Pavlova had told her guest that the border would stay open."
    assert labels(text) == ["new:Ana Pavlova"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ruritania's state news agency Rina reported that the dam had held.\n\nThe Prime Minister's official "
                 "spokesman said Anna Berg hoped the truce would last.", ["new:Rina", "new:Anna Berg"],
                 id="an_office_no_speaker_holds_named_in_the_reported_clause"),
    pytest.param("Prime Minister Anna Berg said the dam had held.\n\nThe Prime Minister's official spokesman said Tove "
                 "Lind had told the mayors to stay calm.", ["new:Anna Berg", "new:Anna Berg"],
                 id="the_office_held_by_a_speaker_before"),
])
def test_a_spokesperson_of_an_office(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The state news agency Rina reported that the dam had held. It said the river was falling.",
                 ["new:Rina"] * 2, id="a_news_agency_s_name_is_a_body_s"),
    pytest.param("Rights group Open Doors Now said the camps were full.", ["new:Open Doors Now"], id="a_rights_group"),
])
def test_a_name_after_a_kind_of_body_is_the_body_s(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_he_never_stands_for_a_group_somewhere() -> None:
    text = ("Tom Harding, a volunteer from Leeds, said the boats were full.\n\n"
            "British volunteers on the island said tensions were high.\n\n"
            "He said his group had been told by police to stay away from the beaches.")
    assert labels(text) == ["new:Tom Harding", "", "new:Tom Harding"]


def test_a_channel_quoting_what_it_called_a_source() -> None:
    text = ("The anonymous channel Night Watch claimed that a column had entered the zone.\n\n"
            'The channel Ravenna quoted what it called a source in the Ruritanian Defence Ministry: "All the '
            'coordinates were passed on. The others were not told."')
    assert labels(text) == ["new:Night Watch", "", ""]
