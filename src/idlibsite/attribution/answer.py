"""What attribution answers for a passage: a known actor, a new actor to propose, or nobody
named, with how it was found and how often that way is right."""

from __future__ import annotations

from dataclasses import dataclass

from idlibsite.annotations.records import Actor
from idlibsite.attribution.match import nation_of, role_words
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.wordlists import NATIONS

CONFIDENCE = {"named": 0.93, "anaphor": 0.84, "paragraph": 0.87, "earlier": 0.57, "later": 0.92, "none": 0.0}
"""Chance that the speaker is right, for each way of finding it: (right + 1) / (answers + 2) on articles the rules had
never seen, their first blind scores.  Taken from the newest rounds scored on the rules as they are (rounds 65 to 74:
65-68 first scored on b32972f8, 69-74 on d76d5b7c, whose rules differ from today's by a few lines; seven rounds of
daily use and three of rare forms; bench/README.md, "Confidence retaken" and "Rounds 69-74, blind"): "named" 1,562
of 1,679, "anaphor" 244 of 291, "paragraph" 51 of 58, "later" 32 of 34.  A way with fewer than 30 answers there is
pooled with the first scores of rounds 7 to 41: "earlier" 16 of 23 + 57 of 105.  Each round was fixed after its
first score, so the rules score higher on those articles: on the whole set (tuned on) bench/suggest.py prints the
upper bound."""


@dataclass(frozen=True)
class NewActor:
    """A speaker the actors file does not have yet: a stub to propose."""

    name: str  # as the article writes it
    person: bool  # a person, not a body
    role: str  # apposition or title, "" when none
    affiliation: str  # country or body it speaks for, "" when not known


@dataclass(frozen=True)
class Speaker:
    """Who said a passage, as far as the article tells."""

    actor: Actor | None  # a known actor, or None
    new: NewActor | None  # a speaker to add to actors.yaml, when not known
    unnamed: str  # "diplomats", "a senior Turkish official": said by nobody named ("" otherwise)
    how: str  # one of CONFIDENCE's keys
    confidence: float
    runner_up: Actor | NewActor | None = None

    @property
    def label(self) -> str:
        if self.actor:
            return self.actor.name
        if self.new:
            return self.new.name
        return self.unnamed


NOBODY = Speaker(None, None, "", "none", 0.0)


def is_person(s: Speaker) -> bool:
    """True when the speaker is a person (an unnamed speaker: unless a body's word names it)."""
    if s.actor:
        return s.actor.kind == "person"
    if s.new:
        return s.new.person
    return not any(w in {"ministry", "agency", "media", "center"} for w in words(s.unnamed))


def actor_country(actor: Actor) -> str:
    """The country a known actor speaks for, by its affiliation; "" when not known."""
    return nation_of(actor.affiliation) if actor.affiliation else ""


def speaks_for(s: Speaker) -> str:
    """The country a speaker speaks for, "" when not known."""
    if s.actor:
        return actor_country(s.actor)
    if s.new:
        return s.new.affiliation
    return read_phrase(s.unnamed).nation if s.unnamed else ""  # "a French presidency official"


def role_holder(role: str, relayer: Speaker, actors: tuple[Actor, ...], titled: list[tuple[Speaker, str]]) -> Speaker:
    """The one person the article's speakers ``titled`` (speaker, role as written) gives this role
    ("Prime Minister X said ..."), else the one known person of the relaying speaker's country
    with it, else nobody (the relaying speaker as runner-up): never the spokesperson who relays
    the words."""
    want, country = set(words(role)), speaks_for(relayer)
    named = {s.label: s for s, written in titled if (s.actor or s.new) and is_person(s) and want <= set(words(written))}
    if len(named) == 1:
        (one,) = named.values()
        return Speaker(one.actor, one.new, "", "anaphor", CONFIDENCE["anaphor"])
    holders = [a for a in actors if a.kind == "person" and country and nation_of(a.affiliation) == country
               and want <= role_words(a)]
    if len(holders) == 1:
        return Speaker(holders[0], None, "", "anaphor", CONFIDENCE["anaphor"])
    return Speaker(None, None, "", "none", 0.0, relayer.actor or relayer.new)


def choose(found: list[Speaker]) -> tuple[int, Speaker]:
    """The first named speaker (its index), with a second named speaker as runner-up."""
    named = [s for s in found if s.actor or s.new]
    best = named[0] if named else found[0]
    index = found.index(best)
    # a new body's "name" may be a misread clause (not a runner-up), a country's is not
    others = [s for s in named if s is not best and (s.actor or s.new) != (best.actor or best.new)
              and (s.actor or (s.new and (s.new.person or fold(s.new.name) in NATIONS)))]
    if others and best.runner_up is None:
        second = others[0]
        best = Speaker(best.actor, best.new, best.unnamed, best.how, best.confidence, second.actor or second.new)
    return index, best
