"""A stated view (pure): a verb of belief that reports what someone holds when a clause of its own follows it, "that"
left out ("X believes the escalation puts the format under strain"): reported speech (LABELS Round 27, a stated view);
not "is believed to be", "believes in dialogue" nor "believes the rumours"."""

from __future__ import annotations

import re

VIEW_VERBS = frozenset({"believes"})
"""Verbs of belief that, with a clause after them, report a view held and stated: the present, a view the article
gives as held now; "The general believed the road was safe" narrates what someone thought then."""

_VIEW_CLAUSE = re.compile(r"\s+(?!(?:to|in|it|so|me|him|her|them|us)\b)(?:[\w’'.-]+\s+){1,8}?"
                          r"(?:(?:will|would|could|can|may|might|should|must|is|are|was|were|has|have|had)\s+(?!been\b)[a-z]"
                          r"|[a-z]{3,}s\s+(?:the|a|an|its|his|her|their|no|more|to)\s)")
"""A clause after the verb: a subject of one to eight words, then a finite verb, an auxiliary or a modal ("the talks will
fail", "Ankara is ready"), or a present in the singular with its object ("the escalation ... puts the format")."""


def states_view(masked: str, end: int) -> bool:
    """True when a clause with a subject and a finite verb of its own follows a verb of belief ending at ``end``."""
    return _VIEW_CLAUSE.match(masked, end) is not None
