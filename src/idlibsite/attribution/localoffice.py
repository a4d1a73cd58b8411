"""A local holder's office named by its place (pure): "the Edirne governor's office", "the office of the Hatay governor".

A province's governor or a city's mayor speaks through an office the page names by its place and the holder's title,
not by a name of its own. It is a body (LABELS rule 6: a named provincial office is no generic plural; Round 62: a
foreign governor's office is named as the page names it), never the holder, and never a person named before whom the
title would otherwise stand for ("The shopkeeper X told me ... The office of the Hatay governor announced" is no word of
the shopkeeper's). Both forms are read as one name, "<Place> <title>'s office". An office named with no place ("the
governor's office") or by a country ("the Turkish governor's office") is not read here.
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import NATIONS

_TITLE = r"(?P<title>(?i:district\s+governor|governor|mayor|prefect|kaymakam|vali))"
"""The titles of a local holder whose office speaks for them: a province's, a district's, a city's."""
_PLACE = r"(?P<place>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)"
_OWNED = re.compile(rf"(?:[Tt]he\s+)?{_PLACE}\s+{_TITLE}[’']s\s+(?i:office)")
""""The Edirne governor's office", "the Kilis Mayor's Office"."""
_OF_THE = re.compile(rf"(?:[Tt]he\s+)?(?i:office)\s+of\s+the\s+(?:{_PLACE}\s+{_TITLE}|{_TITLE.replace('title', 'title2')}\s+of\s+{_PLACE.replace('place', 'place2')})")
""""The office of the Hatay governor", "the Office of the Mayor of Gaziantep"."""


def local_office(phrase: str) -> str:
    """The office a phrase names by its place and a local holder's title, as "<Place> <title>'s office" ("the office of the
    Hatay governor": "Hatay governor's office"); "" when the phrase is no such office."""
    m = _OWNED.fullmatch(phrase.strip()) or _OF_THE.fullmatch(phrase.strip())
    if m is None:
        return ""
    place, title = m.group("place") or m.group("place2"), m.group("title") or m.group("title2")
    if fold(place) in NATIONS or fold(place.split()[0]) in NATIONS:  # "the Turkish governor's office": a country's, not a place's
        return ""
    return f"{place} {title}'s {'Office' if title[:1].isupper() else 'office'}"  # "Hatay Governor's Office" as written
