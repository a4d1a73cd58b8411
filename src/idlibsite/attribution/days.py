"""Days as news reports name them, read against the article's date (pure).

"on Thursday", "late on Friday", "last Sunday", "on 3 March", "March 3, 2020",
"Feb. 28", "02.03.2020" (day first), "on Saturday, February 29" (the date wins),
"yesterday", "the day before yesterday", "this morning", "last night".  A
weekday is the latest such day on or before the article's ("last Friday" in an
article of a Friday is a week before); a date without a year takes the
article's year, or the year before when that is more than half a year later.
A slashed date ("4/3/2020") is not read: its order depends on the outlet.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from idlibsite.dates import PartialDate
from idlibsite.sources.datelines import MONTH, MONTHS

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PART = r"(?:\s+(?:morning|afternoon|evening|night)\b)?"
_MONTH = rf"(?P<month>{MONTH})\b(?:\.(?=\s))?"  # "Feb. 28"
_YEAR = r"(?:,?\s+(?P<year>\d{4})\b)?"
_WHEN = re.compile(
    r"(?<!the )(?<!The )"  # "the March 5 agreement" names a thing, not a day of speaking
    r"\b(?:(?:late |early )?on |(?P<last>last) )?(?:"
    rf"(?P<weekday>{'|'.join(DAYS)})\b{_PART}"
    rf"|(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_YEAR}"
    rf"|{_MONTH.replace('month', 'month2')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR.replace('year', 'year2')}"
    r"|(?P<dday>\d{1,2})\.(?P<dmonth>\d{1,2})\.(?P<dyear>\d{4})\b"
    r"|(?P<relative>the day before yesterday|yesterday|today|tonight|earlier today|this (?:morning|afternoon|evening))\b"
    + _PART + r")|\b(?P<night>last night)\b",
    re.IGNORECASE)
_JOINED = re.compile(r",?\s+")  # "Saturday, February 29"
_LISTED = re.compile(r"\s*(?:,|,?\s+(?:and|or|to))\s*")  # "on Saturday, Sunday and Monday", "between 27 February and 5 March"
_BACK = {"the day before yesterday": 2, "yesterday": 1, "last night": 1}


@dataclass(frozen=True)
class Day:
    """A day a sentence names."""

    start: int  # offsets into the sentence
    end: int
    words: str  # as written: "on Thursday", "late on Friday"
    when: dt.date | None  # None when the article's date cannot place it
    possessive: bool  # "Thursday's summit": a thing of that day
    listed: bool  # one of several days in a row: no one day


def days(sentence: str, published: PartialDate) -> list[Day]:
    """The days ``sentence`` names, in order (a weekday followed by its date is one day)."""
    found = list(_WHEN.finditer(sentence))
    spans: list[tuple[int, int, dt.date | None]] = []
    i = 0
    while i < len(found):
        m = found[i]
        date = found[i + 1] if i + 1 < len(found) else None
        if (m["weekday"] and date and not date["weekday"] and not date["relative"]
                and _JOINED.fullmatch(sentence, m.end(), date.start())):
            spans.append((m.start(), date.end(), day_of(date, published)))
            i += 2
        else:
            spans.append((m.start(), m.end(), day_of(m, published)))
            i += 1
    out = []
    for n, (start, end, when) in enumerate(spans):
        listed = bool((n > 0 and _LISTED.fullmatch(sentence[spans[n - 1][1] : start]))
                      or (n + 1 < len(spans) and _LISTED.fullmatch(sentence[end : spans[n + 1][0]])))
        out.append(Day(start, end, sentence[start:end].strip(), when, sentence.startswith(("'s", "’s"), end), listed))
    return out


def day_of(m: re.Match[str], published: PartialDate) -> dt.date | None:
    """The day a match of ``_WHEN`` names, read against the article's date (None when it cannot be placed)."""
    month_word = m["month"] or m["month2"]
    if month_word or m["dmonth"]:
        year = m["year"] or m["year2"] or m["dyear"]
        if not year and not published.iso[:4].isdigit():
            return None
        month = MONTHS[month_word.lower().rstrip(".")] if month_word else int(m["dmonth"])
        try:
            when = dt.date(int(year or published.iso[:4]), month, int(m["day"] or m["day2"] or m["dday"]))
        except ValueError:
            return None
        if not year and published.precision == "day" and (when - dt.date.fromisoformat(published.iso)).days > 183:
            when = when.replace(year=when.year - 1)  # "on 28 December" in an article of March
        return when
    if published.precision != "day":
        return None
    day = dt.date.fromisoformat(published.iso)
    if m["weekday"]:
        back = (day.weekday() - DAYS.index(m["weekday"].lower())) % 7
        return day - dt.timedelta(days=back or (7 if m["last"] else 0))
    return day - dt.timedelta(days=_BACK.get((m["relative"] or m["night"] or "").lower(), 0))
