"""Whose act a relay reports (pure): the one test of LABELS rule 3 and Rounds 28-29 for "X said (that) Y <verb> ...".

The rule: in a clause that X's speech verb reports, Y speaks, not X, when "Y <verb> ..." standing alone would be found
as a statement of Y by the finder's own speech-verb reading (:func:`idlibsite.sources.speech.speech_verbs`, the one
list), done before (in the past or the perfect: "had expressed", "urged", "told"), and Y is one principal: a name, a
title ("the president"), a body or a country (not a pronoun: "X said he had ..." is most often X himself), never two
joined by "and" nor a generic plural ("diplomats", "the officials").  The verb right after Y, past its auxiliaries,
adverbs and one aside set off by commas, must be the speech verb, or an act joined by "and" to one ("had telephoned X
and conveyed ..."), when Y is a person (the caller's test: "X said Latvia backed the truce and stressed ..." is most often
X's own second verb); so what Y only will do, hopes or plans ("would raise", "hoped to visit"), what Y is ("was worried",
a state, as the labels rule it, even "was concerned and urged ...") and what Y did without words ("had spoken by
telephone with") stay X's.  The same tense test reads "Y <verb> ..., X said": Y's when done before
(:func:`done_before`), X's own words in the present.  Who may relay (not an anonymous source) and whom a title stands
for are the caller's (``resolve.resolve``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from idlibsite.attribution.forms import OWNED_VOICE
from idlibsite.sources.speech import speech_verbs

_AUXILIARY = re.compile(r"(?:\s+(?:had|has|have|also|earlier|already|again|previously|personally|then|separately|[a-z]{3,}ly))*\s+")
_LEAD = re.compile(r"(?:\s+(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?:late|early)\s+(?:on\s+)?\w+|on\s+\w+|\w+day(?:\s+(?:morning|evening|night))?"
                   r"|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|(?:to\s+)?(?:reporters|journalists)|afterwards|later|separately"
                   r"|at\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|meeting)|after\s+the\s+[\w-]+),?)*(?:\s+that)?")
"""What may stand between the relay's verb and its clause: when, where, to whom and how it was said, and "that"."""
_PRINCIPAL = re.compile(r"\s+(?P<subject>(?:[Tt]he\s+)?(?!(?:The|It|He|She|They|We|I)\b)(?:[A-Z][\w’'.-]*|al-\w+)(?:\s+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|abu|von|van|der|den|de|du))*"
                        r"|the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?<!s)(?=,|\s+(?:had|has|have|was|is|would|will|also|told|wrote|said|sent|[a-z]+ed)\b))(?<![’']s)(?!\s+(?:and|or|&)\s)"
                        r"(?P<aside>,\s+(?:(?:who|which|in|at|during|after|before|speaking|on|while)\b[^,;:\u2063]{1,80}"
                        r"|(?P<named>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|al-\w+)){1,3})),)?")
"""One principal opening the reported clause, maybe with one aside set off by commas ("Y, who arrived on Monday, ...");
a title's holder named in apposition ("the minister, Karin Holm, had urged") is the principal by name."""
_CONFERRED = re.compile(r"raised\s+[^,;:.\u2063]{1,60}?\s+with\s+(?:his|her|their|its|the|[A-Z])")
"""An act of speech done before that no speech verb of the list is: a matter raised with someone ("had raised the matter
with her counterpart"), not "raised the readiness of the police"; a matter discussed with someone is both sides' talk,
no one principal's words (it stays the relay's, articles 381 and 424)."""
_ACT = re.compile(r"[a-z]+(?:ed|en)\b")
"""A verb of the principal's act done before that no speech verb of the list is ("had spoken", "telephoned"), not a plan
("would") nor a state ("was concerned"): its clause still speaks when an act of speech joins it ("... and conveyed")."""
_THEN = re.compile(rf"[^,;:.\u2063]*?\band{_AUXILIARY.pattern}")
"""The rest of that act's clause up to "and" and the next verb's auxiliaries."""


@dataclass(frozen=True)
class Relay:
    """The principal a relay reports as speaking: its words (``subject``), where they stand in the masked sentence
    (``start``), the speech verb that makes "Y <verb> ..." a statement of Y (``verb``), and whether that verb is joined
    by "and" to an act of Y's that is no speech (``joined``: "had spoken to X and conveyed ...")."""

    subject: str
    start: int
    verb: str
    joined: bool


def done_before(masked: str, at: int, verb: str) -> bool:
    """True when the speech verb ``verb`` at ``at`` of ``masked``, said of one subject, is in the past or the perfect ("has
    called", "urged", "told"): an act done before, which a relay reports as its subject's; not the present of words said
    now ("expresses", "says", "is calling on")."""
    return not verb.split()[0].lower().endswith("s") or bool({"has", "have", "had"} & set(masked[max(at - 40, 0) : max(at, 0)].split()[-2:]))


def principal_of(masked: str, at: int) -> re.Match[str] | None:
    """The one principal opening the clause reported after ``at`` (its group ``subject``), whatever its verb; None when
    that clause opens with no name, title, body or country, or with two joined by "and"."""
    lead = _LEAD.match(masked, at)
    return _PRINCIPAL.match(masked, lead.end() if lead else at)


def relayed(masked: str, at: int) -> Relay | None:
    """The principal whose own act the clause reported after ``at`` (the end of a relay's speech verb) is, by the rule of
    the module; None when that clause's subject is no one principal or its verb no act of speech done before."""
    who = principal_of(masked, at)
    aux = _AUXILIARY.match(masked, who.end()) if who else None
    if who is None or aux is None:
        return None
    verbs = [m for m in speech_verbs(masked) if m.start() >= aux.end()]
    first = verbs[0] if verbs and verbs[0].start() == aux.end() else None
    act = _ACT.match(masked, aux.end()) if first is None else None  # "had spoken to X by phone and conveyed ..."
    then = _THEN.match(masked, act.end()) if act else None
    joined = next((m for m in verbs if then and m.start() == then.end()), None)
    verb = first or joined or _CONFERRED.match(masked, aux.end())
    if verb is None or not done_before(masked, verb.start(), verb.group()):
        return None
    named = "subject" if who.group("named") is None else "named"  # "the minister, Karin Holm,": the holder by name
    return Relay(who.group(named), who.start(named), verb.group(), verb is joined)


_OPENS_QUOTED = re.compile(r"[\"“](?=[A-Z])(?P<words>[^\"“”]+)[\"”]")
"""A quotation opening the sentence, its words."""
_VOICE = re.compile(r"(?i)\bspokes(?:man|woman|person)\b|\bpress\s+secretary\b")
"""Any spokesperson the page mentions."""


def quoted(masked: str, at: int) -> str:
    """The sentence ``masked`` with the quotation that opens it as its reported clause, when that quotation closes before
    ``at``, its speech verb ('"The minister is deeply worried," the spokesman said'): the opening quotation mark made a
    space, so that the quotation's subject is read where a reported clause's is, at the same offsets; "" when no
    quotation opens the sentence before ``at``."""
    m = _OPENS_QUOTED.match(masked)
    return f" {masked[1:]}" if m and m.end() <= at else ""


def definite_voice(role: str, before: str) -> str:
    """The spokesperson "the spokesman" stands for: the one the page last mentioned (``before``), as it was introduced
    ("his spokesman said. ... the spokesman, Name, said": "his spokesman"), when that one was introduced as someone's
    own (:data:`.forms.OWNED_VOICE`); "" when ``role`` is no such definite spokesperson or the last one was nobody's own
    ("a UN spokesman")."""
    if not re.fullmatch(r"[Tt]he\s+(?:spokes(?:man|woman|person)|press\s+secretary)", role.strip()):
        return ""
    last = list(_VOICE.finditer(before))
    owned = [m for m in OWNED_VOICE.finditer(before) if last and last[-1].start() >= m.start() and last[-1].end() <= m.end() and (m.group("owner") or m.group("principal"))]
    return owned[-1].group() if owned else ""
