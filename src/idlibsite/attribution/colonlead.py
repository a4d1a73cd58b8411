"""A quotation led in by its speaker's own sentence and a colon, with no verb of saying (pure).

A "what the papers say" review names each paper in running text and gives its words after a colon, the lead-in a
predicate of any kind: "The Sächsische Zeitung sees it differently: „...“", "The Magdeburger Volksstimme points to the
role of Russia: „...“", "Le Figaro is blunter: « ... »"; or names where the words were read: "On Zeit Online one can read
the following: „...“", "In the Frankfurter Rundschau, we read: „...“". The quotation is the named subject's, or the
medium's where it was read (LABELS rule 5, a text is its author's), as "X writes: "..."" is X's.
"""

from __future__ import annotations

import re

from idlibsite.attribution.joinednames import NAME_RUN
from idlibsite.sources.speech import MASK

_ENDS = rf"\s*(?:[«„‹]\s)?{MASK}[{MASK}\s]*[»›]?[.!?]?\s*$"
"""The quotation after the colon, running to the sentence's end (French guillemets set apart by spaces outside it)."""

_NO_NAME = (r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Its|Their|Our|My|Your|One|Another|Some|Any|No"
            r"|Every|Each|All|Both|Many|Most|Few|Such|What|There|Here|In|On|At|For|After|When|While|As|If|But|And|Yet|So)\b)")
"""A sentence's opening word that is no name: an article, a pronoun or a possessive ("His reply was short: "..."", not
a speaker named), a quantifier, a preposition or a conjunction."""

_LED_IN = re.compile(rf"\s*(?:(?:And|But|Finally|Lastly),?\s+)?(?P<name>(?:[Tt]he\s+)?{_NO_NAME}{NAME_RUN})(?:\s+(?:from|in)\s+[A-Z][\w’'-]*)?"
                     rf"\s+(?:(?:also|too|however|meanwhile|instead|again|then)\s+)?(?:[a-z][\w’'-]*s|had|did|can|could|will|would|must|may"
                     rf"|might|should)\b,?(?:\s+[\w’'-]+,?){{0,7}}\s*:{_ENDS}")
"""A capitalised subject (after "And" or "Finally", maybe placed "from Halle"), its predicate of one to eight words
opening with a verb of the singular (an "-s" form or a modal, maybe after an adverb: one paper, not "Deputies ask ...",
"Erdogan and Putin agree ...", a headline's plural or two subjects), a colon and the quotation: "The Sächsische Zeitung
sees it differently: „...“", "The Magdeburger Volksstimme points to the role of Russia: „...“"."""

_READ_IN = re.compile(rf"\s*(?:On|In)\s+(?P<name>(?:the\s+)?{NAME_RUN}),?\s+(?:one|we|you)\s+(?:can\s+|could\s+|may\s+)?reads?"
                      rf"(?:\s+(?:the\s+following|this|that))?\s*:{_ENDS}")
"""Where the words were read, then an impersonal reader: "On Zeit Online one can read the following: „...“"."""


def colon_lead(line: str) -> re.Match[str] | None:
    """The masked sentence ``line`` matched when it names its speaker before its colon and quotation (see the module's
    docstring), the speaker its first group, as :mod:`.clause`'s colon forms give it; None when it is no such sentence."""
    return _READ_IN.match(line) or _LED_IN.match(line)
