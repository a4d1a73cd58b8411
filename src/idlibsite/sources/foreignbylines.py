"""A byline in another language's words, on a line of its own (pure).

German sites print "Von Anna Keller, ARD-Studio Istanbul", French ones "Par Claire Dufresne (Istanbul,
correspondante)", Spanish and Portuguese ones "Por ...", Turkish, Russian and Arabic ones "Yazan: ...",
"Автор: ...", "بقلم: ...": the word for "by", a name of one to four words, and a place, a desk or a role
after a comma or in brackets. The name is the byline; the place and the role are not. A newsroom's credit
with its agencies ("Par Le Courrier avec AFP", "Von Der Tagesbote mit dpa") is kept whole, as an English
one is ("Daily Sabah with AA"). A sentence is
none: a word of the name in lower case ("Par ailleurs, le ministre ..."), a long tail after the comma
or a sentence's end rule it out. A byline in capitals ("PAR KOFI MENSAH") is left as it was read before
(a subheading), which the speaker finder's rules for a standfirst over it rely on (tests/test_attribution_round51_names.py).
"""

from __future__ import annotations

import re

# The word for "by" (with its colon where a language writes one), the name, and a place or role after it.
_BYLINE = re.compile(
    r"(?:Von|Par|Por|Yazan\s*:|Автор\s*:|Текст\s*:|بقلم\s*:?|كتب\s*:?)\s+"
    r"(?P<name>(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*"
    r"(?:\s+(?:avec|mit|con|com)\s+(?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’.-]*)?)"  # "Le Courrier avec AFP"
    r"(?:\s*,\s*(?P<place>[^,.;:!?()]{1,60})|\s*\((?P<role>[^()]{1,60})\))?")
# The word that joins a newsroom's name to its agencies' in a credit ("Le Courrier avec AFP", "Der Tagesbote mit dpa").
_WITH = re.compile(r"\s+(?:avec|mit|con|com)\s+")
PLACE_MAX_WORDS = 4  # "ARD-Studio Istanbul", "Istanbul", "correspondante à Moscou"


def foreign_byline(line: str) -> str:
    """The name of ``line`` when it is a byline in another language's words, else ""."""
    m = _BYLINE.fullmatch(line.strip())
    if m is None or any(w[0].islower() for w in _WITH.split(m["name"])[0].split()):
        return ""
    if m["place"] and len(m["place"].split()) > PLACE_MAX_WORDS:
        return ""
    return m["name"]
