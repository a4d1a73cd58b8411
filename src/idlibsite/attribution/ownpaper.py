"""A paper speaking in its own name (pure): "This newspaper argued last week that ..." is the outlet whose page it is
(LABELS Round 54: rule 4, a medium in its own name, `new:` the outlet), named by the line of its own the page prints
right under its byline ("By JAMES OKOTH-WANDERA" over "The EastAfrican" over the date line)."""

from __future__ import annotations

import re

OWN_PAPER = re.compile(r"(?i)(?:this|our)\s+(?:news)?paper")
"""The page's own outlet as the subject of a speech verb: "This newspaper argued", "Our paper reported"; not "this
newspaper" as the one told ("told this newspaper": an object, never a clause's subject)."""
_UNDER_BYLINE = re.compile(r"(?m)^[^\S\n]*By[^\S\n]+[^\n]{2,60}\n[^\S\n]*(?P<outlet>(?:The[^\S\n]+)?[A-Z][\w&.’'-]*"
                           r"(?:[^\S\n]+[A-Z][\w&.’'-]*){0,3})[^\S\n]*$")
"""A byline's line, then the outlet's name on the line right under it: up to four capitalised words, no date, no stop."""


def own_outlet(phrase: str, page: str) -> str:
    """The outlet a page names under its byline, when ``phrase`` is the page's own paper ("This newspaper"); "" else."""
    if not OWN_PAPER.fullmatch(phrase.strip()):
        return ""
    m = _UNDER_BYLINE.search(page)
    return m.group("outlet") if m and not re.search(r"\d", m.group("outlet")) else ""
