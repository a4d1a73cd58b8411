"""Bylines in other languages' words (sources/foreignbylines.py), and a page's author as the page prints it before a
bracket (sources/pageauthor.py).  Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.foreignbylines import foreign_byline
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.pageauthor import printed_author

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
STORY = ("Die Türkei und Russland haben sich auf eine Waffenruhe im Nordwesten Syriens verständigt, teilten beide "
         "Regierungen am Abend nach langen Gesprächen in Moskau mit.\n\n"
         "Hilfsorganisationen reagierten zurückhaltend, frühere Vereinbarungen hätten nie lange gehalten.\n")


@pytest.mark.parametrize("line, name", [
    ("Von Anna Keller, ARD-Studio Istanbul", "Anna Keller"),
    ("Von Jonas Berger, Istanbul", "Jonas Berger"),
    ("Par Claire Dufresne (Istanbul, correspondante)", "Claire Dufresne"),
    ("Por María Gómez", "María Gómez"),
    ("Yazan: Elif Şahin", "Elif Şahin"),
    ("بقلم: سامر الأحمد", "سامر الأحمد"),
])
def test_a_byline_in_another_language_gives_the_name_alone(line: str, name: str) -> None:
    assert foreign_byline(line) == name
    text = f"Waffenruhe für Idlib vereinbart\n{line}\n\n{STORY}"
    assert find_metadata(text, cut_blocks(text), OUTLETS).byline.value == name


@pytest.mark.parametrize("line", [
    "Par ailleurs, le ministre a démenti",                          # a sentence: lower case after "Par"
    "Von Moskau, Ankara und Damaskus wird ein Ende der Kämpfe erwartet",  # a long tail after the comma
    "Von Beginn an war klar, dass die Waffenruhe nicht hält.",
    "By Anna Keller",                                                # English: the English rule's, not this one's
])
def test_a_sentence_is_no_foreign_byline(line: str) -> None:
    assert foreign_byline(line) == ""


@pytest.mark.parametrize("author, page, name", [
    ("Claire Dufresne Istanbul; Correspondante",
     '<p>Par <a href="/signataires/claire-dufresne/">Claire Dufresne</a> (Istanbul, correspondante)', "Claire Dufresne"),
    ("Jonas Berger Istanbul", "<span>Jonas Berger</span> (Istanbul)", "Jonas Berger"),
    ("Hannah Mercer Beirut; Middle East Correspondent", "By Hannah Mercer (Beirut), Middle East Correspondent",
     "Hannah Mercer"),
])
def test_an_author_the_extractor_joined_to_its_bracket_is_the_name_the_page_prints(author: str, page: str,
                                                                                   name: str) -> None:
    assert printed_author(author, page) == name


@pytest.mark.parametrize("author, page", [
    ("Hannah Mercer", "By Hannah Mercer (Beirut)"),          # printed whole: as it is
    ("Jean-Pierre Martin", "Par Jean-Pierre Martin"),         # no bracket
])
def test_an_author_the_page_prints_whole_stays_whole(author: str, page: str) -> None:
    assert printed_author(author, page) == author


@pytest.mark.parametrize("line, credit", [
    ("Par Le Courrier avec AFP", "Le Courrier avec AFP"),
    ("Von Der Tagesbote mit dpa", "Der Tagesbote mit dpa"),
    ("Por El Diario con agencias", "El Diario con agencias"),
])
def test_a_newsrooms_credit_with_its_agencies_is_kept_whole(line: str, credit: str) -> None:
    assert foreign_byline(line) == credit


def test_a_sentence_with_an_agency_is_no_credit() -> None:
    assert foreign_byline("Par ailleurs avec AFP") == ""


def test_a_byline_in_capitals_is_left_as_before() -> None:
    assert foreign_byline("PAR KOFI MENSAH") == ""
