"""Classes H and L of issue 15 (session method15h): whom "he", "she", "they" and a sentence with no attribution of its
own stand for.  One discourse model of the page's speakers: every speaker mention, named or not, is a referent; a
pronoun is the most recent compatible one (gender, number, person against body) in its paragraph or the one before,
and when that one is unnamed the answer is nobody (LABELS rules 6, 8 and 10).  Texts of our own, written before the
rule; names, outlets and forms are made up."""

from __future__ import annotations

import pytest

from idlibsite.attribution.answer import NewActor, Speaker
from idlibsite.attribution.discourse import Mention, antecedent, described_person, many, mention, own_gender
from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Tomas Vidal, the mayor of Arequipa, said the roads were open.\n\n"
        "A resident of the old quarter said the trucks had not come. He said the market stayed shut for a week.",
        ["new:Tomas Vidal", "", ""],
        id="guard_a_resident_then_he_is_the_resident"),
    pytest.param(
        "Marta Lindqvist, a Swedish aid coordinator, said the camp was full.\n\n"
        "An unnamed official at the crossing said 40 lorries were waiting. She added that the permits had expired.",
        ["new:Marta Lindqvist", "", ""],
        id="guard_an_unnamed_official_then_she_is_the_official"),
    pytest.param(
        "Defence Minister Ilkka Saarinen said the patrols would continue.\n\n"
        "A senior diplomat, speaking on condition of anonymity, said talks had stalled. "
        "He said a new round was unlikely before April.",
        ["new:Ilkka Saarinen", "", ""],
        id="guard_a_diplomat_speaking_anonymously_then_he"),
    pytest.param(
        "Ana Ruiz, a nurse at the Lima clinic, said the wards were full.\n\n"
        "A father of four who would not give his name said the shelling began at dawn. "
        "He said his children had not slept.",
        ["new:Ana Ruiz", "", ""],
        id="guard_a_described_father_then_he"),
    pytest.param(
        "Foreign Minister Goran Petek said the border would stay open.\n\n"
        "Sources in the ministry said the decision was taken late on Sunday. "
        "They said the army had not been consulted.",
        ["new:Goran Petek", "", ""],
        id="guard_sources_then_they_are_the_sources"),
    pytest.param(
        "Colonel Ravi Menon said the convoy had been hit twice.\n\n"
        "A witness told the paper that the second strike hit the clinic. "
        "\"We ran to the basement,\" he said.",
        ["new:Ravi Menon", "", ""],
        id="guard_a_witness_then_a_quotation_with_he_said"),
    pytest.param(
        "Lena Brandis, who runs a shelter in Gaziantep, said donations had fallen.\n\n"
        "\"Nobody is coming back,\" said a woman queuing for bread. She said her house was gone.",
        ["new:Lena Brandis", "", ""],
        id="a_woman_queuing_then_she"),
    pytest.param(
        "Interior Minister Petra Novak said the camps were secure.\n\n"
        "Mr Karel Dvorak, an opposition MP, criticised the government for what he called its silence. "
        "She said the camps were being expanded.",
        ["new:Petra Novak", "new:Karel Dvorak", "new:Petra Novak"],
        id="she_skips_a_man_for_the_woman_before_him"),
    pytest.param(
        "Prime Minister Olaf Berg told reporters the talks had gone well.\n\n"
        "Opposition leader Ines Kovac said the deal was a betrayal of her voters. "
        "He said he would meet the president on Friday.",
        ["new:Olaf Berg", "new:Ines Kovac", "new:Olaf Berg"],
        id="he_skips_a_woman_to_the_man_before"),
    pytest.param(
        "In a column, Mark Lowcock's appeal was quoted at length.\n\n"
        "A Ghanaian diplomat recalled a conversation. He said Accra had no direct interest in the war.",
        ["", ""],
        id="guard_an_op_ed_s_relayed_he_said_is_not_the_person_named_before"),
    pytest.param(
        "Governor Aziz Kaya said the shelters were ready.\n\n"
        "In the market, a shopkeeper selling blankets said prices had doubled. \"People cannot pay,\" he said.",
        ["new:Aziz Kaya", "", ""],
        id="a_shopkeeper_then_a_quotation_he_said"),
    pytest.param(
        "Defence Minister Ilkka Saarinen said the patrols would continue.\n\n"
        "According to a source close to the talks, the patrols will end in May. He said the decision was final.",
        ["new:Ilkka Saarinen", "", ""],
        id="according_to_a_source_then_he"),
    pytest.param(
        "Interior Minister Petra Novak said the camps were secure.\n\n"
        "Outside, a protester held a sign that read \"Open the border\". He said his brother was in Idlib.",
        ["new:Petra Novak", "", ""],
        id="a_protester_s_placard_then_he"),
    pytest.param(
        "Defence Minister Ilkka Saarinen said the patrols would continue.\n\n"
        "One official in the ministry disagreed. The patrols would stop in May, he said.",
        ["new:Ilkka Saarinen", ""],
        id="one_official_disagreed_then_he_said_at_the_end"),
    pytest.param(
        "Prime Minister Olaf Berg arrived in Oslo on Monday.\n\n"
        "Jon Dahl, a human rights lawyer, said the plan was illegal.\n\n"
        "Berg met the president for an hour. Afterwards he told reporters he would ask for a ceasefire.",
        ["new:Jon Dahl", "new:Olaf Berg"],
        id="guard_a_named_subject_who_did_not_speak_then_he_is_that_person"),
    pytest.param(
        "Health Minister Rafael Soto said the hospitals could cope.\n\n"
        "He added that 12 beds were free in Cusco.",
        ["new:Rafael Soto", "new:Rafael Soto"],
        id="guard_he_after_the_named_minister_stays_his"),
    pytest.param(
        "A police spokesman said the road was closed.\n\n"
        "Mayor Diana Flores said the closure would last a week. She said buses would run.",
        ["", "new:Diana Flores", "new:Diana Flores"],
        id="guard_she_after_a_named_mayor_is_the_mayor"),
    pytest.param(
        "Tomas Vidal, the mayor of Arequipa, said the roads were open.\n\n"
        "A resident disagreed. \"Nothing has moved for days,\" she said.\n\n"
        "Vidal said the first lorries would arrive on Monday. He said fuel was the problem.",
        ["new:Tomas Vidal", "", "new:Tomas Vidal", "new:Tomas Vidal"],
        id="a_resident_in_between_then_the_named_mayor_again"),
    pytest.param(
        "Red Cross official Ola Nilsen said the warehouse was empty.\n\n"
        "A driver who asked not to be named said the lorries were turned back at the gate. "
        "The guards gave no reason, he said.",
        ["new:Ola Nilsen", "", ""],
        id="guard_a_driver_not_named_then_a_carried_he_said"),
    pytest.param(
        "Kira Sato, a spokeswoman for the Tokyo embassy, said 14 citizens had left.\n\n"
        "Officials at the airport said two more flights were planned. They said seats were still free.",
        ["new:Kira Sato", "", ""],
        id="guard_officials_then_they"),
])
def test_method15h_a_pronoun_is_the_most_recent_compatible_mention_named_or_not(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def _referent(unnamed: str = "", name: str = "", gender: str = "", person: bool = True) -> Mention:
    speaker = Speaker(None, NewActor(name, person, "", "") if name else None, unnamed, "named", 1.0)
    return mention(speaker, unnamed or name, person, gender)


def test_method15h_the_antecedent_is_the_most_recent_compatible_referent() -> None:
    olaf, ines = _referent(name="Olaf Berg", gender="he"), _referent(name="Ines Kovac", gender="she")
    resident, officials = _referent("a resident of the old quarter"), _referent("officials at the airport")
    ministry = _referent(name="Interior Ministry", person=False)
    assert antecedent("he", [olaf, ines]) == olaf  # not the woman after him
    assert antecedent("she", [ines, olaf]) == ines
    assert antecedent("he", [olaf, resident]) == resident  # a referent not named is a real one: nobody
    assert antecedent("he", [olaf, officials]) == olaf  # many are no "he"
    assert antecedent("they", [ministry, olaf, officials]) == officials
    assert antecedent("it", [ministry, olaf]) == ministry
    assert antecedent("she", [olaf]) is None


@pytest.mark.parametrize(("phrase", "expected"), [
    ("officials at the airport", True), ("sources in the ministry", True), ("Greek officials", True),
    ("a source close to the talks", False), ("a shopkeeper selling blankets", False), ("one of the doctors", False),
])
def test_method15h_a_referent_is_many_by_its_head_noun(phrase: str, expected: bool) -> None:
    assert many(phrase) is expected


@pytest.mark.parametrize(("said", "expected"), [
    ("Ines Kovac said the deal was a betrayal of her voters", "she"),
    ("Olaf Berg said his government would wait", "he"),
    ("Olaf Berg said Ines Kovac had broken her word", ""),  # another person named: her "her" may be
    ("Olaf Berg said the talks went well", ""),
])
def test_method15h_a_speaker_s_gender_is_what_their_own_sentence_states(said: str, expected: str) -> None:
    assert own_gender(said) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vidal spoke. A resident disagreed. ", "A resident"),
    ("Vidal spoke. Outside, a protester held a sign. ", "a protester"),
    ("Vidal spoke. When I asked a senior official in January, ", "a senior official"),
    ("Vidal spoke. A woman named Umm Sami showed me her tent. ", ""),  # named as she is introduced
    ("Vidal spoke. A resident disagreed. Tomas Vidal shrugged. ", ""),  # a person named since
    ("Vidal spoke. A convoy arrived. ", ""),  # no person
])
def test_method15h_a_person_described_enters_the_model(text: str, expected: str) -> None:
    assert described_person(text, 0, len(text))[0] == expected
