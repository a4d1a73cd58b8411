"""An event map's feed (pure): one event a line, "Name: words" under the line of its time and place.

A live map of a conflict (an event map's feed beside the map, saved as text) prints each event as a short line under
the time it was posted and its place ("18 minutes ago · Moscow", "14:05 · Idlib"), with the event's source or share
links on the line below ("share · via @handle").  An event that gives someone's words is a line "Name: words" or
"Body: words", no quotation marks, no stop at its end: read alone it is a heading's tag and its words
(:func:`.headtags.headline_tag`, LABELS "Live-blog entries"; round 106's ruling: a line of its own, `named`), but left
in one paragraph with its links it is a paragraph of two lines, which no heading is.  :func:`feed_entries` parts such
a line from the lines under it, so that it reads as the line of its own it is on the map.  A line under no time line,
or one whose words are a report of another's speech, is left as given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.headtags import headline_tag
from idlibsite.sources.stamps import TIME_STAMP

FEED_TIME = re.compile(r"[^\S\n]*(?:\d{1,3}[^\S\n]*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d)[^\S\n]+ago|" + TIME_STAMP + r")"
                       r"(?:[^\S\n]*[·•|,–—-][^\S\n]*[^\n]{0,80})?[^\S\n]*")
"""A feed's line of the time an event was posted, and its place after a dot, a bar or a dash ("18 minutes ago · Moscow",
"2h ago - Saraqib, Idlib Governorate", "14:05 · Ankara"), nothing else on the line."""


def line_above(text: str, start: int) -> str:
    """The line just above ``start`` in its paragraph ("" when ``start`` opens a paragraph or the text)."""
    if start < 2 or text[start - 1] != "\n":
        return ""
    above = text.rfind("\n", 0, start - 1) + 1
    return text[above : start - 1]


def feed_entries(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with each feed event's line "Name: words", under its time line (:data:`FEED_TIME`, just above it or
    opening the range) and over lines of its own links, parted from the lines under it; other ranges as given."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        first_end = text.find("\n", start, end)
        if first_end >= 0 and FEED_TIME.fullmatch(text, start, first_end):  # the time line in the range: the event under it
            out.append((start, first_end))
            start = first_end + 1
            first_end = text.find("\n", start, end)
        if (first_end >= 0 and text[start:first_end].strip() and FEED_TIME.fullmatch(line_above(text, start))
                and headline_tag(text, start, first_end)):
            out += [(start, first_end), (first_end + 1, end)]
        else:
            out.append((start, end))
    return out
