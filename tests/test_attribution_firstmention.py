"""The words around a person's first mention (attribution/firstmention.py): each reader's reach and stops."""

from __future__ import annotations

import pytest

from idlibsite.attribution.firstmention import around

_TEXT = "Intro line\nThe talks ended. A political scientist, Anna Vogel, said the deal holds. She added more.\nNext"


@pytest.mark.parametrize(("before", "after", "stops", "expected"), [
    pytest.param(70, 70, (". ", "\n"), ". A political scientist, Anna Vogel, said the deal holds", id="sentence"),
    pytest.param(90, 45, ("\n",), "\nThe talks ended. A political scientist, Anna Vogel, said the deal holds. She added more.", id="line"),
    pytest.param(10, 5, ("\n",), "cientist, Anna Vogel, sai", id="reach"),
])
def test_around_a_mention_is_cut_at_its_reach_or_nearest_stop(before: int, after: int, stops: tuple[str, ...], expected: str) -> None:
    assert around(_TEXT, _TEXT.index("Anna"), "Anna Vogel", before, after, stops) == expected
