"""Whom a body's spokesperson, named by the body's possessive and no name ("The Foreign Ministry's spokeswoman"), stands
for when the page named that body's spokesperson before (pure): that person, not the body a modifier of the phrase
names."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.folding import strip_article, words
from idlibsite.attribution.forms import VOICE
from idlibsite.attribution.match import match_body
from idlibsite.attribution.phrase import Phrase, read_phrase
from idlibsite.attribution.wordlists import ORG_NOUNS, ORG_WORDS

_VOICE = re.compile(rf"{VOICE.pattern}|\bofficial\s+representative\b")
"""The titles of one who speaks for a body: "official representative" is how Moscow and Beijing title their ministries'
spokespeople."""


def named_voice(phrase: Phrase, entries: list[tuple[Speaker, str, bool]], actors: tuple[Actor, ...]) -> Speaker | None:
    """The person a definite "the <body>'s spokesperson" (``phrase``, whose owner is a body: one with a body's word, or a
    known actor that is no person) stands for: the last person the page billed (``entries``: speaker, role as written,
    person) as a spokesperson of that body, their role or the actors file's titles for them naming the body ("The
    Russian Foreign Ministry's spokeswoman, Maria Zakharova, said ... The Foreign Ministry's spokeswoman recalled": her,
    LABELS rule 8, not the ministry).  None when the phrase is no such re-mention, or the page named nobody so: an unnamed
    spokesperson of a body is the body (rule 3); a person's ("Erdogan's spokesman") is left to rule 3's principal. The
    body the possessive names, when the actors file has it, is the runner-up."""
    owner = strip_article(phrase.owner)
    if not owner or not phrase.text.lower().startswith("the ") or not _VOICE.search(phrase.text):
        return None
    said = set(words(owner))
    bodies = [a for a in match_body(read_phrase(owner), actors) if a.kind != "person"]
    if not said & (ORG_WORDS | ORG_NOUNS) and not bodies:
        return None
    for speaker, role, person in reversed(entries):
        billed = " | ".join([role, *(t.title for t in (speaker.actor.roles if speaker.actor else ()))])
        if person and (speaker.actor or speaker.new) and _VOICE.search(billed) and said <= set(words(billed)):  # the body
            return Speaker(speaker.actor, speaker.new, "", "anaphor", CONFIDENCE["anaphor"], bodies[0] if bodies else None)  # its
    return None  # possessive names is the runner-up: `suggest` says which known actor the phrase came near
