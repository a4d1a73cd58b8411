"""A byline in another language's words, on a line of its own (pure).

German sites print "Von Anna Keller, ARD-Studio Istanbul", French ones "Par Claire Dufresne (Istanbul,
correspondante)", Spanish and Portuguese ones "Por ...", Turkish, Russian and Arabic ones "Yazan: ...",
"Автор: ...", "بقلم: ...": the word for "by", a name of one to four words, and a place, a desk or a role
after a comma or in brackets. The name is the byline; the place and the role are not. A sentence is
none: a word of the name in lower case ("Par ailleurs, le ministre ..."), a long tail after the comma
or a sentence's end rule it out.
"""

from __future__ import annotations

import re

# The word for "by" (with its colon where a language writes one), the name, and a place or role after it.
_BYLINE = re.compile(
    r"(?:Von|VON|Par|PAR|Por|POR|Yazan\s*:|Автор\s*:|Текст\s*:|بقلم\s*:?|كتب\s*:?)\s+"
    r"(?P<name>(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*)"
    r"(?:\s*,\s*(?P<place>[^,.;:!?()]{1,60})|\s*\((?P<role>[^()]{1,60})\))?")
PLACE_MAX_WORDS = 4  # "ARD-Studio Istanbul", "Istanbul", "correspondante à Moscou"


def foreign_byline(line: str) -> str:
    """The name of ``line`` when it is a byline in another language's words, else ""."""
    m = _BYLINE.fullmatch(line.strip())
    if m is None or any(w[0].islower() for w in m["name"].split()):
        return ""
    if m["place"] and len(m["place"].split()) > PLACE_MAX_WORDS:
        return ""
    return m["name"]
