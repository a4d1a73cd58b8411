"""One list of titles for both stages (``sources/titles.py``): a byline's title, a courtesy title before a surname, and
the address in an interview's question read from the same lists as a record's tags, not from lists of their own."""

from __future__ import annotations

import re

import pytest

from idlibsite.attribution.page import byline
from idlibsite.sources.headed import bold_interview
from idlibsite.sources.titles import ADDRESS, COURTESY, COURTESY_TITLE, TITLES


@pytest.mark.parametrize(("line", "name"), [
    ("By Col. Amara Diallo", "Amara Diallo"),
    ("By Father Tomas Halik", "Tomas Halik"),
    ("By Dame Ruth Okafor", "Ruth Okafor"),
    ("By Ruth Okafor", "Ruth Okafor"),
])
def test_a_bylines_title_of_any_kind_is_no_part_of_the_writers_name(line: str, name: str) -> None:
    assert byline(f"Border town waits\n\n{line}\n\nThe camps are full and the nights are cold.") == name


def test_a_guest_addressed_in_another_languages_form_of_address_is_the_guest_the_page_names() -> None:
    text = ("Interview\n\n**Mevrouw Jansen, what did you see at the border?**\n\nFamilies sleeping in the open.\n\n"
            "**And the aid?**\n\nIt comes, but too slowly.\n\n**Will you go back?**\n\nNext month, yes.\n\n"
            "The researcher Ingrid Jansen works for a Dutch aid group.\n")
    ranges = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert set(bold_interview(text, ranges).values()) == {"Ingrid Jansen"}


def test_courtesy_titles_are_the_forms_of_address_and_degrees_of_the_one_title_list() -> None:
    assert ADDRESS < COURTESY <= TITLES
    assert {"dr", "prof", "mx", "herr", "señora", "senora"} <= COURTESY
    assert not {"gen", "sen", "amb", "general"} & COURTESY  # a rank or an office is a role of a person's own
    assert re.fullmatch(COURTESY_TITLE, "Señora") and re.fullmatch(COURTESY_TITLE, "Dr.")
