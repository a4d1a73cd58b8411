"""A body named as the subject of a sentence that reports no speech (pure): whom "it" next stands for."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import is_person
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.folding import words
from idlibsite.attribution.plainsubject import BODY_KINDS
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.attribution.wordlists import MISSIONS, ORG_WORDS

_BODY_SUBJECT = re.compile(
    rf"(?m)(?:^|(?<=[.!?] ))(?P<name>The\s+(?:(?:[A-Z][\w’'-]*\s+){{0,5}}[A-Z][\w’'-]*|{BODY_KINDS}(?=\s+of\s+[A-Z]))"
    r"(?:\s+(?:in|of|to)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)"
    r"(?:,\s+for\s+its\s+part,|,\s+in\s+turn,)?\s+(?:has\s+|had\s+)?[a-z]+ed\b")
"""A sentence that opens with a body's name as the subject of a verb in the past ("The Ruritanian Embassy in Lima, for
its part, backed the operation."), or with its kind in lower case and what it governs ("The municipality of Vlissingen
has opened a condolence register.", :data:`.plainsubject.BODY_KINDS`)."""


def body_before(text: str, lo: int, start: int, actors: tuple[Actor, ...], seen: Seen) -> None:
    """Adds to ``seen`` the body a sentence with no speech names as its subject, between ``lo`` (the last speaker's
    sentence's end) and ``start`` in this paragraph: whom "it said" next stands for (as ``subject_before`` finds "he")."""
    here = text.rfind("\n", 0, start) + 1
    found = list(_BODY_SUBJECT.finditer(text, max(lo, here), start))
    name = found[-1].group("name") if found else ""
    if not name or not (ORG_WORDS | MISSIONS).intersection(words(re.split(r"\s+(?:in|of|to)\s+", name)[0])):
        return
    got = resolve(Clause(name, "", ""), actors, seen)
    if got is not None and (got.actor or got.new) and not is_person(got):
        seen.add(got, name, False)
