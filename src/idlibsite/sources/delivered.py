"""A header of delivered words: a record that is one person's speech, briefing or doorstep ("Remarks by High
Representative Josep Borrell upon arrival", "(As delivered)"), and the one it names. Read by the turns of a tagged
layout (:mod:`.turns`), by a headed record (:mod:`.headed`) and by the tags of `suggest`."""

from __future__ import annotations

import re

DELIVERED = re.compile(r"(?i)\b(?:remarks|statement|speech|address|briefing|press\s+(?:point|conference)|doorstep)\b[^\n]{0,40}?\bby\b"
                       r"|^(?:weekly\s+|regular\s+)?(?:briefing|press\s+conference)\s+of\b"
                       r"|^\(?(?:as\s+(?:delivered|prepared\s+for\s+delivery)|(?:please\s+)?check\s+against\s+delivery)\)?$")
"""A header that says the record is one person's delivered words ("Press point by NATO Secretary
General Jens Stoltenberg ...", "Briefing of the Official Representative ...", "(As delivered)")."""
_BY = re.compile(r"\bby\s+the\s+[A-Z][^\n,.:;]{2,80},[^\S\n]+(?P<named>[A-Z][\w/’'.-]*(?:[^\S\n]+(?:[A-Z][\w/’'.-]*|al-\w+|von|van|de|der))*[^\S\n]+[A-Z][\w’'-]+)"
                 r"|\bby\s+(?P<who>[A-Z][\w/’'.-]*(?:\s+(?:[A-Z][\w/’'.-]*|al-\w+|von|van|de|der))*\s+[A-Z][\w’'-]+)")
"""The speaker a header of delivered words names: "Remarks by High Representative Josep Borrell upon arrival", or after
the office and a comma, as a United Nations cover gives him ("Briefing ... by the Special Envoy for Syria, Mr. Geir O.
Pedersen"), the name then on the office's line."""


def header_principal(header: str) -> str:
    """The one whom a header of delivered words names ("Remarks by ... Josep Borrell upon arrival"), "" when none."""
    by = _BY.search(header)
    return by.group("named") or by.group("who") if by else ""
