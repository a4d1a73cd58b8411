"""Whom "he" or "she" stands for when an interview's answer quotes them: the one person the question names (pure).

An answer speaks as "I", so a quotation it gives to "he" or "she" ("He said it himself on Saturday: "..."") is
someone else's words: when the interviewer's question right before the answer names one person ("Erdogan has
opened the doors to Europe. What does he want?"), that person's (LABELS "Briefings" (b): words in marks given to a
named speaker by a speech verb, inside an answer); when the question names nobody or several, nobody (Round 27).
"""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.forms import RELAYED_IN_ANSWER
from idlibsite.attribution.fullnames import NOT_OPENING, full_name
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.proposal import proposable
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen

_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b")
"""The relay's subject that can only be a person the answer talks of, never the answerer ("I")."""
_RUN = re.compile(r"[A-Z][\w’'-]+(?:[^\S\n]+(?:(?:al|bin|von|van|de|der)[^\S\n]+)?[A-Z][\w’'-]+)*")
"""A run of capitalised words in the question: a name, or a word that opens a sentence."""
_TAG = re.compile(r"[^\n:]{1,60}:[^\S\n]+")
"""The interviewer's tag opening the question ("SEMANA: "): no part of what it asks."""


def _person(run: str, before: str, actors: tuple[Actor, ...], seen: Seen) -> str:
    """The person a run of the question names, by the label the page's speakers take: a known person ("Erdogan"), a
    full name ("Anna Berg"), or a surname whose one full name the page gives before; "" for anything else ("What",
    "Europe", "Moscow")."""
    name = run if len(run.split()) > 1 else full_name(before, run) or run
    got = resolve(Clause(name, "", ""), actors, seen)
    if got and got.actor:
        return got.actor.name if got.actor.kind == "person" else ""
    known = len(name.split()) > 1 and read_phrase(name).person and proposable(name)
    return got.new.name if known and got and got.new and got.new.person else ""


def asked_about(text: str, start: int, at: int, answerer: str, actors: tuple[Actor, ...], seen: Seen) -> Speaker | None:
    """The speaker of a quotation at ``at`` in an answer's sentence from ``start`` that gives it to "he" or "she": the one
    person, not the ``answerer`` (by label), whom the question just before the answer's paragraph names; None when the
    relay is no pronoun's, the paragraph before asks nothing, or it names nobody or more than one person."""
    relay = RELAYED_IN_ANSWER.search(text, start, at)
    if not relay or not _PRONOUN.match(relay.group()):
        return None
    paragraph = text.rfind("\n\n", 0, start)
    question_at = text.rfind("\n\n", 0, paragraph) + 2 if paragraph > 0 else -1
    question = text[question_at:paragraph].strip() if question_at >= 0 else ""
    if not question.endswith("?"):
        return None
    tag = _TAG.match(question)
    question = question[tag.end() :] if tag else question
    runs = [" ".join(w.split()[1:]) if NOT_OPENING.match(w.split()[0]) else w for w in (m.group() for m in _RUN.finditer(question))]
    people = {p for run in runs if run and (p := _person(run, text[:start], actors, seen)) and p != answerer}
    if len(people) != 1:
        return None
    got = resolve(Clause(people.pop(), "", ""), actors, seen)
    return Speaker(got.actor, got.new, "", "anaphor", CONFIDENCE["anaphor"]) if got else None
