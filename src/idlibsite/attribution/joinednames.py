"""Names joined in a subject (pure): by "and", in a list, with a title before each, and the one body whose name has
commas and "and" in it.

:func:`.subject.subject_phrase` tells by these patterns whether "A and B" is two speakers ("Turkey and Russia", "Lavrov
and his Turkish counterpart X", "Britain, France and Germany") or one name ("the Ministry of Foreign Affairs and
Expatriates", "Immigration, Refugees and Citizenship Canada"); :mod:`.clause` splits the two speakers.
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import NATIONS, ORG_NOUNS

NAME_RUN = r"(?:[A-Z][\w’'.-]*|al-\w+)(?:\s+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|abu|of|for|the|von|der|de))*"
"""A run of capitalised words, with the particles a name may have inside it ("bin", "al-", "of the"): one name."""
COORDINATED = re.compile(rf"((?:the\s+)?{NAME_RUN})\s+and\s+((?:the\s+)?{NAME_RUN})")
"""Two names joined by "and" ("Turkey and Russia", "the UN and the Red Cross")."""
_TITLED = r"(?:(?:[A-Z][\w’'.-]*|\([A-ZÀ-ÖØ-Þ]{2,}\)|\d+)\s+)*(?:[a-z-]+\s+){1,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
TITLED_PAIR = re.compile(rf"({_TITLED})\s+and\s+({_TITLED})")
"""Two people, each named after a role in lowercase words, joined by "and" ("Party chairman X Y and deputy chairman Z W")."""
PLURAL_TITLED = re.compile(rf"(?:[A-Z][\w’'-]*\s+)?(?:[a-z-]+\s+){{0,2}}([a-z-]+)s\s+({NAME_RUN})\s+and\s+({NAME_RUN})")
"""Two people after one title in the plural ("Foreign ministers X Y and Z W"): both speak, the first named first."""
PAIRED = re.compile(rf"((?:the\s+)?{NAME_RUN})\s+and\s+(?:his|her|their|its)\s+(?:[\w’'-]+\s+){{1,3}}?({NAME_RUN})")
"""A name, "and", and a second one introduced by a possessive ("Lavrov and his Turkish counterpart Mevlut Cavusoglu")."""
NAME_LIST = re.compile(rf"(?:^|,\s+|\b(?:that|when|while|after|as)\s+)((?:the\s+)?{NAME_RUN}),\s+((?:the\s+)?{NAME_RUN})"
                       rf"(?:,\s+(?:the\s+)?{NAME_RUN})*,?\s+and\s+(?:the\s+)?{NAME_RUN}\s*$")
"""A list of three or more names as a subject ("Britain, France and Germany")."""
ACRONYM_NAME = re.compile(rf"(?:[Tt]he\s+)?{NAME_RUN}(?:\s+and\s+{NAME_RUN})?\s+\([A-Z][\w-]+\)")
"""A body's whole name with its acronym in brackets, "and" inside it."""
NAME_WITH_AND = re.compile(r"\b(?:of|for|in|from)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|[a-z]+)\s+and\s+(?:[a-z]+\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+in\s+[A-Z][\w’'-]*)?(?:\s+\([A-Z][\w-]+\))?(?=(?:\s+[a-z]+)?$)")
"""A body's name that ends with words joined by "and" after "of" or "for": "Ministry of Foreign Affairs and Expatriates",
or two lowercase words of a place joined before its name: "Council of north and east Syria", or two places ("students in A and B"); maybe an adverb after it
("the Ministry of Foreign Affairs and Trade yesterday welcomed"), or its seat ("the Ministry of Refugees and Repatriation in
Kabul"), or its acronym in brackets before the adverb ("the Ministry of Foreign Affairs and European Integration (MFAEI)
today issued")."""
OF_NAME = re.compile(rf"\b(?:of|for|from|in|by|with)\s+(?:the\s+)?{NAME_RUN}$")
"""A chunk that ends with a preposition and a name ("The leaders of France", "X of the University of the West Indies"): the
chunk after the comma goes on with that name (the rest of a list of countries, a campus of the body), no speaker of its own."""


_COMMA_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|the|[A-Z][\w’'-]*))*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+"
                         r",?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
"""Capitalised words listed with commas and "and": one body's name or a list of names (:func:`comma_body`)."""


def comma_body(text: str) -> str:
    """The name of one body with commas in it that opens ``text`` ("Immigration, Refugees and Citizenship Canada",
    "the Ministry of Labour, Family and Social Services"): its conjuncts are parts of one name when the last ends with a
    country that no other conjunct names (the body's country after its fields), or when the first is a body "of" or
    "for" its first field and none is a country; "" otherwise ("Britain, France and Germany" are three speakers)."""
    m = _COMMA_NAME.match(text)
    parts = re.split(r",?\s+and\s+|,\s+", m.group()) if m else []
    if not parts or any(fold(w) in NATIONS for p in parts[:-1] for w in p.split()[-1:]):
        return ""
    last = parts[-1].split()
    national = len(last) > 1 and fold(last[-1]) in NATIONS and fold(last[0]) not in NATIONS
    of_body = bool(re.search(r"\s(?:of|for)\s", parts[0])) and any(fold(w) in ORG_NOUNS for w in parts[0].split()) and fold(last[-1]) not in NATIONS
    return m.group() if m and (national or of_body) else ""
