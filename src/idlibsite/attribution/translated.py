"""A speaker's phrase as a browser's machine translation leaves it, in the form the readers know (pure; issue 15,
fix15gf): a pronoun in the object case ("Her said:") and an honorific before a title and no name ("Mr. President")."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import TITLES

OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}
"""A pronoun after "according to" stands for whom its subject form would."""
_HONORIFIC_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Madam|Madame|Mister)\.?\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
"""An honorific before a title and no name ("Mr. President", "Madam Minister"), as a translation of an Arabic, Persian or
French page keeps it: the title (the honorific is no part of a name, LABELS rule 2)."""


def translated_subject(phrase: str) -> str:
    """The subject of a speech verb as the readers know it: "she" for a translation's "Her" opening a sentence (a
    pronoun in the object case, never a name), "the President" for "Mr. President"; else the phrase as it is."""
    if phrase in ("Her", "Him", "Them"):
        return OBJECT_PRONOUN[phrase.lower()]
    titled = _HONORIFIC_TITLE.fullmatch(phrase)
    return f"the {titled.group(1)}" if titled and all(fold(w) in TITLES for w in titled.group(1).split()) else phrase
