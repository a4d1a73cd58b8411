"""Round 41's bodies and names (issue 15, session fix15bh): a name's extent (a wire's credit run into the lead, a time
told from the one before, a titled person "of the <adjectives> <Body>", "Official <capital>").  Texts of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels
from idlibsite.attribution.phrase import read_phrase


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Lima, Mar 2 (Andina) The Peruvian government on Monday condemned the strikes on the border.",
                 ["new:Peruvian government"], id="fix15bh_a_wire_credit_with_its_place"),
    pytest.param("March 4 (Xinhua) -- The Kestrian Red Cross said on Wednesday that two convoys had reached the camps.",
                 ["new:Kestrian Red Cross"], id="fix15bh_guard_a_wire_credit_and_a_dash"),  # the splitter's dateline
    pytest.param("Quito, March 5 (Agencia Sur) The Council of Churches said the camps needed blankets.",
                 ["new:Council of Churches"], id="fix15bh_a_wire_credit_a_months_whole_name"),
])
def test_fix15bh_a_wire_credit_run_into_the_lead_is_no_part_of_the_subject(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The minister was right, and a day later the foreign ministry in Dhaka urged all parties to return to talks.",
                 ["new:Bangladeshi Foreign Ministry"], id="fix15bh_a_day_later_and_a_ministry_by_its_seat"),
    pytest.param("She was right, and two weeks later the interior ministry in Lima said the road was closed.",
                 ["new:Peruvian Interior Ministry"], id="fix15bh_two_weeks_later_and_a_ministry_in_lowercase"),
    pytest.param("Hours later the Kestrian Council of Elders said it would send a delegation.",
                 ["new:Kestrian Council of Elders"], id="fix15bh_hours_later"),
    pytest.param("The following morning the Ruritanian Red Cross said the road to the camps was closed.",
                 ["new:Ruritanian Red Cross"], id="fix15bh_guard_the_following_morning"),
])
def test_fix15bh_a_time_told_from_the_one_before_opens_the_sentence_not_the_name(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Rep. Ana Ruiz of the minor Green Party said the sum was "far too small for a country this size".',
                 ["new:Ana Ruiz", "new:Ana Ruiz"], id="fix15bh_a_representative_of_a_described_party"),
    pytest.param("Senator Tomas Berg of the ruling Farmers' Union told reporters that the aid would be doubled.",
                 ["new:Tomas Berg"], id="fix15bh_a_senator_of_the_ruling_party"),
    pytest.param("MP Lena Kask of the small opposition Green Party said the border should stay open.",
                 ["new:Lena Kask"], id="fix15bh_an_mp_of_two_adjectives_and_a_party"),
])
def test_fix15bh_a_titled_person_of_a_described_body_is_the_person(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_fix15bh_the_body_of_a_titled_person_is_read_as_the_department_rule_reads_the_field() -> None:
    party = read_phrase("Rep. Ana Ruiz of the minor Green Party")
    field = read_phrase("Deputy Minister Pia Lund of the Interior")
    assert (party.name, party.person, party.role) == ("Ana Ruiz", True, "Green Party")
    assert (field.name, field.role) == ("Pia Lund", "Deputy Minister of Interior")


@pytest.mark.parametrize("phrase", [
    pytest.param("the Council of the European Union", id="fix15bh_guard_a_body_of_a_body"),
    pytest.param("Friends of the Earth", id="fix15bh_guard_friends_of_the_earth"),
    pytest.param("The General Command of the Navy and Coast Guard", id="fix15bh_guard_a_command_of_a_navy"),
])
def test_fix15bh_guard_a_body_with_of_stays_a_body(phrase: str) -> None:
    """Guard: a body's own name with "of" is no titled person."""
    assert not read_phrase(phrase).person


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Official Baku expressed condolences on the day of the strike.", ["new:Baku"],
                 id="fix15bh_official_baku"),
    pytest.param("Official Kyiv called the convoy a provocation. In a statement, official Tbilisi said it would send aid.",
                 ["new:Kyiv", "new:Tbilisi"], id="fix15bh_official_and_a_capital_in_lowercase"),
])
def test_fix15bh_official_and_a_capital_is_the_capital(text: str, expected: list[str]) -> None:
    """"Official Baku": the capital standing for its state (Round 40's ruling: labelled in the article's word)."""
    assert labels(text) == expected


def test_fix15bh_a_bodys_name_with_and_after_an_opening_phrase_of_a_body_is_one_name() -> None:
    """"In letters to ... the president of the Security Council, the Ministry of A and B stated": one body, not a list
    that goes on from "of the Security Council"; "the letters" it wrote then speak as it (rule 5)."""
    text = ("In two letters to the Secretary-General and the president of the Security Council, the Ministry of Culture "
            "and Tourism stated that the museum had been shelled.\n\nThe letters, quoted by state media, affirmed that the "
            "country would rebuild it.")
    assert labels(text) == ["new:Ministry of Culture and Tourism", "new:Ministry of Culture and Tourism"]


def test_fix15bh_a_ministry_of_two_fields_by_its_seat_is_the_seats_countrys() -> None:
    text = "The Ministry of Labour and Social Welfare in Nairobi said it had no figures on how many Kenyans were at the border."
    assert labels(text) == ["new:Kenyan Ministry of Labour and Social Welfare"]


def test_fix15bh_a_relative_clause_whose_subject_is_a_body_by_its_kind() -> None:
    text = ("The Peruvian Health Ministry gave new figures on Monday. Four people died in the strike on Tuesday, which the "
            "ministry said had hit a market.")
    assert labels(text) == ["new:Peruvian Health Ministry"]


def test_fix15bh_guard_a_relative_clause_whose_subject_is_a_person_by_the_title_is_no_clause_of_what_was_said() -> None:
    assert labels("Four people died in the strike on Tuesday, which the prime minister said had hit a market.") == [""]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Lithuania will send border guards to Greece, the Interior Ministry said on Monday.\n\nDefence Minister "
                 "Raimundas Karoblis said Lithuania's troops would stay home. The ministry said the officers in Izmir were safe.",
                 ["new:Interior Ministry", "new:Raimundas Karoblis", "new:Lithuanian Defence Ministry"],
                 id="fix15bh_the_ministry_after_its_minister_not_the_one_that_spoke_before"),
    pytest.param("Peru will fly tents to the camps, the Health Ministry said on Monday.\n\nForeign Minister Ana Ruiz told "
                 "reporters that the embassy in Ankara was open. The ministry added that no Peruvians had been hurt.",
                 ["new:Health Ministry", "new:Ana Ruiz", "new:Peruvian Foreign Ministry"],
                 id="fix15bh_a_foreign_minister_then_the_ministry_on_a_peruvian_page"),
])
def test_fix15bh_the_ministry_of_the_minister_who_spoke_just_before(text: str, expected: list[str]) -> None:
    """Rule 8: "the ministry" right after a minister titled by a portfolio is that portfolio's ministry, of the title's
    nation or the page's, not a ministry that spoke earlier."""
    assert labels(text) == expected


def test_fix15bh_guard_a_prime_minister_names_no_ministry() -> None:
    text = ("Peru will fly tents to the camps, the Health Ministry said on Monday.\n\nPrime Minister Ana Ruiz said the "
            "flights would start on Friday. The ministry said the tents had been bought in Lima.")
    assert labels(text)[-1] == "new:Health Ministry"
