"""A body's acronym with its seat after it (pure): "The UN refugee agency UNHCR in Geneva warns ...".

A body given by its acronym is often placed by its seat or its office's country: "UNHCR in Geneva", "UNICEF in
Amman", "the IOM in Greece". The place is no part of the name, and never the speaker (LABELS rule 9: "UNHCR in Greece"
is UNHCR, an office in a place): the phrase is read without it. Only an acronym is so read: "a nurse in Aleppo" is
a person in a place, "the governor in Hatay" a title, kept whole for the readers of those forms.
"""

from __future__ import annotations

import re

_ACRONYM_IN = re.compile(r"(?P<body>.*\b[A-Z]{2,}[a-z]?)\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?")
"""A phrase that ends with an acronym ("UNHCR", "UNHCRs" aside), then "in" and a place of a word or two."""


def without_seat(phrase: str) -> str:
    """``phrase`` without the place after a body's acronym ("The UN refugee agency UNHCR in Geneva": "The UN refugee
    agency UNHCR"); the phrase itself when it ends with no such place."""
    m = _ACRONYM_IN.fullmatch(phrase.strip())
    return m.group("body") if m else phrase
