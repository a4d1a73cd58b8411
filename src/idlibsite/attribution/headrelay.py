"""A body's head telling the body's own earlier act of speech (pure): "Gift of the Givers founder Dr X told the paper ...
He said the charity had appealed to businesses to donate heaters" and "the chairperson of the Y Students Association in
Turkey, Name, said ... He said the association had asked the Embassy to hold a meeting" are the body's (LABELS Round
49: a body's earlier act of speech told by its head is the body's; the one test for relays).  The body is the one the
teller was introduced as the head of, and the relayed clause names it by its kind: its own noun ("the association" of
the Y Students Association), or a kind any such body is ("the charity", "the organisation"); never another body the
page named (:func:`.principals.relayed_body` reads a spokesperson introduced by "its")."""

from __future__ import annotations

import re
from dataclasses import replace

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.folding import words
from idlibsite.attribution.relayed import relayed
from idlibsite.attribution.seen import Resolve, Seen

_HEAD = r"(?:co-)?founder|chair(?:man|woman|person)?|head|director|president|leader|coordinator|secretary-general"
_BODY = r"(?!(?:The|A|An)\b)[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|in)\s+)*(?!(?:The|A|An)\b)[A-Z][\w’'-]*)*"
_HEAD_OF = re.compile(rf"\b(?i:{_HEAD})\s+of\s+(?:the\s+)?(?P<body>{_BODY})|(?P<named>{_BODY})\s+(?:{_HEAD})\b")
"""A head's title with the body it heads: "chairperson of the Tanzanian Students Association in Turkey", "Gift of the
Givers founder"."""
_KINDS = frozenset("association charity society foundation organisation organization group council committee union federation network".split())
"""Nouns that stand for a civic body in a relayed clause ("the association had asked ...")."""
_ANY_KIND = frozenset("charity organisation organization group".split())
"""Kinds that any civic body is, whatever its name ("the charity" of Gift of the Givers)."""


def head_body(teller: str, subject: str) -> str:
    """The body whose head the words that introduced the teller (``teller``) make them, when the relayed clause's
    ``subject`` ("the charity", "the association") is that body by its kind; "" when none, or when two bodies fit."""
    kind = re.fullmatch(r"the\s+([a-z]+)", subject.strip())
    if not kind or kind.group(1) not in _KINDS:
        return ""
    bodies = {m.group("body") or m.group("named") for m in _HEAD_OF.finditer(teller)}
    fitting = [b for b in bodies if kind.group(1) in _ANY_KIND or kind.group(1) in words(b)]
    return fitting[0] if len(fitting) == 1 else ""


def head_relay(clause: Clause, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """The body whose own earlier act of speech its head tells (the module's rule): the teller read from the clause's
    words, or for "he" or "she" from all the words that introduced the last person the page named; None otherwise."""
    if clause.at < 0 or not clause.verb:
        return None
    relay = relayed(seen.opening, clause.at + len(clause.verb))
    if relay is None or relay.agent:
        return None
    teller = f"{clause.phrase} {clause.role}"
    if clause.phrase.strip().lower() in ("he", "she"):  # all the words the page introduced that person by
        last = next((speaker.label for speaker, _role, person in reversed(seen.entries) if person), "")
        teller = " | ".join(role for speaker, role, person in seen.entries if person and last and speaker.label == last)
    body = head_body(teller, relay.subject)
    got = resolve(Clause(body, "", ""), actors, seen) if body else None
    if got is None or not (got.actor or got.new) or got.actor and is_person(got):
        return None  # "Hope Link" read as a person's name alone is the body the teller heads
    return Speaker(got.actor, replace(got.new, person=False) if got.new else None, "", "named", CONFIDENCE["named"])
