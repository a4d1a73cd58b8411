"""Round 50's misses of the class "people, relays and anaphors" (issue 15, session fix15ct): general rules, each pinned
by sentences of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The EU foreign policy chief, Josep Borrell, has for his part urged both sides to show restraint.",
                 ["new:Josep Borrell"], id="an_apposition_then_has_for_his_part"),
    pytest.param("Prime Minister Marta Lind for her part told reporters that Oslo would send two field hospitals.",
                 ["new:Marta Lind"], id="for_her_part_without_has"),
    pytest.param("The WHO chief, Hans Kluge, has for his part called for safe corridors to the hospitals of the north.",
                 ["new:Hans Kluge"], id="has_for_his_part_called_for"),
])
def test_for_his_part_without_commas_is_no_part_of_the_subject(text: str, expected: list[str]) -> None:
    # "X has for his part called for ...": the aside stands between the subject and its verb, as "has in turn"
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Senator Maria Reyes, on her Facebook page, said the Netherlands stands with Greece in this hour of grief.",
                 ["new:Maria Reyes"], id="on_her_page_then_a_country_s_clause"),
    pytest.param("Interior Minister Jonas Berg, in a tweet, said the Maldives joins Turkey in mourning its soldiers.",
                 ["new:Jonas Berg"], id="in_a_tweet_then_a_country_s_clause"),
    pytest.param("Fighting continued around Saraqeb, in Idlib province, said the Syrian Observatory for Human Rights.",
                 ["new:Syrian Observatory for Human Rights"], id="a_place_aside_keeps_the_inverted_speaker"),
])
def test_a_medium_aside_after_the_name_keeps_the_subject_before_the_verb(text: str, expected: list[str]) -> None:
    # "X, in a tweet, said the Philippines stands with ...": the clause after "said" is what X says, not who says it
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Belgrade (Tanjug) - Prime Minister of the Republic Ana Brnabic met on Friday the Greek ambassador.\n\n"
                 "At the meeting, the head of government stressed that Serbia supports a political solution.",
                 ["new:Ana Brnabic"], id="the_head_of_government"),
    pytest.param("Tunis (TAP) - President of the Republic Nadia Ferchichi received on Monday the Minister of Defence.\n\n"
                 "During the meeting, the Head of State underlined that the army must remain ready.",
                 ["new:Nadia Ferchichi"], id="the_head_of_state"),
])
def test_an_office_of_the_republic_before_a_name_is_a_title_a_later_use_stands_for(text: str, expected: list[str]) -> None:
    # "President of the Republic Kais Saied" ... "the Head of State stressed": the one the page gave the office (LABELS rule 8)
    assert labels(text) == expected
