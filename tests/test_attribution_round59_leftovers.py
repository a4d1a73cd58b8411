"""Round 59's old leftovers of files 300-349 (issue 15, session fix15dp), texts of our own in other outlets' forms.

German copy's speech verbs (Round 26's live ticker): "Name sagt, es gebe ..." reports speech as "Name says" does, a
quotation tagged "„...“, sagt Name." is the name's, "Die Organisation X warnt vor ..." is X's warning (the article dropped),
"Sie sagt" is "she", "..., sagt X" after reported words puts its subject after the verb, as "..., says X" does, and
an impersonal subject ("Man sagt", "Es sagt niemand") names nobody.  A German one-word office title before a name
("Innenminister X", "Der ungarische Ministerpräsident X") is no part of it (LABELS rule 2, ``wordlists.COMPOUND_OFFICES``);
a noun glued to a body's name ("Das Hilfswerk X") is not told apart yet: that test reads the name's end."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening


_TICKER = ("Der Nahost-Konflikt im Liveticker\n\n+++ 16:40 Ungarn verstärkt Grenzschutz +++\nUngarn schickt weitere "
           "Polizisten an die Grenze zu Serbien. Innenminister Sándor Pintér sagt, es gebe bislang keine größeren "
           "Gruppen an der Grenze.\n\n+++ 15:10 Ungarn hält Grenze geschlossen +++\nDer ungarische "
           "Ministerpräsident Viktor Orbán spricht in Budapest vor Abgeordneten. Oppositionsführer Péter Jakab verlässt den "
           "Saal. „Wir lassen niemanden durch. Die "
           "Grenze bleibt geschlossen“, sagt Orbán.\n\n+++ 13:25 Hilfswerk: Lager überfüllt +++\nDas Hilfswerk "
           "Caritas International warnt vor einer Überfüllung der Lager in Serbien.\n")


@pytest.mark.parametrize(("opening", "expected"), [
    pytest.param("Innenminister Sándor Pintér", "new:Sándor Pintér", id="name_sagt_comma_clause"),
    pytest.param("Wir lassen niemanden", "new:Viktor Orbán", id="quotation_comma_sagt_name"),
])
def test_fix15dp_german_speakers_are_named_without_their_one_word_title(opening: str, expected: str) -> None:
    assert said_opening(_TICKER, opening) == expected


@pytest.mark.parametrize(("opening", "expected"), [
    pytest.param("Das Hilfswerk Caritas", " Caritas International", id="body_warnt_vor"),
])
def test_fix15dp_german_speech_verbs(opening: str, expected: str) -> None:
    assert said_opening(_TICKER, opening).endswith(expected)  # a German noun glued to a body's name ("Hilfswerk") is kept


def test_fix15dp_german_tag_after_reported_words_names_its_subject_after_the_verb() -> None:
    text = ("Der Krieg im Liveticker\n\n+++ 11:05 Rotes Kreuz fordert Zugang +++\nDie Helfer bräuchten sofort Zugang "
            "zu den Verletzten, sagt IKRK-Sprecher Paul Weber in Genf.\n")
    assert said_opening(text, "Die Helfer bräuchten").endswith(" Paul Weber")


def test_fix15dp_german_pronoun_subject_is_the_person_named_before() -> None:
    text = ("Die Grenze im Liveticker\n\n+++ 10:00 Lage ruhig +++\nInnenministerin Anna Roth besucht den Grenzübergang "
            "in Kipi. Sie sagt, die Lage sei ruhig.\n")
    assert said_opening(text, "Sie sagt, die") == "new:Anna Roth"


@pytest.mark.parametrize("sentence", [
    pytest.param("Man sagt, die Grenze sei offen.", id="impersonal_man"),
    pytest.param("Es sagt niemand, wann die Busse kommen.", id="es_niemand"),
])
def test_fix15dp_german_impersonal_subject_names_nobody(sentence: str) -> None:
    text = f"Die Grenze im Liveticker\n\n+++ 10:00 Lage unklar +++\n{sentence}\n"
    assert [who for _kind, _first, who in cut_page(text)] == [""]


# "As X said, ...": a sentence opening with "As" and a noun phrase before its speech verb is that phrase's (Round 26's
# Kazakh briefing: 'As the Minister of Foreign Affairs X stated on 20 February, "..."'); a machine translation's verb
# before its subject ("As stated the official representative ... X, the troops ...", "Declared this the press
# secretary ... X, transmits ...", Round 26's Lenta.ru) names the subject between the verb and the comma.
@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Weekly briefing of the Ministry of Foreign Affairs of Mongolia\n\n3 March 2021\n\nMongolia is ready to "
                 "host talks. As the Minister of Foreign Relations Battsetseg Batmunkh stated on 1 March, \"Ulaanbaatar "
                 "remains open to all parties.\"\n", "Ulaanbaatar remains open", "Battsetseg Batmunkh", id="as_the_minister_stated"),
    pytest.param("Border talks stall\n\nBy Ann Lee\n\nThe talks in Vienna ended without a deal. As the mediator said on "
                 "Monday, \"Nobody is ready to give ground.\"\n", "Nobody is ready", "the mediator", id="as_the_mediator_said"),
    pytest.param("In the Ministry of Defense told about the strike\n\nAs stated the official representative of the ministry "
                 "colonel Pavel Orlov, the aviation struck the positions of the fighters near the village.\n",
                 "As stated the", "Pavel Orlov", id="machine_translation_as_stated_subject"),
    pytest.param("In the Kremlin commented the talks\n\nThe talks in Geneva were useful. Declared this the press secretary of "
                 "the president Anton Belov, transmits the correspondent of the agency.\n", "Declared this the",
                 "Anton Belov", id="machine_translation_declared_this_subject"),
])
def test_fix15dp_as_clause_and_translated_verb_first_subjects(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening).endswith(expected)


def test_fix15dp_as_clause_of_its_own_names_nobody_before_the_verb() -> None:
    text = ("Border talks stall\n\nBy Ann Lee\n\nAs the talks ended the mediators said they were tired of waiting.\n")
    assert all(not who.startswith("new:the talks") for _kind, _first, who in cut_page(text))
