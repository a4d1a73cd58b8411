"""Round 43's people and anonymous sources (issue 15, session fix15bp): a person described by a place before a
person's noun ("The Kuala Lumpur native said") is the person last named, not the place (LABELS rule 8); an anonymous
source closing a country's words ("Algeria condemns ..., a source at the Ministry told APS") and "the same source
added" are nobody named (rule 6); "A and B have both said" is one plural subject, nobody named (Round 36); a quotation
an interview's answer gives to someone it describes is not the answerer's (Round 27); a described person is the one
named next with a role of the same noun, or the guest the page spoke with by an apposition of it (rule 7); "Name of a
<described body>" is the person; "the head of Moroccan diplomacy" is the foreign minister; "For the political scientist
X, ..." makes X whom "he" next stands for.  Texts of our own, in several outlets' forms; "guard" in an id: passes on
integrate too."""

from __future__ import annotations

import pytest

from test_attribution import labels
from test_attribution_nested_answer import _speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('A Filipino nurse in Gaziantep said the wards were full. "We work double shifts," said Maria Santos, 34.'
                 "\n\nThe Cebu native said the hospital had asked foreign staff to stay indoors.",
                 ["new:Maria Santos", "new:Maria Santos", "new:Maria Santos"], id="fix15bp_place_native"),
    pytest.param('Kwame Mensah, a trader from Accra, said prices had doubled in a week.\n\nThe Kumasi native said '
                 "his suppliers in Mersin had closed their shops.", ["new:Kwame Mensah", "new:Kwame Mensah"],
                 id="fix15bp_place_native_after_name"),
])
def test_fix15bp_a_place_before_a_persons_noun_is_the_person_last_named(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("TUNIS- Tunisia rejects any foreign interference in Libya, an informed source at the Foreign Ministry told TAP "
                 'on Monday.\n\n"Only the Libyans can decide their future," the source said.\n\nTunisia renews its call '
                 "for dialogue between the parties, the same source added.", ["", "", ""], id="fix15bp_source_closes_country"),
    pytest.param("Kenya deplores the loss of civilian lives in the Sahel, a senior official at the State Department told "
                 "KNA.\n\nKenya will send medical supplies, the official added.", ["", ""], id="fix15bp_official_closes_country"),
    pytest.param("Tunisia rejects any foreign interference in Libya, Foreign Minister Othman Jerandi said on Monday.",
                 ["new:Othman Jerandi"], id="fix15bp_guard_named_minister_closes"),
])
def test_fix15bp_an_anonymous_source_closing_a_countrys_words_keeps_them_anonymous(text: str, expected: list[str]) -> None:
    """A country's stance, then ", a source at the ministry told X" (LABELS rule 6, Round 28): the source's, nobody named;
    "the source said", "the same source added" next are that source's too."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Pyongyang and Moscow have both said that the sanctions are illegal.", [""], id="fix15bp_have_both_said"),
    pytest.param("Both Nairobi and Addis Ababa said the dam talks had failed.", [""], id="fix15bp_both_before_pair"),
    pytest.param("Peru and Chile both warned that the fishing grounds were closed.", [""], id="fix15bp_both_warned"),
    pytest.param("Kenya said the dam talks had failed.", ["new:Kenya"], id="fix15bp_guard_one_country"),
])
def test_fix15bp_two_principals_who_both_said_are_nobody_named(text: str, expected: list[str]) -> None:
    """"A and B have both said ...": one plural subject of two bodies, each speaking apart (LABELS rule 6, Round 36)."""
    assert labels(text) == expected


_INTERVIEW = ("Q&A: 'The camps are full'\n\nQ: How are the families coping?\n\nMarta Silva: Badly. {answer} The winter is the "
              "worst part.\n\nQ: Thank you.\n\nMarta Silva: Thank you.\n")


@pytest.mark.parametrize("answer", [
    pytest.param('A farmer from Kherson who sleeps in his car told me on the phone, "We have lost everything twice."',
                 id="fix15bp_described_man_told_me"),
    pytest.param('An old woman in the camp said to me, "We have lost everything twice."', id="fix15bp_guard_old_woman_said_to_me"),
])
def test_fix15bp_a_quotation_an_answer_gives_to_a_described_person_is_nobodys(answer: str) -> None:
    """A quotation inside an interview's answer that the answer gives to someone it describes and does not name ("A
    farmer from Kherson told me, "..."") is not the answerer's own words: nobody named (LABELS, Round 27)."""
    got = _speakers(_INTERVIEW.format(answer=answer))
    assert not got["We have lost everything twice."].startswith("new:")  # nobody named: no answerer, no one else
    assert got["The winter is the worst part."] == "new:Marta Silva"  # the answer itself stays hers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("And a Kampala-based economics lecturer has said the fighting should worry East African traders. Makerere "
                 "University lecturer Dr Sarah Nakato said fuel prices would rise.", ["new:Sarah Nakato", "new:Sarah Nakato"],
                 id="fix15bp_described_lecturer_named_with_the_same_noun"),
    pytest.param("A Quito-based security analyst says the border will stay closed for weeks.\n\nIndependent analyst "
                 "Pablo Andrade said the army had moved two brigades north.", ["new:Pablo Andrade", "new:Pablo Andrade"],
                 id="fix15bp_described_analyst_named_next_paragraph"),
    pytest.param("A Kampala-based economics lecturer has said the fighting should worry East African traders. Opposition "
                 "MP Joyce Bagala said the roads were safe.", ["", "new:Joyce Bagala"],
                 id="fix15bp_guard_another_role_is_another_person"),
])
def test_fix15bp_a_described_person_is_the_one_named_next_by_the_same_noun(text: str, expected: list[str]) -> None:
    """"A Lusaka-based lecturer has said ... University of Zambia lecturer Dr X said": a role of the same head noun as the
    description names the person described (LABELS rule 7), where another role ("Opposition MP") is another person."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A Nairobi-based analyst says Addis Ababa is watching the dam talks closely.\n\nEgypt's foreign ministry "
                 "said on Monday that the talks had failed, and spokesman Ahmed Hafez said Cairo would go to the UN.\n\n"
                 "The Nation spoke with Wanjiru Kamau, an analyst at a think tank in Nairobi, about the region.",
                 "new:Wanjiru Kamau", id="fix15bp_deck_analyst_apposed_two_paragraphs_on"),
    pytest.param("A Lima-based lawyer says the mining law will fall.\n\nChile's finance ministry said exports had "
                 "slowed.\n\nWe asked Rosa Quispe, a lawyer at the Catholic University, what comes next.",
                 "new:Rosa Quispe", id="fix15bp_lawyer_apposed_next_paragraph"),
    pytest.param("A Lima-based lawyer says the mining law will fall.\n\nChile's finance ministry said exports had "
                 "slowed.\n\nWe asked Rosa Quispe, a trader at the port, what comes next.", "",
                 id="fix15bp_guard_another_noun_is_another_person"),
])
def test_fix15bp_a_described_person_is_the_one_apposed_by_the_same_noun(text: str, expected: str) -> None:
    """"An Istanbul-based researcher says ..." over "... spoke with Name, a researcher on ..." two paragraphs on, past
    another speaker with a role of their own: the person described (LABELS rule 7)."""
    assert labels(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The labour economist Ana Ruiz of a Lima policy institute says Peruvians in Chile are rarely counted.",
                 ["new:Ana Ruiz"], id="fix15bp_name_of_a_described_institute"),
    pytest.param("Imam Yusuf Okoro of an Abuja mosque said the families needed blankets.", ["new:Yusuf Okoro"],
                 id="fix15bp_name_of_a_described_mosque"),
])
def test_fix15bp_a_body_described_after_a_name_is_no_part_of_it(text: str, expected: list[str]) -> None:
    """"The migration researcher Sarita Gurung of a Kathmandu labour think tank says ...": the person speaks."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Minister Ousmane Sonko, speaking in Dakar beside his Gambian counterpart, went further. \"Nobody wins "
                 "this war,\" the head of Senegalese diplomacy declared.", ["new:Ousmane Sonko"], id="fix15bp_head_of_diplomacy"),
    pytest.param("Foreign Minister Lamine Diallo met the ambassadors on Tuesday. \"Guinea will not be a bystander,\" the "
                 "chief of Guinean diplomacy told them.", ["new:Lamine Diallo"], id="fix15bp_chief_of_diplomacy"),
])
def test_fix15bp_the_head_of_a_countrys_diplomacy_is_its_foreign_minister(text: str, expected: list[str]) -> None:
    """'"...," the head of Moroccan diplomacy declared' after "Minister Nasser Bourita": a title for the person named
    before (LABELS rule 8), as "the foreign minister"."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"We have not slept for a week," a baker in Tyre told the agency. Hassan, 52, says his oven has been cold '
                 "since Monday.\n\nFor the historian Leila Haddad, the ceasefire is \"fragile\". She noted that both sides "
                 "had broken three truces since 2019.", "new:Leila Haddad", id="fix15bp_for_the_historian"),
    pytest.param("Farmer Jonas Berg said the harvest was lost.\n\nFor the retired hydrologist Anders Lund, the drought is "
                 "a warning. He added that the wells would be dry by June.", "new:Anders Lund", id="fix15bp_for_the_hydrologist"),
])
def test_fix15bp_a_pronoun_after_a_sentence_that_opens_with_whose_view_it_is(text: str, expected: str) -> None:
    """"For the political scientist Karim Bennani, the position is "consistent". He noted ...": "he" is the person whose
    view the sentence gave (LABELS rule 8), not the speaker before him."""
    assert labels(text)[-1] == expected
