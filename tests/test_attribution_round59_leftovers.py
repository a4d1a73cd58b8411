"""Round 59's old leftovers of files 300-349 (issue 15, session fix15dp), texts of our own in other outlets' forms.

German copy's speech verbs (Round 26's live ticker): "Name sagt, es gebe ..." reports speech as "Name says" does, a
quotation tagged "„...“, sagt Name." is the name's, "Die Organisation X warnt vor ..." is X's warning (the article dropped),
"Sie sagt" is "she", "..., sagt X" after reported words puts its subject after the verb, as "..., says X" does, and
an impersonal subject ("Man sagt", "Es sagt niemand") names nobody.  A German title glued before a name ("Innenminister X") is not told apart from
the name yet: the tests read the name's end."""

from __future__ import annotations

import pytest

from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


_TICKER = ("Der Nahost-Konflikt im Liveticker\n\n+++ 16:40 Ungarn verstärkt Grenzschutz +++\nUngarn schickt weitere "
           "Polizisten an die Grenze zu Serbien. Innenminister Sándor Pintér sagt, es gebe bislang keine größeren "
           "Gruppen an der Grenze.\n\n+++ 15:10 Ungarn hält Grenze geschlossen +++\nDer ungarische "
           "Ministerpräsident Viktor Orbán spricht in Budapest vor Abgeordneten. Oppositionsführer Péter Jakab verlässt den "
           "Saal. „Wir lassen niemanden durch. Die "
           "Grenze bleibt geschlossen“, sagt Orbán.\n\n+++ 13:25 Hilfswerk: Lager überfüllt +++\nDas Hilfswerk "
           "Caritas International warnt vor einer Überfüllung der Lager in Serbien.\n")


@pytest.mark.parametrize(("opening", "expected"), [
    pytest.param("Innenminister Sándor Pintér", " Sándor Pintér", id="name_sagt_comma_clause"),
    pytest.param("Wir lassen niemanden", " Viktor Orbán", id="quotation_comma_sagt_name"),
    pytest.param("Das Hilfswerk Caritas", " Caritas International", id="body_warnt_vor"),
])
def test_fix15dp_german_speech_verbs(opening: str, expected: str) -> None:
    assert _said(_TICKER, opening).endswith(expected)  # a German title or noun glued to the name ("Innenminister", "Hilfswerk") is kept


def test_fix15dp_german_tag_after_reported_words_names_its_subject_after_the_verb() -> None:
    text = ("Der Krieg im Liveticker\n\n+++ 11:05 Rotes Kreuz fordert Zugang +++\nDie Helfer bräuchten sofort Zugang "
            "zu den Verletzten, sagt IKRK-Sprecher Paul Weber in Genf.\n")
    assert _said(text, "Die Helfer bräuchten").endswith(" Paul Weber")


def test_fix15dp_german_pronoun_subject_is_the_person_named_before() -> None:
    text = ("Die Grenze im Liveticker\n\n+++ 10:00 Lage ruhig +++\nInnenministerin Anna Roth besucht den Grenzübergang "
            "in Kipi. Sie sagt, die Lage sei ruhig.\n")
    assert _said(text, "Sie sagt, die").endswith(" Anna Roth")


@pytest.mark.parametrize("sentence", [
    pytest.param("Man sagt, die Grenze sei offen.", id="impersonal_man"),
    pytest.param("Es sagt niemand, wann die Busse kommen.", id="es_niemand"),
])
def test_fix15dp_german_impersonal_subject_names_nobody(sentence: str) -> None:
    text = f"Die Grenze im Liveticker\n\n+++ 10:00 Lage unklar +++\n{sentence}\n"
    assert [who for _kind, _first, who in cut_page(text)] == [""]
