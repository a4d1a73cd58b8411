"""Round 42's bodies and names (issue 15, session fix15bk): a body "in <capital>" whose capital the transliteration
fold used to spell otherwise ("Yerevan", "Tokyo"), a titled person "of <country>" and a person "of the X party" (the
country or the party is the title's), a title of two portfolios joined by "and" ("Treasury and Finance Minister"), and
a minister's possessive "His ministry" (his portfolio's ministry, as "the ministry" after him)."""

from __future__ import annotations

import pytest

from tests.test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Defence Ministry in Yerevan said on Monday that the deminers were safe.",
                 ["new:Armenian Defence Ministry"], id="fix15bk_a_ministry_in_yerevan_is_armenias"),
    pytest.param("The Foreign Ministry in Tokyo said the embassy in Ankara would stay open.",
                 ["new:Japanese Foreign Ministry"], id="fix15bk_a_ministry_in_tokyo_is_japans"),
])
def test_fix15bk_a_body_in_a_capital_the_fold_spelled_otherwise_is_that_countrys(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Alvarez of Peru has warned that the camps are full.",
                 ["new:Alvarez"], id="fix15bk_a_titled_person_of_a_country"),
    pytest.param('"The border is a weapon now," said Lena Marsh of the opposition Green party.',
                 ["new:Lena Marsh"], id="fix15bk_a_person_of_a_party_in_lowercase"),
    pytest.param("Mara Quist of the Liberal Union told reporters the vote had been rigged.",
                 ["new:Mara Quist"], id="fix15bk_guard_a_person_of_a_party_capitalised"),
])
def test_fix15bk_a_country_or_party_after_the_name_is_the_titles(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Treasury and Finance Minister Ana Reyes told investors that the banks were sound.",
                 ["new:Ana Reyes"], id="fix15bk_treasury_and_finance_minister"),
    pytest.param("Health and Justice Secretary Mara Quist said on Friday that the prisons were calm.",
                 ["new:Mara Quist"], id="fix15bk_guard_health_and_justice_secretary"),
])
def test_fix15bk_two_portfolios_joined_by_and_are_one_title(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Greek Health Minister Ana Bela said the clinics were full. Her ministry said 40 doctors had left.",
                 ["new:Ana Bela", "new:Greek Health Ministry"], id="fix15bk_her_ministry_is_her_portfolios"),
    pytest.param("Greek Treasury and Finance Minister Petros Lakis said the banks were sound. His ministry later said it "
                 "would extend loans to exporters.",
                 ["new:Petros Lakis", "new:Greek Treasury and Finance Ministry"], id="fix15bk_his_ministry_of_two_portfolios"),
])
def test_fix15bk_a_ministers_possessive_ministry_is_his_portfolios(text: str, expected: list[str]) -> None:
    assert labels(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Athens has closed the border and has suspended asylum claims, which the UN refugee agency says has no "
                 "legal basis.", ["new:UNHCR"], id="fix15bk_which_a_body_by_its_owner_and_kind_says"),
    pytest.param("Ruritania has stopped all rescues at sea, which the EU border agency says breaks maritime law.",
                 ["new:EU border agency"], id="fix15bk_which_an_eu_body_by_its_kind_says"),
])
def test_fix15bk_a_relative_clauses_subject_is_a_body_by_its_kind_after_a_name(text: str, expected: list[str]) -> None:
    """tidy15's step 3: one relative-clause pattern whose title alone may be a body's kind after one capitalised word."""
    assert labels(text) == expected
