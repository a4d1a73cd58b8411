"""Round 48's misses of finding and headlines (issue 15, session fix15cn): a headline whose tag after a dash ends the line
("NATIONALS IN X SAFE – GOVT", "... — Foreign Affairs Ministry") is no dateline before a story, a tag in capitals or
contracted ("GOVT", "Govt") is the word of the story it stands for, and a tag short for the condensed statement's body
takes its full name; a "Says ..." deck with no subject goes on with the headline's speaker; "said openness was "..."" and
"judges that the communiqué « ... »" are clauses of their own; "wants to know", "has spoken of", "reassures" and
"indicates" report speech; "For Full Name, X is « ... »" and "sees in X « ... »" are stated views.  Texts of our own, in
several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("LESOTHO STUDENTS IN CYPRUS SAFE – GOVT\n\nBY THABO MOKOENA\n\nGOVERNMENT has assured Basotho students in "
                 "Cyprus that they are safe after the floods.\n\nThe floods closed the port of Limassol on Monday.",
                 "LESOTHO STUDENTS IN", "new:GOVERNMENT", id="fix15cn_capitals_dash_govt"),
    pytest.param("Fijians in Lebanon safe - Govt\n\nThe Government has assured families that Fijians working in Lebanon are "
                 "safe after the blast.\n\nThe blast destroyed the port of Beirut on Tuesday.",
                 "Fijians in Lebanon", "new:Government", id="fix15cn_dash_govt_contracted"),
    pytest.param("Kenyans in Ukraine safe — Foreign Affairs Ministry\n\nBy Jane Wanjiru, Nairobi\n\nTHE Ministry of Foreign Affairs "
                 "has assured families that Kenyans in Ukraine are safe.\n\nThe fighting reached Kharkiv on Sunday.",
                 "Kenyans in Ukraine", "new:Ministry of Foreign Affairs", id="fix15cn_em_dash_ministry_tag"),
])
def test_fix15cn_a_headlines_tag_after_a_dash_is_no_dateline(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("LESOTHO STUDENTS IN CYPRUS SAFE – GOVT\n\nSays no Mosotho hurt as floods close the port\n\nBY THABO MOKOENA\n\n"
                 "GOVERNMENT has assured Basotho students in Cyprus that they are safe after the floods.\n\nThe floods closed "
                 "the port of Limassol on Monday.", "Says no Mosotho", "new:GOVERNMENT", id="fix15cn_says_deck_under_govt"),
    pytest.param("Kenyans in Ukraine safe — Foreign Affairs Ministry\n\nUrges families to register with the embassy in Kyiv\n\n"
                 "THE Ministry of Foreign Affairs has assured families that Kenyans in Ukraine are safe and urged them to "
                 "register with the embassy in Kyiv.\n\nThe fighting reached Kharkiv on Sunday.",
                 "Urges families to", "new:Ministry of Foreign Affairs", id="fix15cn_urges_deck_under_ministry"),
])
def test_fix15cn_a_says_deck_with_no_subject_goes_on_with_the_headlines_speaker(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Party chairman Tomas Ruud said secrecy was “an insult to every voter”.",
                 [("reported", "Party chairman Tomas", "new:Tomas Ruud"), ("direct", "an insult to", "new:Tomas Ruud")],
                 id="fix15cn_said_noun_was_quotation"),
    pytest.param("Union leader Mira Kallas said wages were “a national scandal”.",
                 [("reported", "Union leader Mira", "new:Mira Kallas"), ("direct", "a national scandal", "new:Mira Kallas")],
                 id="fix15cn_said_nouns_were_quotation"),
])
def test_fix15cn_a_common_nouns_clause_before_a_quotation_is_reported(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cut_page(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The opposition Liberal Party wants to know how many visas were sold to foreign buyers.",
                 [("reported", "The opposition Liberal", "new:Liberal Party")], id="fix15cn_wants_to_know"),
    pytest.param("Senator Ana Ruiz wanted to know why the embassy in Ankara had not replied.",
                 [("reported", "Senator Ana Ruiz", "new:Ana Ruiz")], id="fix15cn_wanted_to_know"),
    pytest.param("Interior Minister Jon Dahl has spoken of the need for a new border regime.",
                 [("reported", "Interior Minister Jon", "new:Jon Dahl")], id="fix15cn_has_spoken_of"),
])
def test_fix15cn_wanting_to_know_and_having_spoken_of_are_speech(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cut_page(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Its secretary general, Aline Duroc, judges that the decree « comes too late, as always ».",
                 [("reported", "Its secretary general,", "new:Aline Duroc"), ("direct", "comes too late,", "new:Aline Duroc")],
                 id="fix15cn_judges_that_subject_guillemets"),
    pytest.param("The mayor, Henri Lagarde, estimates that the budget « will not survive the winter ».",
                 [("reported", "The mayor, Henri", "new:Henri Lagarde"), ("direct", "will not survive", "new:Henri Lagarde")],
                 id="fix15cn_estimates_that_subject_guillemets"),
])
def test_fix15cn_a_subject_before_spaced_guillemets_is_a_clause_of_its_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cut_page(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Senegal's Foreign Minister Awa Ndiaye reassured the families of Senegalese students in Kyiv on Monday.",
                 [("reported", "Senegal's Foreign Minister", "new:Awa Ndiaye")], id="fix15cn_reassured_the_families"),
    pytest.param("In a communiqué released on Friday, Ambassador Marc Roy indicates that about sixty nationals live in Chile.",
                 [("reported", "In a communiqué", "new:Marc Roy")], id="fix15cn_indicates_that"),
])
def test_fix15cn_reassuring_and_indicating_are_speech(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cut_page(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("For Anne Morel, the deal signed in Paris on Monday is « a first step, nothing more ».",
                 [("reported", "For Anne Morel,", "new:Anne Morel"), ("direct", "a first step,", "new:Anne Morel")],
                 id="fix15cn_for_name_guillemets"),
    pytest.param("For Kofi Mensah Boateng, the ceasefire was “a gift to the regime”.",
                 [("reported", "For Kofi Mensah", "new:Kofi Mensah Boateng"), ("direct", "a gift to", "new:Kofi Mensah Boateng")],
                 id="fix15cn_for_three_word_name"),
    pytest.param("For New Delhi, the truce is welcome.", [], id="fix15cn_for_a_place_no_quotation"),
])
def test_fix15cn_for_a_full_name_then_a_quotation_is_its_view(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cut_page(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The historian Paul Ndiaye sees in the accord « a victory for Ankara », more than a truce.",
                 [("reported", "The historian Paul", "new:Paul Ndiaye"), ("direct", "a victory for", "new:Paul Ndiaye")],
                 id="fix15cn_sees_in_guillemets"),
    pytest.param("Economist Lina Haddad sees in the new tariffs “a tax on the poor”.",
                 [("reported", "Economist Lina Haddad", "new:Lina Haddad"), ("direct", "a tax on", "new:Lina Haddad")],
                 id="fix15cn_sees_in_curly_quotes"),
    pytest.param("Residents see in the camps a new town.", [], id="fix15cn_see_in_no_quotation"),
])
def test_fix15cn_seeing_in_a_thing_words_quoted_is_a_view(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cut_page(text) == expected
