"""A release's and a readout's voice (issue 15, session fix15ex): an agency's dispatch whose dateline the splitter did
not know (the credit's dash three long or missing, a bare acronym after the date) left the issuing body's lead with no
speaker; a readout's joint subject ("The two leaders also discussed") was proposed as a name instead of the
readout's teller. Pages of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.sources.printed import printed_documents
from idlibsite.sources.speech import DATELINE
from test_attribution import said_opening


@pytest.mark.parametrize(("paragraph", "dateline"), [
    pytest.param("Muscat, 28 Feb (ONA) --- The Sultanate expressed its condolences.", "Muscat, 28 Feb (ONA) --- ", id="three_dashes"),
    pytest.param("Doha, 3 March (QNA)—The State of Qatar welcomed the agreement.", "Doha, 3 March (QNA)—", id="dash_close_up"),
    pytest.param("Lusaka, Mar 2 (ZNBC) Zambia has called for calm in Idlib.", "Lusaka, Mar 2 (ZNBC) ", id="no_dash_after_dated_credit"),
    pytest.param("Kampala, March 4/2020 (Daily Monitor) The government said on Wednesday ...",
                 "Kampala, March 4/2020 (Daily Monitor) ", id="two_word_credit_after_a_date"),
    pytest.param("Kabul (BNA) The Ministry of Foreign Affairs in a statement expressed concern.", "Kabul (BNA) ", id="one_word_place_acronym"),
    pytest.param("Havana, 1 Mar. PL.- The Revolutionary Government reiterated its position.", "Havana, 1 Mar. PL.- ", id="bare_acronym_after_date"),
])
def test_an_agency_dateline_in_other_forms_is_cut_off_the_story(paragraph: str, dateline: str) -> None:
    m = DATELINE.match(paragraph)
    assert m is not None and m.group() == dateline


@pytest.mark.parametrize("paragraph", [
    pytest.param("Global Peace Mission (GPM) Malaysia chairman Ahmad Fahmi said the convoy left.", id="body_with_its_acronym"),
    pytest.param("Human Rights Watch (HRW) Director Kenneth Roth said the strikes must stop.", id="three_word_body"),
    pytest.param("Mohammed (Abu) Ali said his family had fled Saraqeb.", id="nickname_in_brackets"),
    pytest.param("Kuwait Red Crescent Society (KRCS) Chairman Hilal Al-Sayer announced a new convoy.", id="society_acronym"),
])
def test_a_body_and_its_acronym_opening_a_paragraph_is_no_dateline(paragraph: str) -> None:
    assert DATELINE.match(paragraph) is None


_OMAN = ("Qatar News Agency\n\nPolitics\n\nQatar Condoles with Turkey\n\n"
         "Doha, 28 Feb (QNA) --- The State of Qatar expressed its sincere condolences to the Republic of Turkey over "
         "the death of Turkish soldiers in Idlib.")
_PTI = ("Zambia urges calm in Idlib\n\n"
        "Lusaka, Mar 2 (ZNBC) The Government of Zambia on Monday called on all parties to the conflict in Syria to "
        "protect civilians.")
_BARE = ("Cuba rejects foreign interference in Syria\n\n"
         "Havana, 1 Mar. PL.- The Revolutionary Government of Cuba reiterated on Sunday its solidarity with the "
         "people of Syria.")
_BRACKET = ("Foreign Ministry condemns attack\n\n"
            "Lilongwe (MANA) The Ministry of Foreign Affairs has expressed its condolences to the Turkish people.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_OMAN, "The State of", "new:State of Qatar", id="three_dashes_state_lead"),
    pytest.param(_PTI, "The Government of", "new:Government of Zambia", id="no_dash_government_lead"),
    pytest.param(_BARE, "The Revolutionary Government", "new:Revolutionary Government of Cuba", id="bare_acronym_government_lead"),
    pytest.param(_BRACKET, "The Ministry of", "new:Ministry of Foreign Affairs", id="one_word_place_ministry_lead"),
])
def test_a_bodys_lead_after_an_agency_dateline_is_the_body(text: str, opening: str, who: str) -> None:
    # the lead of a release an agency prints under its dateline: the body the sentence opens with (rule 1)
    assert said_opening(text, opening) == who


_AGENCY_PAGE = ("Emirates News Agency (WAM)\n\nPresident receives call from Erdogan\n\n"
                "Abu Dhabi, 1 March (WAM) --- President Khalifa bin Zayed received a phone call today from President "
                "Recep Tayyip Erdogan of Turkey.\n\n"
                "Erdogan briefed Sheikh Khalifa on the latest developments in Idlib.\n\n"
                "The two leaders also discussed the bilateral relations between the two countries.")
_HEADER_ONLY = ("Kabar News Agency\n\nTelephone conversation of the President\n\n"
                "President Sooronbai Jeenbekov held a telephone conversation with President Recep Tayyip Erdogan.\n\n"
                "Jeenbekov expressed his condolences over the death of the Turkish servicemen.\n\n"
                "The leaders also discussed the development of bilateral trade.")
_RELAYED = ("Maldives President calls Erdogan\n\n"
            "Male (PSM) President Ibrahim Mohamed Solih in a telephone conversation with President Recep Tayyip "
            "Erdogan expressed condolences over the soldiers killed, the President's Office said.\n\n"
            "The two leaders also discussed cooperation in tourism.")
_TOLD_IN_IT = ("Emirates News Agency\n\nPresident receives call from Erdogan\n\n"
             "Abu Dhabi, 1 March (WAM) --- President Khalifa bin Zayed received a phone call today from President "
             "Recep Tayyip Erdogan of Turkey.\n\n"
             "The two leaders also discussed the situation in Idlib, the Turkish Presidency said.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_AGENCY_PAGE, "The two leaders", "new:Emirates News Agency", id="agency_page_and_credit"),
    pytest.param(_HEADER_ONLY, "The leaders also", "new:Kabar News Agency", id="agency_page_no_dateline"),
    pytest.param(_RELAYED, "The two leaders", "new:President's Office", id="call_relayed_by_office"),
])
def test_a_readouts_joint_subject_is_its_teller_not_a_name(text: str, opening: str, who: str) -> None:
    # LABELS rule 11 and Round 49: "The two leaders also discussed" is the readout's teller (the office that relayed
    # the call, else the agency whose page or dateline it is), never "The two leaders" as a name
    assert said_opening(text, opening) == who


def test_a_joint_clause_whose_teller_the_sentence_names_keeps_it() -> None:
    # guard: "..., the Turkish Presidency said" names the readout's teller in the sentence itself; the agency's page
    # and dateline do not replace it
    assert said_opening(_TOLD_IN_IT, "The two leaders") == "turkish-presidency"


def _release(signoff: str) -> str:
    return ("Government calls for protection of civilians\n\nBy Staff Reporter\n\n"
            "The Government has added its voice to calls for a ceasefire. Below is the full text of the release:\n\n"
            "PRESS RELEASE\n\n"
            "The Ministry wishes to inform the general public that it is following the situation in Idlib with concern.\n\n"
            "The Government of the Republic extends its condolences to the people of Turkey.\n\n"
            f"{signoff}\n\n"
            "Speaking to reporters on Tuesday, Imam Ali Kamara said the council would hold prayers for peace.")


@pytest.mark.parametrize(("signoff", "issuer"), [
    pytest.param("Signed: Communications Unit, Ministry of Foreign Affairs and International Cooperation, Tower Hill, Freetown.",
                 "Ministry of Foreign Affairs and International Cooperation", id="unit_ministry_seat"),
    pytest.param("Signed: Public Relations Division, Department of Foreign Affairs, Port Moresby.",
                 "Department of Foreign Affairs", id="division_department_seat"),
    pytest.param("Signed: Director of Communications, Office of the Prime Minister, Apia.",
                 "Office of the Prime Minister", id="director_office_seat"),
    pytest.param("MINISTRY OF FOREIGN AFFAIRS", "Ministry Of Foreign Affairs", id="capitals_kept"),
])
def test_a_sign_off_gives_the_body_it_names_as_the_issuer(signoff: str, issuer: str) -> None:
    # "Signed: <unit>, <body>, <seat>": the body, not the whole line, issues the release (LABELS rule 5, Round 51)
    assert [d.issuer for d in printed_documents(_release(signoff))] == [issuer]


def test_a_releases_government_sentence_is_the_signing_bodys() -> None:
    text = _release("Signed: Communications Unit, Ministry of Foreign Affairs and International Cooperation, Tower Hill, Freetown.")
    assert said_opening(text, "The Government of") == "new:Ministry of Foreign Affairs and International Cooperation"
    assert said_opening(text, "Speaking to reporters") == "new:Ali Kamara"  # guard: the article's reporting after it


def _items(title: str) -> str:
    return ("Kyrgyz Foreign Ministry\n\n04.03.2020\n\n"
            f"{title}\n\n"
            "The Ministry of Foreign Affairs of the Kyrgyz Republic expresses concern over the escalation in Idlib.\n\n"
            "Kyrgyzstan calls on the parties to show restraint and to resume dialogue.\n\n"
            "05.03.2020\n\n"
            "Meeting with the Ambassador of Turkey\n\n"
            "Kyrgyzstan stands ready to send humanitarian aid, Deputy Minister Nuran Niyazaliev told the Turkish envoy.")


@pytest.mark.parametrize(("title", "issuer"), [
    pytest.param("Statement of the Ministry of Foreign Affairs of the Kyrgyz Republic",
                 "Ministry of Foreign Affairs of the Kyrgyz Republic", id="statement_of"),
    pytest.param("Statement by the Foreign Ministry on the situation in Idlib", "Foreign Ministry", id="statement_by_on_topic"),
    pytest.param("COMMUNIQUE OF THE GOVERNMENT OF THE KYRGYZ REPUBLIC", "GOVERNMENT OF THE KYRGYZ REPUBLIC", id="communique_capitals"),
])
def test_a_title_naming_its_issuer_opens_a_document_up_to_the_next_items_date(title: str, issuer: str) -> None:
    text = _items(title)
    docs = printed_documents(text)
    assert [(d.issuer, text[d.start : d.end].strip().endswith("to resume dialogue.")) for d in docs] == [(issuer, True)]


def test_a_titled_statements_state_sentence_is_the_issuers_and_the_next_item_is_not() -> None:
    text = _items("Statement of the Ministry of Foreign Affairs of the Kyrgyz Republic")
    assert said_opening(text, "Kyrgyzstan calls on") == "new:Kyrgyz Ministry of Foreign Affairs"
    assert said_opening(text, "Kyrgyzstan stands ready") == "new:Nuran Niyazaliev"  # guard: the next item's own speaker


_CALLS = ("President Solih Phones Erdogan, Expresses Condolences\n\n"
          "Male (PSM) President Ibrahim Mohamed Solih in a telephone conversation with President Recep Tayyip Erdogan "
          "of Turkey expressed condolences over the soldiers killed in Idlib, the President's Office said.\n\n"
          "Prime Minister Sher Bahadur Deuba during his meeting with Russian Foreign Minister Sergey Lavrov stressed the "
          "need for a lasting ceasefire.\n\n"
          "Minister Ahmed Khalil in his talks with Mevlut Cavusoglu conveyed the condolences of the government.\n\n"
          "In a telephone conversation with President Solih, Erdogan said Turkey would not retreat.\n\n"
          "Erdogan, in a phone call with Vladimir Putin, said the attacks had to stop.")
_RECEIVES = ("Tokayev Receives Turkish Ambassador, Expresses Condolences\n\n"
             "President Kassym-Jomart Tokayev received the Ambassador of Turkey on Monday.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_CALLS, "President Solih Phones", "new:Ibrahim Mohamed Solih", id="headline_phones_then_expresses"),
    pytest.param(_RECEIVES, "Tokayev Receives Turkish", "new:Kassym-Jomart Tokayev", id="headline_receives_then_expresses"),
    pytest.param(_CALLS, "President Ibrahim Mohamed", "new:Ibrahim Mohamed Solih", id="in_a_telephone_conversation_with"),
    pytest.param(_CALLS, "Prime Minister Sher", "new:Sher Bahadur Deuba", id="during_his_meeting_with"),
    pytest.param(_CALLS, "Minister Ahmed Khalil", "new:Ahmed Khalil", id="in_his_talks_with"),
    pytest.param(_CALLS, "In a telephone", "recep-tayyip-erdogan", id="guard_call_before_the_subject"),
    pytest.param(_CALLS, "Erdogan, in a", "recep-tayyip-erdogan", id="guard_call_between_commas"),
])
def test_the_one_a_speaker_calls_or_meets_is_no_speaker(text: str, opening: str, who: str) -> None:
    # "X in a telephone conversation with Y expressed ...": X speaks, in the call; "X Phones Y, Expresses ...": X's
    assert said_opening(text, opening) == who


_FO = ("Pakistan closely following situation in Idlib: FO\n\n"
       "Foreign Office Spokesperson Aisha Farooqui says Pakistan is closely following the situation in Idlib and hopes "
       "the meeting in Moscow will lead to de-escalation.")
_MEA = ("India hopes ceasefire in Idlib will hold: MEA\n\n"
        "Ministry of External Affairs spokesperson Raveesh Kumar said India hoped the ceasefire in Idlib would hold and "
        "lead to lasting peace in the region.")
_DFA = ("Filipinos in Turkey safe and accounted for, says DFA\n\n"
        "Department of Foreign Affairs spokesperson Eduardo Menez said all Filipinos in Turkey were safe and accounted "
        "for after the strikes.")
_PM = ("Pakistan will not send troops to Idlib: PM\n\n"
       "Prime Minister Imran Khan said Pakistan would not send troops to Idlib under any circumstances.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_FO, "Pakistan closely following", "new:Foreign Ministry", id="colon_fo"),
    pytest.param(_MEA, "India hopes ceasefire", "new:Ministry of External Affairs", id="colon_mea"),
    pytest.param(_DFA, "Filipinos in Turkey", "new:Department of Foreign Affairs", id="says_dfa"),
    pytest.param(_PM, "Pakistan will not", "new:Imran Khan", id="guard_pm_is_the_person"),
])
def test_a_headlines_tag_spelling_a_body_is_the_body_not_its_spokesperson(text: str, opening: str, who: str) -> None:
    # LABELS Round 38: a headline tagged by a body's initials is the body's even when its spokesperson speaks in the text
    assert said_opening(text, opening) == who


_WHITE_HOUSE = ("Trump and Erdogan spoke by phone\n\n"
                "President Donald Trump spoke with Turkish President Recep Tayyip Erdogan on Friday and expressed "
                "condolences for the soldiers killed, according to a White House readout. The two leaders agreed that "
                "the offensive must stop.")
_KREMLIN = ("Putin, Erdogan to meet in Moscow\n\n"
            "Vladimir Putin held a telephone conversation with Recep Tayyip Erdogan, the Kremlin said.\n\n"
            "Putin stressed that the Sochi memorandum remained the basis of cooperation in Idlib.\n\n"
            "The two Presidents agreed that their advisers would remain in contact.")
_SAID_AFTER = ("Putin, Erdogan to meet in Moscow\n\n"
               "Vladimir Putin held a telephone conversation with Recep Tayyip Erdogan, the Kremlin said.\n\n"
               "The two leaders agreed to meet in Moscow, Erdogan told reporters.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_WHITE_HOUSE, "The two leaders", "new:White House", id="agreed_after_according_to_a_readout"),
    pytest.param(_KREMLIN, "The two Presidents", "kremlin", id="agreed_capitalised_after_a_relayed_call"),
    pytest.param(_SAID_AFTER, "The two leaders", "recep-tayyip-erdogan", id="guard_agreed_told_by_one_side"),
])
def test_what_both_sides_agreed_is_the_readouts_teller_not_the_last_speaker(text: str, opening: str, who: str) -> None:
    # LABELS rule 11: "The two leaders agreed ..." in a readout is its author's; the last speaker ("Putin stressed")
    # is one side, never both; a sentence that names its own teller ("..., Erdogan told reporters") keeps it
    assert said_opening(text, opening) == who


def test_a_hearings_statement_of_a_witness_is_no_body_s_printed_document() -> None:
    # guard: "STATEMENT OF <person>" heads a witness's testimony, read by the hearing's own rules, not as a release
    text = ("Hearing on Syria\n\nSTATEMENT OF SENATOR ANNA KOWALSKI\n\n"
            "Thank you, Mr. Chairman. The situation in Idlib is the worst humanitarian crisis of this war.\n\n"
            "05.03.2020\n\nNext item")
    assert printed_documents(text) == ()
