"""An interview's highlights under a heading that names the guest (pure): a broadcaster's page prints the best of a
conversation as quoted paragraphs under "Interview Highlights: Name", each maybe after a prompt line of the host's ("On
what she saw at the clinic:").  Each paragraph wholly in quotation marks under such a heading, up to the next one, is
the named guest's (LABELS rule 1: the speaker the page names for the words; the prompt lines are no passage)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.titles import COURTESY_TITLE

_GUEST = (rf"(?:{COURTESY_TITLE}[^\S\n]+)?(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+(?:[A-Z][\w’'.-]*|al-\w+|von|van|de|der|bin)){{1,4}})")
_HEADING = re.compile(r"[^\S\n]*(?:(?:interview|conversation|radio|podcast)[^\S\n]+)?(?:highlights?|excerpts?|q[^\S\n]*&[^\S\n]*a)"
                      r"(?:[^\S\n]*[:–—-][^\S\n]*|[^\S\n]+(?:from|of)[^\S\n]+(?:the|our|an?)[^\S\n]+(?:interview|conversation)[^\S\n]+with[^\S\n]+"
                      rf"|[^\S\n]+with[^\S\n]+){_GUEST}[^\S\n]*:?[^\S\n]*", re.IGNORECASE)
"""A heading naming the guest whose highlights follow: "Interview Highlights: Dr. Jane Roe", "Highlights from the
interview with Jane Roe", "Q&A with Jane Roe", "Excerpts: Jane Roe" (the name's words capitalised, in any case of the
heading's own words)."""
_WHOLE_QUOTATION = re.compile(r"\s*[\"“«„][^\n]+[\"”»]\s*")
"""A paragraph that opens and ends with a quotation mark: a highlight, the guest's words."""


def highlights(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """By the start of each paragraph wholly in quotation marks under a heading that names an interview's guest (a
    short range of its own, or a line between the ranges), up to the next heading of the kind, the guest's name and
    no title; {} when the page has no such heading."""
    out: dict[int, tuple[str, str]] = {}
    guest, last = "", 0
    for start, end in sorted(ranges):
        heading = ([m for line in text[last:start].splitlines() if (m := _HEADING.fullmatch(line))]
                   + [m for m in [_HEADING.fullmatch(text, start, end)] if m])
        if heading:
            guest = heading[-1].group("name")
        elif guest and _WHOLE_QUOTATION.fullmatch(text, start, end):
            out[start] = (guest, "")
        last = end
    return out
