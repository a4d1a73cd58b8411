"""Attribution without a speech verb (pure): a sentence a reader takes for someone's stated view or report though no
verb of saying tags it, the forms quote extractors and FrameNet's Opinion, Point_of_dispute and Awareness frames describe.

- **a stated state of mind** of a holder named as the subject, a clause or an object of its own after it: "Exporters fear
  the lira will fall", "Few analysts expect a lasting settlement", "officials privately concede that ...", "Few at X
  disagree.", "The paper worries about ...", "X holds Y responsible", "X considers the deal a victory", "Ankara wants the
  forces pulled back", "The agency is deeply concerned by ..." (LABELS Round 27's stated views, Round 44's "Observers
  believe", Round 49's "The Government of X is deeply concerned", Round 56's "Few at X disagree", Round 57's "wants",
  Round 60's "worries about"); not a plural's bare state ("Syrians in Porto Alegre remain wary", "residents are
  worried": no passage, Round 66), nor the noun ("their fears of a new wave", "as expected");
- **an outlet's own reporting**: "Zaman al-Wasl has learned that ...", "The paper understands that ..." (LABELS Round 54
  and 59: "X has learnt" is the outlet's own report);
- **a prepositional frame** that names whose view the sentence gives: "In the view of X, ...", "In the opinion of X,
  ..." and "For Ankara, the two events are linked." (LABELS Round 65, a capital's stated view), this last only where the
  sentence's predicate is a proposition held ("are linked", "is a trap"), not a state described for the holder ("For
  Turkey, the stakes are high", "For Ankara, the most urgent goal was ...": the writer's analysis);
- **a nominal frame**: a holder's view as a noun and its content after "is that" ("The Kremlin's line is that ...",
  "Berlin's position was that ..."), or a statement's noun with its "that" clause ("Ankara's announcement that it would
  ..."); not the noun alone ("Erdoğan's comments": no words, LABELS Round 51).

:func:`cues` gives each as a match whose text opens with the word :mod:`idlibsite.attribution.clause` reads it by: the
verb (or a possessive's "’s"), whose subject before it is the holder; "For", with the ``name`` and ``role`` groups of
:data:`.views.FOR_VIEW`; "view" or "opinion", whose holder follows "of".
"""

from __future__ import annotations

import re

from idlibsite.sources.lexicon import letter_words, stated_forms, stated_pattern, stated_readings
from idlibsite.sources.views import CAPITAL

_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|their|his|her|its|our|my|your|these|those|such|any|no|growing|new|old|worst|main|many|and|or)"
                          r"|[’']s?|\b(?:to|be|been|being|as)|\b(?:will|would|can|could|may|might|should|must))\s+$", re.IGNORECASE)
"""A determiner or a possessive before the word, its noun ("their fears", "the fear"), or "to"/"as"/a modal, its
infinitive ("hard to expect", "as expected", "nobody would disagree", a supposition, no view held), or "and"/"or", a
noun of a list ("tension at the border and fears of ..."; a verb after "and" shares a subject whose first verb, had it been
one of saying, would have made the sentence reported already)."""

_PERSON = re.compile(r"(?:^|[\s:–—-])(?:I|[Ww]e|[Yy]ou)\s+(?:(?:do|did|also|still|now|all|privately)\s+(?:not\s+)?)?$")
"""A holder in the first or second person: words of a speaker's own, in a turn or under a tag ("Lavrov: We expect ..."),
not a view the page gives as someone's."""

_AFTER = {  # a complement of lexicon.COMPLEMENTS -> its pattern after the verb
    "object": r"(?=\s+(?!(?:of|for|and|or|were|was|are|is|had|have|hit|hits|weigh|weighs|mount|grow|ease|rise|fade|linger|persist)\b)[\w’'-])",  # "fear a prolonged conflict"
    "determined": r"(?=\s+(?:(?:the|a|an|much|more|little|no|any|that|[A-Z][\w’'-]*)\s))",  # "Few analysts expect a lasting settlement"
    "that": r"(?=\s+that\s)",  # "officials privately concede that ..."
    "last": r"(?=\s*[.!?]?\s*$|\s+with\s)",  # "Few at Christiansborg disagree."
    "about": r"(?=\s+(?:about|over|that)\s)",  # "The daily worries about the tourist season"
    "responsible": r"(?=\s+(?:[\w’'-]+\s+){1,6}?(?:fully\s+|directly\s+|solely\s+)?(?:responsible|accountable)\b)",  # "holds X responsible"
    "taken for": r"(?=\s+(?:the|this|that|its|his|her|their|these|those)\s+(?:[\w’'-]+\s+){0,4}?(?:an?|the)\s)",  # "considers the deal a victory"
    "state wanted": r"(?=\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?(?:pulled|withdrawn|moved|pushed|kept|sent|returned|lifted|closed|opened|stopped|halted|removed)\b)",
}
_HELD = re.compile(r"\b(?P<verb>" + "|".join(f"(?:{'|'.join(forms)}){_AFTER[complement]}"
                                              for complement, forms in stated_readings(*_AFTER)) + ")")
"""Verbs of a state of mind held and stated, with what is held after them: an object or a clause, not "of" (the noun
"fears of"), not a verb ("Turkish fears were ..."); "holds" only with "responsible"; "considers" only with what the thing
is taken for; "wants" only with a thing and the state wanted for it ("wants Syrian forces pulled back"; "wants the minister
to come" and "wants peace" are the verb list's, :mod:`.mediumverbs`); not "fears" with a verb of its own after it, the
noun as a subject ("Syria fears hit sentiment", "fears mount")."""

_CONCERNED = re.compile(r"\b(?P<verb>is\s+(?:also\s+)?(?:deeply|gravely|extremely|very|seriously|particularly|increasingly|most)\s+"
                        rf"(?:{stated_pattern('degree')}))"
                        r"(?=\s+(?:by|about|over|at|that)\s)")
"""A singular holder's stated concern in the present, in a release's words ("The ICRC is deeply concerned by ...",
"Austria is gravely alarmed by ..."); not a plural's ("residents are worried about ...": a state, no passage), nor a past
("was concerned", narration), nor a state with no degree ("The agency is alarmed by the attacks", "is worried about":
a state the page describes)."""

_OUTLET = re.compile(r"\b(?P<verb>has\s+(?:(?:also|now|exclusively)\s+)?learn(?:ed|t)"
                     r"(?:\s+(?:exclusively|independently|separately))?\s+that"
                     rf"|(?<=[{CAPITAL}a-z] )understands\s+that)\s", re.UNICODE)
"""An outlet's own report: "Zaman al-Wasl has learned that ...", "PAP has learned unofficially that ...", "The paper
understands that ..." (an outlet in the singular: not "Guam mothers have learned that ...", a lesson; not "learned from sources", the verb list's relay, nor "has learned unofficially", the outlet's
unnamed sources, LABELS Round 57)."""

_VIEW_OF = re.compile(r"(?:^|(?<=[\s,;:]))[Ii]n\s+the\s+(?P<verb>view|opinion)(?=\s+of\s+(?:the\s+)?[\w’'-])")
"""A holder after "of": "In the view of the ministry, ...", "in the opinion of analysts"."""

_FOR_HOLDER = re.compile(rf"\s*(?P<for>For)\s+(?P<role>)(?P<name>[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'-]+){{0,2}}),\s+"
                         r"(?=(?:the|this|that|it|these|those|such|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,4}?\s+(?:is|are)\s+(?:not\s+|now\s+|clearly\s+|simply\s+)?"
                         r"(?:(?:an?|no|nothing|part)\s|(?:linked|connected|related|inseparable|non-negotiable|unacceptable|responsible|to\s+blame)\b))")
"""A holder after "For" opening the sentence, then a proposition held in the present: a thing said to be something ("is a
trap", "is no solution") or linked to another ("the two events are linked", "is unacceptable"); not a state described
("For Turkey, the stakes are high"), nor the past ("the most urgent goal was ...")."""

_NOMINAL = re.compile(r"(?P<verb>[’']s\s+(?:(?:own|official|stated|public)\s+)?(?:(?:line|position|view|argument|stance|assessment|"
                      r"conclusion|verdict|message)(?=\s+(?:is|was|has\s+been|remains)\s+(?:that\b|clear\s*:))"
                      r"|(?:announcement|claim|insistence|warning|assurance|pledge|promise)(?=\s+that\s)))")
"""A holder's view or statement as a noun with its content: "The Kremlin's line is that ...", "Ankara's message was clear:
...", "Ankara's announcement that it would ..."; the cue opens at the possessive's "’s", so the holder is the word
before it."""


def cues(masked: str) -> list[re.Match[str]]:
    """Each attribution without a speech verb in a masked sentence that has no speech verb of the list: where it has one,
    a view in it is inside what was said ("X said Ankara fears ...": rule 1) or told by the one who speaks ("Erbil fears
    ..., officials say": a state, the teller's, LABELS Round 47's relay test), and "X has learnt that the ministry asked
    ..." is the ministry's (Round 51)."""
    if (not _CUE_WORDS.intersection(letter_words(masked)) and not masked.lstrip().startswith("For ")
            or masked.rstrip(" \u2063»”\"’')").endswith("?")):
        return []  # most sentences (one pass in C); a question, which states no view ("Does the Commission consider that ...?")
    held = _FOR_HOLDER.match(masked)
    verbal = [*_HELD.finditer(masked), *_CONCERNED.finditer(masked), *_OUTLET.finditer(masked)]
    out: list[re.Match[str]] = [held] if held else []
    for m in (*verbal, *_VIEW_OF.finditer(masked), *_NOMINAL.finditer(masked)):
        at = m.start("verb")
        if not masked[:at].strip() or m in verbal and _NOUN_BEFORE.search(masked[:at]):
            continue  # no holder before it; "their fears", "as expected", "nobody would disagree"
        if _PERSON.search(masked[:at]):
            continue  # "We expect ...", "I fear ...": a speaker's own words, whose tag or turn says whose
        out.append(_at_verb(masked, m))
    return sorted(out, key=lambda c: c.start())


_CUE_WORDS = stated_forms(*_AFTER, "degree") | frozenset("learned learnt understands view opinion line position argument stance assessment conclusion"
                       " verdict message announcement claim insistence warning assurance pledge promise".split())
"""The words one of the cues needs (a quick test before the patterns)."""


_POSSESSOR = re.compile(rf"(?:[Tt]he\s+)?(?:[{CAPITAL}][\w.-]*\s+){{0,3}}[{CAPITAL}][\w.-]*$")


def holder_before(before: str) -> str:
    """The holder a nominal cue's "’s" follows: the capitalised name just before it ("following Ankara" -> "Ankara",
    "The Kremlin" -> "The Kremlin"), "" when none."""
    m = _POSSESSOR.search(before.rstrip())
    return m.group() if m else ""


def _at_verb(masked: str, m: re.Match[str]) -> re.Match[str]:
    """The cue as a match that opens at its verb group (what :mod:`idlibsite.attribution.clause` reads)."""
    return re.compile(re.escape(m.group("verb"))).match(masked, m.start("verb"))  # type: ignore[return-value]
