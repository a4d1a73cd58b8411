"""Verbs that report speech only in the clause that closes a quotation (pure): '"...," its commentator X concluded.',
'"...," he read.' report the words in marks; "the talks concluded in Moscow", "the agreement concluded on Thursday",
"he read a statement" (but "he read the statement at a press conference", :data:`_READ_TO`), "the sign read" and '"...," the statement read' (a document's own words, its issuer's) do not.
"""

from __future__ import annotations

import re

CLOSING = frozenset({"concluded", "read"})
"""Verbs that report speech only when they close a quotation, the sentence ending with them."""
_AFTER_QUOTATION = re.compile(r"\u2063,?[^\S\n]+(?P<subject>(?:[\w’'.-]+[^\S\n]+){0,5}?[\w’'.-]+)[^\S\n]+$")
"""The quotation's last mark (masked, :data:`.speech.MASK`), maybe a comma, then the clause's subject (up to six
words) right before the verb."""
_ENDS = re.compile(r"[^\S\n]*[.!?]?[^\S\n]*$")
_READ_TO = re.compile(r"\s+(?:out\s+)?(?:the|a|an|its|his|her|their|this)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|declaration|manifesto)"
                      r"\s+(?:[^.;:\u2063]{0,40}?\s)?(?:(?:at|to|before|in\s+front\s+of|on)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:press\s+conference|news\s+conference|press|reporters|journalists|cameras|television|TV|media|crowd|rally)\b"
                      r"|in\s+[A-Z][a-z]+(?:\s+and\s+(?:in\s+)?[A-Z][a-z]+)?\s*[.,;]?\s*$)")
"""A statement read to an audience ("read the statement at a press conference in Raqqa", "read out a joint declaration to
reporters", "read a communiqué on state television"), or aloud in a language ("read a manifesto in Catalan and in Arabic"):
delivered by the reader, an act of speech (LABELS Round 39); not "read a statement of the group" with no audience (who may
be reading another's text to a room)."""
_READER = re.compile(r"(?:[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,3})")
"""Who reads words out as their own act of speech: "he", "she", or a name; never a document ("the statement read")."""


def closes_quotation(word: str, masked: str, m: re.Match[str]) -> bool | None:
    """Whether a verb of :data:`CLOSING` (``word``, matched by ``m`` in a masked sentence) reports speech: it ends the
    sentence right after a quotation and its subject ("read" only a person's: "he", "she", a name); None when the word
    is none of them."""
    if word not in CLOSING:
        return None
    if word == "read" and _READ_TO.match(masked, m.end()):
        return True  # "X read the statement at a press conference": a text delivered to an audience
    closed = _AFTER_QUOTATION.search(masked, 0, m.start())
    if closed is None or not _ENDS.fullmatch(masked, m.end()):
        return False
    return word != "read" or _READER.fullmatch(closed.group("subject")) is not None
