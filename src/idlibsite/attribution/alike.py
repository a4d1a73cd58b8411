"""Which holder of a title a use with no name stands for, beyond the words they share (pure): the words a holder's title
holds as his own office, not his principal's ("spokesman of the President" holds no presidency), and of two holders of
one title, the subject who spoke with the other ("President X held a call with President Y" ... "the Head of State")."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import PERSON_NOUNS

_AIDE_TITLE = re.compile(r"(?i)(?:the\s+)?(?P<own>.+?)\s+(?:of|to|for)\s+(?:the\s+)?(?P<whose>.+?)(?:\s+and\s+.*)?$")
"""A title, then "of", "to" or "for" and whose it is, up to an "and" that opens a second title of the holder's own
("Director-General of X and Spokesperson of Y")."""
_WITH = re.compile(r"\b(?:with|to|met|meets|received|receives|hosted|hosts|called|calls|phoned|telephoned)\b")
"""A word that makes the name after it the one the subject spoke with, met or wrote to."""
_CLAUSE_BREAK = re.compile(r"(?<![A-Z])[.;!?][^\S\n]+[A-Z]|[^\S\n]and[^\S\n]+(?!the\b)[A-Z]")
"""A new sentence, or "and" before a capitalised word (a second subject: "..., and King Y attended")."""


def held_words(title: str, said: frozenset[str]) -> frozenset[str]:
    """The words of a title (``said``: its folded words) its holder holds: not those of a principal the title is an
    aide's of ("spokesman of the President", "Special Envoy of the Secretary-General", "adviser to the Prime Minister":
    an aide, never the President); a title whose words after "of", "to" or "for" name no person ("Minister of Foreign
    Affairs") holds all."""
    m = _AIDE_TITLE.match(title.strip())
    if not m or fold(m.group("own").split()[-1]) not in PERSON_NOUNS:
        return said
    whose = set(words(m.group("whose")))
    return said - (whose - set(words(m.group("own")))) if whose & PERSON_NOUNS else said


def named_first(alike: list[str], text: str) -> str:
    """Of two or more holders of a title alike, the one the last paragraph naming any of them names first, when it names
    the others after it as the ones it spoke with, met or wrote to, in the same clause: the subject ("President X held a
    call with President Y." ... "the Head of State conveyed": X, LABELS rule 8, the last fitting speaker, not the one
    spoken with); "" when that paragraph leaves one out or names another as a subject of his own ("King X chaired the
    session, and King Y attended")."""
    last = next((p for p in reversed(re.split(r"\n\s*\n", text)) if any(_at(p, n) >= 0 for n in alike)), "")
    at = {n: _at(last, n) for n in alike}
    first = min(at, key=at.__getitem__, default="")
    spoken_with = all(_WITH.search(last, at[first], at[n]) and not _CLAUSE_BREAK.search(last, at[first], at[n]) for n in at if n != first)
    return first if first and at[first] >= 0 and spoken_with else ""


def _at(paragraph: str, name: str) -> int:
    """Where a paragraph first names a person, by the whole name or the surname; -1 when it does not."""
    m = re.search(rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})\b", paragraph)
    return m.start() if m else -1
