"""Dates as news sites write them, found in text and in URLs (pure; no I/O).

Every form seen in the house styles we keep an evaluation set of
(bench/ingest/): ``March 4, 2020``, ``4 March 2020``, ``Feb. 28, 2020``,
``28th February, 2020``, ``Fri 10th January 2020 | 09:54 PM``,
``04/03/2020`` (two readings), ``2020-03-04``, an agency dateline without a
year (``MOSCOW, March 4. /TASS/.``) and a URL path ``/2020/02/28/``; and with a
two-digit year, ``2/28/20``, ``28.02.20`` and ``Feb 28 '20`` (read by idlibsite.dates.full_year).
A *date line* is a line that holds a date and nothing else but the words
sites put around one (``Published``, a weekday, a time, a time zone).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from idlibsite.dates import PartialDate, full_year, parse_partial_date
from idlibsite.sources.datewords import is_around_word
from idlibsite.sources.monthwords import foreign_day_first, foreign_month

MONTHS: dict[str, int] = {}
for _n in range(1, 13):
    MONTHS[calendar.month_name[_n].lower()] = _n
    MONTHS[calendar.month_abbr[_n].lower()] = _n
MONTHS["sept"] = 9
MONTH = "(?:" + "|".join(m.capitalize() + ("" if calendar.month_name[MONTHS[m]].lower() == m else r"(?!\s(?-i:[A-Z]))")
                         for m in sorted(MONTHS, key=len, reverse=True)) + ")"
"""A month's name or abbreviation in MONTHS, capitalised ("March", "Feb"; compiled case-insensitively it
also matches "MARCH" and "feb"); an abbreviation before a capitalised word is a person's name ("Jan Kubis")."""
_MONTH = MONTH + r"\b\.?"
_ORD = r"(?:st|nd|rd|th)?"
_COMMA = r"[,\u060c]?"  # a comma, or the Arabic comma of Arab outlets' English pages
_DAY_FIRST = re.compile(rf"(?i)\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH}){_COMMA}\s+(\d{{4}})\b")
_MONTH_FIRST = re.compile(rf"(?i)\b({_MONTH})\s+(\d{{1,2}}){_ORD}{_COMMA}\s+(\d{{4}})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b")
# Two-digit years: "2/28/20", "28.02.20" (not "-": "3-2-20" is as often a score or a code),
# "Feb 28 '20", "28 Feb '20".
_NUMERIC_YY = re.compile(r"(?<![\d.,/])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/]|\.\d)")
_APOSTROPHE = r"['’‘]"
_MONTH_FIRST_YY = re.compile(rf"(?i)\b({_MONTH})\s+(\d{{1,2}}){_ORD},?\s+{_APOSTROPHE}(\d{{2}})\b")
_DAY_FIRST_YY = re.compile(rf"(?i)\b(\d{{1,2}}){_ORD}\s+({_MONTH}),?\s+{_APOSTROPHE}(\d{{2}})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?=\b|T)")
# An agency dateline with no year: "MOSCOW, March 4. /TASS/." or "ANKARA, Feb 28 (Reuters) -"
_NO_YEAR = re.compile(rf"(?i)^[\w .'’-]{{2,40}},\s+({_MONTH})\s+(\d{{1,2}}){_ORD}\b(?!,?\s*\d{{4}})")
_URL_PATH = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?(?=[/-])"
                       r"|/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/-])")  # /2020/02/28/ or /20200228-
# Words a site puts around a date on a line of its own.
_AROUND = re.compile(
    r"(?i)(published:?|updated:?|issued:?|last|posted:?|on:?|at|date:?|time|local|an?|hours?|minutes?|ago|"
    r"\d{1,3}|mins?|read|"  # a reading time beside the date: "18 Feb 2020 · 6 min read"
    r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|"
    r"\d{1,2}[:.]\d{2}(:\d{2})?([ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|[a-z]{1,2}[sd]t|msk|cet|eet|"
    r"[|/·•,–—()-]+)"
)
_DIGIT = re.compile(r"\d")
_TWO_DIGITS = re.compile(r"\d\d")  # every date find_dates reads has a year of two or four digits
_FOUR_DIGITS = re.compile(r"\d{4}")  # a year of four digits: the patterns that need one
_APOSTROPHE_YEAR = re.compile(rf"{_APOSTROPHE}\d\d")  # "'20": the month's patterns with a two-digit year
_LETTERS = re.compile(r"[^\W\d_]")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_NAME = re.compile(r"\d+|[A-Z][\w'.-]*|\(@\w+\)|@\w+|seconds?|mins?")
WEEKDAYS = [calendar.day_name[i].lower() for i in range(7)]
DATE_LINE_WORDS = 14  # the most words of a date line (besides its dates' in another language's)


@dataclass(frozen=True)
class FoundDate:
    """A date written somewhere, with every calendar-valid reading."""

    start: int  # offset of the date in the text searched
    end: int
    written: str  # the words as written
    readings: tuple[PartialDate, ...]  # day/month first for "04/03/2020"; () when invalid


def find_dates(text: str) -> list[FoundDate]:
    """Every full date written in ``text``, in order (no overlaps)."""
    if not _TWO_DIGITS.search(text):  # none of the patterns below can match: most lines of an article, read
        return []  # for their kind as a source is loaded (the eight searches took 24 µs a line)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    present: dict[re.Pattern[str], bool] = {}  # whether the text has what each pattern needs, each looked for once
    for pattern, order, needs in patterns():
        if needs not in present:
            present[needs] = needs.search(text) is not None
        if not present[needs]:
            continue  # most lines with two digits have no year of four (the month-first patterns took half the time)
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(FoundDate(m.start(), m.end(), m[0], _readings(m, order)))
    return sorted(found, key=lambda f: f.start)


def patterns() -> tuple[tuple[re.Pattern[str], str, re.Pattern[str]], ...]:
    """The patterns :func:`find_dates` runs, in order, each with the order of its day, month and year, and what
    every match of it holds (a text without it is not searched); each needs two digits in a row
    (tests/test_datelines_digits.py)."""
    return ((_DAY_FIRST, "dmy", _FOUR_DIGITS), (_MONTH_FIRST, "mdy", _FOUR_DIGITS),
            (foreign_day_first(), "foreign", _FOUR_DIGITS), (_NUMERIC, "num", _FOUR_DIGITS), (_ISO, "iso", _FOUR_DIGITS),
            (_DAY_FIRST_YY, "dmy", _APOSTROPHE_YEAR), (_MONTH_FIRST_YY, "mdy", _APOSTROPHE_YEAR),
            (_NUMERIC_YY, "num", _TWO_DIGITS))


def two_digit_year(written: str) -> str:
    """How the two-digit year of the first date in ``written`` was read ("" when it has four digits)."""
    dates = find_dates(written)
    m = re.search(r"(?<![\d])\d{2}$", dates[0].written) if dates else None
    if m is None or re.search(r"\d{4}", dates[0].written):
        return ""
    return f"the two-digit year {m[0]!r} read as {full_year(m[0])}"


def _readings(m: re.Match[str], order: str) -> tuple[PartialDate, ...]:
    if order == "dmy":
        candidates = [(full_year(m[3]), _month(m[2]), int(m[1]))]
    elif order == "mdy":
        candidates = [(full_year(m[3]), _month(m[1]), int(m[2]))]
    elif order == "foreign":
        candidates = [(int(m[3]), foreign_month(m[2]), int(m[1]))]
    elif order == "num":
        a, b, year = int(m[1]), int(m[3]), full_year(m[4])
        candidates = [(year, b, a), (year, a, b)]  # day/month first, then month/day
    else:
        candidates = [(int(m[1]), int(m[2]), int(m[3]))]
    return _valid(candidates)


def _valid(candidates: list[tuple[int, int, int]]) -> tuple[PartialDate, ...]:
    out: list[PartialDate] = []
    for year, month, day in candidates:
        try:
            iso = dt.date(year, month, day).isoformat()
        except ValueError:
            continue
        if iso not in (d.iso for d in out):
            out.append(PartialDate(iso, "day"))
    return tuple(out)


def _month(word: str) -> int:
    return MONTHS.get(word.lower().rstrip("."), 0)


@lru_cache(maxsize=4096)
def is_date_line(line: str) -> bool:
    """A line that is a date and the words around one, nothing else: in English, or in another language's words
    (:mod:`.datewords`), which may give a second date, the update's ("Publié le 01/03/2020 à 18:42, mis à jour le
    02/03/2020 à 07:15"). Kept for the last lines asked: loading a source asks it of a line two or three times
    (98,874 calls for 39,819 lines at 1,000 generated sources)."""
    stripped = line.strip()
    dates = find_dates(stripped) if _DIGIT.search(stripped) else []  # every date has a digit
    if not dates:
        return False
    rest = stripped[: dates[0].start] + " " + stripped[dates[0].end :]
    if len(stripped.split()) <= DATE_LINE_WORDS:
        if _CLOCK.search(rest):  # a timestamped byline: "Jane Roe (@jroe) 31 seconds ago Sat 29th …"
            if all(_AROUND.fullmatch(w) or _NAME.fullmatch(w) for w in rest.split()):
                return True
        elif all(_AROUND.fullmatch(word) for word in rest.split()):
            return True
    words = _undated(stripped, dates)
    return len(words) <= DATE_LINE_WORDS and any(not _AROUND.fullmatch(w) for w in words) and all(
        _AROUND.fullmatch(w) or is_around_word(w) for w in words)


def _undated(line: str, dates: list[FoundDate]) -> list[str]:
    """The words of ``line`` besides its ``dates``."""
    return "".join(" " if any(d.start <= i < d.end for d in dates) else c for i, c in enumerate(line)).split()


def day_first(line: str, language: str) -> str:
    """The language whose way of writing dates reads the numeric date of ``line`` ("05.03.2020", "01/03/2020") day
    first, "" when none does: a language other than English the page declares (``language``, its <html lang>), or
    the language of the words the line prints around its date ("Publié le", "Uhr", "Güncelleme"). English is left
    open: a site in the United States writes the month first."""
    if language and not language.lower().startswith("en"):
        return language
    words = _undated(line, find_dates(line))
    return "a language other than English" if any(
        not _AROUND.fullmatch(w) and _LETTERS.search(w) and is_around_word(w) for w in words) else ""


# Words a place may hold in lower case before a dateline's date ("Dar es Salaam", "Ras al-Ain", "Port-au-Prince").
_PLACE_WORD = re.compile(r"(?i:de|del|des|du|da|di|do|la|le|el|al|es|en|sur|am|an|upon)")


def dateline_dates(paragraph: str) -> list[FoundDate]:
    """The dates of a paragraph's opening that stand as a dateline: the date opens the paragraph, or only a
    place and the words around a date come before it ("GENEVA/AMMAN, 3 March 2020 – …", "Gaziantep, 1 March
    2020 - …", "On 4 March 2020, …"). A date inside the first sentence ("… agreed in Moscow on 5 March 2020 by
    …") is none: a word in lower case before it that is no place's and no date's is the sentence's."""
    out = []
    for date in find_dates(paragraph):
        before = paragraph[: date.start].split()
        if not all(_AROUND.fullmatch(w) or _PLACE_WORD.fullmatch(w) or not w[0].islower() for w in before):
            break
        out.append(date)
    return out


def line_readings(line: str) -> tuple[PartialDate, ...]:
    """The readings of the first date on a date line (or of a plain YYYY[-MM[-DD]])."""
    dates = find_dates(line)
    if dates:
        return dates[0].readings
    try:
        return (parse_partial_date(line.strip()),)
    except ValueError:
        return ()


def month_day_without_year(line: str) -> tuple[int, int, str] | None:
    """(month, day, words) of an agency dateline that gives no year, such as TASS's."""
    m = _NO_YEAR.match(line)
    if not m or not _month(m[1]):
        return None
    return _month(m[1]), int(m[2]), m[0]


def url_date(url: str) -> tuple[PartialDate, str] | None:
    """The date in a URL's path (/2020/02/28/ or /2020/02/), with the part read."""
    m = _URL_PATH.search(url)
    if not m:
        return None
    year, month, day = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    year, month = int(year), int(month)
    if day:
        valid = _valid([(year, month, int(day))])
        if valid:
            return valid[0], m[0]
    if 1 <= month <= 12:
        return PartialDate(f"{year:04d}-{month:02d}", "month"), m[0]
    return None


def weekday_mentions(text: str) -> list[str]:
    """Weekdays the text names ("on Friday"), lower-case, in order."""
    return [m[1].lower() for m in re.finditer(r"\b(?:on|late|early|last)\s+(%s)\b" % "|".join(
        d.capitalize() for d in WEEKDAYS), text)]


def weekday_of(date: PartialDate) -> str:
    """The weekday of a day-precision date, lower-case."""
    return WEEKDAYS[dt.date.fromisoformat(date.iso).weekday()]
