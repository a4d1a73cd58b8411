"""A person or a body the article describes and does not name (pure): whether a speaker phrase is one ("A Lima nurse
who ...", "The 44-year-old", "An Oslo-based charity"), and whom a headline's description stands for."""

from __future__ import annotations

import re

from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import GENERIC, PERSON_NOUNS, TITLES
from idlibsite.sources.statements import Passage

BODY_DESCRIBED = re.compile(r"(?:(?:though|while|but|and)\s+)?(?:[Aa]n?|[A-Z][\w-]*)\s+(?:[\w-]+\s+){0,3}?(?:charity|monitor|watchdog|organi[sz]ation|NGO)")
"""A body described with no name ("An Oslo-based aid charity warned", "though a war monitor reported"): the body that
the next sentence with a speaker names (LABELS rule 7: a body described, then named, is labelled by its name)."""


_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s")
_SOURCES = GENERIC | TITLES | frozenset("spokesperson diplomat officer aide adviser advisor representative negotiator".split())
"""Heads of a description that keep a speaker anonymous ("a senior official", "a European diplomat"): LABELS rule 6."""


def introduces_person(phrase: str) -> bool:
    """True when an unnamed speaker is a person introduced by a description, an occupation or a relation and no name
    ("A Lima nurse who ...", "A father of three"), whom the text may name next; not an anonymous source."""
    head = fold(_POSTMODIFIER.split(phrase)[0].split()[-1].split("-")[0])  # "A 27-year-old student from ...", "A father-of-three"
    return _INDEFINITE.match(phrase) is not None and head in PERSON_NOUNS and head not in _SOURCES


_POSTMODIFIER = re.compile(r",|\s+(?:from|in|at|of|with|for|near|who|whose|based|[a-z]+ing)\s")


_DEFINITE_DESCRIBED = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+)*(?P<head>\d+-year-old|[a-z][\w-]*)(?:\s+of\s+\w+)?")
"""A person described by the article, not named: an age, a relation or an occupation, a place before it ("The
44-year-old", "The father-of-three", "The Fairfield father of four"): the person last named (LABELS rule 8), unless an
anonymous source's head (:data:`_SOURCES`: "the official")."""


def describes_person(phrase: str) -> bool:
    """True when a phrase is a person described by the article (:data:`_DEFINITE_DESCRIBED`), not an anonymous source."""
    described = _DEFINITE_DESCRIBED.fullmatch(phrase)
    head = described.group("head") if described else ""
    return bool(described) and (bool(re.fullmatch(r"\d+-year-old", head)) or introduces_person(f"a {head.split('-')[0]}"))


_HEADLINE_DESCRIBED = re.compile(r"(?:[A-Z][\w’'-]*\s+)*[a-z][\w-]*")
"""A headline's description of a person, articles dropped: capitalised words and a lowercase head ("Cardiff doctor")."""


def described_alike(phrase: str, found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The speaker a headline's described person is: the one the body introduces by the same head, maybe another place,
    and names next (a passage opening "A Cardiff doctor ..." given to the person named after it, :func:`introduced_next`,
    for "Cardiff doctor" or "Aintree doctor"), else None."""
    described = _HEADLINE_DESCRIBED.match(phrase)
    if described is None or not introduces_person(f"a {described.group()}"):
        return None
    head = described.group().split()[-1]  # "Aintree doctor" over "A Liverpool doctor who ...": the same job, named next
    opening = re.compile(rf"(?:[Aa]n?|[Oo]ne)\s+(?:[A-Z][\w’'-]*\s+)*{re.escape(head)}\b")
    return next((Speaker(s.actor, s.new, "", "later", CONFIDENCE["later"]) for p, s in sorted(found.items(), key=lambda i: i[0].start)
                 if s.how == "later" and opening.match(text, p.start)), None)
