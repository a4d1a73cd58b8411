"""The world's countries by the words news copy names them with, from the ``countryinfo`` package's data (its
ISO 3166 entries: English name and demonym), so that a body of any country is read as that country's
(``Malaysian authorities``, ``Chile will send aid, the foreign ministry said``), never as another's known actor.

Only one-word forms are keys, as :data:`idlibsite.attribution.wordlists.NATIONS` compares one folded word at a
time; a word that names two entries ("Congolese", "Dominican") is no key.  A country whose name has several
words is keyed by its one word that tells it apart (:data:`_DISTINCTIVE`, by ISO code: "Zealand" is New Zealand).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from idlibsite.sources.countrydata import countries, plain

_DISTINCTIVE = {
    "zealand": "NZ", "lanka": "LK", "lankan": "LK", "rica": "CR", "rican": "CR", "leone": "SL", "leonean": "SL",
    "faso": "BF", "timor": "TL", "herzegovina": "BA", "bosnia": "BA", "macedonia": "MK", "emirates": "AE",
    "arabia": "SA", "trinidad": "TT", "tobago": "TT", "verde": "CV", "verdean": "CV", "salvadoran": "SV",
    "barbuda": "AG", "antigua": "AG", "grenadines": "VC", "nevis": "KN", "bissau": "GW", "papua": "PG",
    "timorese": "TL",
}
"""The one word that tells apart a country whose name has several ("Sri Lanka", "Burkina Faso"), with its ISO code;
not the words other names share ("South", "Republic", "Guinea") nor a given name ("Lucia", "Marino"), nor an adjective
the package leaves out of its demonym ("Timorese" of "East Timorese")."""
_UNLISTED = {"kosovo": "Kosovo", "kosovar": "Kosovo"}
"""A country the package's ISO 3166 data leaves out, as its code is user-assigned (Kosovo's "XK", used by the EU and
the IMF): its one-word name and demonym, as :func:`_countries` keys the others."""
_BANTU_PLURAL = re.compile(r"^Mo(?=[a-z]{4})")
"""The singular prefix of a Sotho-Tswana demonym ("Mosotho", "Motswana"), whose plural news copy writes of a nation's
people with ("Basotho students", "Batswana in Turkey"): the package gives the singular only (a country whose name
has "Mo" in it, "Morocco", "Serbia and Montenegro", has no such demonym)."""
_RENAMED = {"nur-sultan": "KZ"}
"""A capital under the name it had in the years the corpus covers (Astana was Nur-Sultan from 2019 to 2022)."""


def _key(word: str) -> str:
    """A word as :func:`idlibsite.attribution.folding.fold` compares a country's ("Curaçao" -> "curacao")."""
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def _demonyms() -> dict[str, str]:
    """Each country's name with its first demonym ("Japan" -> "Japanese", "New Zealand" -> "New Zealander")."""
    return {country.name: country.demonyms[0] for country in countries() if country.demonyms}


def _countries() -> dict[str, str]:
    """Each one-word name or demonym of a country, folded, with the country's name."""
    named: dict[str, set[str]] = defaultdict(set)
    for country in countries():
        for form in (country.name, *country.demonyms):
            if " " not in form:
                named[_key(form)].add(country.name)
                if form != country.name and "Mo" not in country.name:  # the demonym "Mosotho", not "Moroccan": "Basotho" too
                    named[_key(_BANTU_PLURAL.sub("Ba", form))].add(country.name)
    found = {word: names.pop() for word, names in named.items() if len(names) == 1}
    return {**found, **{word: _BY_CODE[code] for word, code in _DISTINCTIVE.items() if code in _BY_CODE}, **_UNLISTED}


def _capitals() -> dict[str, str]:
    """Each country's capital of one word, folded, with the country's name ("sofia" -> "Bulgaria")."""
    found = {_key(capital): country.name for country in countries() for capital in country.capitals if " " not in capital}
    return {**found, **{word: _BY_CODE[code] for word, code in _RENAMED.items() if code in _BY_CODE}}


def _spelled() -> dict[str, str]:
    """Each country's name of several words, and each of its other spellings of several words, folded, with the country's
    name ("viet nam" -> "Vietnam", "cote d'ivoire" -> "Ivory Coast", "south africa")."""
    return {_key(plain(form)): country.name for country in countries()
            for form in (country.name, *country.spellings) if " " in form.strip()}


_BY_CODE = {country.code: country.name for country in countries()}
"""The countries' names by ISO code."""

COUNTRIES = _countries()
"""Folded one-word names and demonyms of the world's countries ("malaysia", "malaysian"), with each one's name."""
PEOPLES = _demonyms()
"""The world's countries by name with the word for one of their people ("Japanese", "New Zealander")."""
DEMONYMS = {name: name if people.endswith("er") else people for name, people in PEOPLES.items()}
"""The world's countries by name with the adjective news copy names their bodies with ("Japan" -> "Japanese"); the
country's own name where its people's word is a noun for a person ("New Zealand Ministry", not "New Zealander")."""
SPELLED = _spelled()
"""The world's countries by their names of several words as pages spell them ("Viet Nam", "Côte d'Ivoire", "Sri Lanka"),
folded, with each one's name: a country's name that no one word of :data:`COUNTRIES` stands for whole (a phrase that is one
of them is its country, proposed in the page's spelling, LABELS Round 40: ``governments.country_of``)."""
CAPITALS = _capitals()
"""Folded one-word capitals of the world's countries, with each one's country: a seat of government that speaks
("Sofia says ...") stands for its government, never a person (LABELS rule 9)."""
STATES = frozenset(CAPITALS.values())
"""The states a person may speak for: not an international body ("United Nations", "European Union"), whose officials
have a nation of their own."""


_POSSESSED = re.compile(r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)[’']s\s+(?=[A-Z])")
"""A country's name in the possessive opening a body's name ("South Africa's Department of ...")."""
_SEAT_POSSESSED = re.compile(r"([A-Z][a-z]+)[’']s\s+(?=(?:[\w-]+\s+){0,2}(?i:ministry|government|foreign\s+office|presidency)$)")
"""A capital's name in the possessive before a state's organ ("Seoul's foreign ministry", "Hanoi's government"): the
country's organ, as a seat that speaks stands for its government; not a city's own body ("Seoul's city council")."""


_STATE_STYLED = re.compile(r"(?P<body>Ministry\s+of\s+.+?)\s+of\s+the\s+(?:(?P<adjective>[A-Z][a-z]+)\s+(?:Republic|Federation|Kingdom)"
                           r"|(?:Republic|Federation|Kingdom)\s+of\s+(?P<country>[A-Z][a-z]+))")
"""A ministry's formal name with its state's style after it ("Ministry of Foreign Affairs of the Kyrgyz Republic", "... of
the Republic of Moldova"): the country's ministry, named with the country's adjective before it (LABELS rule 9)."""


def adjectival(name: str) -> str:
    """A body's name that opens with the possessive of a country of several words, with the country's adjective instead
    ("South Africa's Department of ..." -> "South African Department of ..."): one body by LABELS rule 9, proposed by the
    adjective that no one word of the country keys as a nation; a ministry's name with its state's style after it, with
    the adjective (the page's own, "the Kyrgyz Republic", else the country's) before it instead (:data:`_STATE_STYLED`);
    the name as it is otherwise (as the article writes it, "Chile's Foreign Ministry", whose one word names its nation)."""
    m = _POSSESSED.match(name)
    if m and " " in m.group(1) and m.group(1) in DEMONYMS:
        return f"{DEMONYMS[m.group(1)]} {name[m.end():]}"
    seat = _SEAT_POSSESSED.match(name)  # "Seoul's foreign ministry": the capital's country's ministry (LABELS rule 9)
    if seat and CAPITALS.get(_key(seat.group(1)), "") in DEMONYMS:
        return f"{DEMONYMS[CAPITALS[_key(seat.group(1))]]} {name[seat.end():]}"
    styled = _STATE_STYLED.fullmatch(name)  # "Ministry of Foreign Affairs of the Kyrgyz Republic": "Kyrgyz Ministry of ..."
    country = styled and (styled.group("adjective") or DEMONYMS.get(styled.group("country"), ""))
    return f"{country} {styled.group('body')}" if styled and country else name
