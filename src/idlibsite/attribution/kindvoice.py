"""An unnamed spokesperson of a body by its kind ("an alliance spokeswoman said"): the body of that kind the page named
before speaks (pure; LABELS Rounds 58 and 59: an unnamed spokesperson is the body)."""

from __future__ import annotations

import re
from collections.abc import Callable

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import Speaker, is_person
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.seen import Seen

KIND_VOICE = re.compile(r"[Aa]n?\s+(alliance|union|bloc|agency|organi[sz]ation|commission|observatory)\s+spokes(?:man|woman|person)")
"""A spokesperson by the kind of body they speak for; not "a government spokesman" nor "a ministry spokesman" (a state has
many), nor a council's or a committee's (a town's council, named nowhere: the spokesman stays unnamed)."""


def kind_voice(clause: Clause, actors: tuple[Actor, ...], seen: Seen,
               resolve: Callable[[Clause, tuple[Actor, ...], Seen], Speaker | None]) -> Speaker | None:
    """The body "the <kind>" stands for on the page when ``clause`` is a spokesperson named by that kind only ("NATO
    envoys will meet on Friday, an alliance spokeswoman said": NATO, named before); None when the page names no such body."""
    kind = KIND_VOICE.fullmatch(clause.phrase.strip())
    body = resolve(Clause(f"the {kind.group(1)}", "", clause.verb), actors, seen) if kind else None
    return body if body and (body.actor or body.new) and not is_person(body) else None
