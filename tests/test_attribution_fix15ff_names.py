"""The speaker's name as proposed and resolved (issue 15, session fix15ff): a generic word opening the title before a
name ("police spokesman Name"), a person "of" a body described in lowercase ("Lawmaker Name of the parliamentary
security committee"), a body's spokesperson of a name with "of" or "at" its body ("A Department of X spokesman", "a
spokesperson at the Foreign Ministry"), a mission in a place with its article or a consulate general "of" its country
("the Turkish embassy in The Hague", "the Consulate General of X in Y"), a surname written with a letter once or twice
(Zelenskyy/Zelensky), and a country's second adjective (Slovenian/Slovene).  Texts of our own, in several outlets'
forms, with guards."""

from __future__ import annotations

import pytest

from idlibsite.attribution.match import name_key
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.titleholder import page_holder
from test_attribution import said_opening


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("KRANJ, March 3 (STA) - No new arrivals were recorded overnight, police spokesman Ivo Kranjc told the STA.",
                 "No new arrivals", "new:Ivo Kranjc", id="agency-told"),
    pytest.param("The road will stay closed until Monday.\n\nPolice chief Mark Dunleavy said officers would patrol the bridge.",
                 "Police chief Mark", "new:Mark Dunleavy", id="local-capitalised"),
    pytest.param("Rebels spokesman Naji Mustafa said the fighters had pulled back from two villages overnight.",
                 "Rebels spokesman Naji", "new:Naji Mustafa", id="wire-plural-first"),
])
def test_fix15ff_a_generic_word_opening_a_title_before_a_name_is_no_plural(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("phrase", ["police officers", "police spokesman", "Police said", "police officers John Smith"])
def test_fix15ff_guard_police_with_no_name_after_a_title_names_nobody(phrase: str) -> None:
    read = read_phrase(phrase)
    assert read.name == "" and read.generic


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Lawmaker Hassan Salim Aboud of the parliamentary security committee told Al-Sharqiya TV that the border was safe.",
                 "Lawmaker Hassan Salim", "new:Hassan Salim Aboud", id="lawmaker-committee"),
    pytest.param("Councillor Tom Hayes of the city council said the motion was long overdue.",
                 "Councillor Tom Hayes", "new:Tom Hayes", id="council"),
    pytest.param("Jane Dorsey of the foreign relations committee said the hearing would go ahead on Tuesday.",
                 "Jane Dorsey of", "new:Jane Dorsey", id="no-title"),
])
def test_fix15ff_a_person_of_a_body_described_in_lowercase_is_the_person(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ff_the_lowercase_body_is_the_stubs_role() -> None:
    read = read_phrase("Senator Jane Doe of the foreign relations committee")
    assert (read.name, read.person, read.role) == ("Jane Doe", True, "foreign relations committee")


def test_fix15ff_guard_a_title_of_a_lowercase_body_names_nobody() -> None:
    read = read_phrase("the chairman of the parliamentary security committee")
    assert read.name == ""


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param('A Department of Home Affairs spokesman said applications were assessed "on their merits".',
                 "A Department of", "new:Department of Home Affairs", id="au-department-of"),
    pytest.param("A Department for Education spokeswoman said schools would take in the pupils.",
                 "A Department for", "new:Department for Education", id="uk-department-for"),
    pytest.param("A Bank of England spokesperson said the bank did not comment on markets.",
                 "A Bank of", "new:Bank of England", id="bank-of"),
])
def test_fix15ff_a_spokesperson_of_a_body_named_with_of_is_the_body(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("phrase", "owner"), [
    ("A spokesperson at the Foreign Ministry", "the Foreign Ministry"),
    ("a spokeswoman with the Arizona Department of Public Safety", "the Arizona Department of Public Safety"),
    ("a spokesman at the Army Headquarters", "the Army Headquarters"),
])
def test_fix15ff_a_spokesperson_at_or_with_a_body_speaks_for_it(phrase: str, owner: str) -> None:
    assert read_phrase(phrase).owner == owner


@pytest.mark.parametrize("phrase", ["a statement at the meeting", "a post at the University of Ljubljana", "a spokesman"])
def test_fix15ff_guard_only_a_spokesperson_is_at_a_body(phrase: str) -> None:
    assert read_phrase(phrase).owner == ""


@pytest.mark.parametrize(("phrase", "name", "nation"), [
    ("The Turkish embassy in The Hague", "Turkish Embassy in The Hague", "Turkey"),
    ("the Embassy of Peru in The Hague", "Embassy of Peru in The Hague", "Peru"),
    ("The Consulate General of Uzbekistan in Istanbul", "Consulate General of Uzbekistan in Istanbul", "Uzbekistan"),
    ("the Consulate General of Turkey in Chicago", "Consulate General of Turkey in Chicago", "Turkey"),
])
def test_fix15ff_a_mission_in_its_seat_is_named_whole(phrase: str, name: str, nation: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person, read.nation) == (name, False, nation)


def test_fix15ff_guard_a_person_in_the_hague_is_the_person() -> None:
    read = read_phrase("Ambassador John Smith in The Hague")
    assert (read.name, read.person) == ("John Smith", True)


def test_fix15ff_a_mission_in_the_hague_speaks_on_the_page() -> None:
    page = "The Turkish embassy in The Hague said in a statement that Turkey welcomed the decision."
    assert said_opening(page, "The Turkish embassy") == "new:Turkish Embassy in The Hague"


@pytest.mark.parametrize(("a", "b"), [("Zelenskyy", "Zelensky"), ("Mohammed", "Mohamed"), ("Hassan", "Hasan")])
def test_fix15ff_a_letter_written_once_or_twice_is_one_name(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Hassan", "Hussein"), ("Hayes", "Hay"), ("Romano", "Roman")])
def test_fix15ff_guard_other_names_stay_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_fix15ff_a_posts_signoff_in_another_spelling_is_the_person_named_above() -> None:
    page = ("President Volodymyr Zelensky expressed his condolences in a phone call, his office said. He also posted on Twitter:\n\n"
            "Ukraine stands with its strategic partner.\n\n— Volodymyr Zelenskyy (@ZelenskyyUa) February 28, 2020")
    assert said_opening(page, "Ukraine stands with") == "new:Volodymyr Zelensky"


@pytest.mark.parametrize(("phrase", "nation"), [
    ("the Slovenian Foreign Ministry", "Slovenia"),
    ("the Philippine Coast Guard", "Philippines"),
    ("the Azeri Foreign Ministry", "Azerbaijan"),
    ("the Slovene police", "Slovenia"),
])
def test_fix15ff_a_countrys_second_adjective_names_it(phrase: str, nation: str) -> None:
    assert read_phrase(phrase).nation == nation


@pytest.mark.parametrize(("phrase", "nation"), [("the Slovak Foreign Ministry", "Slovakia"), ("the Romanian Defence Ministry", "Romania")])
def test_fix15ff_guard_a_neighbours_adjective_stays_its_own(phrase: str, nation: str) -> None:
    assert read_phrase(phrase).nation == nation


@pytest.mark.parametrize(("title", "page", "holder"), [
    ("President of Ruritania", "President of the Republic of Ruritania Ivan Petrov had a telephone conversation.", "Ivan Petrov"),
    ("Union Secretary General", "LILONGWE, March 3 (Mana): Union Secretary General, Amina Bello, said prayers would be held.", "Amina Bello"),
    ("Council Chairperson", "Speaking in Accra, Council Chairperson Kwame Osei Mensah said the council was concerned.", "Kwame Osei Mensah"),
])
def test_fix15ff_a_title_read_as_a_body_is_the_holder_the_page_names(title: str, page: str, holder: str) -> None:
    assert page_holder(title, page) == holder


@pytest.mark.parametrize(("title", "page"), [
    ("Office of the President", "Office of the President Ivan Petrov said nothing."),  # a body's name, not a title
    ("President of Ruritania", "President of Ruritania Vice President Ana Lenz spoke."),  # another title, not a name
    ("Union Secretary General", "The union's secretary general did not comment."),  # no name given
])
def test_fix15ff_guard_no_holder_for_a_body_or_a_title_with_no_name(title: str, page: str) -> None:
    assert page_holder(title, page) == ""


def test_fix15ff_a_headlines_title_is_its_holder_on_the_page() -> None:
    page = ("President of Kazakhstan expresses condolences to Turkish leader\n\n"
            "Astana, 29 February. President of the Republic of Kazakhstan Ivan Petrov had a telephone conversation with "
            "President Recep Tayyip Erdogan, the press service of the Head of State reports.")
    assert said_opening(page, "President of Kazakhstan") == "new:Ivan Petrov"


@pytest.mark.parametrize(("phrase", "name", "role"), [
    ("House Speaker Nancy Pelosi", "Nancy Pelosi", "House Speaker"),
    ("Parliament Speaker Mohamed Nasheed", "Mohamed Nasheed", "Parliament Speaker"),
    ("Speaker of Parliament Mohamed Nasheed", "Mohamed Nasheed", "Speaker of Parliament"),
])
def test_fix15ff_a_speaker_of_a_house_is_a_title(phrase: str, name: str, role: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person, read.role) == (name, True, role)


@pytest.mark.parametrize("phrase", ["a speaker at the rally", "One speaker", "speakers"])
def test_fix15ff_guard_a_speaker_at_an_event_names_nobody(phrase: str) -> None:
    assert read_phrase(phrase).name == ""


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Hundreds marched downtown on Saturday. Toronto police said there were no arrests.",
                 "Toronto police said", "new:Toronto police", id="city-daily"),
    pytest.param("The Manchester police said the march had passed off peacefully.",
                 "The Manchester police", "new:Manchester police", id="with-article"),
    pytest.param("Durban police said two men had been arrested at the port.",
                 "Durban police said", "new:Durban police", id="regional"),
])
def test_fix15ff_a_places_police_is_a_named_local_body(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("phrase", ["Riot police", "Local police", "Police", "Border police"])
def test_fix15ff_guard_police_of_a_kind_or_of_no_place_is_nobody_named(phrase: str) -> None:
    assert read_phrase(phrase).name == ""


@pytest.mark.parametrize(("phrase", "name"), [
    ("Mar 5 (APP):Pakistan", "Pakistan"),
    ("SATUHARAPAN.COM-Pope Francis on Sunday", "Pope Francis"),
    ("March 3 (Mana):The Muslim Association of Malawi", "Muslim Association of Malawi"),
])
def test_fix15ff_a_datelines_tag_glued_to_the_name_is_no_part_of_it(phrase: str, name: str) -> None:
    assert read_phrase(phrase).name == name


@pytest.mark.parametrize(("phrase", "name"), [("UN-Habitat", "UN-Habitat"), ("the Union of Medical Care and Relief Organizations (UOSSM)",
                                                                          "Union of Medical Care and Relief Organizations")])
def test_fix15ff_guard_a_name_with_a_hyphen_or_its_acronym_stays_whole(phrase: str, name: str) -> None:
    assert read_phrase(phrase).name == name


@pytest.mark.parametrize(("phrase", "name"), [
    ("Minister of International Relations and Cooperation Netumbo Nandi-Ndaitwah", "Netumbo Nandi-Ndaitwah"),
    ("Minister of Foreign Affairs and Trade Jane Doe", "Jane Doe"),
    ("Minister of Foreign Affairs and International Cooperation Ahmed Ali Hassan", "Ahmed Ali Hassan"),
])
def test_fix15ff_a_titles_second_portfolio_is_no_part_of_the_name(phrase: str, name: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person) == (name, True)


def test_fix15ff_guard_a_two_word_name_after_and_stays_whole() -> None:
    assert read_phrase("Minister of Health and Jane Doe").name == "Jane Doe"


def test_fix15ff_guard_a_titles_further_portfolios_are_no_holder() -> None:
    page = "The Minister of Foreign Affairs, Regional Integration and International Trade, Nandcoomar Bodha, assured on Friday that ..."
    assert page_holder("Minister of Foreign Affairs", page) == ""


def test_fix15ff_guard_a_title_given_two_holders_has_none() -> None:
    page = "Gaziantep Governor Selim Arikan and Gaziantep Governor Aylin Demir disagreed, the deputy said."
    assert page_holder("Gaziantep Governor", page) == ""
