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
    from idlibsite.attribution.proposal import proposable
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


_MORNING_SHOW = """Le journal de 7h
Paul Martin : « On the Danube, the worst flood in a century »

Anne Roy : Good morning, Paul Martin.

Paul Martin : Good morning.

Anne Roy : Thousands evacuated, dikes broken. What can the state do?

Paul Martin : First, tell the truth. The water is still rising in the valley.

Marc Blum : But the army came late. Why?

Paul Martin : It came at night. We will send more pumps tomorrow.

Marc Blum : The villages are angry. Is that fair?

Paul Martin : Anger is fair. The state is there.

Anne Roy : On the line, Lise, in Vukovar.

Lise (listener) : Minister, our cellars are full of water. Who pays?

Paul Martin : Madame, the fund pays, from Monday."""


def test_a_tag_with_a_space_before_its_colon_opens_a_turn_and_a_second_host_only_asks() -> None:
    got = speakers(_MORNING_SHOW)
    said = {words: who for _kind, words, who in got}
    assert said["On the Danube,"] == "new:Paul Martin"  # the headline's "Name : « words »", under a kicker line
    assert said["The water is"] == said["We will send"] == said["Anger is fair."] == "new:Paul Martin"
    assert said["Madame, the fund"] == "new:Paul Martin"  # a caller's "(listener)" makes no narrator of the guest
    assert not any(words.startswith(("Thousands evacuated,", "But the army", "The villages are")) for _kind, words, _who in got)  # both hosts ask


def test_a_summary_s_sentences_in_the_past_of_reported_speech_go_on_with_the_speaker_who_said_that() -> None:
    text = ("Olga Berg, Chair of the Harbour Council, said that the quays were unsafe. Since May, three cranes had "
            "collapsed. The pilots were working double shifts. The mayor visited the port on Friday.\n\n"
            "Denmark said that the fund was empty. The donors had not paid.\n\n"
            "The coastguard said the ferry was late. The storm had closed the strait.")
    assert speakers(text) == [
        ("reported", "Olga Berg, Chair", "new:Olga Berg"),
        ("reported", "Since May, three", "new:Olga Berg"),
        ("reported", "The pilots were", "new:Olga Berg"),
        ("reported", "Denmark said that", "new:Denmark"),
        ("reported", "The donors had", "new:Denmark"),
        ("reported", "The coastguard said", "")]  # without "that" the next sentence is narration


def test_the_delegation_is_the_last_country_that_spoke() -> None:
    text = ("Norway said the inquiry was one-sided. Oslo would keep helping, the delegation said.\n\n"
            "Turkey said it had taken in many Syrians. Speaking in a right of reply, the delegation said that its "
            "troops were there legally.")
    assert labels(text) == ["new:Norway", "new:Norway", "turkey", "turkey"]


def test_no_is_an_abbreviation_only_before_a_number() -> None:
    text = "The mayor said no. The council said yes to decree No. 5 on Monday."
    assert [words for _kind, words, _who in speakers(text)] == ["The mayor said", "The council said"]



def test_a_capitalised_name_ending_in_ly_is_no_adverb() -> None:
    text = ("Dara Kelly, Member of the Harbour Board, stressed that the quays were unsafe. The cranes must stop, "
            "Ms. Kelly added.")
    assert labels(text) == ["new:Dara Kelly", "new:Dara Kelly"]


def test_a_role_anaphor_is_the_one_person_the_page_named_with_that_title() -> None:
    text = ('The spokesman Ivo Dana briefed reporters after the meeting chaired by Prime Minister Lena Varga. "The border '
            'is shut," Mr. Dana said.\n\n"We will hold," the Prime Minister wrote.')
    assert labels(text) == ["new:Ivo Dana", "new:Lena Varga"]
    text = ('President Anton Roos met President Mila Berg. "The talks were good," Mr. Roos said.\n\n'
            '"We agree," the president said.')
    assert labels(text)[1] != "new:Mila Berg"  # two presidents named: no one holder by the title alone
