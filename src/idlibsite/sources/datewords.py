"""The words other languages' sites print around a date on a line of its own (pure).

An English site prints "Published Thursday 5 March 2020, 14:30 GMT" (:data:`.datelines._AROUND`); a
French one "Publié le 5 mars 2020 à 14h30, mis à jour le 6 mars 2020 à 08h12", a German one
"Donnerstag, 05.03.2020, 19:45 Uhr", a Turkish one "5 Mart 2020 Perşembe 14:30", a Russian one
"5 марта 2020 года, 14:30 мск", an Arabic one "الخميس 5 مارس 2020 - تحديث: الجمعة 6 مارس 2020". A line
of such words and dates is a date line like the English one. The weekdays are the Unicode CLDR's,
as Babel gives them for the locales whose months are read (:data:`.monthwords.LOCALES`); the few
words for "published", "updated", "at" and "o'clock" are listed here by language.
"""

from __future__ import annotations

import re
from functools import cache

from idlibsite.sources.monthwords import LOCALES, without_locale_data

# Words for "published", "updated", "on", "at", "o'clock", "year" and "time zone" around a date, by language.
AROUND_WORDS = {
    "fr": "publié publiée le la à mis mise jour modifié modifiée actualisé dernière heure h",
    "de": "veröffentlicht aktualisiert stand am um uhr zuletzt erstellt geändert",
    "tr": "güncelleme güncellenme yayınlanma yayın tarihi son saat",
    "ru": "опубликовано обновлено дата публикации обновления г года в мск",
    "uk": "опубліковано оновлено р року о",
    "ar": "تحديث التحديث نشر النشر نشر في تاريخ بتاريخ آخر الساعة في",
    "es": "publicado actualizado el a las de h",
    "it": "pubblicato aggiornato il alle ore",
    "pt": "publicado atualizado em às h",
}
# A time ("14:30", and as French and Portuguese sites write it, "14h30", "8h"); the punctuation around a word, Arabic
# sites' comma among it ("،").
_TIME = re.compile(r"\d{1,2}([:.h]\d{2}|h)")
_PUNCTUATION = "،؛:,|/·•–—()-."


@cache
def around_words() -> frozenset[str]:
    """Every word of :data:`AROUND_WORDS` and every weekday's name of :data:`.monthwords.LOCALES` (full and
    abbreviated), in lower case."""
    return frozenset(without_locale_data(_days) | {w for words in AROUND_WORDS.values() for w in words.split()})


def _days() -> set[str]:
    from babel.dates import get_day_names  # imported here: only a line with a date needs the locales' data

    return {name.lower().rstrip(".") for locale in LOCALES for width in ("wide", "abbreviated")
            for context in ("format", "stand-alone") for name in get_day_names(width, context, locale).values()}


def is_around_word(word: str) -> bool:
    """Whether ``word`` (one of a line's whitespace-separated words) is a word another language's site prints around
    a date: one of :func:`around_words` with its punctuation ("Perşembe", "Uhr", "mis", "à", "تحديث:"), a time
    ("14h30") or punctuation alone."""
    bare = word.strip(_PUNCTUATION).lower()
    return not bare or bare in around_words() or _TIME.fullmatch(bare) is not None
