"""Whose a bare body is on a page that calls that body by its seat (pure).

A national page calls its own foreign ministry by its building ("the San Martín Palace", "the Farnesina", "Torre
Tagle") as well as by its kind alone ("the Foreign Ministry"): the seat tells the page's country, which a bare
"the Foreign Ministry" then belongs to even when the page opens with a foreign country as its subject ("Russia says
..."), never a known body of that other country (LABELS Round 29, a ministry with no country on a national page;
Round 43, a seat on a page that names the ministry; rule 9).
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.wordlists import NATIONS, SEATS


def seat_home(bare: str, page: str) -> str:
    """The country of the body the page calls by its seat (:data:`SEATS`) whose name holds every word of ``bare``, a
    body's kind with no nation ("the Foreign Ministry" on a page that says "the San Martín Palace": Argentina); "" when
    the page names no such seat, or seats of several countries, or the seat's body names no country ("Foggy
    Bottom")."""
    said = set(words(strip_article(bare.strip())))
    if not said:
        return ""
    named = {NATIONS.get(fold(body.split()[0]), "") for seat, body in SEATS.items()
             if said <= set(words(body)) and re.search(rf"(?<![\w’'-]){re.escape(seat)}(?![\w’'-])", page)}
    named.discard("")
    return named.pop() if len(named) == 1 else ""
