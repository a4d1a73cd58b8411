"""Round 32's classes (issue 15), bodies, plurals and relays (session fix15an): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A spokesperson for the opposition Brightway party said the government should resign.", ["new:Brightway"],
                 id="fix15an_a_party_s_lowercase_kind_word_is_no_part_of_its_name"),
    pytest.param("The Brightway party said the government should resign.", ["new:Brightway"],
                 id="fix15an_the_party_s_kind_word_after_its_name"),
    pytest.param("The Labour Party said the government should resign.", ["new:Labour Party"],
                 id="fix15an_guard_a_capitalised_party_is_the_name_s_own_word"),
    pytest.param("The ruling party said the government should resign.", [""],
                 id="fix15an_guard_a_party_by_its_kind_alone_is_no_name"),
])
def test_fix15an_a_body_s_kind_word_is_no_part_of_its_name(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In a statement, the Ministry of Water and Land Affairs, MoWLA, said the dams were full.", ["new:Ministry of Water and Land Affairs"],
                 id="fix15an_a_mixed_case_acronym_in_apposition_is_the_body_spelled_out_before_it"),
    pytest.param("The Northern Aid Society, NAS, said the dams were full.", ["new:Northern Aid Society"],
                 id="fix15an_an_acronym_in_apposition_is_no_subject"),
    pytest.param("Dr. Anne Kell Ross, Secretary-General of the Northern Aid Society, NAS, said the dams were full.", ["new:Anne Kell Ross"],
                 id="fix15an_a_person_her_title_and_her_body_s_acronym_the_person_speaks"),
    pytest.param("Officials in Ankara, AFP, said the dams were full.", ["new:AFP"],
                 id="fix15an_guard_letters_that_spell_nothing_before_them_stay_the_subject"),
])
def test_fix15an_an_acronym_between_commas_spelling_out_the_phrase_before_is_its_apposition(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Some opposition MPs said the response came too late.", [""], id="fix15an_an_acronym_in_the_plural_is_a_group_nobody_named"),
    pytest.param("Opposition MPs said the response came too late.", [""], id="fix15an_members_of_parliament_by_their_kind_nobody_named"),
    pytest.param("Critics of the government argued that the plan was cruel.", [""],
                 id="fix15an_a_capitalised_plural_of_lowercase_words_is_nobody_named"),
    pytest.param("Friends of the Earth said the plan was cruel.", ["new:Friends of the Earth"],
                 id="fix15an_guard_a_body_s_name_of_capitalised_words_stays_a_name"),
])
def test_fix15an_a_generic_plural_names_nobody(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ministry of Water said it was worried. Its spokesperson, Mr Paul Odel, said the ministry would \"follow up\" any report.",
                 ["new:Ministry of Water"] * 3, id="fix15an_its_spokesperson_reporting_the_body_s_own_act_relays_the_body"),
    pytest.param("The Ministry of Water said it was worried. Its spokesperson, Mr Paul Odel, said he would \"follow up\" any report.",
                 ["new:Ministry of Water", "new:Paul Odel", "new:Paul Odel"], id="fix15an_guard_the_spokesperson_s_own_act_is_his"),
    pytest.param("The Ministry of Water said it was worried. Its spokesperson, Mr Paul Odel, said the floods would \"go down\" soon.",
                 ["new:Ministry of Water", "new:Paul Odel", "new:Paul Odel"], id="fix15an_guard_what_the_spokesperson_says_of_other_things_is_his"),
])
def test_fix15an_a_body_s_spokesperson_reporting_the_body_s_act_relays_the_body(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_BELKO = "Lorian President Ana Belko said in an interview that Europe faced \"an invasion\". "


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_BELKO + "His spokesman Pol Hradek later added on Twitter that the president supported the offer.",
                 ["new:Ana Belko"] * 3, id="fix15an_his_spokesman_name_with_no_commas_relays_the_principal_s_position"),
    pytest.param(_BELKO + "His spokesman Pol Hradek said the border would stay shut.", ["new:Ana Belko", "new:Ana Belko", "new:Pol Hradek"],
                 id="fix15an_guard_what_the_spokesman_says_of_other_things_is_his"),
    pytest.param(_BELKO + "His spokesman Pol Hradek said that Belko and the premier would meet on Friday.",
                 ["new:Ana Belko", "new:Ana Belko", "new:Pol Hradek"], id="fix15an_guard_two_leaders_together_stay_the_spokesman_s"),
])
def test_fix15an_a_spokesman_named_after_his_title_relays_the_principal(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
