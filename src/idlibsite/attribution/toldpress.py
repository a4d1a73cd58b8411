"""A capital's or a country's words tagged by its named teller who told the press (pure): "Moscow, meanwhile, said it was
doing everything ..., Kremlin spokesman Dmitry Peskov told reporters" is the spokesman's (LABELS Round 62: he speaks for
himself), while "Bucharest expressed its condolences ..., Foreign Minister X said" stays the country's act (443)."""

from __future__ import annotations

import re

from idlibsite.attribution.countries import CAPITALS
from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import NATIONS

_TITLED_TELLER = re.compile(r"(?:.*\s)?(?:[Ss]pokes(?:man|woman|person)|[Mm]inister|[Ss]ecretary|[Aa]ide|[Ee]nvoy)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
"""A person named after a title of those who speak for a state ("Kremlin spokesman Dmitry Peskov")."""
_TOLD_PRESS = re.compile(r",\s+[^,;:\u2063]{1,60}?\s+told\s+(?:reporters|journalists|the\s+press)\s*[.!]?\s*$")
"""A closing tag of one who told the press ("..., Kremlin spokesman X told reporters.")."""


def teller_speaks(subject: str, verb: str, teller: str, masked: str) -> bool:
    """True when the sentence's first clause, a capital's or a country's ``subject`` that "said", is closed by the tag of a
    titled, named ``teller`` who told the press: the words are the teller's, not the state's the capital stands for."""
    return (verb.lower() in ("said", "says") and fold(subject) in CAPITALS.keys() | NATIONS.keys()
            and _TOLD_PRESS.search(masked) is not None and _TITLED_TELLER.fullmatch(teller) is not None)
