"""Whom "they wrote back" stands for: the one the writer had written to or asked just before (pure).

A letter or a column tells the writer's own message and then its answer: "I wrote to the Red Cross office on Saipan to
ask how students can help. They wrote back that ..." (LABELS rule 8: "they" is the last fitting speaker, the one
addressed, not a speaker named earlier on the page; rule 9: a body's office in a place is the body).
"""

from __future__ import annotations

import re

_REPLY = re.compile(r"(?:wrote|called|phoned|emailed|e-mailed|texted|got)\s+back\b|(?:replied|answered|responded)\b")
"""A verb of answering at the pronoun's verb: "wrote back", "replied"."""
_ADDRESSED = re.compile(r"\b(?:I|[Ww]e)\s+(?:(?:have|had)\s+)?(?:wrote|written|emailed|e-mailed|asked|called|phoned|contacted"
                        r"|sent\s+(?:a\s+|an\s+)?(?:letter|message|note|email|e-mail)\s+)\s*(?:to\s+)?"
                        r"(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w’'.-]*)*)")
"""The writer's own message to a body or a person named in capitals ("I wrote to the American Red Cross office", "we
asked the Ministry of Health"): the name, up to its first word in lower case ("office")."""


def replied_to(before: str, opening: str, at: int) -> str:
    """The one the writer addressed in the paragraph before the sentence ``opening`` (``before``: the page up to it),
    when its verb at ``at`` answers ("They wrote back", "She replied"); "" when it does not or nobody was addressed."""
    if not _REPLY.match(opening, at):
        return ""
    paragraph = before[before.rfind("\n") + 1 :]
    found = list(_ADDRESSED.finditer(paragraph))
    return found[-1].group("who") if found else ""
