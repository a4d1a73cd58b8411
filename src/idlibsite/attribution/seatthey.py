"""A seat standing for its body with an impersonal "they" (pure): "At the Egmont, they insist that ...".

A ministry or an office is often spoken of by the building it sits in, and its words given to an impersonal "they":
"At the Quai d'Orsay, they say they are « dismayed »", "From the Kremlin, meanwhile, they said ...". The "they" is
never a name nor a crowd: it is the body the seat stands for (LABELS rule 9: a body's variant name is the body), read by
the seat's phrase (:data:`.wordlists.SEATS` gives the usual name of a seat that is not a body's own name). A place
without an article ("In Brussels, they say ...") is a city, whose "they" is anybody there: nobody.
"""

from __future__ import annotations

import re

from idlibsite.attribution.wordlists import SEATS

_SEAT_NAMES = "|".join(map(re.escape, sorted(SEATS, key=len, reverse=True)))
_SEAT_THEY = re.compile(r"^\s*(?:At|From|In|Inside)\s+(?P<seat>(?:the\s+)?(?:" + _SEAT_NAMES
                        + r")|the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s*,(?:\s*[a-z]+\s*,)?\s*they\s*$")
"""A sentence's opening "At the <Seat>," or "From the <Seat>, meanwhile," (a seat of :data:`SEATS`, or a capitalised
name after "the"), then "they" before the speech verb."""


def seat_speaking(before: str) -> str:
    """The seat whose body an impersonal "they" stands for, when ``before`` (a sentence up to its speech verb) opens
    with a seat and ends with that "they" ("At the Egmont, they"): "the Egmont"; "" when it does not."""
    m = _SEAT_THEY.match(before)
    return m.group("seat") if m else ""
