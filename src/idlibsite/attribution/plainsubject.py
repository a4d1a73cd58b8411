"""A subject phrase in the form a name is read in (pure): the description before a relative clause of a pronoun, and a
body's kind in lower case before "of" and a name, as the name of that body, and a role's head capitalised before a field
in lower case ("the Head of Djiboutian diplomacy") in lower case."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.wordlists import NATIONS

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


_NAMED = r"[A-ZÀ-ÖØ-ÞĞİŞ][\w’'-]+(?:\s+(?:[A-ZÀ-ÖØ-ÞĞİŞ][\w’'-]+|al-\w+)){1,3}"
"""A person's name of two to four words."""
_CIRCUMSTANCE_AFTER = re.compile(rf"(?P<head>(?P<before>.*?){_NAMED})"
                                 r"\s+(?:at|to|in|during|on|before|after|with|by|from)\s+(?!(?:the|a|an)\s+[A-Z])[a-z][^,;]*")
"""A name with the circumstance a translation keeps after it ("... Maria Zakharova at the briefing", "Dmitry Peskov to
journalists", "Recep Tayyip Erdogan in a conversation by telephone with Vladimir Putin"): the words after the name are
where, when or to whom, and no one named in them is the subject; not a name that is itself a preposition's object or in
a relative clause ("Two sources who spoke to Mada Masr on condition of anonymity"), nor before a body's capitalised
name ("... Abroad at the Ministry of Foreign Affairs Name")."""
_TITLE_OF_COUNTRY = re.compile(rf"(?P<title>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+)*?\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]+))\s+(?P<name>{_NAMED})")
"""A translated title written whole and capitalised before the name, its last words a country ("The Speaker of the Grand
National Assembly of Turkey Mustafa Şentop"): the name is the words after the country (its name, not an adjective: "the
Syrian Arab Republic" is no "Syrian" and a name)."""
_NOT_TITLED = re.compile(r"\b(?:who|whom|which|that)\b|\b(?:to|with|by|from|at|in|on|for)\s+$")
"""Words before a name that make it no subject's: a relative clause, or a preposition whose object it is."""
_STATE_WORDS = frozenset("republic kingdom federation emirates state states union".split())


def _person(phrase: str) -> bool:
    """True when a phrase reads as a person's name, the name its last words."""
    read = read_phrase(phrase)
    return read.person and bool(read.name) and " " in read.name and phrase.endswith(read.name)


def untitled(phrase: str) -> str:
    """A subject phrase of translated copy as its name's reader wants it: with the circumstance after the name cut
    (:data:`_CIRCUMSTANCE_AFTER`), and the name alone after a long capitalised title ending in a
    country (:data:`_TITLE_OF_COUNTRY`: "Mustafa Şentop" of "The Speaker of the Grand National Assembly of Turkey Mustafa
    Şentop"), when the name reads as a person's; else the phrase as it is."""
    after = _CIRCUMSTANCE_AFTER.fullmatch(phrase.strip()) if " " in phrase else None
    if after and not _NOT_TITLED.search(after.group("before")) and _person(after.group("head")):
        phrase = after.group("head")
    titled = _TITLE_OF_COUNTRY.fullmatch(phrase.strip()) if " of " in phrase else None
    country = fold(titled.group("country")) if titled else ""
    if titled and fold(NATIONS.get(country, "")) == country and not {fold(w) for w in titled.group("name").split()} & _STATE_WORDS \
            and _person(titled.group("name")):
        return titled.group("name")
    return phrase


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
