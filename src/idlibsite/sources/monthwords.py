"""Dates written with the month's name in another language, day first (pure).

The corpus's sources include Turkish, Russian, Arabic, French and German sites, which print
"05 Mart 2020 Perşembe", "5 марта 2020 года", "٥ آذار ٢٠٢٠", "1er mars 2020", "5. März 2020" and "5 de
marzo de 2020" where an English site prints "5 March 2020". All of them write the day first and the
year after the month. The months' names are the Unicode CLDR's, as Babel gives them (full and
abbreviated, in their format and stand-alone forms: Russian's genitive "марта", Levantine Arabic's
"آذار" beside Egyptian "مارس"): a hand-written table would miss the forms a locale writes. A name is
matched only between a day's number and a four-digit year, so a word spelt like one ("Mart", "Mai"
in a name) is no date; a name two languages give different months is left out. Digits may be any
script's (Python's ``\\d`` and ``int`` read "٥" as 5).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import TypeVar

T = TypeVar("T")

# The languages (CLDR locales) whose month names are read; ar_SY: the Levant's names of the Gregorian months.
LOCALES = ("tr", "ru", "uk", "fr", "de", "es", "it", "pt", "ar", "ar_SY")


def without_locale_data(make: Callable[[], T]) -> T:
    """``make()``, which reads Babel's data of :data:`LOCALES`, then that data let go: Babel keeps every locale it
    loaded (with its parents) for the life of the process, 11 MB traced at every build's peak, of which a build
    needs only the names made of it (kept by the caller).  Read again if asked for again."""
    from babel import localedata

    try:
        return make()
    finally:
        localedata.clear_caches()


def _key(word: str) -> str:
    """A month's name as compared: lower case, without a final dot, Turkish dotted and dotless i alike ("NİSAN",
    "MAYIS", "Mayıs")."""
    return unicodedata.normalize("NFD", word.lower().rstrip(".")).replace("\u0307", "").replace("ı", "i")


@cache
def _names() -> tuple[tuple[str, int], ...]:
    """Each month name of :data:`LOCALES` as written (lower case, without a final dot) and its number; a name of
    two letters, or one that two languages give different numbers, is none."""
    return without_locale_data(_names_read)


def _names_read() -> tuple[tuple[str, int], ...]:
    from babel.dates import get_month_names  # imported here: only a text with a date needs the locales' data

    numbers: dict[str, set[int]] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for n, name in get_month_names(width, context, locale).items():
                    numbers.setdefault(unicodedata.normalize("NFC", name.lower().rstrip(".")), set()).add(n)
    return tuple((name, next(iter(ns))) for name, ns in numbers.items() if len(ns) == 1 and len(name) > 2)


@cache
def foreign_months() -> dict[str, int]:
    """Each month name of :data:`LOCALES`, as :func:`_key` compares it, and its number."""
    return {_key(name): n for name, n in _names()}


@cache
def foreign_day_first() -> re.Pattern[str]:
    """A day, a month's name of :data:`LOCALES` and a four-digit year: "05 Mart 2020", "5 марта 2020", "1er mars
    2020", "5. März 2020", "5 de marzo de 2020", "٥ آذار ٢٠٢٠". Groups: the day, the month's name, the year."""
    names = sorted({name for name, _ in _names()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?i)(?<![\w.])(\d{{1,2}})(?:er|ᵉʳ)?\.?\s+(?:de\s+)?({alternatives})\.?\s+(?:de\s+)?(\d{{4}})(?!\d)")


def foreign_month(word: str) -> int:
    """The number of a month's name of :data:`LOCALES` (0 for any other word)."""
    return foreign_months().get(_key(" ".join(word.split())), 0)
