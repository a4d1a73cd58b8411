"""Round 46's names of bodies and people (issue 15, session fix15cf): a person named between a title and "of the <body>"
("Reverend Name of the X Church", "Analyst Name of the Centre for A and B") is the person alone; a ministry of a field
("Ministry of Foreign Relations") is a body, no person "Relations"; a name of three words after a body's name ("Member
of the Supreme Council Name Name Name") is the full name a surname alone stands for later; a national agency's dispatch
datelined at its own capital gives the page's country to a headline's bare "Foreign Ministry"; a body of a country of
several words in the possessive ("South Africa's Department of ...") is proposed by the country's adjective; a name, then
its office "of the ministry" between commas, is the speaker; "a spokeswoman said" is the spokeswoman the page names
later; "The parties said" after a council named by its parties is the council.  Texts of our own, in several outlets'
forms; "guard" in an id: passes on integrate too."""

from __future__ import annotations

import pytest

from test_attribution import ACTORS, labels, paragraphs
from idlibsite.attribution.clause import clauses
from idlibsite.attribution.context import home_country
from idlibsite.attribution.countries import adjectival
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.speakers import attribute_page


@pytest.mark.parametrize(("phrase", "name"), [
    pytest.param("Reverend Tomasi Vunisa of the Methodist Church of Fiji", "Tomasi Vunisa", id="fix15cf_a_reverend_of_a_church"),
    pytest.param("Analyst Marta Kovac of the Institute for Strategy and Security", "Marta Kovac",
                 id="fix15cf_an_analyst_of_a_centre_of_two_fields"),
    pytest.param("Researcher Ilona Tamm of the Centre for Defence and Security Studies", "Ilona Tamm",
                 id="fix15cf_a_researcher_of_a_centre"),
])
def test_fix15cf_a_title_before_and_a_body_after_are_no_part_of_the_name(phrase: str, name: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person) == (name, True)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"We will pray for the victims in Idlib," said Reverend Tomasi Vunisa of the Methodist Church of Fiji.',
                 ["new:Tomasi Vunisa"], id="fix15cf_a_reverend_tags_a_quotation"),
    pytest.param("Analyst Marta Kovac of the Institute for Strategy and Security said Skopje had little choice.",
                 ["new:Marta Kovac"], id="fix15cf_an_analyst_reports"),
])
def test_fix15cf_the_person_between_a_title_and_a_body_speaks(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("phrase", "name"), [
    pytest.param("the Ministry of Foreign Relations", "Ministry of Foreign Relations", id="fix15cf_foreign_relations"),
    pytest.param("the Ministry of Foreign Trade", "Ministry of Foreign Trade", id="fix15cf_foreign_trade"),
])
def test_fix15cf_a_ministry_of_a_field_is_a_body_not_a_person(phrase: str, name: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person) == (name, False)


def test_fix15cf_a_ministry_of_a_field_speaks_as_the_body() -> None:
    text = "Meanwhile, the Ministry of Foreign Trade said exports to Turkey had fallen by a third."
    assert labels(text) == ["new:Ministry of Foreign Trade"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("TRIPOLI, March 2 (LANA) - Member of the Presidential Council Samir Ali Bashagha received the Tunisian envoy "
                 "on Monday.\n\nDuring the meeting, Bashagha stressed that the attacks threatened the whole region.",
                 ["new:Samir Ali Bashagha"], id="fix15cf_a_member_of_a_council"),
    pytest.param("Deputy Chairman of the Sovereign Council Hamid Omar al-Tayeb met the delegation in the capital.\n\n"
                 "Al-Tayeb told the visitors that the country would send aid.",
                 ["new:Hamid Omar al-Tayeb"], id="fix15cf_a_deputy_chairman_of_a_council"),
])
def test_fix15cf_a_surname_is_the_three_word_name_after_a_bodys(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_LANA = ("Foreign Ministry condemns attack on aid convoy\n\n"
         "TRIPOLI, March 2 (LANA) - The Ministry of Foreign Affairs condemned on Monday the attack on the aid convoy near "
         "the border.\n\nAn official source said Libya rejects any violation of the truce and that Libya's position is "
         "firm.\n\nThe source added that Libya would raise the matter at the Arab League.")


def test_fix15cf_a_dispatch_from_its_own_capital_gives_the_page_its_country() -> None:
    assert home_country(_LANA) == "Libya"


def test_fix15cf_guard_a_wire_from_a_capital_it_is_not_about_gives_none() -> None:
    text = ("Fighting rages in Idlib\n\nBEIRUT (Reuters) - Fighting went on in the northwest on Monday, as Turkey said it "
            "would respond to any attack on its posts in Idlib.")
    assert home_country(text) == ""


def test_fix15cf_a_headlines_bare_foreign_ministry_is_the_dispatchs_countrys() -> None:
    ranges = paragraphs(_LANA)
    found = attribute_page(_LANA, ranges[1:], ranges[:1], ACTORS)
    headline = next(s for p, s in found.items() if p.start == 0)
    assert (headline.actor, headline.new.name if headline.new else "", headline.new.affiliation if headline.new else "") == (
        None, "Foreign Ministry", "Libya")


@pytest.mark.parametrize(("name", "expected"), [
    pytest.param("South Africa's Department of Home Affairs", "South African Department of Home Affairs", id="fix15cf_south_africa"),
    pytest.param("Sri Lanka's Ministry of Health", "Sri Lankan Ministry of Health", id="fix15cf_sri_lanka"),
    pytest.param("Chile's Foreign Ministry", "Chile's Foreign Ministry", id="fix15cf_guard_a_country_of_one_word"),
])
def test_fix15cf_a_country_of_several_words_in_the_possessive_is_its_adjective(name: str, expected: str) -> None:
    assert adjectival(name) == expected


def test_fix15cf_a_body_of_south_africa_is_proposed_by_its_adjective() -> None:
    text = ("The United Nations has called for calm. South Africa's Department of Home Affairs (DHA) also urged restraint, "
            "saying the crisis threatened the region.")
    assert labels(text)[-1] == "new:South African Department of Home Affairs"


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("Sayyid Faisal bin Hamad al Harthy, Secretary General of the ministry, told reporters that the Sultanate "
                 "supported the talks.", "Sayyid Faisal bin Hamad al Harthy", id="fix15cf_a_secretary_general_of_the_ministry"),
    pytest.param("Ana Ruiz, Director of the ministry, told reporters that the country backed the talks.", "Ana Ruiz",
                 id="fix15cf_a_director_of_the_ministry"),
])
def test_fix15cf_a_name_then_its_office_of_the_ministry_is_the_subject(sentence: str, phrase: str) -> None:
    assert clauses(sentence)[0].phrase == phrase


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Sayyid Faisal bin Hamad al Harthy, Secretary General of the ministry, told reporters that the Sultanate "
                 "supported the talks.", ["new:Faisal bin Hamad al Harthy"], id="fix15cf_sayyid_is_a_title"),
    pytest.param("Ana Ruiz, Director of the ministry, told reporters that the country backed the talks.", ["new:Ana Ruiz"],
                 id="fix15cf_a_director"),
])
def test_fix15cf_the_named_holder_of_an_office_of_the_ministry_speaks(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Laos backs UN efforts for calm in Syria, a spokeswoman said.\n\nLaos calls on all sides to exercise restraint, "
                 "Foreign Ministry spokeswoman Viengsavanh Phommachanh said on Friday.",
                 ["new:Viengsavanh Phommachanh", "new:Viengsavanh Phommachanh"], id="fix15cf_a_spokeswoman_named_next"),
    pytest.param("The border will stay open, a spokesman said on Monday.\n\nInterior Ministry spokesman Tomas Berg said the "
                 "guards had been told to let families cross.", ["new:Tomas Berg", "new:Tomas Berg"],
                 id="fix15cf_a_spokesman_named_next"),
    pytest.param("The border will stay open, a spokesman said on Monday.\n\nFarmers near the crossing said they had seen no guards.",
                 ["", ""], id="fix15cf_guard_a_spokesman_never_named"),
])
def test_fix15cf_a_spokesperson_named_later_is_that_person(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Joint Opposition Parties Council issued a statement on Sunday in support of the talks.\n\n"
                 "The parties said the silence of the council reflected double standards.",
                 ["new:Joint Opposition Parties Council", "new:Joint Opposition Parties Council"], id="fix15cf_the_parties"),
    pytest.param("The Union of Relief Agencies warned on Monday that the camps were full.\n\n"
                 "The agencies said more tents were needed before the winter.",
                 ["new:Union of Relief Agencies", "new:Union of Relief Agencies"], id="fix15cf_the_agencies"),
    pytest.param("Minister Ana Ruiz said the talks would go on.\n\nThe parties said they needed more time.",
                 ["new:Ana Ruiz", ""], id="fix15cf_guard_the_parties_after_a_person"),
])
def test_fix15cf_the_members_a_body_is_named_by_are_the_body(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_PAP = ("Polish politicians condemn strike on Turkish troops\n\n"
        "Warsaw, Feb 28 (PAP) - Polish politicians condemned the strike on Friday. Poland will raise the matter in NATO, "
        "and Polish diplomats are in touch with Ankara.\n\n"
        "- RUSSIA: The Defence Ministry said the Turkish troops had been among the fighters when they came under fire.\n"
        "- IRAN: Foreign Ministry spokesman Abbas Mousavi said Tehran was ready to mediate.")


def test_fix15cf_a_roundups_country_label_owns_its_bare_ministry_on_a_national_page() -> None:
    assert home_country(_PAP) == "Poland"
    ranges = paragraphs(_PAP)
    found = attribute_page(_PAP, ranges[1:], ranges[:1], ACTORS)
    ministry = next(s for p, s in found.items() if _PAP[p.start : p.end].lstrip("- ").startswith("RUSSIA"))
    assert ministry.actor is not None and ministry.actor.id == "russian-defence-ministry"


@pytest.mark.parametrize(("label", "answer", "same"), [
    pytest.param("Papua New Guinea Ministry of Foreign Affairs and Immigration", "Ministry of Foreign Affairs and Immigration",
                 True, id="fix15cf_a_country_of_three_words"),
    pytest.param("Antigua and Barbuda Ministry of Foreign and Diaspora Affairs", "Ministry of Foreign and Diaspora Affairs",
                 True, id="fix15cf_a_country_with_and"),
    pytest.param("Antigua and Barbuda Ministry of Foreign and Diaspora Affairs", "Ministry of Health and Wellness", False,
                 id="fix15cf_guard_another_ministry"),
])
def test_fix15cf_the_scorer_reduces_a_ministry_of_several_portfolios_after_any_country(label: str, answer: str, same: bool) -> None:
    """LABELS rule 9 (a ministry's two forms): a label's ministry of several portfolios after a country of several
    words is reduced as the answer's is (bench/suggest.py ``_MORE_PORTFOLIOS``)."""
    from bench.names import same_name

    assert same_name(label, answer) is same
