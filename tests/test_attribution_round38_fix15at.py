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
                 'cannot be selective".', ["new:Ruritanian Refugee Council", "new:Anna Lopes Varga"],
                 id="fix15at_a_quotation_after_a_clause_of_contrast_is_its_own_speaker_s"),
    pytest.param('The Kremlin confirmed the call, but said Ivo Dren had stressed the need to "neutralise terrorists".',
                 ["kremlin", "kremlin"], id="fix15at_guard_but_said_is_the_first_subject_s_own_verb"),
])
def test_fix15at_two_speakers_in_one_sentence(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
