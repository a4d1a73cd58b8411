"""Whose act a relay reports (pure): the one test of LABELS rule 3 and Rounds 28-29 for "X said (that) Y <verb> ...".

The rule: in a clause that X's speech verb reports, Y speaks, not X, when "Y <verb> ..." standing alone would be found
as a statement of Y by the finder's own speech-verb reading (:func:`idlibsite.sources.speech.speech_verbs`, the one
list), done before (in the past or the perfect: "had expressed", "urged", "told"), and Y is one principal: a name, a
title ("the president"), a body or a country, or "he", "she", "it" for one named before, never two joined by "and" nor a
generic plural ("diplomats", "the officials").  What Y only will do, hopes or plans ("would raise", "hoped to visit"),
what Y is ("was worried", a state) and what Y did without words ("had spoken by telephone with") stay X's: the verb
right after Y (past its auxiliaries, adverbs and one aside set off by commas) must be the speech verb.  The same test,
turned round, reads "Y <verb> ..., X said": Y's when done before (:func:`done_before`), X's own words in the present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from idlibsite.sources.speech import speech_verbs

_AUXILIARY = re.compile(r"(?:\s+(?:had|has|have|also|earlier|already|again|previously|personally|then|separately|[a-z]{3,}ly))*\s+")
_LEAD = re.compile(r"(?:\s+(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?:late|early)\s+(?:on\s+)?\w+|on\s+\w+|\w+day(?:\s+(?:morning|evening|night))?"
                   r"|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|(?:to\s+)?(?:reporters|journalists)|afterwards|later|separately"
                   r"|at\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|meeting)|after\s+the\s+[\w-]+),?)*(?:\s+that)?")
"""What may stand between the relay's verb and its clause: when, where, to whom and how it was said, and "that"."""
_PRINCIPAL = re.compile(r"\s+(?P<subject>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*|al-\w+)(?:\s+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|abu|von|van|der|den|de|du))*"
                        r"|the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?<!s)|he|she|it)"
                        r"(?P<aside>,\s+(?:who|which|in|at|during|after|before|speaking|on|while)\b[^,;:\u2063]{1,80},)?")
"""One principal opening the reported clause, maybe with one aside set off by commas ("Y, who arrived on Monday, ...")."""
_JOINED = re.compile(r"\s+(?:and|or|&)\s")
_PAST = frozenset("said told wrote sent spoke put made took drew let read gave held".split())
"""The irregular past forms of the one list's verbs (the others end in "-ed")."""
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+|also\s+|already\s+)?$")


@dataclass(frozen=True)
class Relay:
    """The principal a relay reports as speaking: its words (``subject``), where they stand in the masked sentence
    (``start``), and the speech verb that makes "Y <verb> ..." a statement of Y (``verb``)."""

    subject: str
    start: int
    verb: str


def done_before(masked: str, at: int, verb: str) -> bool:
    """True when the speech verb ``verb`` at ``at`` of ``masked`` is in the past or the perfect ("has called", "urged",
    "told"): an act done before, which a relay reports as its subject's; not the present of words said now."""
    first = verb.split()[0].lower()
    return first.endswith("ed") or first in _PAST or _PERFECT.search(masked, 0, max(at, 0)) is not None


def relayed(masked: str, at: int) -> Relay | None:
    """The principal whose own act the clause reported after ``at`` (the end of a relay's speech verb) is, by the rule of
    the module; None when that clause's subject is no one principal or its verb no act of speech done before."""
    lead = _LEAD.match(masked, at)
    who = _PRINCIPAL.match(masked, lead.end() if lead else at)
    if who is None or _JOINED.match(masked, who.end("subject")):
        return None
    aux = _AUXILIARY.match(masked, who.end())
    verb = next((m for m in speech_verbs(masked) if aux and m.start() == aux.end()), None)
    if verb is None or not done_before(masked, verb.start(), verb.group()):
        return None
    return Relay(who.group("subject"), who.start("subject"), verb.group())
