"""A sentence whose opening names the text its speech came in ("In a statement signed by its secretary, the league
condemned "..."", "In an open letter, the union denounced "...", "In a post on his Facebook page, X wrote that "..."):
the frame is words of the sentence's own, so the sentence reports the act, whatever the quotation after its verb
carries.  A sentence whose subject's stance opens its quotation after a colon ("A European diplomat was less hopeful:
"..."") names the quotation's speaker the same way (:func:`stance_subject`)."""

from __future__ import annotations

import re

_FRAME = re.compile(r"\s*In\s+(?:a|an|its|his|her|their|the)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|letter|communiqu[eé]|"
                    r"declaration|press\s+release|post|tweet|message)\b[^.!?;:]*,\s*[^,]+$")
"""An opening frame of the speech's text, a comma, then the subject before the verb: "In a joint statement, the two
ministers", "In a letter to the council signed by its chair, the union" (not "In the statement's wake": no comma and
subject)."""


def framed(before: str, between: str) -> bool:
    """True when the masked words ``before`` a sentence's speech verb open with the text the speech came in, then its
    subject ("In a statement signed by its secretary X, the youth league"), and the quotation follows the verb as its
    object, nothing but "that" ``between`` ("condemned "imperialist interference"", "In a post on Facebook, X wrote that
    "...""; not "said: "..."", the quotation's own)."""
    return between.strip() in ("", "that") and _FRAME.match(before) is not None


_PREDICATE = re.compile(r"[\"“„«‘']?\s*[a-z]+(?:s|ed)\b")
"""A quotation that opens with a finite verb: the predicate of the subject before it ("« condemns all violence ... »")."""


def framed_predicate(masked: str, words: str) -> bool:
    """True when a sentence with no speech verb outside its quotation opens with the text the speech came in and its
    subject, and the quotation after is the subject's predicate ("In a statement, COSIM « condemns all violence ... »",
    as a French page writes it): the frame reports the act in words of the sentence's own."""
    quote = masked.find("\u2063")
    return (quote > 0 and _FRAME.match(masked[:quote]) is not None and _PREDICATE.match(words, quote) is not None
            and not masked[masked.rindex("\u2063") + 1 :].strip(" .!?»”\"’'"))


_FRAMED_SUBJECT = re.compile(r"\s*In\s+(?:a|an|its|his|her|their|the)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|letter|communiqu[eé]|"
                             r"declaration|press\s+release|post|tweet|message)\b[^.!?;:\u2063]*,\s*(?P<subject>[^,\u2063«“\"„]+?)\s*[«“\"„]?\s*\u2063")


def framed_subject(masked: str) -> str:
    """The subject after a frame before its quoted predicate ("In a statement, COSIM « condemns ... »": "COSIM"), ""
    when the sentence does not open so."""
    m = _FRAMED_SUBJECT.match(masked)
    return m.group("subject") if m else ""


_STANCES = ("hopeful optimistic pessimistic cautious blunt direct diplomatic critical sceptical skeptical confident guarded upbeat"
            " gloomy frank candid defiant").split()
"""A speaker's stance, as a page says a person was before giving the words (not "clear" nor "unequivocal", which a text
or a position is as often)."""
_TEXTS = frozenset("statement message letter note reply answer response position tone verdict text post".split())
"""Head nouns of a text or a stance that a quotation may be introduced by ("The statement was guarded: ..."): no speaker."""
_STANCE_COLON = re.compile(r"\s*(?!(?:His|Her|Their|Its|My|Our|Your)\s)(?P<subject>[A-Z][^:;.!?\u2063]{0,80}?)\s+(?:was|were|is|are|seemed|sounded)\s+(?:(?:less|more|even|far|much|rather|"
                           r"quite|very|equally)\s+)*(?:" + "|".join(_STANCES) + r")(?:\s+than\s+[^:;\u2063]{1,40}?)?\s*:\s*[«“\"„‘]?\s*\u2063")
"""A subject's stance before a colon and the quotation ("A European diplomat in Moscow was less hopeful: "..."", "The
minister was blunt: «...»"): the quotation is the subject's words, though no speech verb tags it; not a possessive's
("Her answer was frank: ..." after the writer's question: the one asked, :mod:`.quotes`)."""


def stance_subject(masked: str) -> str:
    """The subject whose stance opens the sentence before its quotation (:data:`_STANCE_COLON`), "" when none."""
    m = _STANCE_COLON.match(masked)
    return m.group("subject") if m and m.group("subject").split()[-1].lower() not in _TEXTS else ""
