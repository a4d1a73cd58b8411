"""A relative whose earlier words a teller relays (pure): "Jabr said his brother had told him by phone that ..." and
"She said her mother had written to her that ..." tell the relative's own act of speech (LABELS, the one test for
relays: a person's speech verb done before is the principal's; Round 55: a daughter's "He said ..., she said" is her
father's earlier speech).  A relative the page names nowhere is nobody named (rule 6; Round 55's father in a letter),
never the last speaker the relation's gender fits; one named before in apposition ("his brother, Ahmad,": :mod:`.kin`)
is that name.  What the relative will do, plans or is ("her son would travel", "her daughter had been sleeping") is no
speech and stays the teller's (:func:`.relayed.relayed` finds no relay), and so does a call told with no content ("her
son called her on Sunday", "his mother had called him in tears": the relay test's call without words)."""

from __future__ import annotations

import re
from dataclasses import replace

from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.kin import kin_named
from idlibsite.attribution.relayed import Relay
from idlibsite.attribution.wordlists import KIN

_RELATIVE = re.compile(rf"(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(KIN, key=len, reverse=True))})")
"""A relative of the teller by a possessive, with no name after it ("his brother", "her eldest daughter")."""
_CALL = frozenset("called phoned telephoned rang contacted".split())
"""A call's verbs: with no content told, no words of the caller's."""


def relative_relay(relay: Relay | None, before: str) -> tuple[Relay | None, Speaker | None]:
    """The relay as the rest of the reading takes it, and the speaker when the relay settles it: a relative named nowhere
    on the page ``before`` is nobody named, kept as the relative's words; one named before is the relay of that name; a
    relative's call with no content is no relay (the teller's).  Any other relay is given back as it is."""
    if relay is None or relay.agent or not _RELATIVE.fullmatch(relay.subject):
        return relay, None
    if relay.verb.lower() in _CALL:
        return None, None
    named = kin_named(relay.subject, before)
    return (replace(relay, subject=named), None) if named else (None, Speaker(None, None, relay.subject, "named", CONFIDENCE["named"]))
