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
from idlibsite.attribution.folding import fold
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.sources.addressed import JOINT_BEFORE, JOINT_TALK
from idlibsite.sources.speech import DATELINE, DATELINE_MAX
from idlibsite.sources.statements import Passage

_CALL = re.compile(r"(?i)\b(?:(?:tele)?phone\s+(?:conversation|call|talks)|talks|held\s+a\s+meeting|met\s+with|spoke\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to))\b")
"""A sentence that tells a call or a meeting, whose readout the joint clause goes on."""
_AGENCY = re.compile(r"\((?P<agency>[A-Z][A-Za-z]{1,9})(?:/[^()]*)?\)|/(?P<slashed>[A-Z][A-Za-z]{1,9})/|\b(?P<bare>[A-Z]{2,8})\.?[-—–]")
"""The agency a dispatch's dateline credits: "(WAM) --", "(TATOLI/Agencies)—", "/Kabar/.", "AVN.- "."""
_RELAYED_BY = re.compile(r",\s+(?:(?P<relayer>(?:the\s+)?[A-Z][^,;\n]{2,60}?)\s+(?:said|reported|says|reports|announced)"
                         r"|according\s+to\s+(?:an?|the)\s+(?P<author>[A-Z][^,;\n]{1,40}?)\s+(?:readout|statement|release))\W*$")
"""A call's sentence that names the body relaying it at its end ("..., the Presidential Palace press office said.",
"..., according to a White House readout.")."""
_PAGE_AGENCY = re.compile(r"(?m)^[^\S\n]*(?P<agency>(?:[A-Z][\w’'-]*[^\S\n]+){1,4}Agency(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'-]*)?)"
                          r"[^\S\n]*(?:\((?P<acronym>[A-Z]{2,8})\))?[^\S\n]*$")
"""The agency a page's header names on a line of its own ("Oman News Agency", "State News Agency of Turkmenistan (TDH)")."""
_JOINT_VERBS = JOINT_TALK | {"agreed"}
"""The verbs of a readout's joint clause: both sides' talk, and what they agreed ("The two leaders agreed to ...")."""
_HEADER = 300
"""How far into a page its header runs, for :data:`_PAGE_AGENCY`."""


def _joint(sentence: str) -> re.Match[str] | None:
    """The joint subject when the sentence's subject is both sides of a call and its verb their talk ("The ministers
    discussed"); None else."""
    talk = re.search(rf"\b(?:{'|'.join(_JOINT_VERBS)})\b", sentence)
    return JOINT_BEFORE.search(sentence[max(0, talk.start() - 80) : talk.start()].lower()) if talk else None  # "The two Presidents"


def _agency(text: str, story: int, actors: tuple[Actor, ...]) -> Speaker | None:
    """The agency that tells a dispatch in its own voice: the one its page's header names, when the dateline credits
    it or none (by its initials or the acronym the header gives it: "Oman News Agency" over "(ONA) ---", "Emirates News
    Agency (WAM)" over "(WAM) ---"), else the one the dateline credits."""
    opening = DATELINE.match(text[story : story + DATELINE_MAX]) if story >= 0 else None
    credit = _AGENCY.search(opening.group()) if opening else None
    acronym = next((g for g in credit.groups() if g), "") if credit else ""
    page = _PAGE_AGENCY.search(text[:_HEADER])
    initials = "".join(w[0] for w in page.group("agency").split() if w[0].isupper()) if page else ""
    own = page is not None and (not acronym or initials.startswith(acronym) or page.group("acronym") == acronym)
    name = page.group("agency") if page is not None and own else acronym
    return resolve(Clause(name, "", ""), actors, Seen(before=text)) if name else None


def _relayer(sentence: str, actors: tuple[Actor, ...], text: str) -> Speaker | None:
    """The body a call's sentence names as relaying it ("..., the Presidential Palace press office said"), or None."""
    tail = _RELAYED_BY.search(sentence)
    told = resolve(Clause(tail.group("relayer") or tail.group("author"), "", ""), actors, Seen(before=text)) if tail else None
    return told if told and (told.actor or told.new) and not is_person(told) else None


def readout_tellers(found: dict[Passage, Speaker], text: str, actors: tuple[Actor, ...]) -> dict[Passage, Speaker]:
    """``found`` with each readout's joint clause given to the readout's teller (module docstring), when it was given
    to no actor, or to its joint subject itself ("The two leaders" read as a speaker's name), or to one side of the
    call by an anaphor ("The leaders agreed ..." read as the last speaker's: both sides are never one)."""
    out = dict(found)
    ordered: Sequence[tuple[Passage, Speaker]] = sorted(found.items(), key=lambda item: item[0].start)
    for i, (p, got) in enumerate(ordered):
        joint = _joint(text[p.sentence.start : p.sentence.end]) if p.kind == "reported" else None
        if joint is None or got.how not in ("anaphor", "paragraph") and (got.actor or got.new and fold(got.new.name) not in fold(joint.group())):
            continue
        story = max((m.start() for m in re.finditer(r"(?m)^", text[: p.start + 1]) if dispatch(text, m.start()) == m.start()), default=-1)
        calls = [(q, s) for q, s in ordered[:i] if q.start >= story and _CALL.search(text[q.sentence.start : q.sentence.end])]
        q, last = calls[-1] if calls else (None, None)
        teller = (last if last and (last.actor or last.new) and not is_person(last)
                  else _relayer(text[q.sentence.start : q.sentence.end], actors, text) if q else None)
        teller = teller or _agency(text, story, actors)
        if teller and (teller.actor or teller.new):
            out[p] = Speaker(teller.actor, teller.new, "", "earlier", CONFIDENCE["earlier"])
    return out
