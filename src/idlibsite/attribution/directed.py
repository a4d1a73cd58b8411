"""Who told a headline's addressees to do something: the body's speaker who did (pure).

A headline writes a passive of telling without "be" ("Citizens in Ruritania told to stay away from the border"): its
subject is the one told, never the speaker (:mod:`.clause` reads no clause there).  The speaker is the one the body
says told, advised or urged them: the first passage of the body whose verb of telling has an object, "to" and an
infinitive after it ("The embassy advised the 5,000 citizens in Ruritania to avoid ...", or "said ... should ..."), its
object sharing a capitalised word with the headline's addressees (LABELS rule 7: a speaker the story names); under a live
blog's entry heading, the entry's own passages (after the heading) before any earlier one.
"""

from __future__ import annotations

import re

from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.folding import WORD
from idlibsite.sources.lexicon import SPEECH_VERBS
from idlibsite.sources.statements import Passage

_TOLD = re.compile(r"(?P<whom>(?:[\w’'-]+\s+){1,4}?)(?:told|asked|advised|urged|ordered|warned)\s+to\s+[a-z]+")
"""A headline's addressees (a few words) and its passive of telling, "be" dropped."""
_TOLD_WHOM = re.compile(r"\b(?:(?:told|asked|advised|urged|ordered|warned|called\s+on)\s+(?P<whom>(?:[\w’',.-]+\s+){1,10}?)to"
                        r"|(?:said|says)\s+(?:that\s+)?(?P<who>(?:[\w’',.-]+\s+){1,10}?)(?:should|must|ought\s+to))\s+[a-z]+")
"""A verb of telling in the body, its object and the infinitive: "advised the 5,000 citizens in Ruritania to avoid", or
advice said of them: "said Caymanians travelling in Turkey should follow"."""


def _capitals(words: str) -> set[str]:
    return {w for w in WORD.findall(words) if w[:1].isupper()}


def told_by(headline: Passage, found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The speaker of the body's passage that told a headline's addressees what its passive of telling says they were
    told (see the module's docstring), else None."""
    told = _TOLD.search(headline.sentence.masked)
    whom = _capitals(told.group("whom")) if told else set()
    for p, s in sorted(found.items(), key=lambda item: (item[0].start < headline.start, item[0].start)):  # a live entry's own first
        body = _TOLD_WHOM.search(text, p.start, p.end) if whom and p.kind == "reported" and (s.actor or s.new) else None
        if body and whom & _capitals(body.group("whom") or body.group("who")):
            return Speaker(s.actor, s.new, "", "later", CONFIDENCE["later"])
    return None


def deck_goes_on(deck: Passage, found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The speaker of the headline on the line just before a deck that opens with its speech verb and has no subject
    ("SAFE – GOVT" over "Says no national harmed ..."): the deck goes on with the headline's speaker (LABELS Round 48's
    questions), else None."""
    first = re.match(r"([A-Z][a-z]+)\s", text[deck.start : deck.end])
    if not first or first.group(1).lower() not in SPEECH_VERBS or not first.group(1).endswith("s"):
        return None
    before = [(p, s) for p, s in found.items() if p.end <= deck.start and not text[p.end : deck.start].strip()]
    return next((Speaker(s.actor, s.new, "", "later", CONFIDENCE["later"]) for _p, s in before if s.actor or s.new), None)
