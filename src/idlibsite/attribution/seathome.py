"""Whose a bare body is on a page that calls that body by its seat (pure).

A national page calls its own foreign ministry by its building ("the San Martín Palace", "the Farnesina", "Torre
Tagle") as well as by its kind alone ("the Foreign Ministry"): the seat tells the page's country, which a bare
"the Foreign Ministry" then belongs to even when the page opens with a foreign country as its subject ("Russia says
..."), never a known body of that other country (LABELS Round 29, a ministry with no country on a national page;
Round 43, a seat on a page that names the ministry; rule 9).
"""

from __future__ import annotations

import functools
import re

from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.wordlists import NATIONS, SEATS


_SEAT = re.compile(rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, sorted(SEATS, key=len, reverse=True)))})(?![\w’'-])")
"""Any seat of :data:`SEATS` as a whole phrase, the longest first ("No. 10" before "No 10")."""


def seat_home(bare: str, page: str) -> str:
    """The country of the body the page calls by its seat (:data:`SEATS`) whose name holds every word of ``bare``, a
    body's kind with no nation ("the Foreign Ministry" on a page that says "the San Martín Palace": Argentina); "" when
    the page names no such seat, or seats of several countries, or the seat's body names no country ("Foggy
    Bottom")."""
    said = set(words(strip_article(bare.strip())))
    if not said:
        return ""
    named = {NATIONS.get(fold(SEATS[seat].split()[0]), "") for seat in _seats_on(page) if said <= set(words(SEATS[seat]))}
    named.discard("")
    return named.pop() if len(named) == 1 else ""


@functools.lru_cache(maxsize=4)
def _seats_on(page: str) -> frozenset[str]:
    """The seats a page names, found in one pass; kept for the last few pages, as every bare body of a page asks."""
    return frozenset(m.group() for m in _SEAT.finditer(page))
