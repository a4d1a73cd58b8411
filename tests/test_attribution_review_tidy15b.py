"""Mends of a review (issue 15, session tidy15b): a heading line among the body's lines and a heading's description
without its determiner (:func:`.headlines.heading_line`, :func:`.headlines.undetermined`), the British and American
spellings of a minister's portfolio read alike by the fold, and a body of money no NGO now that its kinds are
:data:`.bodytable.KINDS`.  Texts of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodytable import body_named, page_bodies
from idlibsite.attribution.folding import fold
from idlibsite.attribution.headlines import HEADLINE_WORDS, heading_line, undetermined
from idlibsite.attribution.phrase import read_phrase
from tests.test_attribution import labels

_PAGE = ("Flood waters reach the old town\n\n"
         "The river rose two metres overnight, the mayor said.\n\n"
         "'We lost everything', says retired baker\n\n"
         "Nobody came")


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("'We lost everything', says retired baker", True, id="a_heading_with_no_stop"),
    pytest.param("The river rose two metres overnight, the mayor said.", False, id="prose_ends_with_a_stop"),
    pytest.param("Nobody came", True, id="the_last_line_with_no_newline_after_it"),
])
def test_heading_line_is_the_line_that_holds_the_offset(line: str, expected: bool) -> None:
    at = _PAGE.index(line) + len(line) // 2
    assert heading_line(_PAGE, at) is expected


def test_heading_line_has_at_most_headline_words() -> None:
    words = " ".join(["word"] * HEADLINE_WORDS)
    assert heading_line(f"Intro.\n{words}\nOutro.", 10)
    assert not heading_line(f"Intro.\n{words} more\nOutro.", 10)


@pytest.mark.parametrize(("phrase", "expected"), [
    pytest.param("retired baker", True, id="a_headings_bare_description"),
    pytest.param("camp volunteer", True, id="another_bare_description"),
    pytest.param("the retired baker", False, id="the_proses_description"),
    pytest.param("another volunteer", False, id="a_determiner_that_opens_with_an"),
    pytest.param("Retired Baker", False, id="capitalised_no_description"),
])
def test_undetermined_is_a_description_without_its_determiner(phrase: str, expected: bool) -> None:
    assert undetermined(phrase) is expected


def test_the_fold_reads_defence_as_defense() -> None:
    assert fold("Defence") == fold("defense") == "defense"


@pytest.mark.parametrize("portfolio", ["Defence", "Defense"])
@pytest.mark.parametrize("text", [
    "{} and Interior Minister Jonas Lind said on Tuesday that the border would stay shut.",
    '"The border stays shut," {} and Interior Minister Jonas Lind told reporters in Tallinn.',
])
def test_a_defence_portfolio_reads_alike_in_either_spelling(portfolio: str, text: str) -> None:
    assert labels(text.format(portfolio)) == ["new:Jonas Lind"]  # one title of two portfolios, not a speaker "Defence"


def test_a_defence_minister_reads_alike_in_either_spelling() -> None:
    british, american = read_phrase("Defence Minister Jonas Lind"), read_phrase("Defense Minister Jonas Lind")
    assert (british.name, british.person, fold(british.role.split()[0])) == (american.name, american.person, "defense")
    assert british.name == "Jonas Lind"


def test_the_ngo_is_no_bank_the_page_names_after_it() -> None:
    page = page_bodies("The Ruritanian Helsinki Committee said the camps were full.\n\n"
                       "The Ruritanian Development Bank pledged new loans on Monday.\n\n"
                       "The NGO called for an inquiry.")
    assert body_named("The NGO", page) == "Ruritanian Helsinki Committee"
