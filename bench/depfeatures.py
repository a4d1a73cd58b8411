"""A dependency parse's relations as evidence for choosing a passage's speaker among the rules' candidates (issue 15,
session dep15).

:func:`relations` reads spaCy's parse of the page (bench/depparse.py) around one passage: the speech verbs of the
passage's sentence (the lexicon's one-word verbs and "according to"), the one whose clause holds or introduces the
passage (the governing verb: the nearest in the tree to a token of the passage), its subject, and the subjects of the
one or two sentences before.  For each candidate (where the page names it: the starts of its capitalised runs) it gives
general features: is it the governing verb's subject (or that subject's apposition or conjunct), inside the subject's
phrase without being its head ("X's spokesman", "a spokesman for X"), the object of "according to", the hearer of a
speech verb ("told X"), the subject of a clause inside the passage, the subject of the previous sentences' main or
speech verb; and, crossed with what the candidate is, the kind of the governing verb's subject (a pronoun that agrees
with a person or a body, a role's common noun, a name, none).  No line here names an article, an outlet or a speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from idlibsite.sources.speech import MASK, SPEECH_VERBS

VERBS = frozenset(v for v in SPEECH_VERBS if " " not in v)
SUBJECT = ("nsubj", "nsubjpass")
NAME_INSIDE = ("compound", "flat", "nn")
MODIFIER = ("det", "amod", "nummod")
HEARER = ("dobj", "dative", "iobj")
COMPLEMENT = ("ccomp", "xcomp", "parataxis", "dobj", "advcl", "oprd", "attr")
PERSONAL = frozenset("he she him her i we you".split())
IMPERSONAL = frozenset("it they".split())

NAMES = (
    "gov_subject", "gov_subject_near", "speech_subject_other", "in_gov_subject_phrase", "according_to", "hearer",
    "passage_subject", "passage_other", "previous_main_subject", "previous_speech_subject", "sentence_other",
    "person&gov_he_she", "body&gov_it_they", "recent1&gov_pronoun", "recent1&gov_common", "named&gov_common",
    "nobody&no_gov", "nobody&gov_common", "nobody&gov_pronoun", "nobody&no_speech_verb", "cascade&gov_name_not_it",
)


@dataclass(frozen=True)
class Spot:
    """One found passage as the features see it: its span, its sentence's span, and for each candidate whether it
    names somebody, is a person, is the last speaker answered before, is the cascade's, and where the page names it."""

    kind: str  # "direct" or "reported"
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    masked: str  # the sentence with its quotations masked
    nobody: tuple[bool, ...]
    person: tuple[bool, ...]
    recent1: tuple[bool, ...]
    cascade: tuple[bool, ...]
    mentions: tuple[tuple[int, ...], ...]
    names: tuple[tuple[str, ...], ...]  # each candidate's names as its record has them (a person's surname too)


def _token_at(doc: Any, starts: list[int], at: int) -> Any:
    """The token that holds character ``at``."""
    return doc[max(bisect.bisect_right(starts, at) - 1, 0)]


def _head(token: Any) -> Any:
    """The head of the name a token begins ("Recep" of "Recep Tayyip Erdoğan" -> "Erdoğan", "The" of "The Turkish
    Defence Ministry" -> "Ministry"): up its words' heads to the right, a few tokens at most."""
    first = token.i
    while token.dep_ in NAME_INSIDE + MODIFIER and token.i < token.head.i <= first + 8:
        token = token.head
    return token


def _written(text: str, spot: Spot, n: int) -> list[int]:
    """Where the page writes candidate ``n``: the starts of its capitalised runs and of its names."""
    at = set(spot.mentions[n])
    for name in spot.names[n]:
        at |= {m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)}
    return sorted(at)


def _distance(a: Any, b: Any) -> int:
    """Edges between two tokens of one tree (a large number across sentences)."""
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return 99


def _is_speech(token: Any) -> bool:
    return token.text.lower() in VERBS and token.pos_ in ("VERB", "AUX")


def _subject(verb: Any) -> Any:
    return next((c for c in verb.children if c.dep_ in SUBJECT), None)


def _according(token: Any) -> bool:
    return token.dep_ == "pobj" and token.head.text.lower() == "to" and token.head.head.text.lower() == "according"


def _hearer(token: Any) -> bool:
    """The token is whom a speech verb addresses: its object ("told X") or "to X" after it ("said to X")."""
    return (token.dep_ in HEARER and _is_speech(token.head)) or (
        token.dep_ == "pobj" and token.head.text.lower() == "to" and _is_speech(token.head.head))


def _same_np(token: Any, subject: Any) -> bool:
    """The token is the subject, its apposition or a conjunct of it."""
    return token.i == subject.i or (token.head.i == subject.i and token.dep_ in ("appos", "conj")) or (
        subject.head.i == token.i and subject.dep_ == "appos")


def _kind(subject: Any) -> str:
    if subject is None:
        return "none"
    word = subject.text.lower()
    if word in PERSONAL:
        return "he_she"
    if word in IMPERSONAL:
        return "it_they"
    return "name" if subject.pos_ == "PROPN" else "common"


def _governing(doc: Any, spot: Spot) -> tuple[list[Any], Any, list[Any], int]:
    """The sentence's speech verbs outside the quotations (outside the passage for a quotation), the governing one (or
    None), the passage's content tokens and the governing verb's distance to them: for a quotation its tokens, the verb
    the nearest to one of them in the tree; for a reported sentence the highest speech verb in the tree, the content its
    complements (the reported clause), the distance its depth below the sentence's root."""
    sentence = [t for t in doc if spot.sentence_start <= t.idx < spot.sentence_end]
    quoted = {t.i for t in sentence if spot.masked[t.idx - spot.sentence_start: t.idx - spot.sentence_start + 1] == MASK}
    if spot.kind == "direct":
        content = [t for t in sentence if spot.start <= t.idx < spot.end]
        verbs = [t for t in sentence if _is_speech(t) and t not in content and t.i not in quoted]
        near = {v.i: min((_distance(v, t) for t in content), default=99) for v in verbs}
        linked = [v for v in verbs if near[v.i] < 99]
        gov = min(linked, key=lambda v: (near[v.i], v.i)) if linked else None
        return verbs, gov, content, near[gov.i] if gov is not None else 99
    verbs = [t for t in sentence if _is_speech(t) and t.i not in quoted]
    if not verbs:
        return verbs, None, [], 99
    gov = min(verbs, key=lambda v: (len(list(v.ancestors)), v.i))
    content = [t for c in gov.children if c.dep_ in COMPLEMENT for t in c.subtree]
    return verbs, gov, content, len(list(gov.ancestors))


def relations(doc: Any, spot: Spot) -> list[list[float]]:
    """The features of :data:`NAMES` for each candidate of ``spot``."""
    starts = [t.idx for t in doc]
    verbs, gov, content, gov_distance = _governing(doc, spot)
    inside = {t.i for t in content}
    gov_subject = _subject(gov) if gov is not None else None
    kind = _kind(gov_subject)
    first = _token_at(doc, starts, spot.sentence_start)
    before = [s for s in doc.sents if s.end <= first.i][-2:]
    previous_main = {_subject(s.root).i for s in before if _subject(s.root) is not None}
    previous_speech = {_subject(t).i for s in before for t in s if _is_speech(t) and _subject(t) is not None}
    other_subjects = {_subject(v).i for v in verbs if v is not gov and _subject(v) is not None}
    window = spot.sentence_start if not before else before[0].start_char
    out = []
    for n in range(len(spot.mentions)):
        heads = [_head(_token_at(doc, starts, a)) for a in _written(doc.text, spot, n) if window <= a < spot.sentence_end]
        here = [h for h in heads if spot.sentence_start <= h.idx < spot.sentence_end]
        hearers = [h for h in here if _hearer(h)]
        in_passage = [h for h in here if h.i in inside and h not in hearers]
        out_passage = [h for h in here if h.i not in inside and h not in hearers]
        is_gov = gov_subject is not None and any(_same_np(h, gov_subject) for h in out_passage)
        in_phrase = gov_subject is not None and any(
            not _same_np(h, gov_subject) and gov_subject in h.ancestors for h in out_passage)
        speech_other = any(h.i in other_subjects for h in out_passage)
        according = any(_according(h) for h in out_passage)
        hearer = bool(hearers)
        named = not spot.nobody[n]
        f = [float(is_gov), float(is_gov) / (1 + gov_distance), float(speech_other), float(in_phrase), float(according),
             float(hearer), float(any(h.dep_ in SUBJECT for h in in_passage)),
             float(any(h.dep_ not in SUBJECT for h in in_passage)),
             float(any(h.i in previous_main for h in heads)), float(any(h.i in previous_speech for h in heads)),
             float(bool(out_passage) and not (is_gov or in_phrase or speech_other or according or hearer))]
        f += [float(named and spot.person[n] and kind == "he_she"), float(named and not spot.person[n] and kind == "it_they"),
              float(spot.recent1[n] and kind in ("he_she", "it_they")), float(spot.recent1[n] and kind == "common"),
              float(named and kind == "common" and bool(here)),
              float(spot.nobody[n] and gov is None), float(spot.nobody[n] and kind == "common"),
              float(spot.nobody[n] and kind in ("he_she", "it_they")), float(spot.nobody[n] and not verbs),
              float(spot.cascade[n] and kind == "name" and not is_gov)]
        out.append(f)
    return out
