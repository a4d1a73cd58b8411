"""A paper speaking in its own name (pure): "This newspaper argued last week that ..." is the outlet whose page it is
(LABELS Round 54: rule 4, a medium in its own name, `new:` the outlet), named by the line of its own the page prints
right under its byline ("By JAMES OKOTH-WANDERA" over "The EastAfrican" over the date line), or, where no byline names
it, by the breadcrumb that opens the page ("NRC | Buitenland | Persoverzicht" over a review signed "M.v.R.")."""

from __future__ import annotations

import re

OWN_PAPER = re.compile(r"(?i)(?:this|our)\s+(?:news)?paper")
"""The page's own outlet as the subject of a speech verb: "This newspaper argued", "Our paper reported"; not "this
newspaper" as the one told ("told this newspaper": an object, never a clause's subject)."""
_UNDER_BYLINE = re.compile(r"(?m)^[^\S\n]*By[^\S\n]+[^\n]{2,60}\n[^\S\n]*(?P<outlet>(?:The[^\S\n]+)?[A-Z][\w&.’'-]*"
                           r"(?:[^\S\n]+[A-Z][\w&.’'-]*){0,3})[^\S\n]*$")
"""A byline's line, then the outlet's name on the line right under it: up to four capitalised words, no date, no stop."""
_BREADCRUMB = re.compile(r"\A\s*(?P<outlet>[A-Z][\w&.’'-]*(?:[^\S\n]+[A-Z][\w&.’'-]*){0,3})[^\S\n]*\|[^\n|]+(?:\|[^\n|]+)+$",
                         re.MULTILINE)
"""A page's first line, a breadcrumb of three parts or more ("NRC | Buitenland | Persoverzicht"): the site, then its
section and subsection; the site's name (up to four capitalised words) opens it (not "Kraj | Sejm": a section and its
subsection, two parts)."""


def own_outlet(phrase: str, page: str) -> str:
    """The outlet a page names under its byline, when ``phrase`` is the page's own paper ("This newspaper"); "" else."""
    if not OWN_PAPER.fullmatch(phrase.strip()):
        return ""
    m = _UNDER_BYLINE.search(page)
    if m and not re.search(r"\d", m.group("outlet")):
        return m.group("outlet")
    crumb = _BREADCRUMB.match(page)  # no outlet under a byline (initials at the foot): the site that opens the breadcrumb
    return crumb.group("outlet") if crumb and not re.search(r"\d", crumb.group()) else ""
