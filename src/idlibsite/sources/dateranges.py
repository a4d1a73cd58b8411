"""A date that is one end of a period, not the day a text was published (pure).

An infobox's "Date 6 February – 5 March 2020", a report's "covers the period from 24 to 27 February
2020" or "1 December 2019 – 2 February 2020" name a period: its last day is no more the day of
publication than its first. A date line near the top that holds such a range is the period of the
events the text is about; the publication date, when the text states one, is elsewhere.
"""

from __future__ import annotations

import re

from idlibsite.sources.datelines import MONTH, FoundDate

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
