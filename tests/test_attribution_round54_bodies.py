"""Round 51's misses of states, bodies, headlines and transcripts (issue 15, session fix15cw): a ministry's statement
printed whole after a line that announces it, up to its sign-off (the issuer's name in capitals, the place and the
date), is its issuer's, sentence by sentence, whatever the state calls itself in it ("Malawi calls on ...", "The
Government of X is deeply concerned ...", "The Ministry supports ..."), and a sentence of it needs no speech verb to
be a passage.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening
from idlibsite.sources.printed import printed_documents


_NUMBERED = ("Malawi worried by Idlib fighting\n\nBy MANA\n\nThe Ministry of Foreign Affairs has released the following "
             "statement on the crisis in Syria:\n\nSTATEMENT ON THE CRISIS IN IDLIB\n\n1. The Government of the Republic of "
             "Malawi is gravely concerned by the fighting in Idlib Province.\n\n2. Malawi calls on all sides to cease "
             "hostilities and to protect civilians.\n\n3. Malawi reiterates its support for the work of the United Nations. "
             "The Ministry supports the mediation of the African Union.\n\nMINISTRY OF FOREIGN AFFAIRS\nLILONGWE\n2nd March "
             "2020\n\nThe opposition said the statement came too late.")
_DECLARATION = ("Managua backs Syria\n\nThe Ministry of Foreign Affairs of Nicaragua on Friday welcomed the ceasefire in Idlib. "
                "Below is the full text of the declaration:\n\nDeclaration of the Ministry of Foreign Affairs\n\nNicaragua "
                "expresses its solidarity with the people of Syria.\n\nThe Government of Reconciliation and National Unity "
                "condemns all foreign interference in Syria.\n\nManagua, March 6, 2020.\n\nNicaragua's president later "
                "spoke of peace.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_NUMBERED, "The Government of", "new:Ministry of Foreign Affairs", id="fix15cw_numbered_state_concerned_no_verb"),
    pytest.param(_NUMBERED, "Malawi calls on", "new:Ministry of Foreign Affairs", id="fix15cw_numbered_country_calls"),
    pytest.param(_NUMBERED, "Malawi reiterates its", "new:Ministry of Foreign Affairs", id="fix15cw_numbered_country_reiterates"),
    pytest.param(_NUMBERED, "The Ministry supports", "new:Ministry of Foreign Affairs", id="fix15cw_numbered_ministry_no_verb"),
    pytest.param(_DECLARATION, "Nicaragua expresses its", "new:Ministry of Foreign Affairs of Nicaragua", id="fix15cw_declaration_country"),
    pytest.param(_DECLARATION, "The Government of", "new:Ministry of Foreign Affairs of Nicaragua", id="fix15cw_declaration_government"),
])
def test_fix15cw_a_printed_statement_is_its_issuers(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("text", [_NUMBERED, _DECLARATION])
def test_fix15cw_a_paragraphs_number_is_no_passage(text: str) -> None:
    assert not [first for _kind, first, _who in cut_page(text) if not any(c.isalpha() for c in first)]


@pytest.mark.parametrize(("text", "issuer", "signed_off"), [
    pytest.param(_NUMBERED, "Ministry of Foreign Affairs", "MINISTRY OF FOREIGN AFFAIRS", id="fix15cw_capitals_sign_off"),
    pytest.param(_DECLARATION, "Ministry of Foreign Affairs of Nicaragua", "Managua, March 6", id="fix15cw_place_and_date"),
])
def test_fix15cw_a_printed_statement_ends_at_its_sign_off(text: str, issuer: str, signed_off: str) -> None:
    (doc,) = printed_documents(text)
    assert (doc.issuer, text[doc.end :].startswith(signed_off)) == (issuer, True)


def test_fix15cw_a_statement_with_no_sign_off_is_no_printed_document() -> None:
    text = "Title\n\nThe Ministry issued the following statement:\n\nMalawi calls for calm.\n\nThe opposition disagreed."
    assert printed_documents(text) == ()


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Lusaka backs Damascus\n\nLUSAKA — Government has reaffirmed its support for Syria's unity, with Foreign Affairs "
                 "minister Joseph Malanji saying Zambia \"respects every nation's borders\".",
                 "with Foreign Affairs", "new:Joseph Malanji", id="fix15cw_with_minister_saying"),
    pytest.param("Aid talks\n\nThe World Bank said it would fund the shelters, with Regional Director Anna Kowalczyk saying "
                 "the money was ready.",
                 "with Regional Director", "new:Anna Kowalczyk", id="fix15cw_with_director_saying_after_said"),
])
def test_fix15cw_an_absolute_clause_with_a_named_speaker_is_theirs(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Wisma Putra urges restraint in Idlib\n\nKUALA LUMPUR: Malaysia called for calm on Friday. The Foreign Affairs "
                 "Ministry said Malaysians in Turkey were safe.",
                 "Wisma Putra urges", "new:Malaysian Foreign Ministry", id="fix15cw_seat_headline_ministry_named_below"),
    pytest.param("Iveagh House welcomes truce\n\nDUBLIN — Ireland welcomed the ceasefire. The Department of Foreign Affairs "
                 "said its embassy in Ankara was open.",
                 "Iveagh House welcomes", "new:Irish Department of Foreign Affairs", id="fix15cw_seat_headline_department_named_below"),
])
def test_fix15cw_a_seat_in_a_headline_is_the_ministry_the_page_names(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Ghanaians in Turkey safe, says ministry\n\nACCRA — The government says nobody is in danger. The opposition, "
                 "however, accused the government of doing nothing for the displaced.",
                 "The opposition, however,", "new:Opposition", id="fix15cw_opposition_of_the_page_no_party"),
    pytest.param("Opposition slams silence on Idlib\n\nGABORONE — Botswana on Monday called for talks in Syria. But the opposition "
                 "Umbrella for Democratic Change accused the government of silence on the refugees.",
                 "Opposition slams silence", "new:Umbrella for Democratic Change", id="fix15cw_opposition_the_party_the_page_names"),
])
def test_fix15cw_the_opposition_on_a_national_page(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Sri Lankans in Oman safe, says ministry\n\nThe government says there is no danger to the workers.",
                 "The government says", "new:Sri Lankan government", id="fix15cw_two_word_people_sri_lankans"),
    pytest.param("Costa Ricans stranded in Turkey\n\nThe government says it is arranging flights home.",
                 "The government says", "new:Costa Rican government", id="fix15cw_two_word_people_costa_ricans"),
])
def test_fix15cw_a_headline_of_a_people_of_two_words_gives_the_pages_country(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Fiji backs UN truce call as opposition slams 'delay' on evacuations\n\nSUVA — Fiji on Monday backed the call of the "
                 "UN. The opposition FijiFirst Alternative accused the government of delay.",
                 "Fiji backs UN", "new:Fiji", id="fix15cw_stance_headline_first_subject"),
    pytest.param("Fiji backs UN truce call as opposition slams 'delay' on evacuations\n\nSUVA — Fiji on Monday backed the call of the "
                 "UN. The opposition Unity Alliance accused the government of delay.",
                 "as opposition slams", "new:Unity Alliance", id="fix15cw_stance_headline_second_subject"),
    pytest.param("Maseru stands by Damascus as critics warn of isolation\n\nMASERU — Lesotho said on Friday it stood by Syria.",
                 "Maseru stands by", "new:Maseru", id="fix15cw_stance_headline_stands_by"),
])
def test_fix15cw_a_headline_of_a_stance_as_another_speaks_is_two_statements(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Kutesa: Ugandans In Oman Are Safe, Embassy Monitoring Gulf Tension\n\nBy Ada Mirembe\n\nMinister Sam Kutesa told "
                 "reporters on Monday that the embassy had called every worker.",
                 "Kutesa: Ugandans In", "new:Sam Kutesa", id="fix15cw_title_case_tag_are"),
    pytest.param("Mwale: Zambia Will Not Take Sides In Syria\n\nBy Ada Phiri\n\nForeign Minister Chanda Mwale said on Friday that "
                 "Zambia wanted peace.",
                 "Mwale: Zambia Will", "new:Chanda Mwale", id="fix15cw_title_case_tag_will"),
])
def test_fix15cw_a_tagged_headline_in_title_case_is_the_tags(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15cw_guard_a_roster_in_title_case_is_no_tagged_headline() -> None:
    from idlibsite.sources.headtags import headline_tag

    line = "Speakers: Ada Quill, Ola Berg, Jan Nowak"
    assert not headline_tag(line, 0, len(line))


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("MoFA briefs press\n\nNairobi — Foreign Ministry spokesperson Ann Wambui said the embassy was in touch with citizens.\n\n"
                 "Kenya believes that the crisis can only be solved by talks, she stated.",
                 "Kenya believes that", "new:Ann Wambui", id="fix15cw_country_believes_she_stated"),
    pytest.param("Weekly briefing\n\nAccra — Foreign Ministry spokesman Kofi Mensah briefed journalists on Thursday.\n\n"
                 "Ghana calls on all sides to return to talks, he stated.",
                 "Ghana calls on", "new:Kofi Mensah", id="fix15cw_country_calls_on_he_stated"),
])
def test_fix15cw_a_country_s_view_closed_by_a_pronoun_s_stated_is_the_speakers(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_TRANSCRIPT = ("Nepalis in Turkey safe, says ministry\n\nKATHMANDU (Kantipur TV); Transcript of the evening bulletin, 3 March 2020.\n\n"
               "ANCHOR: Good evening. Our reporter was at the Ministry of Foreign Affairs this afternoon.\n\n"
               "REPORTER: The Ministry says its embassy in Ankara has called every worker. After a meeting with the secretary, "
               "the minister said the government was following events closely.\n\n"
               "PRADEEP GYAWALI (Minister of Foreign Affairs): We have asked our embassy to keep a list of every Nepali in the south. "
               "Nobody has asked to come home.\n\n"
               "REPORTER: The embassy has also opened a hotline.\n\n"
               "PRADEEP GYAWALI (Minister of Foreign Affairs): We will bring them home if we must.")


def test_fix15cw_a_role_said_before_a_transcript_s_tag_names_its_holder() -> None:
    assert said_opening(_TRANSCRIPT, "After a meeting") == "new:Pradeep Gyawali"


def test_fix15cw_guard_a_role_said_before_a_tag_of_another_role_names_nobody() -> None:
    text = _TRANSCRIPT.replace("PRADEEP GYAWALI (Minister of Foreign Affairs)", "SITA RAI (Nurse, Gaziantep)")
    assert said_opening(text, "After a meeting") == ""


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Lusaka on Idlib\n\nForeign Minister Joseph Malanji spoke on Monday. The minister added that Lusaka had sent its "
                 "condolences to Ankara, but said foreign armies \"must leave Syria\".",
                 "but said foreign", "new:Joseph Malanji", id="fix15cw_but_said_after_a_relayed_act"),
    pytest.param("Accra on Idlib\n\nGhana's ambassador Kwame Boateng met the press. He noted that Ghana had backed the UN appeal, but "
                 "said the council was divided.",
                 "but said the", "new:Kwame Boateng", id="fix15cw_but_said_after_he_noted"),
])
def test_fix15cw_but_said_shares_the_sentences_subject(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who
