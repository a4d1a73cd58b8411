"""The one list of news agencies, read by the credit line, the labelled header fields and the agency dateline."""

import pytest

from idlibsite.sources.agencies import AFTER_SITE, AGENCIES, UNNAMED_AGENCIES
from idlibsite.sources.headerfields import author_of
from idlibsite.sources.linekinds import line_kind
from idlibsite.sources.reflow import AGENCY_DATELINE


@pytest.mark.parametrize("name", AGENCIES + UNNAMED_AGENCIES)
def test_a_line_naming_only_an_agency_is_a_byline(name: str) -> None:
    assert line_kind(name) == "byline"


@pytest.mark.parametrize("name", AGENCIES + UNNAMED_AGENCIES)
def test_an_agency_credited_beside_the_author_is_no_part_of_the_name(name: str) -> None:
    assert author_of(f"Date 28.02.2020 | Author Lena Hartwig, {name}") == "Lena Hartwig"
    assert author_of(f"Author: Lena Hartwig (with {name}) | Published: 28.02.2020") == "Lena Hartwig"


@pytest.mark.parametrize("name", AGENCIES)
def test_an_agency_dateline_opens_a_paragraph(name: str) -> None:
    assert AGENCY_DATELINE.match(f"ANKARA ({name}) - Turkey said on Wednesday")


@pytest.mark.parametrize("name", AFTER_SITE)
def test_an_agency_after_a_site_and_a_slash_is_a_credit(name: str) -> None:
    assert name in AGENCIES
    assert line_kind(f"UrduPoint/{name}") == "byline"


def test_a_name_no_agency_list_holds_is_no_credit() -> None:
    assert line_kind("Lena Hartwig") == ""
    assert author_of("Author: Lena Hartwig, Deutsche Welle") == "Lena Hartwig, Deutsche Welle"
    assert not AGENCY_DATELINE.match("ANKARA (Deutsche Welle) - Turkey said")
