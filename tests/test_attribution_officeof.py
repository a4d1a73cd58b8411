"""The "of" after a person's name (:mod:`idlibsite.attribution.officeof`): the field, the body or the country the
person's office is of, and the role it gives.  Phrases of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.officeof import OfficeOf, kind_last, office_of, office_role


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Vice-President Luz Maria Ortega of Ecuador",
                 OfficeOf("Vice-President Luz Maria Ortega", "Ecuador", False, "Ecuador"), id="of_a_country"),
    pytest.param("Deputy Minister Tomas Berg of Foreign Affairs and Trade",
                 OfficeOf("Deputy Minister Tomas Berg", "Foreign Affairs and Trade", False, ""), id="of_a_field"),
    pytest.param("Senator Paul Okafor of the ruling Unity Party",
                 OfficeOf("Senator Paul Okafor", "Unity Party", True, ""), id="of_a_described_party"),
    pytest.param("Councillor Rosa Imbert of the centrist Renewal party",
                 OfficeOf("Councillor Rosa Imbert", "Renewal party", True, ""), id="of_a_party_in_lowercase"),
])
def test_office_of_splits_the_holder_from_what_the_office_is_of(text: str, expected: OfficeOf) -> None:
    assert office_of(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Commander Ali Haidar of the northern sector", id="lowercase_and_no_bodys_kind"),
    pytest.param("Hana Novak of the Slovak Republic", id="a_nations_word_among_others"),
    pytest.param("the minister of foreign affairs", id="nothing_capitalised_after_of"),
    pytest.param("Ambassador Lin Wei", id="no_of"),
])
def test_office_of_reads_nothing_else(text: str) -> None:
    assert office_of(text) is None


def test_kind_last_is_a_bodys_kind_in_lowercase_not_any_lowercase_word() -> None:
    assert kind_last("Renewal party")
    assert not kind_last("Renewal sector")


@pytest.mark.parametrize(("office", "name", "role", "expected"), [
    pytest.param(OfficeOf("Vice-President Luz Maria Ortega", "Ecuador", False, "Ecuador"), "Luz Maria Ortega",
                 "Vice-President", "Vice-President of Ecuador", id="a_title_of_a_country"),
    pytest.param(OfficeOf("Deputy Minister Tomas Berg", "Foreign Affairs and Trade", False, ""), "Tomas Berg",
                 "Deputy Minister", "Deputy Minister of Foreign Affairs and Trade", id="a_title_of_its_field"),
    pytest.param(OfficeOf("Senator Paul Okafor", "Unity Party", True, ""), "Paul Okafor", "Senator",
                 "Unity Party", id="a_titled_member_of_a_party"),
    pytest.param(OfficeOf("Kofi Mensah", "Ghana Farmers Union", True, ""), "Kofi Mensah", "",
                 "Ghana Farmers Union", id="an_untitled_member_of_a_body"),
    pytest.param(OfficeOf("The General Command", "Army", True, ""), "Command", "General", "",
                 id="a_bodys_one_word_name_of_a_body"),
    pytest.param(OfficeOf("Rosa Imbert", "Foreign Affairs", False, ""), "Rosa Imbert", "", "",
                 id="no_title_of_a_field"),
    pytest.param(OfficeOf("the ministers", "Ecuador", False, "Ecuador"), "", "the ministers", "", id="no_name"),
])
def test_office_role_is_the_titles_or_the_bodys(office: OfficeOf, name: str, role: str, expected: str) -> None:
    assert office_role(office, name, role) == expected
