"""The places a dateline names, from the ``countryinfo`` package's data (pure once loaded): the world's countries, their
capitals and their provinces, states or emirates, each in every spelling the data gives ("Dubayy (Dubai)": both), so
that a digest's "Ankara:", "Abu Dhabi:" or "NEW YORK:" is read as a place before a story, never as a speaker's tag
("ANCHOR:", "Achieng:"), whatever outlet writes it.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _places() -> frozenset[str]:
    """Every country's name, capital and province as the data spells them, casefolded, a province's bracketed second
    spelling apart ("abu zaby", "abu dhabi")."""
    from countryinfo import all_countries  # loaded at the first dateline read: a build that reads none pays nothing

    found: set[str] = set()
    for country in all_countries():
        if not country.iso(2):
            continue  # a part of a country ("Wales") or a name no longer used: its places are its country's
        capital = country.capital()
        for named in (country.name(), *(capital if isinstance(capital, list) else [capital or ""]), *(country.provinces() or [])):
            found.update(part.strip().casefold() for part in re.split(r"[()]", named) if part.strip())
    return frozenset(found)


def key(name: str) -> str:
    """A place's name as :func:`place` compares it: its words single-spaced and casefolded ("ABU  DHABI" -> "abu dhabi")."""
    return " ".join(name.split()).casefold()


def place(name: str) -> bool:
    """True when a name is a country, a capital or a province the data knows, in any case ("Ankara", "ABU DHABI")."""
    return key(name) in _places()
