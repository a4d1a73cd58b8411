"""Whether a teller speaks through a text of its own (pure): "X said in a statement that Y welcomed ...", "In a statement
issued on Monday, X said Y called on ...", "X, in a statement signed by its spokesman, said Y welcomed ...".

Such a statement is the act itself, in its author's voice (LABELS rule 5; "A country's act relayed by its minister", last
paragraph: "A body's own text is not a relay"): what it says a country or a body did, in the simple past, is the
statement's own words backshifted ("Nigeria welcomes ..."), the teller's, not a relay of an earlier act of that country
or body.  The caller keeps the relay for a person's act (a readout's "Putin told", rule 3), for an act the statement
tells as done before it, in the perfect ("Austria had rejected the proposal too"), and for a spokesperson's statement
(rule 3: a spokesperson relays the principal)."""

from __future__ import annotations

import re

_TEXT = r"(?:statement|(?:press|news|media)\s+(?:release|statement)|communiqu[eé]|release|declaration)"
"""A text a body or a person puts out in its own name (not a readout, which relays the parties to a call, rule 3)."""
_IN_TEXT = re.compile(rf"\b[Ii]n\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_TEXT}\b")
"""The text named as the means of the teller's verb: "in a statement", "in its weekly press release"."""
_CLAUSE_START = re.compile(r"[;:\u2063]|\.\s")
"""Where the teller's clause begins at the latest: a sentence's or a clause's break, a quotation."""
_AFTER_VERB = re.compile(rf"(?:\s+(?:on|late|early)\s+\w+|\s+\w+day)?,?\s+in\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_TEXT}\b")
"""The text right after the verb ("said on Monday in a statement", "said in a written statement")."""


def own_text(masked: str, at: int, verb: str) -> bool:
    """True when the speech verb ``verb`` at ``at`` of the masked sentence ``masked`` is said through the teller's own
    statement: the text named right after the verb, or before it in the teller's own clause (an opening adjunct "In a
    statement issued in Pretoria, X said", an aside "X, in a statement signed by Y, said")."""
    if at < 0:
        return False
    if _AFTER_VERB.match(masked, at + len(verb)):
        return True
    start = max((m.end() for m in _CLAUSE_START.finditer(masked, 0, at)), default=0)
    return _IN_TEXT.search(masked, start, at) is not None
