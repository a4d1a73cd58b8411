"""A second speech verb with no subject of its own, cut from its sentence as a passage: its subject (pure).

"The minister added that Harare had expressed its condolences ..., but said foreign troops "..."": the passage "but
said ..." (:mod:`idlibsite.sources.statements` cuts it) shares the subject of its sentence's first clause, the minister,
never a subject inside what the first clause reports (Harare).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from idlibsite.attribution.clause import Clause

_SHARED = re.compile(r"(?:but|and)\s+(?:also\s+)?said\b")
"""A part that opens with a conjunction and "said", no subject between them."""


def shared_subject(text: str, start: int, finder: Callable[[str, str], list[Clause]]) -> list[Clause]:
    """The first clause of the sentence a part at ``start`` is cut from when the part opens with "but said" (:data:`_SHARED`),
    with no place in the part (its verb is no part of the part's words); [] otherwise."""
    if not _SHARED.match(text, start):
        return []
    opening = max(text.rfind("\n", 0, start), *(text.rfind(stop, 0, start) for stop in (". ", "? ", "! "))) + 1
    before = text[opening:start]
    first = finder(before, before)[:1]
    return [Clause(c.phrase, c.role, c.verb, -1) for c in first]
