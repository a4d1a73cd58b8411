"""Class G of issue 15 (session method15g), relays of a principal's act or state: in "X said (that) Y <verb> ...", Y
speaks when "Y <verb> ..." standing alone would be found as Y's statement (a speech verb of the finder's one list, done
before), Y is one principal, and the verb is no plan or wish still to come; otherwise X (LABELS rule 3, Rounds 28-29, "A
country's act relayed by its minister").  Texts of our own, written before the rule: the class's held-out check."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Presidential spokesman Arman Duisen said President Lena Kaya had thanked the emir for his support.",
                 ["new:Lena Kaya"], id="method15g_a_named_spokesman_relays_thanks"),
    pytest.param("The presidential palace said on Tuesday that President Oskar Lund had urged the rebels to lay down "
                 "their arms.", ["new:Oskar Lund"], id="method15g_an_office_relays_an_urging"),
    pytest.param("Governor Tilda Pell condemned the shelling of the market, her office said.",
                 ["new:Tilda Pell"], id="method15g_a_past_act_then_her_office_said"),
    pytest.param("Spokeswoman Mira Holt said Chancellor Jonas Weber, who returned from Brussels on Monday, had reiterated "
                 "his call for a ceasefire.", ["new:Jonas Weber"], id="method15g_an_aside_between_principal_and_verb"),
    pytest.param("Spokesman Karim Aziz said Prime Minister Dara Noor had also warned the militias against any new attack.",
                 ["new:Dara Noor"], id="method15g_an_adverb_before_the_act"),
    pytest.param("Deputy spokesman Piet Dekker said that Foreign Minister Elin Sand, in a letter to the council, had "
                 "demanded an inquiry.", ["new:Elin Sand"], id="method15g_a_medium_set_off_before_the_act"),
    pytest.param("Foreign Minister Batu Erdene said Mongolia had appealed to both sides to respect the truce.",
                 ["new:Mongolia"], id="method15g_a_country_s_act_relayed_by_its_minister"),
    pytest.param("Government spokesman Lars Bohm said Chancellor Greta Mahl would raise the matter with her counterpart "
                 "next week.", ["new:Lars Bohm"], id="method15g_a_plan_stays_the_spokesman_s"),
    pytest.param("Spokesman Tomas Reyes said President Ana Villa hoped to visit the camps soon.",
                 ["new:Tomas Reyes"], id="method15g_a_wish_still_to_come_stays_the_spokesman_s"),
    pytest.param("Spokeswoman Ida Krantz said President Ole Berg and Prime Minister Siv Dahl had condemned the attack.",
                 ["new:Ida Krantz"], id="method15g_two_principals_stay_the_spokeswoman_s"),
    pytest.param("Spokesman Rafael Ortiz said the minister was deeply worried by the reports.",
                 ["new:Rafael Ortiz"], id="method15g_a_state_stays_the_spokesman_s"),
    pytest.param("Spokeswoman Ulla Moen said Chancellor Jonas Weber had spoken by telephone with the Turkish president.",
                 ["new:Ulla Moen"], id="method15g_a_call_with_no_content_stays_the_spokeswoman_s"),
    pytest.param("Spokesman Nils Aas said diplomats had warned of a new wave of refugees.",
                 ["new:Nils Aas"], id="method15g_a_generic_plural_stays_the_spokesman_s"),
    pytest.param("According to the palace, King Haakon Ravn expressed his sympathy to the families of the victims.",
                 ["new:Haakon Ravn"], id="method15g_according_to_an_office"),
    pytest.param("Senator Ruth Kling's office said she had criticised the decision to close the border.",
                 ["new:Ruth Kling"], id="method15g_her_office_relays_her_act"),
    pytest.param("Press secretary Jana Holub said Premier Vit Marek had assured his Greek counterpart of full support.",
                 ["new:Vit Marek"], id="method15g_a_press_secretary_relays_an_assurance"),
    pytest.param("Spokesman Emre Tas said President Selim Kara had rejected the proposal in a call with the French "
                 "leader.", ["new:Selim Kara"], id="method15g_a_rejection_in_a_call"),
    pytest.param("Spokesman Ali Demir said Interior Minister Faisal Noor had earlier voiced his support for the talks.",
                 ["new:Faisal Noor"], id="method15g_an_adverb_of_time_before_the_act"),
    pytest.param("The foreign ministry said in a statement late on Sunday that Minister Hana Rudd had asked the envoy "
                 "to leave.", ["new:Hana Rudd"], id="method15g_a_long_time_phrase_before_the_principal"),
    pytest.param("President Mario Vela flew to Ankara on Friday.\n\nHis spokeswoman, Lucia Prat, said the president had "
                 "promised further aid.", ["new:Mario Vela"], id="method15g_the_principal_by_his_title"),
    pytest.param("Spokesman Teo Lind said Prime Minister Eva Sten had spoken to the Greek premier by phone and conveyed "
                 "her support.", ["new:Eva Sten"], id="method15g_guard_a_person_s_act_joined_to_her_speech"),
    pytest.param("The Estonian embassy said Estonia had acted within the law and thanked Koreans for their patience.",
                 ["new:Estonian embassy"], id="lead_a_country_s_act_joined_to_a_verb_stays_the_relay_s"),
    pytest.param("Foreign Minister Rein Kask said Latvia backed the truce and stressed that aid must reach Idlib.",
                 ["new:Rein Kask"], id="lead_a_country_s_act_joined_to_the_minister_s_verb_stays_his"),
])
def test_method15g_the_principal_speaks_when_the_inner_clause_is_a_statement(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_lead_she_after_a_country_s_act_relayed_by_a_spokeswoman_is_the_spokeswoman() -> None:
    text = ("Spokeswoman Anna Virtanen said Finland had called on all sides to respect the truce.\n\n"
            "\"We hope the talks in Moscow bring peace to the region,\" she said.")
    assert labels(text) == ["new:Finland", "new:Anna Virtanen"]
