"""The classes left after round 25 (session fix15y): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The dispute turns on a report of the Russian Ministry of Defence. On 3 March, the ministry said the column "
        'had strayed "far outside the agreed lanes".', ["russian-defence-ministry"] * 2,
        id="a_known_body_named_in_a_sentence_with_no_speech_verb"),
    pytest.param(
        "Much rests on the figures of the Norwegian Ministry of Health.\n\nIn its latest count, the ministry said "
        "forty clinics had closed.", ["new:Norwegian Ministry of Health"], id="a_new_body_in_the_paragraph_before"),
    pytest.param(
        "The Chilean Ministry of Health kept its counts.\n\nThe harvest failed.\n\nThe ministry said forty clinics had "
        "closed.", [""], id="not_from_two_paragraphs_back"),
    pytest.param(
        "A senior Foreign Ministry official spoke to us.\n\nPeru has sent $2 million in aid, according to ministry figures.",
        ["new:ministry"], id="a_known_body_by_a_bare_name_not_for_another_country"),  # Peru's (LABELS Round 29)
])
def test_a_body_anaphor_is_the_body_named_last_with_its_noun(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_a_dateline_of_places_joined_by_a_slash_is_no_part_of_the_name() -> None:
    text = ("LIMA/QUITO – The Andean Relief Council welcomes the new corridor and calls on both armies to keep it "
            "open.")
    assert labels(text) == ["new:Andean Relief Council"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Minister Brandt spoke first. «We stand by Ankara», the Minister said.\n\nMinister Øverland outlined the "
                 "measures of his government. He also told his counterpart of the talks with Moscow.",
                 ["new:Brandt", "new:Øverland"], id="a_capital_with_a_stroke"),
    pytest.param("Minister Brandt spoke first. «We stand by Ankara», the Minister said.\n\nMinister Şahin outlined the "
                 "measures of his government. He also told his counterpart of the talks with Moscow.",
                 ["new:Brandt", "new:Şahin"], id="a_capital_with_a_cedilla"),
])
def test_he_after_a_subject_whose_name_opens_with_a_capital_outside_ascii(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_in_after_the_verb_of_a_name_set_off_by_commas_is_a_place() -> None:
    text = ("The convoys will not be escorted, the commander of the northern group, Major General Ivan Sorokin, said in "
            "Moscow.")
    assert labels(text) == ["new:Ivan Sorokin"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Peru will send two field hospitals, the foreign ministry said.", ["new:foreign ministry"],
                 id="a_country_opening_the_sentence"),
    pytest.param("Sri Lanka will send two field hospitals, the foreign ministry said.", ["new:foreign ministry"],
                 id="a_country_of_two_words_opening_the_sentence"),
    pytest.param("New Zealand's defence ministry said the patrols would go on.",
                 ["new:New Zealand's defence ministry"], id="the_possessive_of_a_country_of_two_words"),
    pytest.param("Malaysian authorities said the border would stay open.", ["new:Malaysia"],
                 id="a_nation_s_authorities_are_its_country"),
    pytest.param("Much rests on the figures of the Ecuadorean Ministry of Health.\n\nIn its latest count, the ministry "
                 "said forty clinics had closed.", ["new:Ecuadorean Ministry of Health"], id="a_body_named_last"),
])
def test_a_body_of_any_country_is_that_country_s(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_a_surname_written_in_capitals_is_the_full_name_the_page_gives() -> None:
    text = ("Press Conference by Foreign Minister SATO Haruki\n\nMr. SATO Haruki, Minister for Foreign Affairs: Good "
            "afternoon. Japan will send tents.\n\nKyodo, Ono: What about the border?\n\nMinister Sato: We are watching "
            "the border closely. Japan calls for restraint.\n\nKyodo, Ono: Thank you.\n\nMinister Sato: Thank you.")
    assert labels(text)[2:] == ["new:Sato Haruki"] * 3  # the minister's tags after the first


_RECORD = "Security Council, 8712th meeting\n\nMaría Soto (Mexico) said the council must act now.\n\n"
"""A meeting's record naming its delegates by seat, "Name (Country)" (LABELS rule 12)."""


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_RECORD + "Chile’s delegate said the truce must hold.", ["new:María Soto", "new:Chile"], id="a_country_s_delegate"),
    pytest.param(_RECORD + "Peru's representative said the truce must hold.", ["new:María Soto", "new:Peru"],
                 id="a_country_s_representative"),
])
def test_a_country_s_delegate_speaks_for_it(text: str, expected: list[str]) -> None:
    # LABELS rule 12: on a record that names its delegates by seat, "Country's delegate" is the seat, its government
    assert labels(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Chile’s delegate said the truce must hold.", id="a_country_s_delegate_in_a_news_story"),
    pytest.param("Peru's representative said the truce must hold.", id="a_country_s_representative_in_a_news_story"),
])
def test_a_country_s_delegate_never_named_in_a_news_story_is_nobody(text: str) -> None:
    # LABELS Rounds 55, 59 and 61 (the lead's ruling, fix15eh): a news story's envoy never named is nobody (rule 6)
    assert labels(text) == [""]


def test_a_spokesman_relays_the_principal_quoted_first() -> None:
    text = ('Chancellor Ilse Brandt called for calm on Monday.\n\n- OSCE: Secretary General Tomas Varga "is deeply '
            'worried" about the shelling, his spokesman said.')
    assert labels(text) == ["new:Ilse Brandt", "new:Tomas Varga", "new:Tomas Varga"]


def test_an_agency_s_dateline_is_no_part_of_the_name() -> None:
    text = "Lisbon, March 2 /Lusa/ - The Portuguese Ministry of Health informs that two more clinics have opened."
    assert labels(text) == ["new:Portuguese Ministry of Health"]


def test_a_dated_byline_names_the_writer() -> None:
    text = ("Europe's Blind Spot\n\nMar 4, 2020 | Ines Lauder\n\nThe border dominates the news. For two years, I told "
            "anyone who would listen that the deal would not hold.")
    assert labels(text) == ["new:Ines Lauder"]



@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Estonia welcomes the truce and calls for more aid to the camps, Foreign Minister Kaja Tamm said on "
                 "Tuesday, according to a statement of the ministry.", ["new:Kaja Tamm"], id="a_country_in_a_minister_s_words"),
    pytest.param("Ilse Brandt condemned the shelling, her spokesman Tomas Varga said.", ["new:Ilse Brandt"],
                 id="not_a_principal_whom_a_spokesman_relays"),
])
def test_a_country_s_verb_inside_the_words_a_person_s_closing_clause_reports(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
