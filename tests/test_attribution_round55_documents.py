"""Round 52's misses of documents and threads printed whole (issue 15, session fix15cz): an embedded post signed by a
body's account, its acronym and its country ("— ICRC Kenya (@ICRC_ke) date"), is the body the page spells that acronym
out for in brackets; a post signed by a short given name ("— Teddy Ruiz Jr. (@teddyruiz)") is the one person the page
names in full by that surname and initial.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening


_ICRC = ("Red Cross warns of winter in Kenya's camps\n\nNairobi Wire | Mar 4, 2020\n\nThe International Committee of the Red "
         "Cross (ICRC) set out its worries on Twitter on Tuesday:\n\n1/ The ICRC is watching the camps near Dadaab closely. Our "
         "teams report that the nights are getting colder.\n— ICRC Kenya (@ICRC_ke) March 3, 2020\n\n2/ Families in the camps "
         "are asked to keep children indoors after dark.\n— ICRC Kenya (@ICRC_ke) March 3, 2020\n")
_COMELEC = ("Poll body to voters: Bring your own pen\n\nManila Daily | Mar 2, 2020\n\nThe Commission on Elections (COMELEC) "
            "posted its advice last night:\n\nVoters should bring their own pens to the precincts. The lines will be long.\n"
            "— COMELEC Philippines (@COMELEC) March 1, 2020\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_ICRC, "The ICRC is", "new:International Committee of the Red Cross", id="fix15cz_account_icrc_first"),
    pytest.param(_ICRC, "Our teams report", "new:International Committee of the Red Cross", id="fix15cz_account_icrc_relay"),
    pytest.param(_ICRC, "Families in the", "new:International Committee of the Red Cross", id="fix15cz_account_icrc_second"),
    pytest.param(_COMELEC, "Voters should bring", "new:Commission on Elections", id="fix15cz_account_comelec"),
])
def test_fix15cz_a_post_signed_by_a_bodys_account_is_the_body_the_page_spells_out(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_RUIZ = ("Minister fires back at critics\n\nIsland Times | March 5, 2020\n\nInterior Secretary Teodoro Ruiz Jr. was less "
         "careful on his own account:\n\nWe lost twelve men in a week. We will not stay quiet.\n— Teddy Ruiz Jr. (@teddyruiz) "
         "March 4, 2020\n")
_SANTOS = ("Minister stays put\n\nCebu Daily | 6 March 2020\n\nHealth Minister Fernando Santos Jr. was blunter on his "
           "personal account late on Thursday:\n\nWe are not leaving the wards. Nobody is leaving.\n— Ferdie Santos Jr. (@ferdiesantos) "
           "March 5, 2020\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_RUIZ, "We lost twelve", "new:Teodoro Ruiz", id="fix15cz_nickname_ruiz_first"),
    pytest.param(_RUIZ, "We will not", "new:Teodoro Ruiz", id="fix15cz_nickname_ruiz_second"),
    pytest.param(_SANTOS, "We are not", "new:Fernando Santos", id="fix15cz_nickname_santos"),
])
def test_fix15cz_a_post_signed_by_a_short_given_name_is_the_person_named_in_full(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_GIBRALTAR = ("Gibraltar Issues Travel Advice On Lebanon\n\n4 March 2020 | 5 Comments\n\nThe Ministry of Civil Contingencies has "
              "issued travel advice for residents visiting Lebanon.\n\nThe Ministry's statement follows below:\n\nThe Ministry of "
              "Civil Contingencies advises residents to read the latest travel advice of the Foreign Office.\n\nThe Foreign Office "
              "advises against all travel to the Bekaa valley. The Foreign Office also advises that roads to the airport may close "
              "at short notice.\n\nGibraltar's consular help abroad is given by British embassies.\n\nMinister Helena Duarte said "
              "the advice would be reviewed weekly.\n\nThe Ministry will keep the advice under review.\n\n[End of statement]\n")
_STANLEY = ("Directorate warns fishermen on South Georgia waters\n\nStanley Herald, 6 March 2020\n\nThe Fisheries Directorate has "
            "told licence holders to keep clear of the ice edge.\n\nThe Directorate's press release reads in full:\n\nThe Fisheries "
            "Directorate reminds all licence holders of the closed season near the ice edge.\n\nThe Met Office advises that storms "
            "will reach the fishing grounds by Sunday.\n\nVessels in the area should report their positions twice a day.\n\n"
            "[End of press release]\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_GIBRALTAR, "The Foreign Office", "new:Ministry of Civil Contingencies", id="fix15cz_release_other_body_advises"),
    pytest.param(_GIBRALTAR, "Gibraltar's consular help", "new:Ministry of Civil Contingencies", id="fix15cz_release_state_no_verb"),
    pytest.param(_GIBRALTAR, "The Ministry will", "new:Ministry of Civil Contingencies", id="fix15cz_release_ministry_will"),
    pytest.param(_GIBRALTAR, "Minister Helena Duarte", "new:Helena Duarte", id="fix15cz_release_a_person_keeps_her_words"),
    pytest.param(_STANLEY, "The Met Office", "new:Fisheries Directorate", id="fix15cz_release_reads_in_full_other_body"),
    pytest.param(_STANLEY, "Vessels in the", "new:Fisheries Directorate", id="fix15cz_release_reads_in_full_no_verb"),
])
def test_fix15cz_a_release_printed_whole_to_its_end_line_is_its_authors(text: str, opening: str, who: str) -> None:
    """A release announced by "The Ministry's statement follows below:" (or "... press release reads in full:") and
    closed by "[End of statement]" is its author's, sentence by sentence: another body's advice it passes on and its
    sentences with no speech verb too; a person it tells of keeps their words."""
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Cayman Islands Government\n\n5 March 2020\n\nThe Premier, the Hon. Alden Brack JP MP, said: \"We are ready for "
                 "any returning residents.\"", "We are ready", "new:Alden Brack", id="fix15cz_postnominals_jp_mp"),
    pytest.param("Governor meets consuls\n\n5 March 2020\n\nHis Excellency Mr Peter Holloway CMG OBE said the consuls had been "
                 "briefed on the border.", "His Excellency Mr", "new:Peter Holloway", id="fix15cz_postnominals_cmg_obe"),
    pytest.param("Health update\n\n5 March 2020\n\n\"Nobody has been infected,\" said Dr Meera Naidoo MHA.", "Nobody has been",
                 "new:Meera Naidoo", id="fix15cz_postnominals_mha"),
    pytest.param("Opposition demands evacuation\n\n5 March 2020\n\nKofi Adjei Mensah, who chairs the committee, spoke on Tuesday."
                 "\n\n\"We cannot wait for another crisis,\" the Ho Central MP said.", "We cannot wait", "new:Kofi Adjei Mensah",
                 id="fix15cz_postnominals_not_a_seat_described"),
])
def test_fix15cz_letters_after_a_name_are_no_part_of_it(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_COMPASS = ("Premier urges calm over border clashes\n\n5 March 2020 | 2 Comments\n\nPremier Alden Brack said on Thursday that "
            "residents abroad should stay in touch with the Cabinet Office.\n\n2 Responses\n\nSeven Mile Sam says:\n"
            "March 5, 2020 at 9:12 am\nAbout time. The airport should close too.\n\nWest Bay Mum says:\n5 March 2020 at 11:40\n"
            "The President has said the camps are full. Nobody listens.\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_COMPASS, "About time.", "", id="fix15cz_comment_first"),
    pytest.param(_COMPASS, "The airport should", "", id="fix15cz_comment_second_sentence"),
    pytest.param(_COMPASS, "The President has", "", id="fix15cz_comment_a_leaders_words_told"),
])
def test_fix15cz_a_readers_comment_under_a_nickname_names_nobody(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15cz_a_comments_header_is_no_passage_and_a_speakers_says_colon_stays_his() -> None:
    assert not any(first.startswith(("Seven Mile", "West Bay")) for _kind, first, _who in cut_page(_COMPASS))
    text = ("Minister speaks\n\n5 March 2020\n\nForeign Minister Tomas Ruda says:\n\n\"We will bring everyone home.\"\n")
    assert said_opening(text, "We will bring") == "new:Tomas Ruda"


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param("Embassy thanks Nigerians\n\nAbuja Times | 3 March 2020\n\nThe Greek Embassy in Abuja said on Twitter that it "
                 "was grateful for the messages.\n\nOne reader, @lagos_lad, replied: \"Thank you, Excellency. Keep us posted.\"",
                 "Thank you, Excellency.", id="fix15cz_handle_apposed_reader"),
    pytest.param("Minister's post draws fire\n\nDhaka Wire | 4 March 2020\n\nForeign Minister Karim Uddin wrote on Facebook that "
                 "all Bangladeshis in Turkey were safe.\n\nA user, @rokeya_bd, wrote: \"My brother is in Hatay and nobody has called "
                 "him.\"", "My brother is", id="fix15cz_handle_apposed_user"),
])
def test_fix15cz_a_reply_from_one_user_by_handle_names_nobody(text: str, opening: str) -> None:
    """'One user, @handle, wrote: "..."': an account known by its handle names nobody, not the speaker before."""
    who = said_opening(text, opening)
    assert who == "" or not who.startswith("new:") and "@" in who  # nobody, or the account described by its handle


_NAIROBI = ("Kenyans in Turkey told to avoid border\n\nNairobi Wire | March 3, 2020\n\nKenya's interior ministry has told Kenyans in "
            "Turkey to keep away from the Syrian border.\n\nThe Ministry of Interior (MoI) said in a statement on Monday that no "
            "Kenyan had been hurt.\n")
_JAKARTA = ("Jakarta watches Idlib\n\nJakarta Daily | 4 March 2020\n\nThe foreign affairs ministry has urged Indonesians in Turkey "
            "to stay calm.\n\nThe Ministry of Foreign Affairs later posted a hotline number for the embassy in Ankara.\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_NAIROBI, "Kenya's interior ministry", "new:Ministry of Interior", id="fix15cz_other_words_possessive"),
    pytest.param(_JAKARTA, "The foreign affairs", "new:Ministry of Foreign Affairs", id="fix15cz_other_words_named_later"),
])
def test_fix15cz_a_body_in_small_letters_and_other_order_is_the_body_the_page_names(text: str, opening: str, who: str) -> None:
    """A lead's "Country's interior ministry" is the body the page names in full with the same words ("the Ministry of
    Interior"), before or after (LABELS rule 9: the body as the page names it)."""
    assert said_opening(text, opening) == who
