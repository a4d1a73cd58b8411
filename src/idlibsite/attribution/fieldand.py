"""A title's field of two portfolios joined by "and", whose second is read as the first word of the name after it
(pure; issue 15): "Minister of International Relations and Cooperation Netumbo Nandi-Ndaitwah" is Netumbo
Nandi-Ndaitwah, "Minister of Foreign Affairs and Trade Jane Doe" is Jane Doe."""

from __future__ import annotations

import re

_FIELD_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:al|ic|ign)")
"""A portfolio's first word that needs the next one ("International Cooperation", "Economic Development", "Foreign Trade")."""


def field_after_and(name: list[str], role: str) -> int:
    """How many of the name's first words end the title's field: its second portfolio after "and" ("Cooperation",
    "International Cooperation"), when the title before the name ends in "and" after "of" and two words of the name
    stay; 0 otherwise."""
    if not re.search(r"\bof\s.*\band$", role) or len(name) < 3:
        return 0
    taken = 1
    while taken < len(name) - 2 and _FIELD_ADJECTIVE.fullmatch(name[taken - 1]):
        taken += 1
    return taken
