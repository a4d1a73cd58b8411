"""A live blog's entries (pure): the time stamp that opens each entry is the page's chrome, not its words.

A live blog gives each entry the time it was posted, then a separator, then the entry ("14:05 – Name said ...",
"2:05 pm: ...", "14.05 GMT - ...", "10:32 AM EST" on a line of its own).  Left in the entry, the stamp stands before
the subject of its first sentence, which then has none.  :func:`stamped_entries` starts each such entry after its
stamp, so that the entry reads as a paragraph of its own; a page is a live blog when at least
:data:`MIN_ENTRIES` of its paragraphs open so (a lone number before a dash in a story is no stamp)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.datelines import is_date_line

TIME_OF_DAY = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
"""A time of day as live pages write it: "14:05", "2:05", "14.05"."""
TIME_STAMP = (rf"{TIME_OF_DAY}"
              r"(?:[^\S\n]*[AaPp]\.?[Mm]\.?)?"  # "pm", "AM", "p.m."
              r"(?:[^\S\n]+(?:Uhr|hrs|hours|h|ч\.?)(?![\w]))?"  # the hour's word a German, a Russian page or its translation keeps: "18.34 Uhr"
              r"(?:[^\S\n]+(?:[A-Z]{2,4}(?:[+-]\d{1,2})?|\([A-Z]{2,4}\)))?")  # its time zone: "GMT", "EST", "GMT+2", "(IST)"
"""The time of a live blog's entry, as its stamp gives it."""
STAMP_HEAD = rf"{TIME_STAMP}[^\S\n]*[-–—:|][^\S\n]+"
"""A time stamp that opens a line with a dash, a colon or a bar after it ("14:05 – "): no part of the sentence after."""
_STAMP = re.compile(rf"[^\S\n]*(?:{STAMP_HEAD}|{TIME_STAMP}[^\S\n]*\n\s*|{TIME_STAMP}[^\S\n]+(?=[A-Z\"“‘'«]))(?=\S)")
"""A time stamp at the head of a live blog's entry, with the separator after it, or only a space before the entry's
capital or its opening quotation mark ("20:05 Kremlin: ...", a Ukrainian or Russian live page's form)."""

MIN_ENTRIES = 2
"""The fewest paragraphs of a page that open with a time stamp for it to be a live blog."""


def stamped_entries(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with each live-blog entry started after the time stamp that opens it; the ranges as given
    where fewer than :data:`MIN_ENTRIES` open with one."""
    stamps = {start: stamp.end() for start, end in ranges if (stamp := _STAMP.match(text, start, end))}
    if len(stamps) < MIN_ENTRIES:
        return list(ranges)
    return [(stamps.get(start, start), end) for start, end in ranges]


def time_line(words: str) -> bool:
    """A record's line of a date or a time, nothing else ("Tuesday, March 3, 2020 (AM)", "10.32"): it ends no turn and
    goes on with none."""
    return is_date_line(re.sub(r"\([^()\n]*\)", " ", words)) or bool(re.fullmatch(r"\s*\(?" + TIME_STAMP + r"\)?\s*", words))
