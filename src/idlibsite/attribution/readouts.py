"""A readout's joint clause: "The parties also discussed ...", "During the call, the two sides reviewed ..." (pure).

The rule (LABELS rule 11, Round 47): a readout's clause of both sides' talk is its author's, not "the parties" as a
speaker: the body that relayed the call the clause goes on from (the press service or ministry that told the call,
"..., the press service of the Foreign Ministry said"), else, on an agency's dispatch that names no source of the
readout, the agency of its dateline ("ABU DHABI, 6 March (WAM) --"), which tells it in its own voice (rule 4).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.context import dispatch
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.sources.addressed import JOINT_BEFORE, JOINT_TALK
from idlibsite.sources.statements import Passage

_CALL = re.compile(r"(?i)\b(?:(?:tele)?phone\s+(?:conversation|call|talks)|talks|held\s+a\s+meeting|met\s+with)\b")
"""A sentence that tells a call or a meeting, whose readout the joint clause goes on."""
_AGENCY = re.compile(r"\((?P<agency>[A-Z][A-Za-z]{1,9})\)\s*[-—–]{1,2}|/(?P<slashed>[A-Z][A-Za-z]{1,9})/")
"""The agency a dateline credits: "(WAM) --", "/Kabar/."."""


def _joint(sentence: str) -> bool:
    """True when the sentence's subject is both sides of a call and its verb their talk ("The ministers discussed")."""
    talk = re.search(rf"\b(?:{'|'.join(JOINT_TALK)})\b", sentence)
    return talk is not None and JOINT_BEFORE.search(sentence[max(0, talk.start() - 80) : talk.start()]) is not None


def readout_tellers(found: dict[Passage, Speaker], text: str, actors: tuple[Actor, ...]) -> dict[Passage, Speaker]:
    """``found`` with each readout's joint clause given to the readout's teller (module docstring), when it was given
    to no actor ("The parties" read as a speaker)."""
    out = dict(found)
    ordered: Sequence[tuple[Passage, Speaker]] = sorted(found.items(), key=lambda item: item[0].start)
    for i, (p, got) in enumerate(ordered):
        if p.kind != "reported" or got.actor or got.new or not _joint(text[p.sentence.start : p.sentence.end]):
            continue
        story = max((m.start() for m in re.finditer(r"(?m)^", text[: p.start + 1]) if dispatch(text, m.start()) == m.start()), default=-1)
        calls = [s for q, s in ordered[:i] if q.start >= story and _CALL.search(text[q.sentence.start : q.sentence.end])]
        teller = calls[-1] if calls and (calls[-1].actor or calls[-1].new) and not is_person(calls[-1]) else None
        credit = _AGENCY.search(text, story, story + 80) if story >= 0 and not calls else None
        agency = resolve(Clause(credit.group("agency") or credit.group("slashed"), "", ""), actors, Seen(before=text)) if credit else None
        teller = teller or agency
        if teller and (teller.actor or teller.new):
            out[p] = Speaker(teller.actor, teller.new, "", "earlier", CONFIDENCE["earlier"])
    return out
