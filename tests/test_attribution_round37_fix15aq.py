"""Round 34's classes (issue 15), people (session fix15aq): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Minister of the Interior Jan Tamm (ABC) said on Monday the country was ready. "We will help," Tamm told reporters.\n\n'
                 "The minister said the board was in contact with the agency.", ["new:Jan Tamm"] * 3,
                 id="fix15aq_a_title_of_the_body_then_the_name_and_a_party_tag_is_the_person_and_the_minister_after"),
    pytest.param('Foreign Minister Olav Dahl said the talks had failed. President Klaus Berg said he would meet the council.\n\n'
                 "The head of state said that the plan would be analyzed.", ["new:Olav Dahl", "new:Klaus Berg", "new:Klaus Berg"],
                 id="fix15aq_the_head_of_state_is_the_president_named_before"),
    pytest.param("Prime Minister Anna Lind said on Friday that she would meet the council.\n\n"
                 "The head of government said that the plan would be analyzed.", ["new:Anna Lind", "new:Anna Lind"],
                 id="fix15aq_the_head_of_government_is_the_prime_minister_named_before"),
    pytest.param("Varna Relief Society (VRS) Chairman Dr Omar Haddad announced that the society would send tents.", ["new:Omar Haddad"],
                 id="fix15aq_a_body_its_chairman_and_an_honorific_then_the_name_is_the_person"),
    pytest.param("TALLINN, MARCH 2. Estonia is closely watching the events in Idlib, spokesperson of the Foreign Ministry of Estonia "
                 'Mila Petrova told reporters.\n\n"We call on all parties to stop," she said.\n\n'
                 "According to her, the Estonian community of Syria is safe.", ["new:Mila Petrova"] * 3,
                 id="fix15aq_a_lowercase_title_of_a_body_then_the_name_is_the_person_and_her_after"),
])
def test_fix15aq_a_title_or_role_names_the_speaker(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Prime Minister Ivo Marek spoke at the session on Thursday.\n\n"
                 "Dana Petrova, MP from the Green faction, said the government should prepare a plan. She reminded that many had settled here.",
                 ["new:Dana Petrova", "new:Dana Petrova"], id="fix15aq_a_name_then_a_role_from_a_faction_is_the_person_and_she_after"),
])
def test_fix15aq_a_role_in_apposition_from_a_body(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Estonian ministry watching events in Idlib, says spokesperson\n\nEstonia is closely watching the events in Idlib, "
                 "Foreign Ministry spokesperson Mila Petrova told reporters.", ["new:Mila Petrova", "new:Mila Petrova"],
                 id="fix15aq_a_headline_s_bare_role_is_the_body_s_first_speaker_with_that_role"),
    pytest.param("Border calm, says minister\n\nThe border is calm, Interior Ministry spokesman Ivo Marek told reporters.", ["", "new:Ivo Marek"],
                 id="fix15aq_guard_a_headline_s_role_no_speaker_of_the_body_holds_is_nobody"),
])
def test_fix15aq_a_headline_s_role_is_the_body_s_holder(text: str, expected: list[str]) -> None:
    assert [who for _kind, _words, who in headlined(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('A 27-year-old from Homs staying at the camp in Lavrio said he hoped to reach Sweden before winter. "There is nothing '
                 'left for us," said Karim, who did not give his surname.', ["new:Karim", "new:Karim"],
                 id="fix15aq_a_person_described_by_an_age_alone_then_named_after_the_verb"),
    pytest.param("A 52-year-old woman in Varna says her son is still in a camp near the border. Leyla, who asked that her surname not "
                 "be published, said she last heard from him on Monday.", ["new:Leyla", "new:Leyla"],
                 id="fix15aq_a_person_described_then_named_as_the_subject_with_a_relative_clause"),
    pytest.param('A 40-year-old Syrian Greek who moved to Athens in 2014 said his parents had refused to leave. "My father says he has '
                 'seen worse," Nabil Haddad said.', ["new:Nabil Haddad", "new:Nabil Haddad"],
                 id="fix15aq_a_person_described_by_age_and_nationality_then_named_as_the_whole_subject"),
    pytest.param("A Bulgarian bus driver waiting at the crossing told reporters that the queue was long. Petar, a 45-year-old from Ruse, "
                 "said he had been waiting for ten hours.", ["new:Petar", "new:Petar"],
                 id="fix15aq_a_person_described_then_named_with_the_age_the_description_did_not_give"),
    pytest.param('A Danish volunteer who returned from the camps on Friday described what she saw as "a disaster in the mud". '
                 "The 31-year-old nurse, Mette Holm, said many children were sick.", ["new:Mette Holm"] * 3,
                 id="fix15aq_a_person_described_then_named_after_a_definite_description_and_her_scare_quotes"),
    pytest.param("A 63-year-old fisherman said the boats had stopped. Ali Demir, a 31-year-old from Ruse, said the nets were empty.",
                 ["", "new:Ali Demir"], id="fix15aq_guard_a_person_of_another_age_is_another_person"),
])
def test_fix15aq_a_person_described_then_named(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('President Ivo Marek said the border was open. A 35-year-old baker in Ruse who has relatives in Idlib said people were '
                 'following the news "hour by hour". The man, who asked not to be named, said his cousin had fled.',
                 ["new:Ivo Marek", "", "", ""], id="fix15aq_the_man_who_asked_not_to_be_named_is_nobody_not_the_last_named"),
])
def test_fix15aq_an_anonymous_person_described_is_nobody(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
