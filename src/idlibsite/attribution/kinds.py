"""Which well-known body a bare kind word stands for (pure): "the alliance" after the page names NATO ("Nato
Secretary-General X called ... the alliance said"), though NATO's name holds no such word (LABELS rule 8: the body the
text named, the one the sentence's context points to)."""

from __future__ import annotations

import re

KNOWN_KINDS: dict[str, tuple[str, re.Pattern[str]]] = {
    "alliance": ("NATO", re.compile(r"\b(?:NATO|Nato|North\s+Atlantic\s+(?:Treaty\s+Organi[sz]ation|[Aa]lliance))\b")),
}
"""A kind word, the body news prose calls by it, and that body's names (NATO is "the alliance", as the actors file's
aliases give a known body's own anaphors)."""


def nearest_known(head: str, text: str) -> str:
    """The body of :data:`KNOWN_KINDS` the kind ``head`` ("alliance") stands for, when ``text`` (the page up to the
    anaphor) names it after the last body whose own name ends with that word ("the One Bermuda Alliance" in an earlier
    paragraph); "" when the kind is none of the table's, the page never names that body, or names another of its
    kind after it."""
    known = KNOWN_KINDS.get(head)
    if known is None:
        return ""
    name, names = known
    at = max((m.end() for m in names.finditer(text)), default=-1)
    own = max((m.end() for m in re.finditer(rf"\b[A-Z][\w’'-]*\s+{head.capitalize()}\b", text)), default=-1)
    return name if at > own else ""


KIND_FAMILIES: tuple[frozenset[str], ...] = (frozenset({"monitor", "watchdog", "observatory"}),
                                             frozenset({"charity", "agency", "ngo", "organisation", "organization"}))
"""Kind words news prose uses for one kind of body in turn ("a war monitor reported ... the Observatory said ... the
Britain-based watchdog said"; "aid agency X ... the Oslo-based charity said"): a description by one of them fits a body
introduced by another."""
UN_BODY = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:[A-Z][\w’'-]*\s+)*?(?:Office|Programme|Program|Fund|Agency|High\s+Commissioner)\b"
                       r"|\bWorld\s+Food\s+Programme\b")
"""A United Nations body by its own name ("the UN Office for the Coordination of Humanitarian Affairs", "the UN
Population Fund"): "the agency" in news copy, though its name holds no such word."""


def kin(head: str) -> frozenset[str]:
    """The kind words that describe the same kind of body as ``head`` ("watchdog": "monitor", "observatory"), itself
    included."""
    return next((family for family in KIND_FAMILIES if head in family), frozenset({head}))

