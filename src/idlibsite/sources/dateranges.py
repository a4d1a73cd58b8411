"""Dates near a text's top that are its events', not the day it was published (pure).

An infobox's "Date 6 February – 5 March 2020", a report's "covers the period from 24 to 27 February
2020" or "1 December 2019 – 2 February 2020" name a period: its last day is no more the day of
publication than its first. A date line near the top that holds such a range is the period of the
events the text is about; the publication date, when the text states one, is elsewhere. So is a
date inside a sentence of a dozen words or more near the top (a fact check's "Claim: A video shows
… near Saraqib on 27 February 2020."): a date line is a date and the few words around one.
"""

from __future__ import annotations

import re

from idlibsite.sources.datelines import MONTH, FoundDate
from idlibsite.sources.reflow import STOP_END

# What links two ends of a period: a dash (spaced or not), "to", "until", "through".
_LINK = r"(?:[–—-]|to|until|till|through|thru)"
# A day, with its month and year when written ("6", "6 February", "February 6", "6 February 2020"), before the link;
# not a time's minutes ("09:12 - 4 March 2020").
_BEFORE_END = re.compile(rf"(?i)(?:(?<![:.])\b\d{{1,2}}(?:\s+{MONTH}\.?)?(?:,?\s+\d{{4}})?|\b{MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
                         rf"\s*{_LINK}\s*$")
# The link, then a day (and month) after a date that starts a period.
_AFTER_START = re.compile(rf"(?i)^\s*{_LINK}\s*(?:\d{{1,2}}\b(?![:.]\d)|{MONTH}\b)")  # not a time: "- 10:30 PM"


def in_period(text: str, date: FoundDate) -> bool:
    """Whether ``date``, found in ``text``, is the first or the last day of a period written there."""
    return bool(_BEFORE_END.search(text[:date.start]) or _AFTER_START.match(text[date.end:]))


# A short line near the top that ends like a sentence and is this long is a sentence, not a date line.
SENTENCE_MIN_WORDS = 12


def in_sentence(line: str) -> bool:
    """Whether a line is a sentence that mentions a date rather than a date line: it ends like a sentence and has
    SENTENCE_MIN_WORDS words or more."""
    return len(line.split()) >= SENTENCE_MIN_WORDS and bool(STOP_END.search(line.strip()))
