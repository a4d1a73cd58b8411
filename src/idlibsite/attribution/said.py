"""When a passage was said: "on Friday", "Thursday" read against the publication date (pure)."""

from __future__ import annotations

import datetime as dt
import re

from idlibsite.dates import PartialDate

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(r"\b(?:on |last )?(" + "|".join(DAYS) + r")\b", re.IGNORECASE)


def said_on(sentence: str, published: PartialDate) -> tuple[PartialDate, str]:
    """The day a sentence says it was said on, and a note saying how; else the publication date, with
    a note that says so, as the project's annotations do ("not dated; reported in an article ...").

    A weekday names the latest such day on or before the publication date
    (news reports the past week): "on Thursday" in an article of Friday 6 March
    2020 is 5 March 2020.  No note when the publication date is not known either.
    """
    m = _DAY.search(sentence)
    if not published.known:
        return published, ""
    if not m:
        return published, f"not dated in its sentence; reported in an article published {published.human()}"
    if published.precision != "day":
        return published, f'"{m.group().strip()}" in an article dated only {published.human()}'
    day = dt.date.fromisoformat(published.iso)
    back = (day.weekday() - DAYS.index(m.group(1).lower())) % 7
    when = day - dt.timedelta(days=back)
    note = f'"{m.group().strip()}" in an article dated {published.human()}'
    return PartialDate(when.isoformat(), "day"), note
