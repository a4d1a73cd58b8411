"""Round 35's classes (issue 15), relays and anaphors, persons described or named with their role, subjects read wrong
(session fix15at): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels

_FOUNDER = 'The charity\'s founder, Adam Quill, said the camps were full. "We are burying children," Quill said.'
_MP = 'Labour MP Tom Vell criticised the EU for "closing its eyes" to the border. Vell added that Britain should "lead by example".'


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f"{_FOUNDER}\n\nOne of the charity's Syrian doctors, who cannot be named for his safety, described the camps in a message "
                 'shared with reporters. "Every night the tents freeze," he said.',
                 ["new:Adam Quill", "new:Adam Quill", "", ""], id="fix15at_he_after_one_of_a_body_s_staff_unnamed_is_that_person"),
    pytest.param(f"{_MP}\n\nA Syrian refugee living in Leeds since 2016, who asked not to be named, said his parents were still in Homs. "
                 '"Every night I wait for a call," he said.',
                 ["new:Tom Vell", "new:Tom Vell", "new:Tom Vell", "", ""],
                 id="fix15at_since_a_year_in_a_described_subject_is_a_time_not_a_clause"),
    pytest.param(f"{_MP}\n\nAda Holm, a nurse in Leeds since March, said the ward was full.",
                 ["new:Tom Vell", "new:Tom Vell", "new:Tom Vell", "new:Ada Holm"],
                 id="fix15at_guard_a_named_subject_with_since_a_month_keeps_its_name"),
])
def test_fix15at_a_person_described_and_unnamed_is_whom_he_stands_for_next(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_NURSE = "A 19-year-old student, Lana Haddad, said her family had fled."


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f'{_NURSE}\n\nA spokesperson for the Ministry for Foreign Affairs said Ruritania "fully supports" the call for a ceasefire.'
                 "\n\nForeign Minister Evarist Dren had discussed the situation with his Greek counterpart, the spokesperson added.",
                 ["new:Lana Haddad", "new:Ministry for Foreign Affairs", "new:Ministry for Foreign Affairs",
                  "new:Ministry for Foreign Affairs"], id="fix15at_the_spokesperson_is_the_body_s_unnamed_spokesperson_named_before"),
    pytest.param("Presidential spokesman Tom Vell said President Ida Koss had instructed the ministry to help the migrants.",
                 ["new:Ida Koss"], id="fix15at_a_principal_s_instruction_relayed_by_his_spokesman_is_the_principal_s"),
    pytest.param("Presidential spokesman Tom Vell said President Ida Koss was worried about the migrants.",
                 ["new:Tom Vell"], id="fix15at_guard_a_principal_s_state_relayed_stays_the_spokesman_s"),
    pytest.param("Ruritania will keep its border open, President Ivo Dren said on Monday.\n\nSources in the Interior Ministry told "
                 "reporters that a plan had been prepared for closing the border. The ministry later denied the report, saying "
                 "that the border was operating normally.",
                 ["new:Ivo Dren", "", "new:Interior Ministry"], id="fix15at_the_ministry_after_sources_in_it_is_the_ministry"),
    pytest.param("A source close to the Interior Ministry told reporters that a plan had been prepared. The source said the border "
                 "would close.", ["", ""], id="fix15at_guard_the_source_after_a_source_close_to_a_ministry_is_the_source"),
])
def test_fix15at_what_an_office_or_a_spokesman_relays(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The Ruritanian Refugee Council (RRC) welcomed the offer, but its president, Anna Lopes Varga, warned that "help '
                 'cannot be selective".', ["new:Ruritanian Refugee Council", "new:Anna Lopes Varga", "new:Anna Lopes Varga"],
                 id="fix15at_a_quotation_after_a_clause_of_contrast_is_its_own_speaker_s"),
    pytest.param('The Kremlin confirmed the call, but said Ivo Dren had stressed the need to "neutralise terrorists".',
                 ["kremlin", "kremlin"], id="fix15at_guard_but_said_is_the_first_subject_s_own_verb"),
])
def test_fix15at_two_speakers_in_one_sentence(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_SPOKESMAN = "Army spokesman Tom Vell said the troops were safe."


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f"{_SPOKESMAN}\n\nA mother from Suva, whose son is serving in Lebanon, said she had called him on Wednesday night.\n\n"
                 "\"He told me, 'Mum, we are fine, just pray for us',\" said the mother, Mere Tora, 54.",
                 ["new:Tom Vell", "new:Mere Tora", "new:Mere Tora", ""],
                 id="fix15at_a_mother_described_then_named_with_her_age_and_her_son_s_words_nested"),
    pytest.param("Ada Holm said the camps were full.\n\nOne of them, a 41-year-old former engineer from Aleppo who now lives in Leeds, "
                 "told reporters that he had not slept in weeks.\n\n\"My brother is in a camp,\" said Khaled Hamwi, who came to Britain in 2016.",
                 ["new:Ada Holm", "new:Khaled Hamwi", "new:Khaled Hamwi"],
                 id="fix15at_a_person_described_by_where_he_lives_then_named"),
    pytest.param("Police Director Nikola Varga told reporters that patrols had been reinforced.", ["new:Nikola Varga"],
                 id="fix15at_a_title_of_a_body_before_the_name_is_no_plural_of_police"),
    pytest.param("Police in Leeds said the road was closed.", [""], id="fix15at_guard_police_in_a_place_are_nobody_named"),
    pytest.param("Ivo Dren, director-general of the Institute of Foreign Affairs of the Ruritanian Academy, said the talks would fail.",
                 ["new:Ivo Dren"], id="fix15at_a_hyphenated_title_in_apposition_is_the_person_s_role"),
    pytest.param("Foreign Minister Jón Þór Árnason said Iceland would help.\n\nJón Þór added that Iceland would send a field hospital.",
                 ["new:Jón Þór Árnason", "new:Jón Þór Árnason"], id="fix15at_a_later_mention_by_the_given_names_is_the_person"),
    pytest.param("Anna Lind Sveinsdóttir said the Red Cross was ready.\n\nAnna Berg said it was not.",
                 ["new:Anna Lind Sveinsdóttir", "new:Anna Berg"], id="fix15at_guard_one_given_name_shared_is_another_person"),
])
def test_fix15at_persons_described_or_named_with_their_role(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The UN\'s humanitarian chief, Mark Lowcock, this week called the crisis "the biggest horror story of the century".',
                 ["mark-lowcock", "mark-lowcock"], id="fix15at_this_week_before_the_verb_is_a_time_not_the_subject"),
    pytest.param('Ivo Dren, speaking after he met the Turkish ambassador at the ministry, said Ruritania "cannot afford a new war".',
                 ["new:Ivo Dren", "new:Ivo Dren"], id="fix15at_a_name_after_said_and_before_a_quotation_is_its_object"),
    pytest.param("The border is calm, said Ivo Dren, a spokesman.", ["new:Ivo Dren"],
                 id="fix15at_guard_a_name_after_said_at_the_end_is_its_subject"),
    pytest.param("Returnees in Ruritania told reporters that traffickers were advertising the route.", [""],
                 id="fix15at_returnees_in_a_place_are_nobody_named"),
    pytest.param("Hezbo on Saturday buried nine fighters it said had been killed in Syria. Foreign Minister Ivo Dren called for "
                 "restraint. The Iran-backed group announced the deaths in statements on its media outlets.",
                 ["new:Hezbo", "new:Ivo Dren", "new:Hezbo"], id="fix15at_a_group_described_by_its_backer_is_the_one_body_named_before"),
])
def test_fix15at_subjects_read_right(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
