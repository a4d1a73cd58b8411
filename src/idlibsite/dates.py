"""Partial dates: a date string whose form states its precision.

``2020`` is a year, ``2020-02`` a month, ``2020-02-13`` a day; an empty
value means unknown.  Nothing is ever guessed from ``04/03/2020``-style
strings: they are refused with a hint.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

PRECISIONS = ("day", "month", "year", "unknown")
_FORMS = {
    "year": re.compile(r"(\d{4})"),
    "month": re.compile(r"(\d{4})-(\d{2})"),
    "day": re.compile(r"(\d{4})-(\d{2})-(\d{2})"),
}
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")  # 04/03/2020, 27.02.2020, 2/28/20
# A two-digit year yy is 20yy below this and 19yy from it (the POSIX strptime %y rule).
TWO_DIGIT_PIVOT = 69
# English month names, fixed: calendar.month_name calls strftime on every
# lookup (a tenth of the time spent on dates) and would follow the locale.
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to a stated precision."""

    iso: str  # "2020-02-13", "2020-02", "2020" or "" when unknown
    precision: str  # one of PRECISIONS, implied by the form of ``iso``

    @property
    def known(self) -> bool:
        return self.precision != "unknown"

    def human(self) -> str:
        """'13 February 2020', 'February 2020', '2020' or 'date unknown'."""
        parts = self.iso.split("-")
        if self.precision == "day":
            return f"{int(parts[2])} {_MONTHS[int(parts[1])]} {parts[0]}"
        if self.precision == "month":
            return f"{_MONTHS[int(parts[1])]} {parts[0]}"
        if self.precision == "year":
            return parts[0]
        return "date unknown"

    def sort_key(self) -> str:
        """Orders by start of the period; unknown dates sort last."""
        return self.iso if self.known else "9999"

    def before(self, other: PartialDate) -> bool:
        """True when this date is certainly earlier than ``other`` (compared at the coarser precision; an
        unknown date is before nothing and nothing is before it)."""
        n = min(len(self.iso), len(other.iso))
        return self.iso[:n] < other.iso[:n]


UNKNOWN = PartialDate("", "unknown")


def parse_partial_date(value: str) -> PartialDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or ``unknown``/empty).

    Raises ValueError with a message that says what to write instead.
    """
    value = value.strip()
    if value in ("", "unknown"):
        return UNKNOWN
    for precision, form in _FORMS.items():
        m = form.fullmatch(value)
        if not m:
            continue
        year = int(m.group(1))
        if precision in ("month", "day"):
            month = int(m.group(2))
            if not 1 <= month <= 12:
                raise ValueError(f"month {month:02d} does not exist in date {value!r}")
            if precision == "day":
                day = int(m.group(3))
                last = calendar.monthrange(year, month)[1]
                if not 1 <= day <= last:
                    raise ValueError(f"day {day:02d} does not exist in {year}-{month:02d}")
        return PartialDate(value, precision)
    raise ValueError(f"{value!r} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD ({_advice(value)})")


def _advice(value: str) -> str:
    """What to write instead of ``value``: its readings when it has numbered day and month."""
    named = _named(value)
    if named:
        return f"write {named}"
    m = _NUMERIC.fullmatch(value)
    if m is None:
        return "write 2020-03-04 for 4 March 2020"
    first, second, year = int(m[1]), int(m[3]), full_year(m[4])
    readings = []
    for day, month in ((first, second), (second, first)):
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            reading = f"{year:04d}-{month:02d}-{day:02d} for {day} {_MONTHS[month]} {year}"
            if reading not in readings:
                readings.append(reading)
    if not readings:
        return f"no day and month of {year} reads as {value!r}: check the numbers"
    if len(readings) == 1:
        return f"write {readings[0]}, its only reading"
    return f"it has two readings: write {readings[0]} or {readings[1]}, whichever the source supports"


def full_year(written: str) -> int:
    """A year as written: four digits, or two read by TWO_DIGIT_PIVOT ("20" is 2020, "98" 1998)."""
    year = int(written)
    return year if len(written) != 2 else year + (2000 if year < TWO_DIGIT_PIVOT else 1900)


def _named(value: str) -> str:
    """``22 November 2026``, ``November 22, 2026`` or ``March 2020`` in ISO form, "" otherwise."""
    words = value.replace(",", " ").split()
    months = [i for i, w in enumerate(words) if w.capitalize() in _MONTHS[1:]]
    numbers = [w for w in words if w.isdigit()]
    if len(months) != 1 or len(words) != len(numbers) + 1 or not 1 <= len(numbers) <= 2:
        return ""
    month = _MONTHS.index(words[months[0]].capitalize())
    years = [int(n) for n in numbers if len(n) == 4]
    days = [int(n) for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) != len(numbers) - 1:
        return ""
    if not days:
        return f"{years[0]:04d}-{month:02d}"
    if not 1 <= days[0] <= calendar.monthrange(years[0], month)[1]:
        return ""
    return f"{years[0]:04d}-{month:02d}-{days[0]:02d}"
