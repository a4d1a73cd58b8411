"""A national page's short forms of its own bodies (pure): "the FO", "MoFA", "FG" (LABELS "Short names and acronyms in
headlines", "A ministry with no country named" and "The government" on a national page)."""

from __future__ import annotations

import re

from idlibsite.attribution.context import home_country
from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import NATIONS

_SHORT_FORM = re.compile(r"(?:[Tt]he\s+)?(?:(FO|MFA|MoFA|MOFA)|(FG|Federal\s+Government|federal\s+government))")
"""A foreign ministry's acronym, or the federal government's, with no country named."""


def home_short_form(phrase: str, before: str) -> str:
    """The bare body a short form stands for on a page whose country ``before`` tells (:func:`home_country`): "the Foreign
    Ministry" for "the FO" or "MoFA", "the government" for "FG" or "the Federal Government", read then as that country's;
    "" for any other phrase, or on a page of no country."""
    m = _SHORT_FORM.fullmatch(phrase.strip())
    if not m or not home_country(before):
        return ""
    return "the Foreign Ministry" if m.group(1) else "the government"


def clipped_country(name: str, text: str) -> str:
    """The country a headline's clipped name stands for ("Zim welcomes ..." over a story that names Zimbabwe): the one
    country the text names whose name opens with those letters, "" when the name is no such clipping."""
    if not re.fullmatch(r"[A-Z][a-z]{2,4}", name) or fold(name) in NATIONS:
        return ""
    named = {w for w in re.findall(rf"\b{name}[a-z]+\b", text) if NATIONS.get(fold(w)) == w}
    return named.pop() if len(named) == 1 else ""
