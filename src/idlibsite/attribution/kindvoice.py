"""An unnamed spokesperson of a body by its kind ("an alliance spokeswoman said", "A council spokesperson", "a foreign
ministry spokesman"): the body of that kind the page names speaks (pure; LABELS rule 3 and Rounds 58, 59 and 79: an
unnamed spokesperson is the body, "A Foreign Office spokesperson" the Foreign Office).

One reader, :func:`kind_body`, turns the phrase into the page's anaphor "the <kind>"; the page's names decide which body
that is, as they decide "the council" or "the ministry" (rule 8: the last fitting one): :func:`kind_voice` when a
speaker phrase is resolved, :func:`.namedwithin.named_within` for the answers of nobody named at the end of a page.  A
page that names no body of the kind leaves the spokesperson unnamed (a town's council named nowhere)."""

from __future__ import annotations

import re
from collections.abc import Callable

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import Speaker, is_person
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.folding import fold
from idlibsite.attribution.seen import Seen
from idlibsite.attribution.wordlists import ORG_NOUNS, ORG_WORDS

KIND_VOICE = re.compile(r"(?P<article>[Aa]n?|[Tt]he)\s+(?P<kind>(?:[a-z]+\s+){0,2}[a-z]+)\s+spokes(?:man|woman|person)")
"""A spokesperson of a body named only by its kind in lowercase ("A council spokesperson", "a foreign ministry
spokesman"): the body of that kind the page names, as "the council" would be read (LABELS rule 3: an unnamed
spokesperson is the body; rule 8: "the ministry" is the last fitting one)."""


def kind_body(phrase: str, *, indefinite: bool = False) -> str:
    """The body a kind's spokesperson stands for, as the page's anaphor "the <kind>" ("" when the phrase is no such one,
    or, when ``indefinite``, opens with "the")."""
    voice = KIND_VOICE.fullmatch(phrase.strip())
    kind = voice.group("kind") if voice and not (indefinite and voice.group("article").lower() == "the") else ""
    return f"the {kind}" if kind and fold(kind.split()[-1]) in ORG_NOUNS | ORG_WORDS else ""


def kind_voice(clause: Clause, actors: tuple[Actor, ...], seen: Seen,
               resolve: Callable[[Clause, tuple[Actor, ...], Seen], Speaker | None]) -> Speaker | None:
    """The body "the <kind>" stands for on the page when ``clause`` is a spokesperson named by that kind only ("NATO
    envoys will meet on Friday, an alliance spokeswoman said": NATO, named before); None when the page names no such body."""
    kind = kind_body(clause.phrase, indefinite=True)  # "the (top) government
    # spokesman" is the one named before with that title (rule 8), whom the rules after read; a body only at the page's end
    body = resolve(Clause(kind, "", clause.verb), actors, seen) if kind else None
    return body if body and (body.actor or body.new) and not is_person(body) else None
