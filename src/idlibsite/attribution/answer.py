"""What attribution answers for a passage: a known actor, a new actor to propose, or nobody
named, with how it was found and how often that way is right."""

from __future__ import annotations

from dataclasses import dataclass

from idlibsite.annotations.records import Actor

CONFIDENCE = {"named": 0.99, "anaphor": 0.99, "paragraph": 0.93, "earlier": 0.89, "later": 0.75, "none": 0.0}
"""Chance that the speaker is right, for each way of finding it: (right + 1) / (answers + 2)
on the whole of bench/suggest_set/ (bench/suggest.py prints these figures; "named" is
301/302, held at 0.99 so that no way prints 100%).  The rules were tuned on that set: on
articles they had never seen (the first scores of held-out rounds 4, 5 and 6,
bench/README.md) "named" was right 91 times in 97 and "anaphor" 28 in 32, so read these
as upper bounds."""


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
