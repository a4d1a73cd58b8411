"""The speaker bench's scorer takes as one name what LABELS.md takes as one body or person (session score15).

Each form is general (no article's names), with a guard that two bodies or two people stay apart."""

from __future__ import annotations

import pytest

from bench.names import same_name


def _both_ways(a: str, b: str) -> bool:
    assert same_name(a, b) == same_name(b, a), (a, b)
    return same_name(a, b)


@pytest.mark.parametrize(("label", "got"), [
    ("Latvian coastguard", "Latvian coast guard"),
    ("Estonian Border Guard", "Estonian Borderguard"),
    ("Maltese Armed Forces Headquarters", "Maltese Armed Forces Head Quarters"),
])
def test_a_compound_in_one_word_or_two_is_one_name(label: str, got: str) -> None:
    assert _both_ways(label, got)  # LABELS rule 9: a body's variant name


def test_guard_a_compound_joins_only_into_a_word_the_other_name_has() -> None:
    assert not _both_ways("Latvian coastguard", "Latvian coast police")
    assert not _both_ways("Latvian coastguard", "Estonian coast guard")


@pytest.mark.parametrize(("label", "got"), [
    ("Office of the President of Ukraine", "Ukrainian Office of the President"),  # the lead's example, in the set's form
    ("Chancellery of the Prime Minister of Poland", "Polish Chancellery of the Prime Minister"),
    ("Embassy of the Kingdom of Norway", "Norwegian Embassy"),
    ("Office of the Prime Minister of the Hashemite Kingdom of Jordan", "Jordanian Office of the Prime Minister"),
    ("Ministry of Defence of the Federal Republic of Germany", "German Ministry of Defence"),
])
def test_a_body_of_its_country_is_the_body_with_the_country_s_adjective(label: str, got: str) -> None:
    assert _both_ways(label, got)  # LABELS rule 9, as a ministry's "Ministry of Foreign Affairs of Ukraine"


def test_guard_of_a_country_keeps_two_countries_and_two_offices_apart() -> None:
    assert not _both_ways("Office of the President of Ukraine", "Polish Office of the President")
    assert not _both_ways("Office of the President of Ukraine", "Ukrainian Office of the Prime Minister")
    assert not _both_ways("Council of the European Union", "European Commission")  # "European Union" is no country
    assert not _both_ways("Embassy of the Kingdom of Norway", "Norway")  # an embassy is never its country


@pytest.mark.parametrize(("label", "got"), [
    ("Pakistani Prime Minister's Office", "Prime Minister's Office, Pakistan"),
    ("Nepalese Ministry of Home Affairs", "Ministry of Home Affairs, Nepal"),
    ("Zambian State House", "State House, Zambia"),
])
def test_a_country_after_a_comma_is_the_country_s_adjective_before(label: str, got: str) -> None:
    assert _both_ways(label, got)  # a body's signature ("..., Country"), LABELS rule 9


def test_guard_a_comma_before_no_country_is_part_of_the_name() -> None:
    assert not _both_ways("Immigration, Refugees and Citizenship Canada", "Immigration")
    assert not _both_ways("Ministry of Home Affairs, Nepal", "Ministry of Home Affairs, Bhutan")


@pytest.mark.parametrize(("label", "got"), [
    ("Jesuit Refugee Service Malta", "JRS Malta"),
    ("Norwegian Refugee Council Greece", "NRC Greece"),
    ("Hellenic Red Cross Volunteers", "HRC Volunteers"),
    ("Médecins Sans Frontières Belgium", "MSF Belgium"),
])
def test_an_acronym_of_a_run_of_the_name_s_words_is_the_name(label: str, got: str) -> None:
    assert _both_ways(label, got)  # LABELS rule 9: a body's name and its acronym


def test_guard_a_parent_s_acronym_is_not_its_organ() -> None:
    assert not _both_ways("EU Commission", "EU Council")
    assert not _both_ways("EU", "EU Commission")
    assert not _both_ways("Council of the European Union", "EU")
    assert not _both_ways("NRC Greece", "Norwegian Refugee Council Lebanon")
    assert not _both_ways("UN", "UN Security Council")
    assert not _both_ways("IRC", "IRC Hellas Office")


def test_guard_an_acronym_of_two_letters_stays_refused() -> None:
    assert not _both_ways("Arab Army", "AA")  # as the translated acronyms' guard (tests/test_attribution.py)
    assert not _both_ways("European Union", "EU")  # one body by LABELS, but only a reader's knowledge says so
    assert not _both_ways("Arab Army Greece", "AA Greece")


@pytest.mark.parametrize(("label", "got"), [
    ("Moroccan Embassy in Ankara", "Embassy of the Kingdom of Morocco"),  # the lead's example: office in a place
    ("Eritrean Community Association in Izmir", "Eritrean Community Association"),
    ("Kenyan Students Union in Turkey", "Kenyan Students Union"),
    ("Norwegian Refugee Council in Lebanon", "Norwegian Refugee Council in Lebanon"),
])
def test_a_body_is_the_same_with_or_without_the_place_of_its_office(label: str, got: str) -> None:
    assert _both_ways(label, got)  # LABELS rule 9: "UNHCR in Greece" is UNHCR; Round 74, a society's chapter


def test_guard_two_places_are_two_offices_and_a_name_s_own_in_stays() -> None:
    assert not _both_ways("Moroccan Embassy in Ankara", "Moroccan Embassy in Athens")  # Round 28: country and seat
    assert not _both_ways("Embassy of the Kingdom of Morocco in Ankara", "Moroccan Embassy in Athens")
    assert not _both_ways("Malians in Diaspora Commission", "Malians")  # "in Diaspora Commission" is no place
    assert not _both_ways("Moroccan Embassy in Ankara", "Algerian Embassy")


@pytest.mark.parametrize(("label", "got"), [
    ("Mahmoud Al-Ali", "Al-Ali"),
    ("Karim el-Masri", "El-Masri"),
    ("Huda As-Sayyed", "As-Sayyed"),
])
def test_a_surname_with_its_arabic_article_opening_the_answer_is_the_person(label: str, got: str) -> None:
    assert _both_ways(label, got)  # LABELS rule 2: an Arabic article joined to a surname


def test_guard_two_people_who_share_a_surname_stay_apart() -> None:
    assert not _both_ways("Mahmoud Al-Ali", "Hassan Al-Ali")
    assert not _both_ways("Karim el-Masri", "Samir el-Masri")
    assert not _both_ways("El-Masri", "Karim Masri Saleh")  # a surname alone is the last word, not a first surname
    assert not _both_ways("Al-Ali", "Ali Veli")


def test_guard_a_ministry_is_not_its_minister_nor_its_country() -> None:
    assert not _both_ways("Ministry of Foreign Affairs of Ukraine", "Ukrainian Foreign Minister")
    assert not _both_ways("Kuwaiti Foreign Ministry", "State of Kuwait")
    assert not _both_ways("Malaysian Foreign Ministry", "Saifuddin Abdullah")


@pytest.mark.parametrize(("label", "got"), [
    ("Kuwait", "State of Kuwait"),  # a country's formal name is the country
    ("Oman", "the Sultanate of Oman"),
    ("Tajik Embassy in Turkey", "Embassy of the Republic of Tajikistan in the Republic of Turkey"),
    ("Ministry of Security of Bosnia and Herzegovina", "Ministry Of Security Of Bosnia And Herzegovina"),  # a title's capitals
    ("Royal Government of Bhutan", "RGoB"),  # an acronym is read on the name as written, not reordered
])
def test_a_country_s_formal_style_and_a_name_s_capitals_are_read_as_the_country_and_the_name(label: str, got: str) -> None:
    assert _both_ways(label, got)


def test_guard_a_body_of_a_country_or_in_a_place_is_no_longer_the_country_or_the_place() -> None:
    # the old comparison took a name's last word and a subset of its words: "Ukraine" was "Office of the President of
    # Ukraine"; LABELS rule 9: a ministry (an office, a government) is never its country, and a city is no embassy
    assert not _both_ways("Ukraine", "Office of the President of Ukraine")
    assert not _both_ways("Kenya", "Government of the Republic of Kenya")
    assert not _both_ways("Hague", "Turkish Embassy in The Hague")
    assert not _both_ways("Istanbul", "Consulate General of Uzbekistan in Istanbul")
    assert not _both_ways("EU", "Council of the EU")
