"""Whether a described speaker can be one named before by another calling (pure): "the correspondent", "the imam", "the
photographer" is not the deputy minister or the president who spoke last (LABELS rule 8 resolves "the minister" to the
last fitting speaker; a calling of another kind does not fit).

Callings fall in kinds that one person seldom holds at once: the press, the clergy, medicine, and public office.  A
description whose head is of one kind and a speaker whose stated role names callings of other kinds only, never the
description's head, are two people.  A description of no kind ("the 44-year-old", "the father of three", "the man",
"the teacher") or a speaker with no calling stated stays the last fitting one: a writer's varied description of the
person just named (LABELS rule 8's "The 44-year-old")."""

from __future__ import annotations

PRESS = frozenset("correspondent reporter journalist photographer cameraman editor columnist".split())
"""The press's callings: a writer or a reporter of the page's own paper, or of another."""
_KINDS = (
    PRESS,
    frozenset("imam mufti cleric archbishop bishop cardinal patriarch rabbi pastor priest pope".split()),
    frozenset("doctor surgeon nurse paediatrician pediatrician pharmacist paramedic".split()),
    frozenset("minister president premier chancellor governor mayor senator lawmaker legislator mp ambassador envoy"
              " diplomat spokesman spokeswoman spokesperson commissioner secretary-general king prince emir sultan".split()),
)
"""Kinds of calling, each a set of head nouns (folded)."""


def other_calling(head: str, role: set[str]) -> bool:
    """True when ``head`` ("correspondent") is a calling of one kind and the words of a speaker's stated ``role``
    ({"deputy", "foreign", "minister"}) name callings of other kinds only, never ``head`` itself."""
    mine = next((kind for kind in _KINDS if head in kind), None)
    theirs = [kind for kind in _KINDS if kind & role]
    return mine is not None and head not in role and bool(theirs) and mine not in theirs
