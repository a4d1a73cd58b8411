"""Which country "the Kingdom" or "the Sultanate" is on a page that does not open with its country (pure): the one state
of that kind the page names most ("Moroccans at the border: ..." then "the Kingdom had asked ...": Morocco), as a
national page calls its own country by its kind (LABELS rule 9; Round 46's "the Sultanate", round 64's "the Kingdom")."""

from __future__ import annotations

import re

from idlibsite.attribution.countries import DEMONYMS

STATES_OF_KIND = {
    "kingdom": ("Morocco", "Saudi Arabia", "Jordan", "Bahrain", "Spain", "United Kingdom", "Netherlands", "Belgium", "Sweden",
                "Norway", "Denmark", "Thailand", "Cambodia", "Eswatini", "Lesotho", "Bhutan", "Tonga"),
    "sultanate": ("Oman", "Brunei"),
    "emirate": ("Qatar", "Kuwait", "United Arab Emirates"),
    "principality": ("Monaco", "Liechtenstein", "Andorra"),
    "grand duchy": ("Luxembourg",),
}
"""The states each kind names, as their own pages call them ("the Kingdom", "the Sultanate", "the Emirate")."""

MIN_NAMED = 2
"""Times the page must name the state (by its name or its people's adjective) for its kind to stand for it: once may be
a passing mention of another country."""


def kind_country(phrase: str, page: str) -> str:
    """The state of the kind ``phrase`` names ("the Kingdom") that ``page`` names most, at least :data:`MIN_NAMED` times
    and more than any other of that kind; "" when none."""
    kind = re.sub(r"^the\s+", "", " ".join(phrase.lower().split()))
    counts = sorted(((len(re.findall(rf"\b(?:{re.escape(c)}|{re.escape(DEMONYMS.get(c, c))})", page)), c)
                     for c in STATES_OF_KIND.get(kind, ())), reverse=True)
    if not counts or counts[0][0] < MIN_NAMED or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return ""
    return counts[0][1]
