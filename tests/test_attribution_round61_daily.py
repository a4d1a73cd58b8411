"""Rounds 56 and 58's daily-use classes (issue 15, session fix15dt): a subject's adverb is no part of its name ("X has
so far rejected", "as even the government says", "X already hosts ... and says"), relays of a principal's view, generic
plurals.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.subject import subject_phrase
from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


@pytest.mark.parametrize(("left", "subject"), [
    pytest.param("Oslo has so far", "Oslo", id="so_far"),
    pytest.param("Chile has always", "Chile", id="always"),
    pytest.param("Lisbon has long", "Lisbon", id="long"),
    pytest.param("Ghana has already", "Ghana", id="already"),
    pytest.param("as even the Bulgarian government", "the Bulgarian government", id="even_before"),
    pytest.param("Jordan already hosts some 650,000 Syrian refugees and", "Jordan", id="coordinated_after_adverb"),
    pytest.param("Lebanon hosts many Syrian refugees and", "Lebanon", id="coordinated_one_word"),
    pytest.param("Senator Russell Long", "Senator Russell Long", id="guard_long_a_name"),
])
def test_fix15dt_an_adverb_is_no_part_of_the_subject(left: str, subject: str) -> None:
    assert subject_phrase(left) == (subject, "")
