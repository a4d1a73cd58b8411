"""A relative named before by a possessive and an apposition (pure): whom "His wife told ..." stands for when the page
wrote "He is survived by his wife, Reem Sharif" (LABELS rule 7: a person described, named in another place of the
page, is labelled by the name)."""

from __future__ import annotations

import re

from idlibsite.attribution.wordlists import KIN

_RELATION = rf"(?:[a-z-]+\s+)?(?:{'|'.join(sorted(KIN))})"
_SPEAKER = re.compile(rf"(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?P<relation>{_RELATION})")
"""A speaker phrase that is a relative of the person spoken of ("His wife", "her eldest son")."""


def kin_named(phrase: str, before: str) -> str:
    """The name the page gave, before, to the relative a speaker phrase is ("His wife" after "his wife, Reem Sharif," or
    "his wife Reem Sharif"): the last such apposition with the same possessive and relation; "" when the phrase is no
    relative or the page named none so (the relative stays described: LABELS rule 6)."""
    spoken = _SPEAKER.fullmatch(phrase.strip())
    if spoken is None:
        return ""
    owner, relation = spoken.group("owner").lower(), re.escape(spoken.group("relation"))
    apposed = re.compile(rf"\b{owner}\s+{relation},?\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al-\w+|bin|abu|ibn)){{1,3}})(?=[,.;)]|\s+and\b)")
    named = [m.group("name") for m in apposed.finditer(before)]
    return named[-1] if named else ""
