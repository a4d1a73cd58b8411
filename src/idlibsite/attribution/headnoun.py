"""The head of a speaker's noun phrase (pure): the person a description names is its first noun, never a name in the
post-modifier after it.

"The manager of a camp near the village of X", "the head of the local council of X", "the director of a clinic in the
town of X": the speaker is the manager, the head, the director (a person described, LABELS rule 7: the one the page
names next, else nobody named), and X, after "of", "near" or "in", is only where they are.  A place's own name after its
kind ("the town of X", "the village of X") is a place, never a person's or a body's name.
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import PERSON_NOUNS, UNNAMED_ROLES

PLACE_KINDS = frozenset("village town city district province region governorate county neighbourhood neighborhood municipality "
                        "camp suburb quarter island countryside".split())
"""Kinds of place whose own name follows them after "of" ("the village of X", "the province of X")."""
_LOCAL_BODIES = ("council", "committee", "association", "union", "society", "centre", "center", "hospital", "clinic", "school",
                 "shelter", "office", "branch", "chamber", "mosque", "church", "parish", "municipality")
_OFFICE_OF = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+of\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,3}"
                        rf"(?:{'|'.join(sorted(PLACE_KINDS | frozenset(_LOCAL_BODIES)))})\b.*")
"""A definite description of one person by the office they hold in a place or a local body ("The head of the local
council of X", "the director of a clinic near the town of X", "The manager of a camp near X")."""
_ANONYMOUS_HEADS = UNNAMED_ROLES | frozenset("representative negotiator correspondent reporter".split())
"""Heads that keep a speaker anonymous however placed ("the spokesman of the council", "an official of the town"):
LABELS rule 6."""


def office_of_place(phrase: str) -> bool:
    """True when a definite description names the one holder of a post of a place or a local body (:data:`_OFFICE_OF`),
    whom the page may name later: a title ("head", "director", "governor", "manager") is then no anonymous source's
    head, since its "of" says whose; not a spokesperson nor an official (:data:`_ANONYMOUS_HEADS`)."""
    office = _OFFICE_OF.fullmatch(phrase.strip())
    head = fold(office.group("head")) if office else ""
    return head in PERSON_NOUNS and head not in _ANONYMOUS_HEADS


def place_named(tokens: list[str], at: int) -> bool:
    """True when the capitalised run at ``at`` of a phrase's ``tokens`` is a place's own name after its kind and "of"
    ("the town of Reyhanli", "a camp near the village of Atmeh"): where the speaker is, not who."""
    return at >= 2 and tokens[at - 1] == "of" and fold(tokens[at - 2]) in PLACE_KINDS
