"""A role's head capitalised before a field in lower case, as the English pages of French-language agencies write it
("the Head of Djiboutian diplomacy", "the Head of Congolese diplomacy", "the Head of Diplomacy": "le chef de la
diplomatie"), read as the description it is, which names the foreign minister the page billed (issue 15, session
fix15fk; LABELS rule 8, a role for the holder named before).  Texts of our own; "guard" in an id: a role whose field is a
name ("the Head of State"), a body's name, no minister billed."""

from __future__ import annotations

import pytest

from idlibsite.attribution.plainsubject import plain_subject
from test_attribution import said_opening


@pytest.mark.parametrize(("text", "passage", "speaker"), [
    pytest.param("Ruritania calls for calm\n\nRuriville, 02/03/2020 (RNA) – The Minister of Foreign Affairs and International"
                 " Cooperation, Mr. Omar Farah Dualeh, held on Sunday a telephone conversation with his Turkish counterpart.\n\n"
                 "During the conversation, the Head of Ruritanian diplomacy conveyed the condolences of the Government.\n",
                 "During the conversation,", "new:Omar Farah Dualeh", id="lead_an_agencys_head_of_national_diplomacy"),
    pytest.param("Minister at the Council\n\nGENEVA, March 4th (RNA) – Minister of External Relations Ana Mbeki addressed the"
                 " Council on Tuesday.\n\n\"No country should be placed under permanent supervision,\" the Head of Diplomacy"
                 " insisted.\n", "No country should", "new:Ana Mbeki", id="lead_a_bulletins_head_of_diplomacy_in_capitals"),
    pytest.param("Minister receives envoys\n\nKinshasa, 3 March 2020 (RNA).- The Minister of Foreign Affairs, Marie Kalenga"
                 " Nzeza, received the ambassadors on Tuesday.\n\n\"No people should be condemned to flee again,\" declared"
                 " the Head of Ruritanian diplomacy.\n", "No people should", "new:Marie Kalenga Nzeza",
                 id="lead_an_inverted_verb_after_a_quotation"),
])
def test_the_head_of_diplomacy_is_the_foreign_minister_billed(text: str, passage: str, speaker: str) -> None:
    assert said_opening(text, passage) == speaker


@pytest.mark.parametrize(("phrase", "plain"), [
    pytest.param("the Head of Ruritanian diplomacy", "the head of Ruritanian diplomacy", id="lead_a_nations_diplomacy"),
    pytest.param("the Head of Diplomacy", "the head of diplomacy", id="lead_diplomacy_in_capitals"),
    pytest.param("the Head of State", "the Head of State", id="guard_head_of_state_a_title_of_its_own"),
    pytest.param("the Head of the Kremlin administration", "the Head of the Kremlin administration",
                 id="guard_a_body_in_the_field"),
    pytest.param("the Chief of General Staff", "the Chief of General Staff", id="guard_a_field_in_capitals"),
])
def test_a_capitalised_roles_head(phrase: str, plain: str) -> None:
    assert plain_subject(phrase) == plain
