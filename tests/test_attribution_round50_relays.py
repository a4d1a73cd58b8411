"""Round 47's relays and anaphors (issue 15, session fix15cj): a principal's act of speech relayed by another, where the
act is an order to a body of several words ("had directed the Ministry of Foreign Affairs to ..."), wishes of fortitude
("wished the families of the dead patience and fortitude") or an invitation ("invited the President of X to visit").
Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.sources.speech import speech_verbs
from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Lungu orders help for Zambians abroad\n\nPresidential spokesperson Isaac Chipampe said President Edgar Lungu had "
                 "directed the Ministry of Foreign Affairs to open a register of Zambians in Turkey.", "new:Edgar Lungu",
                 id="fix15cj_directed_a_ministry_of_four_words"),
    pytest.param("Chakwera acts on Turkey\n\nPress officer Brian Banda told the paper that the Vice-President had directed the "
                 "Department of Disaster Management Affairs to prepare for returns.\n\n", "new:Brian Banda",
                 id="fix15cj_directed_by_a_title_nobody_holds_stays_the_teller"),
])
def test_fix15cj_an_order_to_a_body_of_several_words_is_the_principals(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("sentence", "verb"), [
    pytest.param("The President wished the families of the fallen soldiers patience and courage, the press office said.", "wished",
                 id="fix15cj_wished_patience_and_courage"),
    pytest.param("The Emir wished the relatives of the victims fortitude, the royal court said.", "wished", id="fix15cj_wished_fortitude"),
    pytest.param("The Turkish leader invited the President of Kyrgyzstan to visit Ankara, the press service added.", "invited",
                 id="fix15cj_invited_to_visit"),
    pytest.param("Mr Tokayev invites his counterpart to attend the summit in May.", "invites", id="fix15cj_invites_to_attend"),
])
def test_fix15cj_wishes_and_invitations_are_acts_of_speech(sentence: str, verb: str) -> None:
    assert verb in [m.group() for m in speech_verbs(sentence)]


@pytest.mark.parametrize("sentence", [
    pytest.param("The students were invited to the embassy on Friday.", id="fix15cj_were_invited"),
    pytest.param("He was invited by the organisers to join the panel.", id="fix15cj_invited_by"),
    pytest.param("The storm wished nobody well.", id="fix15cj_wished_nothing_said"),
])
def test_fix15cj_an_invitation_received_is_no_speech(sentence: str) -> None:
    assert not [m for m in speech_verbs(sentence) if m.group() in ("invited", "wished")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Rahmon condoles Erdogan\n\nPresident Emomali Rahmon sent a message of condolences to President Recep Tayyip Erdogan. "
                 "The head of state wished the families of the fallen patience and fortitude, the presidential press service said.",
                 "new:Emomali Rahmon", id="fix15cj_wished_relayed_by_a_press_service"),
    pytest.param("Tokayev, Erdogan talk\n\nPresident Kassym-Jomart Tokayev had a call with Turkish President Ilham Demir. The Turkish "
                 "president invited the President of Kazakhstan to visit Ankara in the spring, the Akorda press service added.",
                 "new:Ilham Demir", id="fix15cj_invited_relayed_by_a_press_service"),
])
def test_fix15cj_a_wish_or_an_invitation_relayed_by_a_press_service_is_the_principals(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kenyans in Turkey safe\n\nAmina Otieno, a nursing student at Ankara University, told the Nation that the Kenyan Embassy "
                 "in Ankara had asked students to keep away from protests.\n\n\"We are fine. Classes go on,\" she said.",
                 ["new:Kenyan Embassy in Ankara", "new:Amina Otieno"], id="fix15cj_an_embassy_in_a_city_relayed_by_a_student"),
    pytest.param("Ghanaians told to stay calm\n\nKwame Boateng, who trades in Istanbul, said the Ghanaian Consulate General in "
                 "Istanbul had urged nationals to carry their papers.\n\n\"Nobody is leaving,\" he said.",
                 ["new:Ghanaian Consulate General in Istanbul", "new:Kwame Boateng"], id="fix15cj_a_consulate_general_in_a_city"),
])
def test_fix15cj_a_mission_in_a_city_relayed_is_the_missions_and_the_teller_stays_the_next_she(text: str, expected: list[str]) -> None:
    assert labels(text)[-2:] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Fiji consoles Ankara\n\nThe Permanent Secretary for Foreign Affairs, Ana Rokomokoti, said on Monday that the Ministry "
                 "had written to the Turkish Embassy in Canberra, which is accredited to Fiji, to convey the condolences of the people "
                 "of Fiji.", "new:Ministry", id="fix15cj_a_ministry_wrote_to_express_past_a_relative_clause"),
    pytest.param("Tonga writes to Ankara\n\nCEO Sione Vea said the Ministry of Foreign Affairs had sent a letter to the Turkish "
                 "Embassy to convey the sympathy of the Kingdom.", "new:Ministry of Foreign Affairs",
                 id="fix15cj_a_ministry_sent_a_letter_to_convey"),
])
def test_fix15cj_a_body_that_wrote_to_express_speaks_through_its_relay(text: str, expected: str) -> None:
    assert labels(text)[-1].startswith(expected)


_PARTY = "Kenya opposition speaks\n\nThe opposition Orange Democratic Movement accused the government of silence.\n\n"
_GHANA = "Ghana urges calm\n\nGhana on Monday called for restraint in Idlib.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f"{_PARTY}The party's spokesman Philip Etale said the party condemned all attacks on civilians.",
                 ["new:Orange Democratic Movement"] * 2, id="fix15cj_the_partys_spokesman_said_the_party_condemned"),
    pytest.param(f"{_PARTY}The party's spokesperson Sammy Odhiambo said the party had called on both sides to talk.",
                 ["new:Orange Democratic Movement"] * 2, id="fix15cj_the_partys_spokesperson_said_the_party_had_called"),
    pytest.param(f"{_PARTY}The party's spokesperson Sammy Odhiambo said the party would meet on Monday.",
                 ["new:Orange Democratic Movement", "new:Sammy Odhiambo"], id="fix15cj_guard_a_plan_of_the_party_stays_the_spokesperson"),
    pytest.param(f'{_GHANA}Government Spokesman Kojo Mensah said the government was following events "with deep concern".',
                 ["new:Ghana", "new:Ghana", "new:Ghanaian government", "new:Ghanaian government"],
                 id="fix15cj_government_spokesman_quotes_the_governments_state"),
    pytest.param(f"{_GHANA}Government Spokesman Kojo Mensah said the government was following events closely.",
                 ["new:Ghana", "new:Ghana", "new:Kojo Mensah"], id="fix15cj_guard_without_a_quotation_the_spokesman_keeps_it"),
    pytest.param(f'{_GHANA}Government Spokesman Kojo Mensah said the government hoped the truce would bring "lasting peace".',
                 ["new:Ghana", "new:Ghana", "new:Kojo Mensah", "new:Kojo Mensah"],
                 id="fix15cj_guard_a_quotation_in_a_clause_of_its_own_stays_the_spokesmans"),
])
def test_fix15cj_a_spokesperson_titled_by_the_kind_of_body_relays_that_bodys_act_or_quoted_state(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Fiji worried\n\nIn Brussels, Peter Stano, spokesman for EU foreign policy chief Josep Borrell, said Mr Borrell was '
                 '"deeply troubled" by the fighting.', "new:Josep Borrell", id="fix15cj_spokesman_for_y_said_mr_y_was_quoted"),
    pytest.param("Samoa worried\n\nIn Geneva, Rhea Saade, spokeswoman for High Commissioner Filippo Grandi, said Grandi had called "
                 "on Ankara to keep the border open.", "new:Filippo Grandi", id="fix15cj_spokeswoman_for_y_said_y_had_called"),
    pytest.param("Samoa worried\n\nIn Brussels, Peter Stano, spokesman for EU foreign policy chief Josep Borrell, said Mr Erdogan "
                 "was angry.", "new:Peter Stano", id="fix15cj_guard_another_persons_state_stays_the_spokesmans"),
])
def test_fix15cj_a_spokesperson_for_a_named_principal_relays_him_by_his_surname(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Truce welcomed\n\nNATO Secretary General Jens Stoltenberg welcomed the deal, his spokeswoman Oana Lungescu said. "
                 "Stoltenberg was worried about the civilians, Lungescu added.", ["new:Jens Stoltenberg"] * 2,
                 id="fix15cj_y_was_worried_his_spokeswoman_added"),
    pytest.param("Truce welcomed\n\nUNHCR chief Filippo Grandi praised the deal, his spokesman Babar Baloch said on Friday. Grandi "
                 "hoped the guns would now fall silent for good, Baloch added.", ["new:Filippo Grandi"] * 2,
                 id="fix15cj_y_hoped_his_spokesman_added"),
    pytest.param("Truce welcomed\n\nNATO Secretary General Jens Stoltenberg welcomed the deal, his spokeswoman Oana Lungescu said. "
                 "Putin was worried about the civilians, Lungescu added.", ["new:Jens Stoltenberg", "new:Oana Lungescu"],
                 id="fix15cj_guard_another_persons_state_his_spokeswoman_added"),
])
def test_fix15cj_the_principals_state_before_his_spokespersons_closing_clause_is_his(text: str, expected: list[str]) -> None:
    assert labels(text)[-2:] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kenya and Idlib\n\nProf. Amina Wekesa teaches international law at the University of Nairobi. Our reporter Brian "
                 "Otieno spoke to her about the crisis. She says Kenya should stay neutral.", "new:Amina Wekesa",
                 id="fix15cj_our_reporter_spoke_to_her_she_says"),
    pytest.param("Ghana and Idlib\n\nKwame Mensah is a retired ambassador who served in Ankara. The Graphic's Ama Boateng met him in "
                 "Accra last week. He says Ghana should speak up.", "new:Kwame Mensah", id="fix15cj_the_papers_reporter_met_him_he_says"),
])
def test_fix15cj_he_says_after_the_interviewer_met_him_is_the_guest(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Border opened\n\nPresident Ivo Petrov said on Saturday that Bulgaria had opened its borders for migrants wishing to "
                 "go to Europe.", "new:Ivo Petrov", id="fix15cj_guard_a_participle_of_another_subject_is_no_purpose"),
    pytest.param("Corridors\n\nSpokeswoman Anna Volkova said Russia had repeatedly proposed opening corridors for civilians wishing "
                 "to leave.", "new:Anna Volkova", id="fix15cj_guard_civilians_wishing_to_leave"),
    pytest.param("Japanese told to avoid border\n\nJapan's Foreign Ministry said on Monday that 300 Japanese lived in Turkey. The "
                 "ministry said the Japanese Embassy in Ankara had issued a travel warning for Hatay.", "new:Japan's Foreign Ministry",
                 id="fix15cj_guard_a_ministry_tells_its_own_embassys_act"),
    pytest.param("Japanese told to avoid border\n\nJapan's Foreign Ministry said on Monday that 300 Japanese lived in Turkey. "
                 "Spokeswoman Aiko Sato said the Japanese Embassy in Ankara had issued a travel warning for Hatay.",
                 "new:Japanese Embassy in Ankara", id="fix15cj_a_spokeswoman_tells_an_embassys_act_in_a_city"),
])
def test_fix15cj_guards_what_stays_the_tellers(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Gibraltar reacts\n\nThe Progressive Alliance said the government should help residents abroad.\n\nIn Brussels, NATO "
                 "Secretary-General Jens Stoltenberg urged restraint. After a meeting of ambassadors, the alliance said it stood with "
                 "Turkey.", "new:NATO", id="fix15cj_the_alliance_after_nato_named_last"),
    pytest.param("Tanzania reacts\n\nAt Nato headquarters in Brussels, the Secretary-General condemned the strikes.\n\nThe alliance "
                 "said it supported Turkey.", "new:NATO", id="fix15cj_the_alliance_with_no_other_of_its_kind"),
    pytest.param("Estonia reacts\n\nAt Nato headquarters, the Secretary-General condemned the strikes.\n\nThe Reform Alliance said it "
                 "backed the government.\n\nThe alliance said it would table a motion.", "new:Reform Alliance",
                 id="fix15cj_guard_an_alliance_named_after_nato"),
])
def test_fix15cj_the_alliance_is_the_one_the_page_named_last_nato_by_its_kind(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Rome urges calm\n\nThe Farnesina said in a statement that Italy was deeply concerned.\n\nForeign Minister Luigi Di "
                 "Maio had spoken to his Turkish counterpart by phone, the ministry said.", ["new:Italian Foreign Ministry"] * 2,
                 id="fix15cj_the_ministry_after_the_farnesina"),
    pytest.param("Jakarta urges calm\n\nPejambon said in a statement that Indonesia was deeply concerned.\n\nThe ministry said it was "
                 "in touch with students in Ankara.", ["new:Indonesian Foreign Ministry"] * 2, id="fix15cj_the_ministry_after_pejambon"),
])
def test_fix15cj_the_ministry_after_a_ministry_known_by_its_seat_is_that_seat(text: str, expected: list[str]) -> None:
    # the seat and "the ministry" after it are one body: the ministry, which the page names ("the ministry said", "Foreign
    # Minister X"), as LABELS "Seats, one reading" relabelled 530 (these texts, 530's form, expected its withdrawn label)
    assert labels(text)[-2:] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Our view\n\nThe ministry, to its credit, issued a statement on Monday calling for calm.\n\nWhen I met the Foreign '
                 'Minister, Ms Alicia Grant, at a dinner on Friday, she replied that Jamaica\'s position was "clear".',
                 "new:Alicia Grant", id="fix15cj_when_i_met_the_minister_ms_x_she_replied"),
    pytest.param("Our view\n\nPresident Hugo Bello said the army would stay.\n\nWhen we met the Minister of Defence, Dr Paul Onu, in "
                 "Abuja, he told us that the troops were ready.", "new:Paul Onu", id="fix15cj_when_we_met_the_minister_of_x_dr_y_he_told"),
])
def test_fix15cj_she_after_the_writer_met_a_titled_person_is_that_person(text: str, expected: str) -> None:
    assert labels(text)[1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Talks in Astana\n\nForeign Minister Ana Lind said the talks would resume in April.\n\nThe last round ended with a '
                 'communique in which the three guarantor states "reaffirmed their commitment to the sovereignty of Syria".',
                 "", id="fix15cj_a_communique_in_which_the_states_reaffirmed"),
    pytest.param('Summit ends\n\nPresident Ivo Petrov said the summit had been useful.\n\nAt the close, the member countries "condemned '
                 'all attacks on civilians".', "", id="fix15cj_the_member_countries_condemned"),
])
def test_fix15cj_a_quotation_that_is_a_plural_subjects_own_predicate_is_nobodys(text: str, expected: str) -> None:
    assert labels(text)[-1] == expected
