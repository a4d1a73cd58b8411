"""The form of a proposed speaker's name (issue 15, session fix15ew): a title, an honorific or a minister's office cut to
one word kept before the name ("Madam X", "Cllr X", "ForMin X", "Amb. X"), a patronymic's chain cut short, a country by its
initials inside an office ("Minister of Security of BiH"), a body described in lowercase words before its name in
brackets, a body's name cut at its "and", a capital's possessive before a ministry ("Seoul's foreign ministry"), and a
negative determiner read as a name ("No Gambian").  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from idlibsite.attribution.countries import adjectival
from idlibsite.attribution.ownedname import of_form
from idlibsite.attribution.phrase import read_phrase
from idlibsite.sources.speech import split
from test_attribution import cut_page, said_opening, speakers


def _said(text: str, opening: str) -> str:
    return next(who for _kind, first, who in speakers(text, unnamed=True) if first == opening)


# A title, an honorific or an office cut short before a surname is no part of the name: the person the page named in full.
@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("ACCRA (GNA) - The Minister for Lands, Ama Serwaa Boateng, visited the border post on Monday.\n\n"
                 "\"Our people are safe,\" Madam Boateng said.\n", "Our people are", "new:Ama Serwaa Boateng",
                 id="a Ghanaian agency's Madam"),
    pytest.param("The motion was put forward by Cllr Dev Sharma and backed by the whole chamber.\n\n"
                 "Cllr Sharma told the meeting that Leicester had room for more families.\n", "Cllr Sharma told",
                 "new:Dev Sharma", id="an English local paper's Cllr"),
    pytest.param("Councillor Ruth Pryce said the city had housed forty families since January.\n", "Councillor Ruth Pryce",
                 "new:Ruth Pryce", id="a Welsh paper's Councillor written in full"),
    pytest.param("Labour Cllr Ruth Pryce said the city had housed forty families since January.\n", "Labour Cllr Ruth",
                 "new:Ruth Pryce", id="a party's label before the title"),
    pytest.param("Foreign Minister Petre Ionescu spoke to his Greek counterpart on Sunday.\n\n"
                 "ForMin Ionescu said Bucharest was ready to send border police.\n", "ForMin Ionescu said",
                 "new:Petre Ionescu", id="a Romanian agency's ForMin"),
    pytest.param("Defence Minister Radu Stan visited the base.\n\nDefMin Stan said no Romanian troops were at risk.\n",
                 "DefMin Stan said", "new:Radu Stan", id="DefMin"),
    pytest.param("Kenya's Ambassador to Turkey, Wanjiru Kamau, spoke from Ankara.\n\n"
                 "\"Everybody is accounted for,\" said Amb. Kamau.\n", "Everybody is accounted", "new:Wanjiru Kamau",
                 id="a Kenyan broadcaster's Amb. after the quotation"),
])
def test_a_title_before_a_surname_is_dropped_and_the_full_name_taken(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


def test_names_that_open_like_titles_stay_whole() -> None:
    assert _said("Amber Kaldis said the camps were full.\n", "Amber Kaldis said") == "new:Amber Kaldis"  # "Amb" no title
    assert _said("Madame Tussauds said the museum would close.\n", "Madame Tussauds said") != "new:Tussauds"
    assert read_phrase("Prime Minister Hun Sen").name == "Hun Sen"  # a short title that ends the run is a surname


# An abbreviated title's stop is no sentence's end: "Hon. Name said" is one sentence.
@pytest.mark.parametrize("sentence", ["Hon. Ceesay asked what the government was doing.",
                                      "\"We are safe,\" said Amb. Kamau.",
                                      "Cllr. Hollis said the vote was unanimous."])
def test_an_abbreviated_title_does_not_end_a_sentence(sentence: str) -> None:
    assert len(split(sentence, 0, len(sentence), [])) == 1


# A patronymic's chain cut short is the fullest name the page gave the person (LABELS rule 2, "a short form is the fullest
# name the page gives"); a father's name inside the son's is not the son's.
@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Muscat, 2 Mar (ONA) --- Salim bin Nasser bin Hamad, Minister of Health, received the envoy today.\n\n"
                 "Salim bin Nasser said the Sultanate stood ready to help.\n", "Salim bin Nasser", "new:Salim bin Nasser bin Hamad",
                 id="an Omani agency's grandfather's name"),
    pytest.param("RIYADH (SPA) - Faisal bin Turki bin Abdulaziz Al Saud chaired the meeting.\n\n"
                 "Faisal bin Turki said the Kingdom would send aid.\n", "Faisal bin Turki", "new:Faisal bin Turki bin Abdulaziz Al Saud",
                 id="a Saudi agency's chain and family"),
])
def test_a_patronymic_cut_short_is_the_fullest_name_on_the_page(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


def test_a_fathers_name_inside_the_sons_stays_the_fathers() -> None:
    text = ("DOHA (QNA) - Khalid bin Jassim bin Hamad Al Thani met the delegation.\n\n"
            "Jassim bin Hamad said the emirate would pay for the tents.\n")
    assert _said(text, "Jassim bin Hamad") == "new:Jassim bin Hamad"


# A negative determiner says nobody is meant: never a name, whatever the headline's capitals.
@pytest.mark.parametrize("phrase", ["No Gambian", "No Filipino Reported Hurt In Syria Fighting", "Neither side",
                                    "None of the ministers", "Not a single official", "Nobody"])
def test_a_negative_determiner_names_nobody(phrase: str) -> None:
    read = read_phrase(phrase)
    assert read.generic and not read.name


@pytest.mark.parametrize(("phrase", "name"), [("No 10", "No 10"), ("Noor Haddad", "Noor Haddad"), ("Norway", "Norway")])
def test_names_that_open_with_no_stay_names(phrase: str, name: str) -> None:
    assert read_phrase(phrase).name == name


def test_a_headline_with_no_one_named_proposes_no_name() -> None:
    text = ("No Malawian Reported Hurt In Idlib Fighting, Says Ministry\n\n"
            "By Staff Writer\n\nThe ministry said no Malawian had been hurt.\n")
    assert all(not who.startswith("new:No") for _kind, _first, who in cut_page(text))


# A country by its initials inside an office or before a body ("BiH", "KSA"), as its region's press writes it.
@pytest.mark.parametrize(("phrase", "name", "nation"), [
    ("Minister of Security of BiH Mirza Hodzic", "Mirza Hodzic", "Bosnia and Herzegovina"),
    ("BiH MFA", "MFA", "Bosnia and Herzegovina"),
    ("the KSA Ministry of Health", "KSA Ministry of Health", "Saudi Arabia"),
])
def test_a_countrys_initials_are_its_name(phrase: str, name: str, nation: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.nation) == (name, nation)


# A body described in lowercase words only (the South African and Indian press's "the department of ..."), cut by the
# clause reader at its "and": the name in brackets after it is its name.
@pytest.mark.parametrize(("phrase", "name"), [
    ("co-operation (Dirco)", "Dirco"),
    ("the department of home affairs (Home Affairs)", "Home Affairs"),
    ("the national treasury (Treasury)", "Treasury"),
])
def test_a_lowercase_description_takes_the_bracketed_name(phrase: str, name: str) -> None:
    assert read_phrase(phrase).name == name


def test_a_person_described_in_lowercase_keeps_no_bracketed_name_as_a_body() -> None:
    assert read_phrase("his wife (Maria)").name != "Maria"


def test_the_lowercase_department_says_in_a_south_african_daily() -> None:
    text = ("The department of international relations and cooperation (Dirco) said on Monday that it was "
            "\"deeply concerned\" by the fighting.\n")
    assert said_opening(text, "deeply concerned") == "new:Dirco"


def test_a_records_tag_with_an_abbreviated_title_is_the_name_alone() -> None:
    text = ("Press briefing at the mission\n\nQUESTION: Will you send aid?\n\nAmb. BRANT: We are ready to help the people.\n\n"
            "QUESTION: When?\n\nAmb. BRANT: Next week.\n")
    assert {who for _kind, _first, who in cut_page(text) if who.startswith("new:")} == {"new:Brant"}


# A body's name whole across its "and" when one verb of one subject follows ("... Association says"): not two speakers.
@pytest.mark.parametrize(("sentence", "phrase"), [
    ("The Islamic Welfare and Family Services Association, which runs two shelters, says it has no beds left.",
     "The Islamic Welfare and Family Services Association"),
    ("The Arab Community and Cultural Centre says its hall is full of donations.", "The Arab Community and Cultural Centre"),
    ("Syrian Relief and Development Society warns that the camps are freezing.", "Syrian Relief and Development Society"),
])
def test_a_bodys_name_across_and_before_a_verb_of_one_subject_is_one_name(sentence: str, phrase: str) -> None:
    assert [c.phrase for c in clauses(sentence)] == [phrase]


@pytest.mark.parametrize(("sentence", "phrases"), [
    ("The Refugee Council and Welsh Refugee Association says the camps are full.", ["The Refugee Council", "Welsh Refugee Association"]),
    ("Turkey and the UN Refugee Agency says the border is closed.", ["Turkey", "the UN Refugee Agency"]),
    ("Oxfam and Save the Children Association said the camps were full.", ["Oxfam", "Save the Children Association"]),
])
def test_two_bodies_joined_by_and_stay_two(sentence: str, phrases: list[str]) -> None:
    assert [c.phrase for c in clauses(sentence)] == phrases


# A capital's possessive before a state's organ is the country's organ (LABELS rule 9: a seat stands for its government).
@pytest.mark.parametrize(("name", "proposed"), [
    ("Seoul's foreign ministry", "South Korean foreign ministry"),
    ("Hanoi's government", "Vietnamese government"),
    ("Tokyo's Defence Ministry", "Japanese Defence Ministry"),
    ("Seoul's city council", "Seoul's city council"),  # a city's own body
])
def test_a_capitals_possessive_before_a_state_organ_is_the_countrys(name: str, proposed: str) -> None:
    assert adjectival(name) == proposed


# A body named after its nation's initials is proposed in the "of" form the page writes for it.
def test_a_body_after_its_nations_initials_takes_the_pages_of_form() -> None:
    page = "The Border Police of Bosnia and Herzegovina (BiH) is ready, its director said."
    assert of_form("BiH Border Police", page) == "Border Police of Bosnia and Herzegovina"
    assert of_form("BiH Border Police", "BiH Border Police is ready.") == "BiH Border Police"  # no such form written
    assert of_form("Greek Coast Guard", "The Hellenic Coast Guard said ...") == "Greek Coast Guard"


# An office, then its holder in apposition after "the" and an abbreviated title: the holder, now that "Hon." ends no sentence
# (these read right before only because the splitter cut the sentence at "Hon."; they fail on the splitter change alone).
@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Government Information Service\n\nThe Premier, the Hon. Wendell Ebanks JP MP, said: \"Our borders stay open "
                 "to returning residents.\"", "new:Wendell Ebanks", id="a Caribbean government's release"),
    pytest.param("Parliament News\n\nThe Minister, the Hon. Dr. Asha Rambally, said: \"Our students in Turkey are safe.\"",
                 "new:Asha Rambally", id="two abbreviated titles"),
    pytest.param("Ministry News\n\nThe Deputy Minister, the Hon. Kwame Asante, told reporters: \"We are in touch with the embassy.\"",
                 "new:Kwame Asante", id="a West African ministry's deputy"),
])
def test_an_offices_holder_after_the_and_an_abbreviated_title(text: str, who: str) -> None:
    assert [w for kind, _first, w in cut_page(text) if kind == "direct"] == [who]


# A person's name, then "of the" and a house's group in lowercase ("group", "faction", "caucus", "bloc"): the person.
@pytest.mark.parametrize(("phrase", "name"), [
    ("Dutch MEP Annelies Vos of the Renew Europe group", "Annelies Vos"),  # a Brussels site's MEP
    ("Deputy Jan Novak of the ANO parliamentary group", "Jan Novak"),  # a Czech daily's deputy
    ("Councillor Ruth Pryce of the Plaid Cymru group", "Ruth Pryce"),  # a Welsh council's group
    ("Senator Maria Lopes of the Liberal caucus", "Maria Lopes"),
])
def test_a_person_of_a_houses_group_is_the_person(phrase: str, name: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person) == (name, True)


def test_a_group_alone_stays_a_body() -> None:
    assert not read_phrase("the Renew Europe group").person
