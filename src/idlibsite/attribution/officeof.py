"""Read the "of" after a person's name (pure): the field, body or country their office is of."""

from __future__ import annotations

import re
from dataclasses import dataclass

from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import NATIONS, ORG_WORDS, PERSON_NOUNS, TITLES


@dataclass(frozen=True)
class OfficeOf:
    """A phrase split at the "of" that tells what a person's office covers."""

    holder: str  # the words before "of", to be read as a titled person ("President Alvarez")
    of: str  # what the office is of, without "the" and its lowercase description ("Justice and Security", "Green party")
    body: bool  # `of` names a body the person sits for ("the minor Justice Party")
    country: str  # the country `of` names alone ("Peru"), "" otherwise


OF_OFFICE = re.compile(r"(.+?)\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}([A-Z][\w’'-]*(?:,?\s+(?:(?:and|&)\s+)?[A-Z][\w’'-]*)*(?:\s+[a-z]+)?)")
"""A titled person, then "of" the field their office covers, in capitalised words that name no body and no nation
("Minister Name of Justice and Security", "Secretary Name of Foreign Affairs and Trade"), or "of" the body they sit for,
maybe described in lowercase words first ("Rep. Name of the minor Justice Party", "Senator Name of the ruling Party"), its
kind maybe in lowercase ("of the Prosperous Ruritania party")."""


_OF_DESCRIBED_BODY = re.compile(r"(.+?)\s+of\s+the\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")
"""A person, then "of" a body described in lowercase words that end in its kind ("Lawmaker Name of the parliamentary
security committee", "Name of the local council"): the body they sit for, no part of their name (issue 15)."""


def kind_last(of: str) -> bool:
    """Whether what a person is "of" ends in a body's kind in lowercase ("Prosperous Ruritania party")."""
    return fold(of.split()[-1]) in ORG_WORDS


def office_of(text: str) -> OfficeOf | None:
    """The holder and what their office is of, when ``text`` is a person "of" a field, a body or a country; None when
    what follows "of" ends in a lowercase word that is no body's kind, or names no body and no country alone but a nation's
    word among others ("Name of the Slovak Republic", read elsewhere)."""
    described = _OF_DESCRIBED_BODY.fullmatch(text)
    if described and kind_last(described.group(2)):  # "Name of the parliamentary security committee"
        return OfficeOf(described.group(1), described.group(2), True, "")
    covers = OF_OFFICE.fullmatch(text)
    if not covers or not (covers.group(2).split()[-1][:1].isupper() or kind_last(covers.group(2))):
        return None
    of = covers.group(2)
    body = bool(ORG_WORDS.intersection(words(of)))  # "of the minor Justice Party": a body
    country = NATIONS.get(fold(of), "") if " " not in of else ""  # "of Turkey"
    if not (body or country or not set(words(of)) & set(NATIONS)):
        return None
    return OfficeOf(covers.group(1), of, body, country)


def office_role(office: OfficeOf, name: str, role: str) -> str:
    """The role of the person read from ``office.holder`` (their ``name`` and ``role``): the title with its field or
    country ("President of Peru"), or the body they sit for ("Green party"); "" when the holder is no titled person of
    it (no name, or a body's one-word name before "of" a body: "The General Command of the Army")."""
    if not name or office.body and len(name.split()) < 2:
        return ""
    titled = set(words(role)) & (TITLES | PERSON_NOUNS) or office.body and name == office.holder
    if not titled:
        return ""
    return office.of if office.body else f"{role} of {office.of}"
