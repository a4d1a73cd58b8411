"""Whom "the opposition" stands for on a national page (pure).

A national outlet writes "the opposition" (or "Opposition" in a headline) of its own country's opposition: the party the
page names with that word before its name ("the opposition MDC Alliance"), else the country's opposition as a body of
its own ("Sri Lankan Opposition": LABELS Round 44's "The Opposition" on a Vanuatu page, Round 50's "Minority" on a
Ghanaian one).  A page of no country of its own names no opposition by the word.
"""

from __future__ import annotations

import re

from idlibsite.attribution.countries import DEMONYMS

_OPPOSITION = re.compile(r"(?:[Tt]he\s+)?(?:main\s+)?[Oo]pposition")
"""The opposition by the word alone ("the opposition", a headline's "Opposition")."""
_NAMED = re.compile(r"\b(?:the\s+)?(?:main\s+)?opposition\s+(?P<party>(?:[A-Z][\w’'-]*|of|for)(?:\s+(?:[A-Z][\w’'-]*|of|for|and))*)")
"""A party the page names after the word ("the opposition MDC Alliance", "the main opposition Party of Change")."""


def opposition(phrase: str, page: str, country: str) -> str:
    """The body "the opposition" stands for: the party the page names after the word, else the ``country``'s opposition
    ("Sri Lankan Opposition"); "" when the phrase is no bare "opposition" or the page has no country."""
    if not _OPPOSITION.fullmatch(phrase.strip()):
        return ""
    named = next((m.group("party").rstrip() for m in _NAMED.finditer(page) if m.group("party")[:1].isupper()), "")
    if named:
        return named
    return f"{DEMONYMS.get(country, country)} Opposition" if country else ""
