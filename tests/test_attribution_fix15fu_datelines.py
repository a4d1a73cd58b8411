"""A digest's datelines written as a place and a colon ("Ankara: Turkish Defence Minister X said ...", as Gulf dailies
write them) are no turns of a conversation: each paragraph's speaker is its own clause's (issue 15, session fix15fu).
Texts of our own in the forms of a Gulf daily's digest; "guard" in an id: an interview's and a record's turns stay."""

from __future__ import annotations

import pytest

from idlibsite.sources.narration import datelined
from test_attribution import said_opening

_DIGEST = ("Region in brief\n\nDefence chief vows to protect posts\n\nAnkara: Turkish Defence Minister Hulusi Akar said on"
           " Tuesday that Turkey would protect its posts in Idlib.\n\nTalks set for Thursday\n\nAnkara: Turkish President"
           " Recep Tayyip Erdogan will travel to Moscow on Thursday.\n\nSoldier killed\n\nAnkara: A Turkish soldier was killed in"
           " Idlib on Tuesday.\n\nSyria ready for talks\n\nDamascus: Syrian Foreign"
           " Minister Walid Al Moallem said his government was ready for any talks. \"We will not negotiate with"
           " occupiers,\" he told the state news agency.\n\nAid convoys stalled\n\nNew York: The UN spokesman, Stephane"
           " Dujarric, told reporters that aid convoys had stalled.\n")


@pytest.mark.parametrize(("opening", "speaker"), [
    pytest.param("Ankara: Turkish Defence", "hulusi-akar", id="a_datelined_paragraphs_own_subject"),
    pytest.param("Damascus: Syrian Foreign", "new:Walid Al Moallem", id="a_second_place_its_own_subject"),
    pytest.param("New York: The", "new:Stephane Dujarric", id="a_place_of_two_words"),
])
def test_a_digests_datelines_are_no_turns(opening: str, speaker: str) -> None:
    assert said_opening(_DIGEST, opening) == speaker


@pytest.mark.parametrize(("paragraphs", "expected"), [
    pytest.param(["Turkish Defence Minister Hulusi Akar said on Tuesday that Turkey would act.", "President X will travel."],
                 True, id="places_before_narration"),
    pytest.param(["Where were you when the strike came?", "We were at the clinic. Ahmad said the roof fell."],
                 False, id="guard_an_interviews_question_and_answer"),
    pytest.param(["I thank the Minister for his reply.", "The Minister said the department had acted."],
                 False, id="guard_a_records_first_person"),
    pytest.param(["The talks resume on Thursday.", "Aid is stalled at the border."], False, id="guard_nothing_narrated"),
])
def test_which_tagged_paragraphs_are_datelined(paragraphs: list[str], expected: bool) -> None:
    assert datelined([("Ankara", "", words) for words in paragraphs]) is expected  # session fix15fw: the tags are read too
