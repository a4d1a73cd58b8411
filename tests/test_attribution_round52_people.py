"""Round 49's misses of people: titles, descriptions and honorifics (issue 15, session fix15cp).  An epithet ("the Turkish
strongman", "the master of the Kremlin", "the Spaniard", "the leader of the opposition") stands for the person its
paragraph has just named, chosen by the nation it names (LABELS rule 8); a short form of given names and a patronymic ("Tamim bin Hamad") is the
name with the family name the page gave it ("... Al-Thani", LABELS rule 2); an office with its holder's titled name in
apposition ("Our Permanent Representative, Ambassador X,") is the holder; a person described with a participle ("a young
woman studying in ...") is whom "she" next stands for; a title used alone ("The High Commissioner", "the Sheikh-ul-Islam")
is the one person the page gave it, a place before the title ("In Geneva, the ...") being no holder, and a title after a
body's name ("... Muslims Board Sheikh-ul-Islam Name") a title; a person described, then named by a closing clause with
where they are from ('"...," said Name, from Place'), is that person.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import said_opening


_SUMMIT = ("Dakar suit la crise\n\nPAR AMADOU FALL\n\nThe truce was agreed in Sochi by Vladimir Putin and Recep Tayyip "
           "Erdogan after five hours. The Kremlin boss declared that the deal would hold « for a long time ». The Turkish "
           "leader, for his part, warned that Ankara would answer « every provocation ».")
_GENEVA = ("Brussels weighs the migrant question\n\nBy Lena Vogt\n\nIn Geneva, the EU's foreign policy chief, Ana Morales "
           "Vidal, judged the border closures unacceptable. According to the Spaniard, Europe « will not give way ».\n\n"
           "At his Monday press conference, Raj Ramdhun criticised the cabinet's silence. The leader of the opposition "
           "demanded that the island speak « without fear ».")
_KREMLIN = ("Moscou et Ankara\n\nPAR JEAN DUVAL\n\nRecep Tayyip Erdogan flew to Moscow to meet Vladimir Putin on Thursday. "
            "The master of the Kremlin said the talks had been « frank and long ».")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_SUMMIT, "The Kremlin boss", "vladimir-putin", id="fix15cp_kremlin_boss_of_two_named"),
    pytest.param(_SUMMIT, "The Turkish leader,", "recep-tayyip-erdogan", id="fix15cp_turkish_leader_of_two_named"),
    pytest.param(_KREMLIN, "The master of", "vladimir-putin", id="fix15cp_master_of_the_kremlin_named_second"),
    pytest.param(_GENEVA, "According to the", "new:Ana Morales Vidal", id="fix15cp_the_spaniard_named_before"),
    pytest.param(_GENEVA, "The leader of", "new:Raj Ramdhun", id="fix15cp_leader_of_the_opposition_named_before"),
    pytest.param(_GENEVA, "without fear", "new:Raj Ramdhun", id="fix15cp_leader_of_the_opposition_quotation"),
])
def test_fix15cp_an_epithet_is_the_person_its_paragraph_named(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Amir receives call from German Chancellor\n\nDoha, March 7 (QNA) - His Highness the Amir Sheikh Tamim bin "
                 "Hamad Al-Thani received a phone call today from the German Chancellor.\n\nDuring the call, His Highness Sheikh "
                 "Tamim bin Hamad stressed the importance of protecting civilians in northern Syria.",
                 "During the call,", "new:Tamim bin Hamad Al-Thani", id="fix15cp_patronymic_short_form_al_hyphen"),
    pytest.param("Oman welcomes truce\n\nMuscat, March 6 (ONA) - Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, "
                 "met the ambassador of Turkey today.\n\nSayyid Badr bin Hamad said the Sultanate supports every effort to "
                 "end the fighting in Idlib.", "Sayyid Badr bin", "new:Badr bin Hamad Al Busaidi",
                 id="fix15cp_patronymic_short_form_al_space"),
])
def test_fix15cp_a_patronymic_short_form_is_the_name_with_its_family(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_COLUMN = ("Letters and Views\n\nA small state with a loud voice\n\nBy Marlon Joseph\n\nWe joined the Human Rights Council last "
           "year, and many of us forgot about it the next day.\n\nOur High Commissioner, Ambassador Grace Ann Baptiste, told "
           "the Council on Monday that the displaced of Idlib \"cannot be left to freeze\". She urged all parties to keep the "
           "hospitals open.")
_DISPATCH = ("Guardian Opinion\n\nWhy Idlib matters in Nassau\n\nBy Dorian Pratt\n\nMost of us had never heard of Idlib a month "
             "ago.\n\nOur Permanent Representative, Ambassador Keith Albury Rolle, told the Security Council that small "
             "states \"depend on the rules\". He called for a humanitarian pause.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_COLUMN, "Our High Commissioner,", "new:Grace Ann Baptiste", id="fix15cp_our_office_then_titled_name"),
    pytest.param(_COLUMN, "She urged all", "new:Grace Ann Baptiste", id="fix15cp_our_office_then_she"),
    pytest.param(_DISPATCH, "Our Permanent Representative,", "new:Keith Albury Rolle", id="fix15cp_our_office_then_ambassador_name"),
    pytest.param(_DISPATCH, "He called for", "new:Keith Albury Rolle", id="fix15cp_our_office_then_he"),
])
def test_fix15cp_an_office_with_its_holders_titled_name_after_it_is_the_holder(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Letters from the Gulf\n\nBy Aoife Brennan\n\nThe Minister for Foreign Affairs, Simon Coveney, told the Dáil "
                 "that Irish citizens in Turkey were safe.\n\nA young Irish woman teaching in Gaziantep wrote to me this week. "
                 "\"The children in my class have stopped drawing houses,\" she said. I think about her every day.",
                 "The children in", "A young Irish woman teaching in Gaziantep", id="fix15cp_described_woman_teaching_in"),
    pytest.param("Views from Valletta\n\nBy Mark Camilleri\n\nForeign Minister Evarist Bartolo said Malta would take in no "
                 "more migrants this month.\n\nAn elderly nurse working near Marsaxlokk stopped me on the quay. \"We see the "
                 "boats every night,\" she said. Nobody asks her.",
                 "We see the", "An elderly nurse working near Marsaxlokk", id="fix15cp_described_nurse_working_near"),
])
def test_fix15cp_she_after_a_person_described_with_a_participle_is_that_person(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_HIGH_COMMISSIONER = ("Crise migratoire – Le MAE rassure\n\nRIJA ANDRIAMASY\n\nIn Geneva, the UN High Commissioner for Human "
                      "Rights, Amina Diallo Sow, called on every State to protect the displaced. The High Commissioner "
                      "recalled that the winter had killed dozens of children.")
_COORDINATOR = ("Aid convoy reaches Arsal\n\nBy Staff\n\nIn Beirut, the UN Humanitarian Coordinator for Lebanon, Imran Riza "
                "Khan, visited the camps on Tuesday. The Humanitarian Coordinator warned that the fuel would run out within days.")
_PATRIARCH = ("Patriarch mourns\n\nBy Staff\n\nHead of the Church Synod Catholicos-Patriarch Ilia Shiolashvili Gudushauri called "
              "for prayers.\n\n\"Peace is the only road,\" the Catholicos-Patriarch said on Sunday.")
_MUFTI = ("Grand Mufti: prayers for the victims of the fire\n\nAstana, March 2, KAZINFORM\n\nChairman of the Spiritual "
          "Administration of Muslims of the Republic Grand-Mufti Nauryzbai Kazhy Taganuly has asked imams to read prayers "
          "for the victims.\n\n\"Their grief is our grief,\" the Grand-Mufti said in his sermon.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_HIGH_COMMISSIONER, "The High Commissioner", "new:Amina Diallo Sow", id="fix15cp_high_commissioner_after_in_geneva"),
    pytest.param(_COORDINATOR, "The Humanitarian Coordinator", "new:Imran Riza Khan", id="fix15cp_coordinator_after_in_beirut"),
])
def test_fix15cp_a_place_before_a_title_is_no_holder_of_it(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "name"), [
    pytest.param(_MUFTI, "Their grief is", "Nauryzbai Kazhy Taganuly", id="fix15cp_grand_mufti_after_a_bodys_name"),
    pytest.param(_PATRIARCH, "Peace is the", "Ilia Shiolashvili Gudushauri", id="fix15cp_patriarch_after_a_bodys_name"),
])
def test_fix15cp_a_title_after_a_bodys_name_is_the_holders(text: str, opening: str, name: str) -> None:
    """The title's use stands for that person, named without the body's title before the name ("Head of the Church Synod
    Catholicos-Patriarch Name": Name), never for a new actor named by the title."""
    assert said_opening(text, opening) == f"new:{name}"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Samoan students in Cyprus safe\n\nBy Staff\n\nThe ministry said all students had been contacted.\n\nA mother "
                 "whose daughter is studying nursing in Nicosia told the Observer she had spoken to her on Sunday. \"She said "
                 "the campus is quiet and classes go on,\" said Losa Faleolo, from Vaitele.",
                 "A mother whose", "new:Losa Faleolo", id="fix15cp_described_then_said_name_from_place"),
    pytest.param("Grenadians in Turkey\n\nBy Staff\n\nThe ministry said no Grenadian was near the border.\n\nThe father of one "
                 "of the students, a second-year dentistry student in Izmir, told NOW Grenada his son was well. \"He says the "
                 "city is calm,\" said Desmond Charles of Gouyave.",
                 "The father of", "new:Desmond Charles", id="fix15cp_described_then_said_name_of_place"),
])
def test_fix15cp_a_described_speaker_is_the_one_a_closing_clause_names_with_his_home(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who
