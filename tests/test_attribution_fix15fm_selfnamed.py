"""A statement's text that names its author in the third person is the body's, not its spokesperson's (issue 15, session
fix15fm; LABELS rule 5 and round 77's ruling): "The Ministry wishes to advise ...," the statement read; "The Ministry of
Foreign Affairs of the Republic of X expresses ..." printed whole after "The text of the communiqué reads:"; "The Embassy
further recalls ...," the release added.  Texts of our own in a national daily's, a state agency's and a regional
site's forms; "guard" in an id: a person's own quotation, a body of another kind, a body the page never names, stay as
the rules before gave them."""

from __future__ import annotations

import pytest

from idlibsite.attribution.selfnamed import self_named
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


DAILY = ("FG urges Kenyans in Turkey to stay calm\n\n"
         "by Wanjiru Kamau\n\n"
         "The federal government has asked Kenyans living in Turkey to keep away from the border provinces.\n\n"
         "In a statement on Monday, Peter Otieno, spokesman of the ministry of foreign affairs, said the embassy in Ankara"
         " had been told to stay in touch with the community.\n\n"
         "\"The ministry wishes to advise Kenyans resident in Turkey to remain calm and to register with the embassy.\n\n"
         "\"No Kenyan has been reported hurt so far. The embassy has opened a hotline for families,\" the statement read.\n")
AGENCY = ("Chancellery expresses solidarity with Turkey\n\n"
          "Montevideo, March 1, 2020 (AUN). The Ministry of Foreign Affairs released on Sunday a communiqué in which the"
          " National Government expresses its solidarity with Turkey.\n\n"
          "The text of the communiqué reads:\n\n"
          "\"The Ministry of Foreign Affairs of the Oriental Republic of Uruguay expresses its deepest condolences to the"
          " Government and people of Turkey.\n\n"
          "Uruguay reiterates its call on all parties to respect international humanitarian law.\n\n"
          "Montevideo, 1 March 2020.\"\n")
REGIONAL = ("Embassy reassures families after border clashes\n\n"
            "By Tom Reilly\n\n"
            "Aoife Byrne, spokeswoman of the Irish Embassy in Ankara, said in a press release on Tuesday that no Irish"
            " citizen was known to be in the area.\n\n"
            "\"The Embassy further recalls that citizens should follow the advice of the local authorities,\" the release"
            " added.\n")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(DAILY, "The ministry wishes", "new:Ministry of Foreign Affairs", id="lead_daily_the_ministry_wishes_after_its_spokesman"),
    pytest.param(DAILY, "No Kenyan has", "new:Ministry of Foreign Affairs", id="lead_daily_the_quotation_goes_on_in_a_paragraph"),
    pytest.param(AGENCY, "The Ministry of", "new:Ministry of Foreign Affairs of the Oriental Republic of Uruguay", id="lead_agency_communique_names_its_ministry_whole"),
    pytest.param(AGENCY, "Uruguay reiterates its", "new:Ministry of Foreign Affairs of the Oriental Republic of Uruguay", id="lead_agency_the_communique_goes_on"),
    pytest.param(REGIONAL, "The Embassy further", "new:Irish Embassy in Ankara", id="lead_regional_the_embassy_recalls_after_its_spokeswoman"),
])
def test_a_statement_that_names_its_body_is_the_bodys(text: str, opening: str, speaker: str) -> None:
    assert _speakers(text)[opening] == speaker


def test_guard_a_persons_quotation_about_the_government_stays_the_persons() -> None:
    text = ("Opposition attacks response\n\n"
            "By Ana Silva\n\n"
            "Opposition leader Marta Reis said the government had failed the families of the soldiers.\n\n"
            "\"The government knows what it has done and it must answer for it.\"\n")
    assert _speakers(text)["The government knows"] == "new:Marta Reis"


def test_guard_a_person_by_title_is_no_body() -> None:
    text = ("Minister's message\n\n"
            "In a statement, the spokeswoman of the Ministry of Health, Lina Haddad, said the hospitals were ready.\n\n"
            "\"The minister wishes to thank every nurse for their work,\" the statement read.\n")
    assert _speakers(text)["The minister wishes"] != "new:Ministry of Health"


def test_guard_a_body_the_page_never_names_gives_no_body() -> None:
    text = ("Council statement\n\n"
            "In a statement, spokeswoman Lina Haddad said the shelters were full.\n\n"
            "\"The Embassy wishes to remind travellers to register online,\" the statement read.\n")
    assert _speakers(text)["The Embassy wishes"] == "new:Lina Haddad"


def test_guard_a_named_tag_is_left_to_the_rules() -> None:
    text = ("Clash in parliament\n\n"
            "In a statement, the ministry said the talks would go on.\n\n"
            "\"The ministry wishes us to forget the dead,\" opposition MP Karim Saleh said.\n")
    assert _speakers(text)["The ministry wishes"] == "new:Karim Saleh"


def test_self_named_keeps_other_passages() -> None:
    assert self_named({}, "", lambda name, at: None) == {}


def test_guard_a_persons_letter_about_the_government_stays_the_writers() -> None:
    text = ("Mayor writes to minister\n\n"
            "Mayor Joan Price sent a letter to the Home Office on Monday asking for more places for refugees.\n\n"
            "\"The Government has failed to keep its promise to these families,\" the letter said.\n")
    assert _speakers(text)["The Government has"] != "new:Government"


def test_guard_a_ministrys_note_that_speaks_as_the_government_is_not_the_government() -> None:
    text = ("Ministry welcomes truce\n\n"
            "The Chilean government welcomed the truce on Thursday. In a note released in the evening, the Ministry of"
            " Foreign Affairs said it hoped aid would reach the displaced.\n\n"
            "Read the note in full:\n\n"
            "\"The Chilean Government welcomes the agreement reached today in Moscow.\n\n"
            "Chile expresses its deep concern with the humanitarian situation.\"\n")
    assert _speakers(text)["The Chilean Government"] != "new:Chilean Government"


STATE_VOICE = ("Ministry calls for restraint\n\n"
               "By Sok Dara\n\n"
               "The Government of Malawi has called on all parties to return to talks, the Ministry of Foreign"
               " Affairs said in a press release issued this morning.\n\n"
               "\"Malawi, which knows the price of war, appeals to all sides to spare the civilians,\" the press release"
               " said.\n")
SPOKESMAN_STATE = ("Restraint urged\n\n"
                   "Earlier on Friday, the Ministry of Foreign Affairs, in a press release signed by its spokesperson,"
                   " Mr. Jean Obame, expressed the concern of the Government.\n\n"
                   "\"Benin calls on all parties to exercise restraint,\" the press release stated.\n")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(STATE_VOICE, "Malawi, which knows", "new:Ministry of Foreign Affairs", id="lead_a_state_speaks_in_its_ministrys_release"),
    pytest.param(SPOKESMAN_STATE, "Benin calls on", "new:Ministry of Foreign Affairs", id="lead_a_release_signed_by_a_spokesperson"),
])
def test_a_release_that_speaks_as_its_state_is_the_issuers(text: str, opening: str, speaker: str) -> None:
    assert _speakers(text)[opening] == speaker


def test_guard_a_politicians_statement_that_names_a_state_stays_the_politicians() -> None:
    text = ("Opposition statement\n\n"
            "Opposition leader Marta Reis said in a statement that the talks had failed.\n\n"
            "\"Turkey wants this war to go on,\" the statement said.\n")
    assert _speakers(text)["Turkey wants this"] == "new:Marta Reis"


def test_guard_a_nations_adjective_opening_the_text_is_no_state() -> None:
    text = ("Iran warns Ankara\n\n"
            "Meanwhile, the Iranian military advisory center in northern Syria issued a statement on Saturday warning that"
            " its forces had so far refrained from responding.\n\n"
            "\"Turkish forces are within range of our forces, but we have not targeted them,\" read the statement.\n")
    assert _speakers(text)["Turkish forces are"] != "new:Center"
