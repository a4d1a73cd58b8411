"""Whom "his guest" or "her counterpart" stands for: the other person of a meeting the paragraph names."""

from __future__ import annotations

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.fullnames import NAME_RUN
from idlibsite.attribution.phrase import Phrase, read_phrase
from idlibsite.attribution.seen import Resolve, Seen, from_seen


def partner(owner: str, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """Whom "his guest" or "her counterpart" stands for (:data:`.forms.PARTNER`; ``owner`` is "his" or "her"): the
    last person named in the paragraph or the one before who is not the one "his" or "her" stands for; None when the
    page names none. ``resolve`` reads a name (:func:`.resolve.resolve`, which calls this)."""
    pronoun = "he" if owner == "his" else "she"
    one = from_seen(Phrase(pronoun, "", True, "", "", pronoun, False, ""), actors, seen)
    here = seen.before.rfind("\n", 0, len(seen.before.rstrip("\n")))
    recent = seen.before[seen.before.rfind("\n", 0, max(here, 0)) + 1 :]
    for run in reversed([m.group() for m in NAME_RUN.finditer(recent)]):
        got = resolve(Clause(run, "", ""), actors, seen) if read_phrase(run).person else None
        if got and (got.actor or got.new) and is_person(got) and (one is None or got.label != one.label):
            return Speaker(got.actor, got.new, "", "anaphor", CONFIDENCE["anaphor"])
    return None
