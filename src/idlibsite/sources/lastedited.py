"""The day a wiki page or a web document says it was last edited, from its footer line (pure).

An encyclopedia article copied with its footer ends with "This page was last edited on 14 March
2020, at 10:22 (UTC)."; other sites print "Last modified: 3 March 2020" or "Page last updated on
…". The article has no publication date of its own: the copy is that revision, and the line names
its day. Other dates near its top are its subject's (an infobox's "Date", a reference's
"Retrieved" day), so this line is read only where the text states no date above it, and as a
guess: a story's "last updated" day may not be the day it was first published.
"""

from __future__ import annotations

import re

from idlibsite.dates import PartialDate
from idlibsite.sources.datelines import find_dates

# The words of such a line before its date; the line holds little else (a time, a time zone).
LAST_EDITED = re.compile(r"(?i)^(?:this page was |page )?last (?:edited|modified|updated|revised)(?: on)?:?\s")
LINE_MAX_WORDS = 16


def last_edited(line: str) -> PartialDate | None:
    """The day a footer line says the page was last edited, or None when the line is no such line."""
    stripped = line.strip()
    if not LAST_EDITED.match(stripped) or len(stripped.split()) > LINE_MAX_WORDS:
        return None
    dates = find_dates(stripped)
    return dates[0].readings[0] if dates and len(dates[0].readings) == 1 else None
