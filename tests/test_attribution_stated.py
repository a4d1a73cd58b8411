"""The one table of the verbs of a view (issue 15, session rev15b): ``lexicon.STATED`` gives each verb of a view held or
stated the forms and the complement that make it a statement, and every reader takes its verbs from there: the medium
verbs ("said"), :mod:`idlibsite.sources.views` (a clause, a forecast, grounds, "as", a claim), :mod:`.unverbed` (a view
with no speech verb) and the tag after the words ("..., analysts are convinced."). Each form of the table is read by
its complement's reader and not without it; and the shared splitters of words (folded, and for the lexicon's look-ups)."""

from __future__ import annotations

import pytest

from idlibsite.attribution.folding import folded, nations_in
from idlibsite.sources.lexicon import COMPLEMENTS, SEEN, STATED, letter_words, stated_readings
from idlibsite.sources.mediumverbs import MEDIUM_VERBS
from idlibsite.sources.speech import speech_verbs
from idlibsite.sources.unverbed import cues

_READ = {  # a complement -> a sentence of our own that states a view with it (a wire's, a column's, a release's forms)
    "said": "{who} {form} that the ceasefire would not survive the winter.",
    "clause": "{who} {form} the ceasefire will not survive the winter.",
    "forecast": "{who} {form} the lira to lose a fifth of its value by June.",
    "grounds": "{who} {form} the closure of the crossing as a security measure.",
    "seen as": "{who} {form} the crisis as a test of the alliance.",
    "claim": "{who} {form} the convoy was never attacked.",
    "object": "{who} {form} a long and costly stalemate.",
    "determined": "{who} {form} a lasting settlement this year.",
    "that": "{who} privately {form} that the talks have stalled.",
    "last": "{who} {form} with the finance ministry.",
    "about": "{who} {form} about the tourist season.",
    "responsible": "{who} {form} the militia fully responsible for the attack.",
    "taken for": "{who} {form} the deal a victory for the opposition.",
    "state wanted": "{who} {form} the observers withdrawn from the border.",
    "degree": "The Red Crescent is deeply {form} by the shelling of the clinic.",
    "tag last": "The truce will hold, analysts are {form}.",
}
_NOT_READ = {  # the same form without its complement: no view stated
    "clause": "{who} {form} in dialogue with the neighbours.",
    "forecast": "{who} {form} concrete support from the neighbours.",
    "grounds": "{who} {form} nothing.",
    "seen as": "{who} {form} the camps every week.",
    "claim": "{who} {form} on the return of the troops.",
    "object": "{who} {form} of a new wave of arrests.",
    "determined": "{who} {form} to travel next week.",
    "that": "{who} {form} the match.",
    "last": "{who} {form} over the figures, the report shows.",
    "about": "{who} {form} constantly.",
    "responsible": "{who} {form} the hill above the town.",
    "taken for": "{who} {form} a bill on pensions.",
    "state wanted": "{who} {form} peace.",
    "degree": "The agency is {form} by the attacks.",
    "tag last": "Analysts are {form} of the figures and will publish them.",
}
_SPEECH = frozenset({"said", "clause", "forecast", "grounds", "seen as", "claim", "tag last"})
"""The complements read by the speech verbs' reader (:func:`speech_verbs`); the others are :func:`cues`'."""


def _who(form: str) -> str:
    """A subject that agrees with the form: a plural before a plain form ("analysts believe"), a singular else."""
    return "The analyst" if form.endswith(("s", "d")) else "Few analysts"


def _readings() -> list[tuple[str, str]]:
    return [(complement, form) for complement, forms in stated_readings(*COMPLEMENTS) for form in forms]


def _found(complement: str, text: str) -> list[str]:
    matches = speech_verbs(text) if complement in _SPEECH else cues(text)
    return [word for m in matches for word in m.group().lower().split()]


def test_every_reading_of_the_table_names_a_complement_with_a_reader() -> None:
    assert {c for verb in STATED.values() for c, _ in verb.read} == set(COMPLEMENTS) == set(_READ)


def test_the_forms_read_with_what_was_said_are_the_rounds_speech_verbs_and_medium_verbs() -> None:
    said = {form for _, forms in stated_readings("said") for form in forms}
    assert said <= set(SEEN) and said <= MEDIUM_VERBS


@pytest.mark.parametrize(("complement", "form"), _readings(), ids=lambda x: x.replace(" ", "_"))
def test_each_form_of_the_table_states_a_view_with_its_complement(complement: str, form: str) -> None:
    text = _READ[complement].format(who=_who(form), form=form)
    assert form in _found(complement, text), text


@pytest.mark.parametrize(("complement", "form"), [(c, f) for c, f in _readings() if c in _NOT_READ],
                         ids=lambda x: x.replace(" ", "_"))
def test_a_form_of_the_table_without_its_complement_states_no_view(complement: str, form: str) -> None:
    text = _NOT_READ[complement].format(who=_who(form), form=form)
    assert form not in _found(complement, text), text


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia’s ministry and Erdoğan’s office", ["russia", "ministry", "and", "erdogan", "office"]),
    ("The al-Assad government, Pyotr said.", ["the", "al-assad", "government", "petr", "said"]),
])
def test_folded_words_are_the_page_s_words_folded_in_order(text: str, expected: list[str]) -> None:
    assert folded(text) == expected
    assert folded(text, 2) == expected[:2]


def test_the_countries_a_text_names_by_name_or_adjective() -> None:
    assert nations_in("Turkish officials met Greece’s envoy.") == {"Turkey", "Greece", ""}
    assert nations_in("the ministry said") == {""}


def test_the_words_looked_up_in_the_lexicon_are_runs_of_a_to_z_lower_cased() -> None:
    assert letter_words("Officials SAID: NATO-led talks, 3rd round") == {"officials", "said", "nato", "led", "talks", "rd", "round"}
    assert letter_words("Erdoğan fears") == {"erdo", "an", "fears"}  # a run glued to other letters only costs a look
