"""A paragraph that narrates what someone said, not the guest's own answer going on (pure).

In an interview's write-up an untagged paragraph after an answer goes on with that answer (:mod:`.turns`), but one that
reports, in the third person and the past of narration, what someone said ("After the interview, a spokeswoman for the
society, Name, said the group had ...", "Name, the U.N.'s coordinator, told reporters in Geneva that ...") is the writer's
narration, each of its sentences labelled by its own clause (LABELS Round 43: an untagged paragraph between or after
answers that holds no words of the guest and has its own attribution clause).  The guest's own words are in the first
person ("We treated ...", "My colleagues told me ...").
"""

from __future__ import annotations

import re

from idlibsite.sources.speech import speech_verbs

FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|we're|We're|we’re|We’re|my|My|our|Our|us|me)\b")
"""A word of the first person: a speaker's own words."""
QUOTED = re.compile(r"[\"“„«»‘][^\"“”„«»‘’]*[\"”«»’]")
"""A quotation in marks: another's words inside a paragraph, not its own voice."""
_NARRATED = re.compile(r"(?:said|told|wrote|tweeted|[a-z]{3,}ed)$")
"""A speech verb in the past of narration ("said", "told", "added", "announced"), not a guest's "say" of others."""


def narrates(paragraph: str) -> bool:
    """True when a paragraph, its quotations left out, has a speech verb in the past of narration and no word of the
    first person: it reports another's words in the writer's voice, and speaks no answer of its own."""
    words = QUOTED.sub("", paragraph)
    return not FIRST_PERSON.search(words) and any(_NARRATED.search(m.group()) for m in speech_verbs(words))
