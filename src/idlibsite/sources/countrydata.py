"""The world's countries as the ``countryinfo`` package gives them (its ISO 3166 entries), read once, at the first ask:
the one reader of that data, so that the places a dateline names (:mod:`.places`) and the nations attribution reads
(:mod:`idlibsite.attribution.countries`) come from one list, filtered one way.  A build that asks nothing of it (one
whose pages have no digest of datelines, and ``build`` never loads attribution) pays nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Country:
    """One country of the data, in its spellings as the data gives them."""

    code: str  # ISO 3166 alpha-2
    name: str  # its short English name, without the article news copy leaves out ("Bahamas", not "The Bahamas")
    demonyms: tuple[str, ...]  # its people's words, in the data's order ("Mosotho", "Basotho")
    capitals: tuple[str, ...]  # several where a country has several ("Pretoria", "Cape Town", "Bloemfontein")
    provinces: tuple[str, ...]  # its provinces, states or emirates, as the data spells them ("Dubayy (Dubai)")
    spellings: tuple[str, ...]  # its other names as the data gives them ("Viet Nam", "Côte d'Ivoire", "VN")


def plain(name: str) -> str:
    """A country's name as news copy writes it: without a leading article ("The Gambia" -> "Gambia")."""
    return re.sub(r"^The\s+", "", name.strip())


@cache
def countries() -> tuple[Country, ...]:
    """Every country of the data that has an ISO 3166 code: not a part of a country ("Wales", whose places are its
    country's) nor a name no longer used ("Burma")."""
    from countryinfo import all_countries  # loaded at the first ask: a build that asks nothing pays nothing

    found = []
    for country in all_countries():
        if not country.iso(2):
            continue
        capital = country.capital()  # a list where a country has several
        found.append(Country(
            code=country.iso(2), name=plain(country.name()),
            demonyms=tuple(d.strip() for d in re.split(r"[,/]", country.demonym() or "") if d.strip()),
            capitals=tuple(c for c in (capital if isinstance(capital, list) else [capital]) if c),
            provinces=tuple(country.provinces() or ()), spellings=tuple(country.alt_spellings() or ())))
    return tuple(found)
