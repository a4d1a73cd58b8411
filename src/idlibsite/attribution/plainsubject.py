"""A subject phrase in the form a name is read in (pure): the description before a relative clause of a pronoun, and a
body's kind in lower case before "of" and a name, as the name of that body, and a role's head capitalised before a field
in lower case ("the Head of Djiboutian diplomacy") in lower case."""

from __future__ import annotations

import re

_RELATIVE_HEAD = re.compile(r"((?:[a-z-]+\s+){1,4}?)(?:who|whom|that)\s+(?:I|we|you|he|she|they)\s+[a-z][\w\s’'-]*")
"""A description and a relative clause whose subject is a pronoun, no commas around it ("a government official whom I have
known", "the driver that we hired"): the description is the subject, the pronoun the relative clause's."""


BODY_KINDS = r"(?:municipality|board|council|town\s+council|city\s+council|governorate|management|directorate)"
"""Kinds of a local or governing body that a page writes in lower case before "of" and what it governs."""
_BODY_OF = re.compile(rf"(?:[Tt]he\s+)?(?P<kind>{BODY_KINDS})"
                      r"\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|and|[a-z]+(?=\s*$)))*)")
"""A body's kind in lower case, "of" and a name, maybe the kind of the place named last ("the municipality of Vlissingen",
"the board of the Ar-Rahman mosque", "the council of Antwerp"): the body the page names so, "Municipality of
Vlissingen" (LABELS Round 64: a board named by its mosque, in the page's words), never a person "Vlissingen"."""


_CAPITAL_ROLE = re.compile(r"(?<![^\s])(?:Head|Chief)(?=\s+of\s+(?:[A-Z][\w’'-]*\s+)?(?:[a-z]+|Diplomacy)\s*$)")
"""A role's head word capitalised before "of" and a field in lower case, as translated agency copy writes it ("the Head of
Djiboutian diplomacy", "Head of diplomacy", the French "chef de la diplomatie" even as "the Head of Diplomacy"): a
description of the office's holder, no name (the last word is none)."""


def plain_subject(phrase: str) -> str:
    """The description a subject phrase opens with before its relative clause of a pronoun (:data:`_RELATIVE_HEAD`), a
    body named by its kind and what it is of with the kind capitalised (:data:`_BODY_OF`), a role's head in lower case
    (:data:`_CAPITAL_ROLE`), else the phrase as it is."""
    relative = _RELATIVE_HEAD.fullmatch(phrase)
    if relative:
        return relative.group(1).strip()
    body = _BODY_OF.fullmatch(phrase.strip())
    if body:
        return f"{body.group('kind')[:1].upper()}{body.group('kind')[1:]} of {body.group('of')}"
    role = _CAPITAL_ROLE.search(phrase)
    if role is None:
        return phrase
    return re.sub(r"\bDiplomacy(?=\s*$)", "diplomacy", f"{phrase[: role.start()]}{role.group().lower()}{phrase[role.end() :]}")
