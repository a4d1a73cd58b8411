"""Round 25's classes of wrong answers (session fix15w): general rules, each pinned by sentences of our own."""

from __future__ import annotations

import pytest

from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Chile's foreign ministry said the talks must resume.",
        ["new:Chile's foreign ministry"], id="a_possessive_country_the_actors_file_lacks"),
    pytest.param(
        "The Foreign Ministry of Chile said the talks must resume.",
        ["new:Foreign Ministry of Chile"], id="a_country_after_of_the_actors_file_lacks"),
    pytest.param(
        'In a statement, the Foreign Ministry (Seri Perdana House) said the talks would bring "a lasting calm" to the '
        "region.\n\nThe ministry added that the country stood ready to help.",
        ["new:Seri Perdana House"] * 3, id="a_body_given_its_own_name_is_known_only_by_that_name"),
    pytest.param(
        "The Foreign Ministry said the talks must resume.",
        ["russian-foreign-ministry"], id="a_bare_alias_still_matches"),
])
def test_a_body_of_another_country_is_never_a_known_actor(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Both sides tell a story. I would be wary of both claims.", [""], id="a_modal_clause_with_I"),
    pytest.param("Good morning. I only want to say we should stay out of it.", [""], id="I_want_to_say"),
    pytest.param("I have already said that this is unacceptable.", [""], id="I_and_an_auxiliary"),
    pytest.param("We have always said that this is unacceptable.", [""], id="we_and_an_auxiliary"),
    pytest.param("Ms Rana Aziz, yesterday you wrote on Facebook that the truce was «a trap». Why?", ["", ""],
                 id="a_time_and_you"),
])
def test_a_clause_with_a_personal_pronoun_is_no_name(text: str, expected: list[str]) -> None:
    assert [who for _kind, _words, who in speakers(text, unnamed=True)] == expected


def test_a_headline_clause_before_its_colon_is_no_name() -> None:
    text = 'Athens reacts to Ankara\'s statement on Lesbos: "Turkey should keep its promises"'
    assert [who for _kind, _words, who in speakers(text, unnamed=True)] == [""]


def test_a_noun_phrase_after_said_that_has_its_own_verb_is_the_reported_subject() -> None:
    text = ("UNICEF's Regional Director for the Middle East and North Africa, Ted Chaiban, said the agency's partners "
            "on the ground had worked through the night.")
    assert labels(text) == ["new:Ted Chaiban"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Senior lecturer Dr Aminah Karim of Universiti Teknologi Samoa said the truce was "a breathing space".'
                 '\n\n"Both armies will be back," she said.', ["new:Aminah Karim"] * 3, id="a_university_in_its_own_language"),
    pytest.param("Rear Admiral Jon Berg of the Norwegian Navy said the patrols would go on.", ["new:Jon Berg"],
                 id="a_service_with_no_body_word"),
    pytest.param('Security analyst Associate Prof Dr Aminah Karim of Universiti Teknologi Samoa said the truce was "a breathing '
                 'space".', ["new:Aminah Karim"] * 2, id="the_name_after_a_run_of_titles"),
])
def test_a_titled_person_of_a_body_is_the_person(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The speaker for the Russian Federation said his Government had done everything to stop the fire.",
                 ["russia"], id="the_speaker_for_a_country_is_its_representative"),
    pytest.param("The speaker for the Kingdom of Norway said her delegation supported the draft.", ["new:Norway"],
                 id="a_country_by_its_official_form_proposed_by_its_name"),
    pytest.param("Speaking for the European Union, the representative of Finland urged all parties to respect the truce.",
                 ["new:Finland"], id="a_participial_opening_is_never_the_subject"),
    pytest.param("Speaking on behalf of the Arab Group, the delegate of Kuwait said the talks must resume.",
                 ["new:Kuwait"], id="on_behalf_of_a_group_the_delegate"),
])
def test_a_delegate_at_a_meeting_speaks_for_the_country(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_according_to_is_no_participial_opening() -> None:
    text = 'According to Kremlin spokesman Dmitry Peskov, the Russian leader told his guest that "nobody at all knew where they were."'
    assert labels(text) == ["dmitry-peskov"] * 2


def test_the_scorer_takes_a_ministrys_formal_name_with_its_country_after_it() -> None:
    from bench.names import same_name

    assert same_name("Ministry of Foreign Affairs of Norway", "Norwegian Foreign Ministry")  # LABELS rule 9
    assert same_name("Ministry of Defence of Poland", "Polish Defence Ministry")
    assert not same_name("Ministry of Foreign Affairs of Norway", "Polish Foreign Ministry")
    assert same_name("Swedish Ministry for Foreign Affairs", "Swedish Foreign Ministry")  # "for" as official English names write it
    assert not same_name("Swedish Ministry for Foreign Affairs", "Swedish Defence Ministry")


@pytest.mark.parametrize("text", ["Many in Asia say that the region must not be pressured by Beijing.",
                                  "Some in Washington say that the deal is dead."])
def test_a_quantifier_in_a_place_names_nobody(text: str) -> None:
    assert labels(text) == [""]
