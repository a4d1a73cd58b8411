"""The classes left after round 25 (session fix15y): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The dispute turns on a report of the Russian Ministry of Defence. On 3 March, the ministry said the column "
        'had strayed "far outside the agreed lanes".', ["russian-defence-ministry"] * 2,
        id="a_known_body_named_in_a_sentence_with_no_speech_verb"),
    pytest.param(
        "Much rests on the figures of the Norwegian Ministry of Health.\n\nIn its latest count, the ministry said "
        "forty clinics had closed.", ["new:Norwegian Ministry of Health"], id="a_new_body_in_the_paragraph_before"),
    pytest.param(
        "The Chilean Ministry of Health kept its counts.\n\nThe harvest failed.\n\nThe ministry said forty clinics had "
        "closed.", [""], id="not_from_two_paragraphs_back"),
    pytest.param(
        "A senior Foreign Ministry official spoke to us.\n\nPeru has sent $2 million in aid, according to ministry figures.",
        [""], id="a_known_body_by_a_bare_name_not_for_another_country"),
])
def test_a_body_anaphor_is_the_body_named_last_with_its_noun(text: str, expected: list[str]) -> None:
    assert labels(text) == expected

