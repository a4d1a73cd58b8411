"""The subject of a German speech verb read as the English reading expects it (pure): "Er sagt" is "he", "Sie sagt"
"she", "Die Organisation X warnt" the organisation X without its article, and "Man sagt", "Es sagt niemand", "Das
sagt X" name nobody before the verb (an impersonal or a demonstrative subject; German word order puts the speaker
after the verb there, which is left unread)."""

from __future__ import annotations

import re

_PRONOUNS = {"er": "he", "sie": "she"}
"""German personal pronouns of one speaker, as the anaphor reading knows them in English."""
_NOBODY = frozenset("man es das dies dieses jemand niemand".split())
"""Impersonal, demonstrative and indefinite subjects: "Man sagt" (people say), "Das sagt X" (that is what X says)."""
_ARTICLE = re.compile(r"(?:Der|Die|Das|Den|Dem|Des|Ein|Eine)\s+(?=[A-ZÄÖÜ])")
"""A German definite or indefinite article before a capitalised noun ("Die Hilfsorganisation X"), dropped as "the"
is dropped from a name."""


def german_subject(phrase: str, role: str) -> tuple[str, str] | None:
    """``(phrase, role)`` of a German speech verb's subject in the English reading's terms; None when it names nobody."""
    folded = phrase.strip().lower()
    if folded in _NOBODY:
        return None
    if folded in _PRONOUNS:
        return _PRONOUNS[folded], role
    return _ARTICLE.sub("", phrase, count=1) if _ARTICLE.match(phrase) else phrase, role
