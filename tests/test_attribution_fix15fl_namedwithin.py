"""The right speaker named inside the description the rules read as nobody named (issue 15, session fix15fl): "retired
nurse Name from the X estate", "Place and Place MP Name", "members of the X Forum", "the aid organisation X"; and a kind's
spokesperson ("A council spokesperson", "a foreign ministry spokesman") as the body of that kind the page names.  Texts
of our own in several outlets' forms (a regional weekly, a constituency paper, a national daily's world page, a
broadcaster's English service); "guard" in an id: the description keeps its reading (nobody named, or another)."""

from __future__ import annotations

import pytest

from idlibsite.attribution.kindvoice import kind_body
from idlibsite.attribution.namedwithin import inner_name
from idlibsite.attribution.phrase import read_phrase
from test_attribution import said_opening


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Parish collects for Idlib\n\nThe parish of St Brigid's raised €4,000 at the weekend. One of the collectors, "
                 "retired nurse Maureen Doyle from the Ballybeg estate, told the Leinster Echo she had packed boxes all "
                 "weekend.\n\n\"It broke my heart,\" she said.", "One of the", "new:Maureen Doyle",
                 id="regional_weekly_calling_and_estate"),
    pytest.param("Parish collects for Idlib\n\nThe parish of St Brigid's raised €4,000 at the weekend. One of the collectors, "
                 "retired nurse Maureen Doyle from the Ballybeg estate, told the Leinster Echo she had packed boxes all "
                 "weekend.\n\n\"It broke my heart,\" she said.", "It broke my", "new:Maureen Doyle",
                 id="regional_weekly_her_next_words"),
    pytest.param("Families wait for news\n\nLocal families with relatives in Idlib met at the town hall on Monday. Hamilton "
                 "East and Waikato MP Jamie Strange said the Government was watching the border closely.",
                 "Hamilton East and", "new:Jamie Strange", id="constituency_paper_two_places_mp"),
    pytest.param("Families wait for news\n\nLocal families met on Monday. Nelson North MP and Foreign Affairs Minister Ruth "
                 "Tane said the Government was watching the border closely.", "Nelson North MP", "new:Ruth Tane",
                 id="constituency_paper_mp_and_minister"),
    pytest.param("Vigil planned in Dudley\n\nA vigil will be held on Friday. In Dudley, members of the Walsall Kurdish Community "
                 "Association said they would light candles for the families.", "In Dudley, members",
                 "new:Walsall Kurdish Community Association",
                 id="regional_site_members_of_a_group"),
    pytest.param("Fact check: the shelling\n\nThe investigators of the Open Source Verification Team, who studied the "
                 "footage, said the convoy had been hit by artillery.", "The investigators of",
                 "new:Open Source Verification Team", id="world_page_investigators_of_a_team"),
])
def test_the_name_inside_a_description_is_the_speaker(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Town hall goes red\n\nGalway County Council will light the town hall in red on Friday. A council "
                 "spokesperson confirmed the lights would be on from 8pm.", "A council spokesperson", "new:Galway County Council",
                 id="irish_weekly_council"),
    pytest.param("Greens push motion\n\nThe Green Party tabled a motion on the border on Tuesday. A party spokeswoman said "
                 "the vote had shown the city's mood.", "A party spokeswoman", "new:Green Party", id="local_site_party"),
    pytest.param("Copenhagen summons envoy\n\nCOPENHAGEN - The Danish foreign ministry summoned Turkey's ambassador on Monday. "
                 "'The border is no bargaining chip,' a foreign ministry spokesman said.", "The border is",
                 "new:foreign ministry", id="national_daily_foreign_ministry"),  # as "the foreign ministry" is read there
])
def test_a_kinds_spokesperson_is_the_body_of_that_kind_the_page_names(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Council to write to minister\n\nLiverpool councillor Nadia Haddad will move a motion on Tuesday.\n\n"
                 "\"Our residents carry this war on their phones,\" Cr Haddad said.", "Our residents carry", "new:Nadia Haddad",
                 id="australian_local_cr"),
    pytest.param("Council to write to minister\n\nWard 2 councillor Tom Reyes raised the motion on Monday. Coun Reyes said the "
                 "city should press Ottawa to act.", "Coun Reyes said", "new:Tom Reyes", id="canadian_local_coun"),
    pytest.param("Council to write to minister\n\nBradford councillor Amina Rafiq backed the motion. Cllr Rafiq said the city "
                 "would not look away.", "Cllr Rafiq said", "new:Amina Rafiq", id="guard_british_cllr_already"),
])
def test_a_councillors_short_title_before_a_surname_is_the_person_named_in_full(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param("Mothers wait at the border\n\nA Leitrim mother said she had not slept since Saturday.", "A Leitrim mother",
                 id="guard_a_place_before_a_noun"),
    pytest.param("Appeal in Gaziantep\n\nA Kenyan student at a university in Gaziantep said the dormitories were full.",
                 "A Kenyan student", id="guard_a_nationality_and_a_tail"),
    pytest.param("Aid appeal\n\nA police spokesman said the road to the border had been closed overnight.",
                 "A police spokesman", id="guard_a_kind_the_page_never_names"),
    pytest.param("Border reopens\n\nAn official source at the Ruritanian Interior Ministry told the agency that the crossing "
                 "would reopen on Monday.", "An official source", id="guard_a_ministrys_source"),
    pytest.param("Summit ends\n\nRuritanian President Ivan Petrov and Freedonian President Ana Luz announced the truce after "
                 "six hours of talks.", "Ruritanian President Ivan", id="guard_two_leaders"),
])
def test_a_description_with_no_name_inside_names_nobody(text: str, opening: str) -> None:
    assert not said_opening(text, opening).startswith("new:")


@pytest.mark.parametrize(("phrase", "name"), [
    ("retired teacher Bernadette Walsh from the Loughboy estate", "Bernadette Walsh"),
    ("The humanitarian organisation People in Need Slovakia", "People in Need Slovakia"),
    ("Oxford West and Abingdon MP Layla Moran", "Layla Moran"),
    ("members of the Shropshire Syrian Friendship Group", "Shropshire Syrian Friendship Group"),
    ("A Punchbowl mother", ""),  # a place before a noun: a modifier
    ("A NATO spokesperson", ""),
    ("The head of the International Committee of the Red Cross", ""),  # the head is no member: another person
    ("supporters of the Labour Party", ""),  # only members, investigators, researchers and staff are the body
    ("members of the Smith family", ""),  # no body's word
    ("In Port of Spain", ""),  # a preposition capitalised at the sentence's start
    ("Syria's state news agency", ""),
    ("a source at the Ruritanian Defence Ministry", ""),  # rule 6: a source of a body is no voice of it
    ("Sources in the Ruritanian Foreign Ministry", ""),  # a capitalised plural opening the sentence
    ("A young officer from the Foreign Ministry", ""),
    ("Ruritanian President Ivan Petrov and Freedonian President Ana Luz", ""),  # two people, one title each
    ("Save the Children, Oxfam and Caritas Austria", ""),  # a list
    ("the Interior Ministry and the Presidency", ""),  # two bodies
    ("the United Kingdom and France", ""),
    ("Chile's Ambassador in Turkey", ""),  # a post after the title, no name
    ("A former Tereora College head girl now working in southern Turkey", ""),
])
def test_inner_name_reads_the_form(phrase: str, name: str) -> None:
    assert inner_name(phrase) == name


@pytest.mark.parametrize(("phrase", "body"), [
    ("A council spokesperson", "the council"),
    ("a foreign ministry spokesman", "the foreign ministry"),
    ("a police spokesman", ""),  # police: no body's word of the lists (rule 6: "police" with no place names nobody)
    ("A NATO spokesperson", ""),  # a body named: the rules before read it
    ("a spokesperson", ""),
])
def test_kind_body_reads_a_kinds_spokesperson(phrase: str, body: str) -> None:
    assert kind_body(phrase) == body


@pytest.mark.parametrize(("phrase", "name"), [
    ("La Paz, Mar 5 (ABI).- The Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
    ("Quito, 3 Mar (Andes).- The Foreign Ministry", "Foreign Ministry"),
    ("Lima, March 2 (Andina).-Peru", "Peru"),
])
def test_a_spanish_agencys_dateline_before_its_dash_is_no_part_of_the_name(phrase: str, name: str) -> None:
    assert read_phrase(phrase).name == name


def test_guard_a_body_with_its_acronym_in_brackets_keeps_its_name() -> None:
    assert read_phrase("the Syrian American Medical Society (SAMS)").name == "Syrian American Medical Society"


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Nurse back from the border\n\nA former Nikao College head boy now working in southern Turkey says the camps "
                 "are full and freezing.\n\nTama Ioane, 29, has spent two years in Kilis with an aid agency.", "A former Nikao",
                 "new:Tama Ioane", id="pacific_weekly_delayed_lead"),
    pytest.param("Live: Syria\n\n9.10am: The head of a Hamilton Syrian community trust says families have lost contact with "
                 "relatives. Omar Khatib, who chairs the Waikato Syrian Community Trust, told the programme that six families "
                 "had heard nothing.", "9.10am: The head", "new:Omar Khatib", id="radio_live_blog_word_repeated"),
    pytest.param("Aid drive\n\nA Bolton mosque says it has filled two lorries with blankets for families in Idlib.\n\nMasjid "
                 "Al-Noor, which opened its hall on Friday, said donations had come from across the town.", "A Bolton mosque",
                 "new:Masjid Al-Noor", id="english_regional_body_delayed_lead"),
])
def test_a_described_subject_is_the_name_the_next_sentence_opens_with(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param("Families wait\n\nA Lakemba father says his brother is camped at the Greek border.\n\nAmira Saleh, Lakemba "
                 "Express\nMarch 4, 2020\n\nHassan Darwish has not slept since Sunday.", "A Lakemba father", id="guard_a_byline_after"),
    pytest.param("Border talks\n\nA senior official said the crossing would stay shut. Karim Nasser, the mayor of the border town, "
                 "said he had asked for tents.", "A senior official", id="guard_another_person_in_the_paragraph"),
    pytest.param("Soldiers killed\n\nAt least 12 soldiers were killed in the strike, a senior Ruritanian official said.\n\n"
                 "Omar Haddad, the governor of the border province, said the wounded had been taken to hospital.",
                 "At least 12", id="guard_an_anonymous_official_then_a_governor"),
    pytest.param("Shelling resumes\n\nA volunteer with the rescue group in Ariha said families were sleeping in cars.\n\n"
                 "The United Nations says nearly a million people have fled.", "A volunteer with", id="guard_a_body_opening_the_next"),
    pytest.param("Border talks\n\nKarim Nasser met the governor on Monday.\n\nA senior official said the crossing would stay "
                 "shut.\n\nKarim Nasser said he had asked for tents.", "A senior official", id="guard_a_name_met_before"),
])
def test_a_described_subject_keeps_nobody_when_the_next_name_is_another(text: str, opening: str) -> None:
    assert not said_opening(text, opening).startswith("new:")
