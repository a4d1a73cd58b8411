"""A role that names its nation ("The Russian leader said", "The President of Turkey thanked", "the Gabonese leader told")
is a person of that nation: never a speaker of another (pure; LABELS rule 8, "the last fitting speaker").

The rules read such a subject by the speakers named before, and where none fits they may still give the sentence the
last one by another clause ("The Russian leader said he hoped ...": "he", the Turkish president who spoke before), or a
person named later.  Here the answer must agree with the role's nation: when the answer is a known person of another
nation, or a person of no known nation (a new one), the role is the one known holder of that office for that nation whom the page
names before the passage (for an answer of no known nation, only when the role is its nation and office alone: "Turkey's
main opposition leader" is no head of state) ("... at a news conference with Mr Putin. The Russian leader said ..."; "the leader" fits a
head of state or government); when the answer is of another state (not an international body's official: "the
Brazilian expert" of a UN commission) and no one such holder is named: nobody (a wrong
speaker costs more than none).
"""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NOBODY, Speaker, actor_country, is_person
from idlibsite.attribution.clause import clauses
from idlibsite.attribution.countries import STATES
from idlibsite.attribution.folding import fold
from idlibsite.attribution.match import role_words
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.wordlists import PERSON_NOUNS, TITLES
from idlibsite.sources.statements import Passage

_HEADS_OF = frozenset("president prime premier chancellor king emir monarch sultan".split())
"""The words of a head of state's or government's title: what "the leader" of a nation fits."""
_OFFICE_OF = re.compile(r"[Tt]he\s+(?P<head>[A-Z][a-z-]+)(?:\s+Minister)?\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z]")
"""An office written with its country after "of" ("The President of Turkey", "The Prime Minister of the Republic of X")."""


_BARE = re.compile(r"[Tt]he\s+(?:[A-Z][\w-]+\s+[a-z-]+|[A-Z][a-z-]+(?:\s+Minister)?\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][\w-]+)")
"""A role that is only its nation and its office ("The Russian leader", "The President of Turkey")."""


def _role(phrase: str) -> tuple[str, str]:
    """(head word, nation) of a subject that is a person's office of a nation, ("", "") for any other subject: "The
    Russian leader" ("leader", "Russia"), "The President of Turkey" ("president", "Turkey")."""
    read = read_phrase(phrase)
    office = _OFFICE_OF.match(phrase.strip())
    head = fold(read.anaphor) if read.person and read.anaphor not in ("", "he", "she", "they", "it") else \
        fold(office.group("head")) if office and fold(office.group("head")) in TITLES else ""
    return (head, read.nation) if head in PERSON_NOUNS and read.nation else ("", "")


def _fits(actor: Actor, head: str) -> bool:
    """True when a known person's titles fit the office's head word ("leader": a head of state or government)."""
    held = role_words(actor)
    return bool(held & _HEADS_OF) if head == "leader" else head in held


def _holders(head: str, nation: str, actors: tuple[Actor, ...], before: str) -> list[Actor]:
    """The known people of ``nation`` with an office that fits ``head``, whose name the page writes ``before``."""
    return [a for a in actors if a.kind == "person" and actor_country(a) == nation and _fits(a, head)
            and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", before) for n in (a.name, *a.aliases) if len(n) > 3)]


def nation_role(found: dict[Passage, Speaker], text: str, actors: tuple[Actor, ...]) -> dict[Passage, Speaker]:
    """``found`` with each passage whose sentence's subject is an office of a nation answered by agreement (module
    docstring); a passage answered by its own name, or by nobody, is left."""
    out = dict(found)
    for p, got in found.items():
        if got.how == "named" or not (got.actor or got.new) or not is_person(got):
            continue
        said = clauses(p.sentence.masked)
        head, nation = _role(said[0].phrase) if said else ("", "")
        theirs = actor_country(got.actor) if got.actor else ""  # a new person's affiliation is read from any words beside
        # the name ("... Commission of Inquiry on the Syrian Arab Republic"): no nation to veto by
        if not head or theirs == nation:
            continue
        other = theirs in STATES  # a state's person, not an international body's own official ("the Brazilian expert")
        bare = _BARE.fullmatch(said[0].phrase.strip()) is not None  # "The Russian leader", not "Turkey's main opposition leader"
        holders = _holders(head, nation, actors, text[: p.sentence.start]) if other or not theirs and bare else []
        if len(holders) == 1:
            out[p] = Speaker(holders[0], None, "", "anaphor", CONFIDENCE["anaphor"], got.actor or got.new)
        elif other:
            out[p] = NOBODY
    return out
