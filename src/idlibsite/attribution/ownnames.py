"""A foreign ministry by its own language's name or acronym ("Udenrigsministeriet announced", "The Cancillería said", "the
MZVEZ added"), read as the ministry of the country the page names among those that call their ministry so (pure; LABELS
rule 9: a body's variant name is the body, with its country; Round 56: a national page's "Udenrigsministeriet" is its
foreign ministry; Round 57: a ministry's short name in its own language is the ministry with its country).

The name tells the language, never the country alone: "Cancillería" is the word of a score of Spanish-speaking states,
so the country is the one of them the page names (its home country, else the one it names, else the one it names most);
a ministry the page names in full for that country is the body (its own name on the page), else the country's
"Foreign Ministry".  A seat's name ("Farnesina", "Itamaraty") is :data:`.wordlists.SEATS`' instead.
"""

from __future__ import annotations

import re
from collections import Counter

from idlibsite.attribution.bodytable import page_bodies
from idlibsite.attribution.context import home_country
from idlibsite.attribution.countries import CAPITALS, DEMONYMS, adjectival
from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.wordlists import NATIONS

_LATIN_AMERICA = ("Argentina", "Bolivia", "Chile", "Colombia", "Costa Rica", "Cuba", "Dominican Republic", "Ecuador",
                  "El Salvador", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru", "Uruguay",
                  "Venezuela")
_RUSSIAN_SPEAKING = ("Russia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan")

_NAMES = {
    "Udenrigsministeriet": ("Denmark",), "Utrikesdepartementet": ("Sweden",), "Utenriksdepartementet": ("Norway",),
    "UD": ("Sweden", "Norway"), "Ulkoministeriö": ("Finland",), "Utanríkisráðuneytið": ("Iceland",), "Auswärtiges Amt": ("Germany",),
    "Auswärtige Amt": ("Germany",), "Außenministerium": ("Germany", "Austria"), "Buitenlandse Zaken": ("Netherlands", "Belgium"),
    "BuZa": ("Netherlands",), "Cancillería": _LATIN_AMERICA, "Exteriores": ("Spain", *_LATIN_AMERICA), "MSZ": ("Poland",),
    "MZV": ("Czech Republic", "Slovakia"), "MZVEZ": ("Slovakia",), "MZVaEZ": ("Slovakia",), "MZZ": ("Slovenia",),
    "MVEP": ("Croatia",), "KKM": ("Hungary",), "Dışişleri": ("Turkey",), "Dışişleri Bakanlığı": ("Turkey",),
    "MID": _RUSSIAN_SPEAKING, "MZS": ("Ukraine",), "YPEX": ("Greece",), "URM": ("Lithuania",), "Välisministeerium": ("Estonia",),
}
"""Names and acronyms of foreign ministries in their own languages, each with the countries whose ministry it names
(in the package's names, :data:`.countries.DEMONYMS`' keys): "Udenrigsministeriet" (Danish), "Utrikesdepartementet"
(Swedish), "Auswärtiges Amt" (German), "Cancillería" (Latin America's Spanish), "MSZ" (Polish), "MZV" (Czech and
Slovak), "MZVEZ" (Slovak, with European Affairs), "MZZ" (Slovene), "Dışişleri Bakanlığı" (Turkish), "MID" (Russian, as
the former Soviet states' Russian-language press writes it), "UD" (Swedish and Norwegian: Utrikes-, Utenriksdepartementet)."""
FOREIGN_MINISTRIES = {" ".join(fold(w) for w in name.split()): countries for name, countries in _NAMES.items()}
"""The same names, folded as :func:`_key` reads a phrase."""


def _key(phrase: str) -> str:
    """A capitalised phrase as :data:`FOREIGN_MINISTRIES` keys it, without its article ("the", German "das", Spanish "la"),
    folded word by word; "" when it opens in small letters (no ministry's name)."""
    bare = strip_article(re.sub(r"^(?:[Dd]as|[Ll]a)\s+", "", phrase.strip()))
    return " ".join(fold(w) for w in bare.split()) if bare[:1].isupper() else ""


def _country(candidates: tuple[str, ...], page: str) -> str:
    """The one of ``candidates`` the page is of: its home country, else the one it names (by name, adjective or capital),
    else the one it names most; "" when it names none or two as often."""
    home = home_country(page)
    if home in candidates:
        return home
    named = Counter(c for c in (NATIONS.get(w) or CAPITALS.get(w) for w in words(page)) if c in candidates)
    ranked = named.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""


def own_ministry(phrase: str, page: str) -> str:
    """The foreign ministry a phrase names by its own language's name (:data:`FOREIGN_MINISTRIES`) on ``page``: the last
    ministry the page names in full for the country found (:func:`_country`), as resolve names it ("Slovak Ministry of
    Foreign and European Affairs"), else that country's "Foreign Ministry" ("Danish Foreign Ministry"); "" when the phrase
    is no such name or the page tells no country."""
    candidates = FOREIGN_MINISTRIES.get(_key(phrase), ())
    country = _country(candidates, page) if candidates else ""
    if not country:
        return ""
    adjective = DEMONYMS.get(country, country)
    named = [adjectival(b.name) for b in page_bodies(page).bodies if b.kind == "ministry" and "Foreign" in b.name]
    own = [name for name in named if {NATIONS.get(w) for w in words(name)} & {country}]
    return own[-1] if own else f"{adjective} Foreign Ministry"
