"""Round 40's names and bodies (issue 15, session fix15bc): a name read without its title and its office's field, a
body's leading article, a ministry named by its field on a national page, an acronym the page spells out after it, a
ministry by its minister's possessive, and two bodies' clauses in one sentence.  Texts of our own."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels
from idlibsite.attribution.context import home_country
from idlibsite.attribution.phrase import read_phrase


@pytest.mark.parametrize(("phrase", "name", "role"), [
    pytest.param("State Secretary Lea Marsh of Justice and Security", "Lea Marsh", "State Secretary of Justice and Security",
                 id="fix15bc_a_state_secretary_of_two_fields"),
    pytest.param("Deputy Minister Pia Lund of the Interior", "Pia Lund", "Deputy Minister of Interior",
                 id="fix15bc_a_deputy_minister_of_the_interior"),
    pytest.param("Secretary Jan Tamm of Foreign Affairs and Trade", "Jan Tamm", "Secretary of Foreign Affairs and Trade",
                 id="fix15bc_a_secretary_of_a_department"),
])
def test_fix15bc_a_titles_field_after_the_name_is_the_titles(phrase: str, name: str, role: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person, read.role) == (name, True, role)


@pytest.mark.parametrize("phrase", [
    pytest.param("The Community of Saint Anselm", id="fix15bc_guard_a_body_of_a_saint"),
    pytest.param("the Kestrian Conference of Catholic Bishops", id="fix15bc_guard_a_conference_of_bishops"),
])
def test_fix15bc_guard_a_body_of_a_field_stays_no_titled_person(phrase: str) -> None:
    """Guard: a body's name with "of" is no titled person whose office has a field."""
    assert not read_phrase(phrase).role.endswith(phrase.split(" of ", 1)[1])


def test_fix15bc_the_holder_of_a_title_with_its_field_is_named_by_the_title_later() -> None:
    text = ("Deputy Minister Pia Lund of Health and Care Services told lawmakers on Tuesday that the clinics would stay "
            "open.\n\nThe Deputy Minister said the nurses had been paid.")
    assert labels(text) == ["new:Pia Lund", "new:Pia Lund"]


@pytest.mark.parametrize("text", [
    pytest.param("The Swedish Council for Migrants said the shelters in Malmo were full.", id="fix15bc_a_nations_council"),
    pytest.param("The Council for Refugees said on Friday that the shelters in Malmo were full.", id="fix15bc_no_nation"),
])
def test_fix15bc_a_bodys_name_ending_in_a_generic_plural_is_the_body_without_its_article(text: str) -> None:
    assert labels(text) == [f"new:{text[4:text.index(' said')]}"]


@pytest.mark.parametrize("text", [
    pytest.param("Armenia sends more medics to Aleppo – Defence Ministry\n\nYEREVAN, March 3 – Armenia will send a second "
                 "team of doctors to Aleppo, the Foreign Ministry said.\n\nThe team's deminers cleared two schools last "
                 "week, the Ministry of Defence reported.", id="fix15bc_a_dateline_with_a_dash"),
    pytest.param("Kazakhstan: no citizens hurt in Idlib\n\nNur-Sultan. 4 March. Kazinform. Kazakhstan has no citizens in "
                 "the province, the Foreign Ministry said.\n\nThe Ministry of Defence said its officers would not take "
                 "part in any mission.", id="fix15bc_an_agency_dateline_of_dots"),
])
def test_fix15bc_a_ministry_by_its_field_on_a_national_page_is_not_a_known_one_of_another_country(text: str) -> None:
    assert headlined(text)[-1][2] == "new:Ministry of Defence"


def test_fix15bc_a_headline_tagged_by_a_dash_is_no_dateline() -> None:
    assert home_country("Bulgaria shares grief of Turkey – Foreign Ministry\n\nSofia. 3 March. Two officers "
                        "were buried on Monday.") == "Bulgaria"


def test_fix15bc_guard_a_dateline_with_a_dash_is_still_cut() -> None:
    """Guard: a place and a date before a dash are the dateline, whatever country the sentence after names."""
    assert home_country("IDLIB, northern Syria – Turkey sent more troops, officials said.") == "Turkey"


@pytest.mark.parametrize("text", [
    pytest.param("Ruritania watches Syria - live\n\n2:10 PM: KRA says aid convoy delayed at border\n\nThe Kestrian Relief "
                 "Agency said the trucks had waited for two days at the crossing.", id="fix15bc_a_live_blogs_heading"),
    pytest.param("Aid news\n\nKRA warns that the trucks are stuck, and the Kestrian Relief Agency said on Monday that the "
                 "drivers had waited for two days.", id="fix15bc_the_same_sentence"),
    pytest.param("Aid news\n\nThe KRA warned that the trucks were stuck.\n\nThe Kestrian Relief Agency said on Monday that "
                 "the drivers had waited for two days.", id="fix15bc_the_next_paragraph"),
])
def test_fix15bc_an_acronym_the_page_spells_out_next_is_that_body(text: str) -> None:
    assert headlined(text)[0][2] == "new:Kestrian Relief Agency"


def test_fix15bc_a_ministers_possessive_ministry_is_the_ministry_of_his_portfolio() -> None:
    text = ("Croatia will not send troops, says minister\n\nZAGREB - Defence Minister Ivo Baran told reporters on Monday "
            "that Croatia had no plans to send soldiers to Syria.\n\nBaran's ministry later said two officers would join "
            "a monitoring mission.")
    assert headlined(text)[-1][2] == "new:Croatian Defence Ministry"


def test_fix15bc_guard_a_prime_ministers_possessive_ministry_is_no_portfolio() -> None:
    """Guard: "Prime Minister" names a rank, no ministry: the possessive stays as written."""
    text = "Prime Minister Ana Horvat spoke in Zagreb on Monday.\n\nHorvat's ministry later said the talks would go on."
    assert labels(text) == ["new:Horvat's ministry"]


def test_fix15bc_two_bodies_clauses_in_a_headline_and_a_sentence_are_each_their_subjects() -> None:
    text = ("UF welcomes truce as NM accuses Zagreb of lying\n\nThe Union Front (UF) has welcomed the truce, while the "
            "National Movement (NM) of Ivo Marek has accused Zagreb of lying about the talks.")
    assert [who for _, _, who in headlined(text)] == ["new:UF", "new:NM", "new:Union Front", "new:National Movement"]


def test_fix15bc_a_clause_of_time_with_as_and_no_comma_is_its_subjects() -> None:
    assert labels("Minister Ana Horvat said the camps would stay open as Brussels urged calm.") == [
        "new:Ana Horvat", "new:Brussels"]


def test_fix15bc_guard_as_long_as_compares_and_opens_no_clause() -> None:
    """Guard: "as long as the EU does not, in her words, ..." is a condition of the speaker's own sentence."""
    assert labels("Minister Ana Horvat has said that she will not open the border as long as the EU does not, in her "
                  "words, pay its share.") == ["new:Ana Horvat"]
