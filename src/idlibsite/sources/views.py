"""A stated view (pure): a verb of belief that reports what someone holds when a clause of its own follows it, "that"
left out ("X believes the escalation puts the format under strain"): reported speech (LABELS Round 27, a stated view);
not "is believed to be", "believes in dialogue" nor "believes the rumours"; a forecast, what a thing is expected to do
("The consultancy expects the lira to fall": LABELS Round 42, an analyst's forecast is reported speech), not "expects
concrete support"; and a stated justification, an act and the grounds given for it ("Moscow justifies the offensive by
the presence of fighters"), not "nothing can justify it"."""

from __future__ import annotations

import re

from idlibsite.sources.lexicon import stated_forms, stated_readings
from idlibsite.sources.titles import TITLE

VIEW_VERBS = stated_forms("clause", "forecast", "grounds")  # "believes", "reckons", "thinks", "expects", "justifies"
"""Verbs of belief that, with a clause after them, report a view held and stated: the present, a view the article
gives as held now ("experts believe the format has run its course", a plural's view); "The general believed the road
was safe" narrates what someone thought then. What follows them is the table's (:data:`~idlibsite.sources.lexicon.STATED`)."""
_READ_BY = {form: complement for complement, forms in stated_readings("clause", "forecast", "grounds") for form in forms}
"""Each of :data:`VIEW_VERBS` and what after it states the view: a clause, a forecast or grounds."""
SEEING = stated_forms("seen as")
"""Verbs of seeing that give a view held by what a thing is seen as (:func:`seen_as`)."""

_VIEW_CLAUSE = re.compile(r"\s+(?!(?:to|in|it|so|me|him|her|them|us)\b)(?:[\w’'.-]+\s+){1,8}?"
                          r"(?:(?:will|would|could|can|may|might|should|must|is|are|was|were|has|have|had)\s+(?!been\b)(?:[a-z]|[«“\"„]?\s*\u2063)"
                          r"|[a-z]{3,}s\s+(?:the|a|an|its|his|her|their|no|more|to)\s)")
"""A clause after the verb: a subject of one to eight words, then a finite verb, an auxiliary or a modal ("the talks will
fail", "Ankara is ready"), or a present in the singular with its object ("the escalation ... puts the format")."""

_FORECAST = re.compile(r"\s+(?!(?:to|that)\b)(?:[\w’'$.-]+\s+){1,5}?to\s+[a-z]+")
"""What a forecast is of, then what it will do: "expects Brent to trade", "expects the currency to end the year"."""

_GROUNDS = re.compile(r"\s+(?:[\w’'-]+\s+){1,6}?(?:by|with|as|on\s+the\s+grounds)\s")
"""What a justification is of, then the grounds given: "justified the strikes as self-defence", "... by the presence of"."""
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|not|to)\s+$")
"""A verb of justification after a form of "be", a negation or "to": a state or a purpose ("was justified by"), no claim."""


def states_view(masked: str, end: int) -> bool:
    """True when a clause with a subject and a finite verb of its own follows a verb of belief ending at ``end``, or the
    grounds given follow a verb of justification in the active ("justifies the offensive by ...")."""
    verb = re.search(r"\w+$", masked[:end])
    read = _READ_BY.get(verb.group(), "clause") if verb else "clause"  # the word as written: a capital's reads a clause
    if verb and read == "grounds":
        return _GROUNDS.match(masked, end) is not None and not _PASSIVE.search(masked, 0, verb.start())
    if verb and verb.group() == "believe" and _PASSIVE.search(masked, 0, verb.start()):
        return False  # "hard to believe the war is over", "do not believe": no view stated ("experts believe ..." is one)
    if read == "forecast":
        return _FORECAST.match(masked, end) is not None
    return _VIEW_CLAUSE.match(masked, end) is not None


CLAIMING = stated_forms("claim")
"""Verbs of a plural's claim that take a clause of their own with "that" left out ("Russian and Syrian state media insist
the Turkish troops were embedded with ...", "critics argue the deal is weak"), read as a stated view's verbs are."""
_PREPOSITION = re.compile(r"\s+(?:on|upon|in|for|with|about|against)\b")
"""A preposition after a verb of claim: what is insisted on, no clause ("will insist on the return of the troops to ...")."""


def claims_clause(masked: str, end: int) -> bool:
    """True when a verb of claim ending at ``end`` has a clause of its own after it, "that" left out, not a preposition."""
    return _PREPOSITION.match(masked, end) is None and _VIEW_CLAUSE.match(masked, end) is not None


_SEEN_AS = re.compile(r"\s+(?!(?:to|that|it|him|her|them|me|us|you)\b)(?:[\w’'.-]+\s+){1,6}?as\s+(?:an?|proof|evidence|part)\s"
                      r"|\s+in\s+(?:[\w’'.-]+\s+){1,4}?[«“\"„]?\s*\u2063"
                      r"|\s+in\s+(?:the|this|that|these|those|his|her|its|their)\s+(?:[\w’'.-]+\s+){1,10}?an?\s+[\w-]+\s+(?:rather|more)\s+than\s"
                      r"|\s+it\s+(?:differently|otherwise|the\s+same\s+way)\b|\s+(?:[\w’'.-]+\s+){1,4}?(?:under\s+(?:pressure|threat)|as\s+[a-z]+ed\b)"
                      r"|\s+no\s+(?:[a-z-]+\s+)?(?:alternative|increase|rise|reason|risk|sign|need|threat|evidence|grounds|prospect|danger|chance|hope|change)s?\b")
"""What a thing is seen as: "Experts see the crisis as a test" (LABELS Round 27, a stated view), or what one sees in it,
in words quoted ("sees in the truce « a pause imposed by Moscow »", as a French page writes "voit dans") or as one thing
"rather than" another, a judgement ("sees in the deal signed on Friday a truce rather than a settlement"), or an
assessment that there is none of a thing ("sees no increase in applications", "sees no alternative to the deal"), or a
view of a thing's state ("sees Erdoğan under pressure", LABELS Round 27; "sees Ankara as obliged"; "sees it differently",
Round 56); not
"see the camps", "sees no soldiers", nor "saw" (what someone thought then)."""


def seen_as(masked: str, end: int) -> bool:
    """True when "see(s)" ending at ``end`` gives a view held now: its object, then "as" and what it is taken for."""
    return _SEEN_AS.match(masked, end) is not None


CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
"""A name's capital in the Latin alphabets ("Óscar", "İbrahim", "Łukasz"), for a character class."""
FOR_VIEW = re.compile(r"\s*(?P<for>For)(?=\s+(?:(?:the\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,3}[a-z]+(?:ist|yst|er|or|ian|ant|ert|at))\s+"
                      r"|(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2},\s[^\n\u2063]*\s(?:is|was|are|were|remains)\s+[«“\"„]?\s*\u2063)"
                      rf"|(?P<title>{TITLE})\s+(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}},\s[^\n\u2063.]*\u2063))"
                      rf"(?P<name>[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'-]+){{1,2}}),\s)")
"""A view given as a person's, "For" a role and a name opening the sentence ("For the political scientist Karim Bennani,
the Moroccan position is ...", "For analyst Jan Berg, ..."): X's stated view, reported (LABELS Round 43); not "For
Turkey, the stakes are high" (no role), nor "For residents of Idlib Province" (a preposition, no role, before it); a
full name with no role when the sentence's verb "is" what the quotation after it says ("For Anne Morel, the deal is « a
first step »", as a French page writes a view); a full name after a title (:data:`~idlibsite.sources.titles.TITLE`) when a quotation follows
in the sentence ("For Father Jorge Saad, of the Melkite parish, the note "said little"")."""
