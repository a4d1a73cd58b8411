"""The scorer of bench/suggest.py: the names LABELS rule 9 makes one body (session fix15as)."""

from __future__ import annotations

import pytest

from idlibsite.attribution.answer import NewActor, Speaker


def _said_by(name: str) -> Speaker:
    return Speaker(None, NewActor(name, False, "", ""), "", "named", 0.9)


@pytest.mark.parametrize("text", [
    "The Chileans Overseas Commission, ChOCOM, has said that some Chileans were stranded.",
    "THE Chileans Overseas Commission, ChOCOM, has said that some Chileans were stranded.",
    "The Chileans in Exile Commission, CiEC, has said that some Chileans were stranded.",
])
def test_fix15as_the_scorer_takes_a_body_s_acronym_between_commas_for_its_name(text: str) -> None:
    from bench.suggest import is_right

    name = text.split(", ")[0].split(maxsplit=1)[1]  # LABELS rule 9: a body's name and its acronym
    acronym = text.split(", ")[1]
    assert is_right({"new": name}, _said_by(acronym), text)
    assert is_right({"new": acronym}, _said_by(name), text)


def test_fix15as_guard_the_scorer_takes_no_other_body_between_commas_for_an_acronym() -> None:
    from bench.suggest import is_right

    text = "Two outlets, Syria TV, SOHR, and others said the road was shut."
    assert not is_right({"new": "Syria TV"}, _said_by("SOHR"), text)
    assert not is_right({"new": "Chileans Overseas Commission"}, _said_by("ChOCOM"), "ChOCOM said some Chileans were stranded.")


@pytest.mark.parametrize(("label", "got"), [
    ("Costa Rican Foreign Ministry", "Costa Rica's Foreign Ministry"),
    ("New Zealand's Foreign Ministry", "New Zealand Foreign Ministry"),
    ("Sri Lankan Ministry of Defence", "Sri Lanka's Ministry of Defence"),
])
def test_fix15av_the_scorer_takes_a_two_word_country_s_possessive_for_its_adjective(label: str, got: str) -> None:
    from bench.suggest import is_right

    assert is_right({"new": label}, _said_by(got))  # LABELS rule 9: a country's possessive and its adjective, one body


def test_fix15av_guard_the_scorer_keeps_two_countries_apart() -> None:
    from bench.suggest import is_right

    assert not is_right({"new": "Costa Rican Foreign Ministry"}, _said_by("Puerto Rican Foreign Ministry"))
    assert not is_right({"new": "Sri Lankan Foreign Ministry"}, _said_by("Costa Rican Foreign Ministry"))


@pytest.mark.parametrize(("label", "got"), [
    pytest.param("Peruvian government", "Government of Peru", id="fix15bh_a_government_of_its_country"),
    pytest.param("Government of Ghana", "the Ghanaian government", id="fix15bh_the_label_in_the_formal_name"),
])
def test_fix15bh_the_scorer_takes_a_governments_formal_name_for_its_adjectives_form(label: str, got: str) -> None:
    from bench.suggest import is_right

    assert is_right({"new": label}, _said_by(got))  # LABELS rule 9: a body's two forms


@pytest.mark.parametrize(("label", "got"), [
    pytest.param("Peruvian government", "Government of Chile", id="fix15bh_guard_another_country"),
    pytest.param("Government of National Accord", "National government", id="fix15bh_guard_no_country_named"),
])
def test_fix15bh_guard_the_scorer_keeps_other_governments_apart(label: str, got: str) -> None:
    from bench.suggest import is_right

    assert not is_right({"new": label}, _said_by(got))


@pytest.mark.parametrize(("label", "answer"), [
    ("Indian Ministry of External Affairs", "External Affairs Ministry"),
    ("Zambian Ministry of Foreign Affairs", "Foreign Affairs Ministry"),
])
def test_fix15cw_the_scorer_takes_a_ministry_named_by_its_field_and_affairs(label: str, answer: str) -> None:
    from bench.suggest import is_right

    assert is_right({"new": label}, _said_by(answer))  # LABELS rule 9: a ministry's two forms


def test_fix15cw_guard_the_scorer_takes_no_other_field_s_affairs_ministry() -> None:
    from bench.suggest import is_right

    assert not is_right({"new": "Indian Ministry of External Affairs"}, _said_by("Home Affairs Ministry"))
