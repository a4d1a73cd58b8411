"""Round 23's classes of error (see bench/README.md, "Round 23's classes fixed"): a country by its official form,
its delegation or its bare name is its government; fragments are no names; a one-word capitalised title in apposition."""

from __future__ import annotations

from test_attribution import labels, speakers


def test_a_country_by_its_official_form_its_delegation_or_its_name_is_its_government() -> None:
    text = ("At the council session, the Russian Federation said the inquiry was one-sided.\n\n"
            "Syria, speaking as the concerned country, said that the findings were false.\n\n"
            "The Syrian Arab Republic said the figures had been invented.\n\n"
            "The Turkish delegation said the border would stay open.\n\n"
            "The delegation of the Islamic Republic of Iran said the sanctions were illegal.\n\n"
            "The Norwegian delegation said the fund was empty.")
    assert labels(text) == ["russia", "syrian-government", "syrian-government", "turkey", "new:Iran", "new:Norway"]


def test_a_union_is_no_country() -> None:
    assert labels("The European Union said the talks would resume.") == ["new:European Union"]


def test_indefinite_pronouns_and_ordinals_are_no_names() -> None:
    assert labels('Nobody says who "the culprits" are.') == [""]
    assert labels('First, tell the truth, she said.') == [""]


def test_a_clause_after_that_is_no_part_of_a_name() -> None:
    from idlibsite.attribution.names import proposable
    assert not proposable("Oslo that the tariff")
    assert proposable("Olga Berg")


def test_premier_is_a_title() -> None:
    text = 'Premier Ivan Dobrev said the talks were useful. "I will not argue," the Premier said.'
    assert labels(text) == ["new:Ivan Dobrev", "new:Ivan Dobrev"]


def test_a_one_word_capitalised_title_of_a_body_in_apposition_is_a_role() -> None:
    text = ("Anna Holt, Chairperson of the Regional Water Board, presenting the figures, said that the reservoirs were low.\n\n"
            "Piet Maas, Member of the Board, stressed that the pumps had failed.")
    assert speakers(text) == [("reported", "Anna Holt, Chairperson", "new:Anna Holt"),
                              ("reported", "Piet Maas, Member", "new:Piet Maas")]

