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
from idlibsite.attribution.forms import MINISTRY_NAMED
from idlibsite.attribution.wordlists import NATIONS, SEATS


_SEAT = re.compile(rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, sorted(SEATS, key=len, reverse=True)))})(?![\w’'-])")
"""Any seat of :data:`SEATS` as a whole phrase, the longest first ("No. 10" before "No 10")."""


_THE_MINISTRY = re.compile(r"\b[Tt]he\s+[Mm]inistry\b(?!\s+(?:of|for)\b)")
"""The ministry named by its kind alone ("the ministry said"), which on a page with a seat is the office the seat houses."""
_NATION_BEFORE = re.compile(r"([\w’'-]+)(?:[’']s)?\s+$")
"""The word just before a ministry's naming, which may give its country ("the Turkish foreign ministry", "Turkey's")."""
_NATION_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([\w’'-]+)")
"""The word after a naming's "of", which may give its country ("Foreign Minister of Turkey")."""


def seat_office(seat: str, page: str) -> str:
    """The office a seat of :data:`SEATS` houses ("Wisma Putra": "Malaysian Foreign Ministry") when the page, anywhere
    (headline, body, quotation), names that office by a name of its own ("the Foreign Ministry", "the ministry") or its
    head by title ("Foreign Minister X"), or always for Downing Street; "" otherwise, when the seat keeps its own word
    (LABELS "Seats, one reading"). A ministry or minister the page gives another country ("the Turkish foreign ministry",
    "Foreign Minister of Turkey") names another office, not this seat's."""
    office = SEATS.get(strip_article(seat.strip()), "")
    if not office or office == "Downing Street":
        return office
    named = _offices_named(page)
    return office if "" in named or NATIONS.get(fold(office.split()[0]), "") in named else ""


@functools.lru_cache(maxsize=4)
def _offices_named(page: str) -> frozenset[str]:
    """The countries whose foreign ministry or foreign minister the page names ("" for one named with no country), read
    once per page, as every seat phrase of a page asks."""
    named = {_nation_of(page, m.start(), m.end()) for m in MINISTRY_NAMED.finditer(page)}
    return frozenset(named | {"" for _ in _THE_MINISTRY.finditer(page)})


def _nation_of(page: str, start: int, end: int) -> str:
    """The country a naming at ``page[start:end]`` gives its ministry, by the word before ("the Turkish foreign ministry",
    "Turkey's Foreign Minister") or after it ("Foreign Minister of Turkey"); "" when none."""
    before, after = _NATION_BEFORE.search(page[max(0, start - 40):start]), _NATION_AFTER.match(page, end)
    for m in (before, after):
        if m and fold(m.group(1)) in NATIONS:
            return NATIONS[fold(m.group(1))]
    return ""


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
