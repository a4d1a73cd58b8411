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
    from bench.suggest import _right

    name = text.split(", ")[0].split(maxsplit=1)[1]  # LABELS rule 9: a body's name and its acronym
    acronym = text.split(", ")[1]
    assert _right({"new": name}, _said_by(acronym), text)
    assert _right({"new": acronym}, _said_by(name), text)


def test_fix15as_guard_the_scorer_takes_no_other_body_between_commas_for_an_acronym() -> None:
    from bench.suggest import _right

    text = "Two outlets, Syria TV, SOHR, and others said the road was shut."
    assert not _right({"new": "Syria TV"}, _said_by("SOHR"), text)
    assert not _right({"new": "Chileans Overseas Commission"}, _said_by("ChOCOM"), "ChOCOM said some Chileans were stranded.")
