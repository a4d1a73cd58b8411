"""Tags that name one speaker twice: in full at the first turn, by the surname after (pure).

A debate printed as a transcript tags a guest's first turn with the whole name and the later ones with a part of it
("ANDRÉS FELIPE VILLAMIZAR: ..." then "VILLAMIZAR: ..."; a Spanish name's first surname, "OSPINA" for "CATALINA OSPINA
DURÁN"): the short tag is the long one's speaker, so its turns count with the long tag's in telling the moderator
(who asks most) from the guests.
"""

from __future__ import annotations

from collections.abc import Iterable


def fuller(keys: Iterable[str], titles: frozenset[str], roles: frozenset[str]) -> dict[str, str]:
    """The tags' keys ("villamizar") mapped to the one longer key that has every word of them ("andrés felipe
    villamizar"), the ``titles`` left out of the short one ("mr smith"); a key that two longer ones hold ("smith" for
    "john smith" and "jane smith"), that holds only titles, or that holds a role's word (a chair's "de voorzitter", a
    questioner's, an office's) is not mapped."""
    keys = set(keys)
    out = {}
    for short in keys:
        wanted = set(short.split()) - titles
        if not wanted or wanted & roles:
            continue
        longer = [k for k in keys if k != short and wanted < set(k.split())]
        if len(longer) == 1:
            out[short] = longer[0]
    return out
