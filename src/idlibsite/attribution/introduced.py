"""A quotation tagged "he said" right after a person is introduced in a sentence of no speech: that person's (pure;
LABELS rule 8 and rule 10).

The rules read "he"/"she" against the speakers named so far; a page often introduces the next voice in a sentence that
reports no speech, then quotes them: "That drew an angry response from SNP councillor Name. "...," he said.", "Among
those in the public gallery was Name, who came ... // "...," he said after the vote.", "When members of this board met
with Gov. Name on Wednesday, he told us ...".  The pronoun then stands for the person so introduced, not the last
speaker.  Read only when the text from where the quotation's paragraph opens (or, when the quotation opens it, the
paragraph before) holds no passage, bills exactly one person with a title or an aside (:func:`.cast.cast`) as a
subject (opening its sentence, or after "was": "Among those ... was X") or as the one who answered ("a response from
X"), and does not name the last speaker again (a person named elsewhere in a sentence, "the van of council member X",
is no antecedent); the quotation's paragraph's later quotations given to the same speaker go with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.cast import cast
from idlibsite.attribution.clause import clauses
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import PERSON_NOUNS, TITLES
from idlibsite.sources.statements import Passage


_INVERTED = re.compile(r"\b(?:was|were)\s+(?:\S+\s+){0,4}$")
"""A subject after its verb ("Among those in the public gallery was SNP member X")."""
_AGENT = re.compile(r"\b(?:response|reply|retort|rebuke|reaction|answer|objection|protest|rebuttal)s?\s+from\s+(?:\S+\s+){0,4}$")
"""The one who answered ("That drew an angry response from SNP councillor X")."""


def _lead_span(text: str, at: int) -> tuple[int, int]:
    """Where the text that introduces a quotation at ``at`` runs: from its paragraph's start up to it, or the whole
    paragraph before when the quotation's sentence opens its paragraph."""
    start = text.rfind("\n", 0, at) + 1
    if text[start:at].strip():
        return start, at
    before = text[: start].rstrip()
    return before.rfind("\n") + 1, len(before)


def _introduced_name(found: dict[Passage, Speaker], text: str, p: Passage, got: Speaker) -> str:
    """The one person the lead of ``p`` bills (module docstring), "" when none, several, or the last speaker named there."""
    lo, hi = _lead_span(text, p.sentence.start)
    if hi <= lo or any(q.start < hi and lo < q.end for q in found):
        return ""
    lead = text[lo:hi]
    billed = {b.name for b in cast(lead)}
    said = {fold(w) for w in words(got.label)} if got.label else set()
    if len(billed) != 1 or said & {fold(w) for w in words(lead)}:
        return ""
    (name,) = billed
    at = lead.rfind(name)
    slot = lead[:at].split("\n")[-1]
    titles = re.split(r"(?<=[.!?])\s+", slot)[-1].split()  # the words between the sentence's start and the name
    subject = all(w[:1].isupper() or fold(w) in PERSON_NOUNS | TITLES for w in titles) and len(titles) <= 4
    if said & {fold(w) for w in words(name)} or not (subject or _INVERTED.search(slot) or _AGENT.search(slot)):
        return ""
    return name


def introduced(found: dict[Passage, Speaker], text: str, resolve: Callable[[str, int], Speaker | None]) -> dict[Passage, Speaker]:
    """``found`` with each quotation tagged by "he"/"she" that stands for a person just introduced (module docstring)
    given that person, and its paragraph's later quotations given to the same speaker; ``resolve(name, at)`` reads a
    name as the page has it before ``at``."""
    out = dict(found)
    moved: dict[tuple[int, str], Speaker] = {}  # (paragraph start, the speaker replaced): the person
    for p in sorted(found, key=lambda q: q.start):
        got = found[p]
        paragraph = text.rfind("\n", 0, p.start) + 1
        if p.kind != "direct" or not (got.actor or got.new):
            continue
        if (paragraph, got.label) in moved and got.how in ("anaphor", "paragraph", "earlier"):
            out[p] = moved[paragraph, got.label]
            continue
        said = clauses(p.sentence.masked)
        if got.how != "anaphor" or not said or said[0].phrase.strip().lower() not in ("he", "she") or not is_person(got):
            continue
        name = _introduced_name(found, text, p, got)
        who = resolve(name, p.start) if name else None
        if who and (who.actor or who.new) and is_person(who) and who.label != got.label and re.search(r"\s", who.label):
            out[p] = moved[paragraph, got.label] = Speaker(who.actor, who.new, "", "anaphor", CONFIDENCE["anaphor"], got.actor or got.new)
    return out
