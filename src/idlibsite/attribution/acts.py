"""A body's own speech act that a person relays in the clause they report (pure).

"He added that the Cabinet renewed the Kingdom's condemnation of ..." reports what the Cabinet did in words: the
Cabinet's statement, relayed by the minister who briefs on it, as a spokesman relays his principal's speech act (LABELS
Round 29) and a minister his country's act (LABELS "A country's act relayed by its minister": the past or the perfect).
What the body did without words ("said that the Cabinet reviewed the latest developments") stays the person's.
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import NATIONS
from idlibsite.sources.speech import speech_verbs

_BODY_ACTED = re.compile(r"(?:\s+that)?\s+(?P<body>the\s+(?:[A-Z][\w’'-]*\s+){0,3}?(?i:cabinet|government|ministry|council|presidency"
                         r"|parliament|kingdom|sultanate|emirate)|(?P<country>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))"
                         r"\s+(?:(?:had|has|also)\s+)*(?P<act>[a-z]+ed\b)")
"""A reported clause whose subject is a body by its kind ("the Cabinet", "the Foreign Ministry", "the Kingdom") or a
country by its name ("said Kazakhstan expressed its condolences", LABELS "A country's act relayed by its minister": the
simple past counts as the past), and whose verb, right after it, is in the past or the perfect ("renewed", "had
called")."""


_DIRECTIVE = re.compile(r"\b(?:instructed|instructs|directed|directs|tasked|tasks)\b")
"""A principal's directive to those under him ("President X had instructed the ministry to help ..."): an act done in
words, as "ordered" is, though no verb that reports what someone said."""


def speech_acts(masked: str) -> list[re.Match[str]]:
    """The speech verbs of a masked clause and its verbs of directing, in order: what a spokesman may relay as his
    principal's own act ("said President X had instructed the ministry to ...", LABELS Round 29)."""
    return sorted([*speech_verbs(masked), *_DIRECTIVE.finditer(masked)], key=lambda m: m.start())


def body_act(opening: str, at: int, named: bool) -> str:
    """The body whose own speech act the clause reported after ``at`` (the end of a speech verb) is ("the Cabinet" in "...
    added that the Cabinet renewed its call for ..."), or the country's when the one who relays it is ``named`` ("X said
    Kazakhstan expressed ...", not "Another said France had insisted", nor "sources said Italy had asked": they may
    speak of a country not theirs); "" when its subject is no body by its kind or its verb no speech."""
    m = _BODY_ACTED.match(opening, at)
    m = None if m and m.group("country") and not (named and fold(m.group("country")) in NATIONS) else m
    verbs = speech_verbs(opening[m.start("act") :]) if m else []
    return m.group("body") if m and verbs and verbs[0].start() == 0 else ""
