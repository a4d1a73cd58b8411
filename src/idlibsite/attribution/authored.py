"""The firm whose staff write a document (pure): "Analysts at Capital Economics said in a research note that ...".

A document is its author's (LABELS rule 5): the staff of a named firm or institute who speak "in a note", "in a report"
are no generic plural (rule 6) but the firm that issues it, named after "at" past its description ("Lagos-based
investment bank X")."""

from __future__ import annotations

import re

from idlibsite.attribution.clause import Clause

_STAFF_AT = re.compile(r"(?i:analysts|economists|strategists|researchers|experts|scientists)\s+at\s+(?:the\s+)?"
                       r"(?:[A-Z][\w’'-]*-based\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|for|and))*)")
"""Staff of a body named after "at", past a description of lowercase words and its seat ("Analysts at Lagos-based
investment bank Lagoon Crest Securities", "Researchers at the Institute for Fiscal Studies")."""
_IN_DOCUMENT = re.compile(r"(?:\s+(?:on\s+)?\w+day)?\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:note|report|paper|study|briefing|memo"
                          r"|statement|analysis|commentary)\b")
"""A document the verb says the words are in ("said in a note to clients", "wrote on Monday in a research report")."""


def authored(clause: Clause, sentence: str) -> Clause:
    """The clause with the firm as its phrase when its staff speak in a document of theirs (the verb at ``clause.at`` in
    ``sentence``), else the clause as it is ("Analysts said" names no one; "Analysts at X said" without a document is X's
    staff, a generic plural)."""
    staff = _STAFF_AT.fullmatch(clause.phrase.strip())
    if staff and clause.at >= 0 and _IN_DOCUMENT.match(sentence, clause.at + len(clause.verb)):
        return Clause(staff.group("name"), "", clause.verb, clause.at)
    return clause
