"""Round 33's classes (issue 15), people (session fix15ao): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The 41-year-old owner of a bakery in Kilis said his ovens had been cold for a week. "We bake at dawn now," said the owner, '
                 "who asked to be identified only by his surname, Demir.", ["new:Demir", "new:Demir"],
                 id="fix15ao_a_definite_description_then_identified_only_by_his_surname"),
    pytest.param('In the village, a 58-year-old shepherd told reporters he had lost twenty sheep. "The shells fall every night," said the man, '
                 "who gave his name as Yusuf.", ["new:Yusuf", "new:Yusuf"],
                 id="fix15ao_an_age_is_a_person_described_then_the_name_he_gives"),
    pytest.param('A young volunteer at the clinic said the beds were full. "We turn people away," said the volunteer, who only gave his '
                 "first name, Omar.", ["new:Omar", "new:Omar"],
                 id="fix15ao_a_person_described_then_only_gave_his_first_name"),
    pytest.param('The father of a Kandy student studying in Izmir said his daughter had called on Monday. "She told us she was safe," '
                 "said Sunil Jayasena, 58.", ["new:Sunil Jayasena", "new:Sunil Jayasena"],
                 id="fix15ao_the_father_of_someone_then_named_with_his_age_in_the_next_sentence"),
    pytest.param("A Leyte mother whose son works as a welder in Adana said she had not eaten since the news.\n\n"
                 '"I call him every hour," said Maria Santos, 49.', ["new:Maria Santos", "new:Maria Santos"],
                 id="fix15ao_a_relative_clause_of_whose_is_no_subject_the_mother_named_next"),
    pytest.param('A 63-year-old fisherman, who did not want his name published, said the boats had stopped.\n\n'
                 '"We cannot go out," said Ali Demir, 31.', ["", "new:Ali Demir"],
                 id="fix15ao_guard_a_person_who_keeps_his_name_is_not_the_one_named_next"),
    pytest.param('A nurse at the clinic said the beds were full. "We turn people away," said Leila Haddad, another nurse.', ["", "new:Leila Haddad"],
                 id="fix15ao_guard_another_person_introduced_is_not_the_one_described"),
    pytest.param('A mother in the camp said the tents were cold.\n\n"Children are freezing," said Omar Ali, of the charity Bread for Idlib.',
                 ["", "new:Omar Ali"], id="fix15ao_guard_a_person_of_a_body_is_not_the_one_described"),
])
def test_fix15ao_a_person_described_then_named_is_the_named_one(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Dr. Ana Ruiz of the Institute for National Security Studies (INSS) said Russia would stay.", ["new:Ana Ruiz"],
                 id="fix15ao_a_titled_person_of_a_body_with_its_acronym_is_the_person"),
    pytest.param("Meanwhile, member of the National Assembly's Commission II Wiranto called on the government to act.", ["new:Wiranto"],
                 id="fix15ao_one_name_after_a_numbered_commission_is_the_person"),
    pytest.param("Meanwhile, member of the National Assembly's Commission II Wiranto called on the government to act.\n\n"
                 '"We must not watch," the legislator from the Unity Party (UP) stated.', ["new:Wiranto", "new:Wiranto"],
                 id="fix15ao_a_person_described_by_a_named_body_after_he_was_named_is_him"),
    pytest.param('Lena Fischer said the roads were closed.\n\n"It is too late," the father of a student at Ajou University said.', ["new:Lena Fischer", ""],
                 id="fix15ao_guard_a_description_of_someone_new_is_not_the_one_named_before"),
    pytest.param("The head of the Syrian Red Crescent said the convoy had arrived.", [""],
                 id="fix15ao_guard_a_role_of_a_body_with_no_name_after_it_names_nobody"),
])
def test_fix15ao_a_name_kept_with_its_title_or_body_is_the_person(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("King Halim bin Rashid Al Tamar chaired the Cabinet session.\n\nThe King briefed the Cabinet on the call he received.",
                 ["new:Halim bin Rashid Al Tamar"], id="fix15ao_the_title_is_its_holder_named_with_a_patronym"),
    pytest.param("King Halim bin Rashid chaired the session, and King Omar bin Saleh attended.\n\nThe King briefed the Cabinet on the call.",
                 [""], id="fix15ao_guard_the_title_of_two_holders_names_nobody"),
])
def test_fix15ao_the_title_as_a_speaker_is_the_page_s_holder(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Foreign Minister Ana Belko said the border would stay open.\n\nLater, Ms Belko received a call from the Norwegian "
                 "Ambassador to the Republic, Ingrid Solberg.\n\nDuring the call, the ambassador conveyed her country's thanks.",
                 ["new:Ana Belko", "new:Ingrid Solberg"], id="fix15ao_the_ambassador_is_the_one_named_with_that_title_and_its_post"),
])
def test_fix15ao_a_role_anaphor_is_the_one_named_with_that_title(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
