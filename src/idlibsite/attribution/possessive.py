"""The gender a page states of a person by a possessive of their own clause (pure): "Prime Minister X conveyed his
condolences", "Spokesperson Y made these remarks during her weekly briefing".

A news page rarely states a speaker's gender by a title ("Mr", "spokeswoman"), but often by a possessive a few words
after the name, in the clause the name is the subject of, before any other name: whom "she said" next cannot stand for
when the possessive is "his" (LABELS rule 8: the last *fitting* speaker).  Read only where the clause has no other
capitalised word after the name (no second person it could be of), no comma (no apposition or aside of another), and
the name is no possessive itself ("X's wife ... her"); "her" only as a possessive, before a word that is no preposition,
article or conjunction ("thanked her for", "told her that" are objects)."""

from __future__ import annotations

import re

_NOT_A_NOUN = frozenset(
    "to for that the a an on in at with about by and of as from into over when what if whether how why who not".split())
"""Words after "her" that make it an object, not a possessive ("thanked her for", "told her that")."""
_PROPER = re.compile(r"(?!(?:An?|The|One|Another|Some)\s)(?:[A-Z][\w’'.-]*|al-[\w’'-]+|[a-z]{1,3})(?:\s+(?:[A-Z][\w’'.-]*|al-[\w’'-]+|[a-z]{1,3}))+")
"""A person's name: capitalised words and short particles ("Imran Khan", "Ursula von der Leyen"), no description of one
unnamed ("A nurse", "The fighter who checks our papers"), whom the page's pronouns may not be about alone."""


def possessive_gender(page: str, name: str) -> str:
    """"he" or "she" as the possessives in the clauses that open at ``name`` (its whole name, two words or more) on
    ``page`` state it; "" when the name is one word or no name (a description), no clause states it, or clauses state
    both."""
    if len(name.split()) < 2 or not _PROPER.fullmatch(name):
        return ""
    said = set()
    for m in re.finditer(rf"\b{re.escape(name)}\b(?![’']s)(?P<clause>[^\n.;:!?,\"“”«»()]{{0,60}}?)\b(?P<own>his|her|himself|herself)\b(?:\s+(?P<next>[a-z]+))?", page):
        if re.search(r"\s[A-Z]", m.group("clause")) or m.group("own") == "her" and (m.group("next") or "to") in _NOT_A_NOUN:
            continue
        said.add("she" if m.group("own").startswith("her") else "he")
    return said.pop() if len(said) == 1 else ""
