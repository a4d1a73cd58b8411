"""Bylines that print their outlet, a place or the date beside the writers' names (sources/bylinefields.py): the names
are the byline, and a field that names a publication is the outlet.  Every text here is ours, in the forms of several
outlets' pages and copies."""

import lxml.html
import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.bylinefields import BylineFields, byline_fields
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.printeddate import printed_date

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
STORY = ("Aid convoys wait at the border as shelling goes on\n{byline}\n{date}\n"
         "Trucks carrying food and blankets waited at the Bab al-Hawa crossing on Tuesday while shelling went on "
         "around Sarmada, aid workers said.\n"
         "The United Nations said the convoys would cross once the roads were safe.\n"
         "{notice}\n")


@pytest.mark.parametrize("line, names, fields, dates", [
    ("By Selim Arda | Bosphorus Ledger | 3 Mar 2020, 10:15 GMT", "Selim Arda", ("Bosphorus Ledger",),
     ("3 Mar 2020, 10:15 GMT",)),
    ("By Nadia Karam | The Example Review", "Nadia Karam", ("The Example Review",), ()),
    ("By Peter Holm, The Harbour Daily", "Peter Holm", ("The Harbour Daily",), ()),
    ("Omar Haddad | Updated 4 March 2020, 16:20 GMT", "Omar Haddad", (), ("Updated 4 March 2020, 16:20 GMT",)),
    ("Lina Fares | Published March 3, 2020", "Lina Fares", (), ("Published March 3, 2020",)),
    ("Amira Saleh and Jonas Lindqvist, The Example Times", "Amira Saleh and Jonas Lindqvist", ("The Example Times",), ()),
    ("By A. Writer | Gaziantep | 7 March 2020", "A. Writer", ("Gaziantep",), ("7 March 2020",)),  # a place: no outlet
    ("By Özlem Şahin and Émile Durand | Ege Ledger", "Özlem Şahin and Émile Durand", ("Ege Ledger",), ()),
])
def test_a_byline_s_names_and_fields(line: str, names: str, fields: tuple[str, ...], dates: tuple[str, ...]) -> None:
    assert byline_fields(line) == BylineFields(names, fields, dates)


@pytest.mark.parametrize("line", [
    "Breaking News | 4 March 2020",  # a label over a date, no "By": no byline
    "Middle East | Syria",  # a breadcrumb
    "Turkey and Russia, The Odd Couple",  # a headline with a comma
    "By Example Correspondent, Reyhanli",  # a name and a place after a comma: read as before
    "By Lena Brandt",  # a name alone: read as before
    "Officials met in Ankara and Moscow, the ministry said.",
])
def test_lines_that_are_no_byline_with_fields(line: str) -> None:
    """Guards: without "By", only the names over "| Updated …" or with a publication after a comma are a byline."""
    assert byline_fields(line) is None


@pytest.mark.parametrize("byline, date, notice, writer, outlet, certain", [
    ("By Selim Arda | Bosphorus Ledger | 3 Mar 2020, 10:15 GMT", "", "© 2020 Bosphorus Ledger. All rights reserved.",
     "Selim Arda", "Bosphorus Ledger", True),  # the notice agrees: certain
    ("By Nadia Karam | The Example Review", "Tuesday, March 3, 2020",
     "Copyright © 2020 The Example Review, LLC. All rights reserved.", "Nadia Karam", "The Example Review", True),
    ("By Peter Holm, The Harbour Daily", "March 3, 2020", "", "Peter Holm", "The Harbour Daily", False),
    ("Amira Saleh and Jonas Lindqvist, The Example Times", "Published 3 March 2020", "",
     "Amira Saleh and Jonas Lindqvist", "The Example Times", False),  # the writers may write for another outlet
    ("Omar Haddad | Updated 3 March 2020, 16:20 GMT", "", "", "Omar Haddad", "", True),
    ("By Lina Fares | Example Gazette | 3 March 2020", "", "", "Lina Fares", "Example Gazette", False),  # its date too
])
def test_the_byline_gives_the_writers_and_its_outlet(byline: str, date: str, notice: str, writer: str, outlet: str,
                                                      certain: bool) -> None:
    text = STORY.format(byline=byline, date=date, notice=notice).replace("\n\n", "\n")
    meta = find_metadata(text, cut_blocks(text), OUTLETS)
    assert (meta.byline.value, meta.byline.certain) == (writer, True)
    assert (meta.outlet.value, meta.outlet.certain) == (outlet, certain if outlet else True)
    assert meta.date.iso == "2020-03-03"


def test_a_place_beside_the_name_is_no_outlet() -> None:
    """Guard: "By A. Writer | Gaziantep | date" names where the writer was, not who published the story."""
    text = STORY.format(byline="By Selim Arda | Gaziantep | 3 March 2020", date="", notice="").replace("\n\n", "\n")
    meta = find_metadata(text, cut_blocks(text), OUTLETS)
    assert (meta.byline.value, meta.outlet.value) == ("Selim Arda", "")


@pytest.mark.parametrize("meta", [
    'By <a href="/author/lina-fares">Lina Fares</a> | Example Gazette | 29 February 2020',
    "By Lina Fares · Example Gazette · 29 February 2020",
    "<span>By Lina Fares</span> | <span>Example Gazette</span> | <time>29 February 2020</time>",
])
def test_a_page_s_date_is_read_from_the_byline_under_its_headline(meta: str) -> None:
    """A page with no date metadata, whose byline under the headline prints the date among its fields."""
    page = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Families flee Atarib - Example Gazette'
            f'</title></head><body><div class="story"><h1>Families flee Atarib</h1><p class="meta">{meta}</p>'
            "<div class='text'><p>Hundreds of families left the town of Atarib in the western countryside of Aleppo on "
            "Saturday after a night of shelling that rescuers said had hit a market.</p><p>Most drove north towards "
            "the Turkish border in pick-up trucks loaded with mattresses and water tanks.</p></div></div></body></html>")
    assert printed_date(lxml.html.document_fromstring(page), "en") == "2020-02-29"
    above = page.replace(f'<p class="meta">{meta}</p>', "").replace("<h1>", f'<p class="meta">{meta}</p><h1>')
    assert printed_date(lxml.html.document_fromstring(above), "en") == ""  # guard: none above the headline
