"""The country a page's speakers speak for (pure): whose "the Foreign Ministry" a page means when it names no country.

A body called by its kind alone ("the Foreign Ministry", "the Interior Ministry") on a page that names no country as its
subject is the country of the people and bodies the page has let speak so far, the one most of them speak for (ties:
the latest): a Turkish broadcaster's story quoting the Turkish president and his ministers means Turkey's ministry, not
the known Russian one the bare words alias (LABELS Round 29: a ministry named without its country on a national page).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from idlibsite.attribution.answer import Speaker, speaks_for
from idlibsite.attribution.countries import CAPITALS
from idlibsite.attribution.folding import folded, nations_in
from idlibsite.attribution.wordlists import NATIONS


def speakers_country(entries: Sequence[tuple[Speaker, str, bool]], other: str, near: str) -> str:
    """The country most of the speakers in ``entries`` (the page's, in order) speak for, the latest of those tied; ""
    when none speaks for a country, when that country is ``other`` (the country of the known body the bare words
    alias), or when ``near`` (the passage's paragraph and the one before) names ``other`` ("..., Russia's ministry
    said. The ministry added")."""
    countries = [c for c in (speaks_for(s) for s, _, _ in entries) if c]
    if not countries or other in nations_in(near):
        return ""
    counted = Counter(countries)
    most = max(counted.values())
    country = next(c for c in reversed(countries) if counted[c] == most)
    return "" if country == other else country



_QUOTED = re.compile(r"[\"“«][^\"“”«»\n]*[\"”»]")


def elsewhere(page: str, country: str) -> bool:
    """True when ``page``, outside its quotations, names countries (by name, adjective or capital) but never ``country``:
    a known body of that country the bare words alias ("the Foreign Ministry", the Russian one) is then not sure, and the
    bare words are some other country's body (proposed new); a page that names no country keeps the known one."""
    said = set(folded(_QUOTED.sub(" ", page)))
    named = {NATIONS.get(w) or CAPITALS.get(w) for w in said} - {None, ""}
    return bool(named) and country not in named
