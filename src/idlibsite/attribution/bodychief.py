"""A headline's "<Body> chief" is the one person the page bills as that body's head (pure; issue 15).

Agencies and their clients' feeds open an item with the body's short name and "chief" or "head": "UN chief urges all
sides ...", "AU chief calls for restraint", "Arab League chief condemns ...". The item's body names the person with a
title of that body ("UN Secretary-General Name", "African Union Commission Chairperson Name", "The Secretary-General of
the League of Arab States, Mr. Name"). LABELS: a headline's subject is its speaker, and "UN chief" names one person,
the one named in the item (rule 7). The body in the headline is matched to the title by its words ("Arab League":
"League of Arab States") or as the initials its capitalised words open with ("AU": "African Union Commission").
Nobody when the page bills no head of the body, or two people alike.
"""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import Speaker
from idlibsite.attribution.bodyhead import HEAD_NOUNS, HEAD_TITLES, HEADED_BODY, below_head, of_body
from idlibsite.attribution.cast import cast
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen

_CHIEF = re.compile(r"[^\S\n]*" + HEADED_BODY + r"[^\S\n]+(?:"
                    + "|".join(rf"[{n[0].upper()}{n[0]}]{n[1:]}" for n in sorted(HEAD_NOUNS - {"leader"})) + r")(?=[^\S\n]+(?!of\b)[A-Za-z])")
"""A headline opening with a body's name or acronym (:data:`.bodyhead.HEADED_BODY`) and a head noun, then its verb ("AU
chief calls", "UN Chief Welcomes"); not "Chief of Staff", nor "UN aid chief" (a chief of a part, by its lowercase word).
"Leader" is left out: a nation's or a party's leader ("The Turkish leader said", "CHP leader Name") is no body's billed
head: with it, sentences of the speaker bench's texts such as "The Russian leader said ..." and "CHP leader Name addressed
..." were given names they are not given now (bench/README, session rev21b)."""


def chief_speaker(heading: str, text: str, actors: tuple[Actor, ...]) -> Speaker | None:
    """The speaker a heading's "<Body> chief" names (:func:`body_chief`), resolved as a name the page gives; None when none."""
    chief = body_chief(heading, text)
    return resolve(Clause(chief, "", ""), actors, Seen(before=text)) if chief else None


def body_chief(heading: str, text: str) -> str:
    """The one name the page (``text``) bills with a title that heads the body a headline's "<Body> chief" names; "" when
    the heading opens with no such phrase, or the page bills nobody or two people so (the heading's own words left out)."""
    m = _CHIEF.match(heading)
    if not m:
        return ""
    rest = text.replace(heading, "")
    names = {b.name for b in cast(text) if _heads(b.title, m.group("body")) and b.name in rest}
    return names.pop() if len(names) == 1 else ""


def _heads(title: str, body: str) -> bool:
    """Whether a title heads the body so named: a head's title (:data:`.bodyhead.HEAD_TITLES`), no lower rank's
    (:func:`.bodyhead.below_head`), and the body's words or, for an acronym of five capitals or fewer, the initials of
    capitalised words in a row (:func:`.bodyhead.of_body`)."""
    said = {fold(w) for w in words(title)}
    headed = bool(said & HEAD_TITLES or {"secretary", "general"} <= said) and not below_head(title)
    named = {fold(w) for w in words(body)}
    return headed and (named <= said or (body.isupper() and len(body) <= 5 and of_body(body, title)))
