"""Dates written with the month's name in Turkish or Russian, day first (pure).

The corpus's sources include Turkish and Russian sites, which print "05 Mart 2020 Perşembe" and
"5 марта 2020 г." where an English site prints "5 March 2020". Both languages write the day first
and the year after the month; Russian gives the month in the genitive ("марта", of March). The
names are matched only between a day's number and a four-digit year, so a word that happens to be
spelt like one ("Mart" in a name) is no date.
"""

from __future__ import annotations

import re
import unicodedata

_TURKISH = ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
            "aralık")
_RUSSIAN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
            "декабря")


def _key(word: str) -> str:
    """A month's name as compared: lower case, Turkish dotted and dotless i alike ("NİSAN", "MAYIS", "Mayıs")."""
    return unicodedata.normalize("NFD", word.lower()).replace("\u0307", "").replace("ı", "i")


FOREIGN_MONTHS = {_key(name): n for names in (_TURKISH, _RUSSIAN) for n, name in enumerate(names, 1)}
# A day, a Turkish or Russian month's name and a four-digit year: "05 Mart 2020", "5 марта 2020".
FOREIGN_DAY_FIRST = re.compile(r"(?i)(?<![\w.])(\d{1,2})\.?\s+(" + "|".join(
    sorted({n for names in (_TURKISH, _RUSSIAN) for n in names}, key=len, reverse=True)) + r")\s+(\d{4})\b")


def foreign_month(word: str) -> int:
    """The number of a Turkish or Russian month's name (0 for any other word)."""
    return FOREIGN_MONTHS.get(_key(word), 0)
