"""An audience or a call told in the protocol form of a state news agency: "H.E. Name, Title, Title, received in the
afternoon H.E. Other, Title of X." Neither person speaks in it, but both are named with their offices, so a later role
anaphor ("the Deputy Prime Minister", "the Russian diplomat", "the ambassador") or "he" stands for the nearest of them
whose title or nation fits it (LABELS rule 8), not for a speaker named before them."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import is_person
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.names import UPPER
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen

STYLE = r"(?:(?:H\.[^\S\n]?E\.|S\.[^\S\n]?E\.|Hon\.|(?:His|Her)\s+Excellency|Samdech|(?:Dato[’']?|Datuk)(?:\s+Seri)?|Tan\s+Sri)\s+)"
"""A style of address before a person's name ("H.E. Name", "Samdech Name", "Dato' Name"): no part of the name."""
_NAME = rf"[{UPPER}][\w’'-]+(?:[^\S\n]+[{UPPER}][\w’'-]+){{1,4}}"
"""A person's name of two to five capitalised words."""
_TITLE = r"[A-Z][\w’'-]*(?:[^\S\n]+(?:[A-Z][\w’'-]*|of|for|and|the|to|in|de|du|des))*"
"""An office in capitals ("Deputy Prime Minister", "Ambassador of the Russian Federation to Cambodia")."""
_AUDIENCE = re.compile(
    rf"(?:^|(?<=[.!?] ))(?:[A-Z][a-z]+,\s+)?{STYLE}?(?P<host>{_NAME})(?P<titles>(?:,[^\S\n]+{_TITLE}){{1,4}}),[^\S\n]+"
    r"(?:has[^\S\n]+|had[^\S\n]+)?(?:received|met|welcomed|hosted|called|phoned)\b[^.!?\n]*?[^\S\n](?:(?:with|on)[^\S\n]+)?"
    rf"{STYLE}?(?P<guest>{_NAME}),[^\S\n]+(?P<role>{_TITLE})", re.MULTILINE)
"""A host named with a comma-set title of one or more parts who received, met or called a guest named with his
office: the host's titles and the guest's office, set off by commas, are what make it an audience (not "Name, who ...")."""


def audience_before(text: str, lo: int, hi: int, actors: tuple[Actor, ...], seen: Seen) -> bool:
    """Add the host and then the guest of the last audience told between ``lo`` and ``hi`` to the people seen, each
    with the office the sentence gives them: the guest last, the nearer to what follows. True when one was added."""
    found = list(_AUDIENCE.finditer(text, lo, hi))
    if not found:
        return False
    added = False
    for name, role in ((found[-1].group("host"), found[-1].group("titles").lstrip(", ")),
                       (found[-1].group("guest"), found[-1].group("role"))):
        got = resolve(Clause(name, role, ""), actors, seen)
        if got is not None and (got.actor or got.new) and is_person(got):
            seen.add(got, f"{name} {role}", True)
            added = True
    seen.adjacent = seen.adjacent and not added
    return added
