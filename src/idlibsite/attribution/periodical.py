"""Which paper "the paper" or "the daily" is (pure): the one a press review's paragraph is labelled with, or the one
that spoke just before.

A press review names a newspaper, then refers to it by its kind: "Vienna's Der Standard says ... The paper argues ...",
"Kommersant (Moscow): The business daily writes ...", "Le Monde (Paris): In its editorial, the paper calls ...". The
kind (:data:`PERIODICAL`, maybe after a word or two of description: "the pro-government daily") stands for the paper
the paragraph opens with as its label ("Name (City):", :data:`_LABEL`), else for the speaker of the sentence just
before in the paragraph when the page named it bare, no title nor role, and the actors file does not know it: a paper,
never a minister nor a ministry that spoke before (LABELS rule 4: a medium speaking in its own name; rule 8: a short form stands for the one named before).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.seen import Seen
from idlibsite.sources.turns import SECTION_LABELS, key

PERIODICAL = re.compile(r"(?i)(?:the|this)\s+(?:[\w’'-]+\s+){0,2}?(?:news)?(?:paper|daily|weekly|tabloid|broadsheet|magazine)")
"""A paper called by its kind: "the paper", "The daily", "the business daily", "The pro-government daily", "the weekly"."""
_LABEL = re.compile(r"(?P<name>[A-Z][\w’'.&-]*(?:[^\S\n]+(?:[A-Z][\w’'.&-]*|de|del|di|der|la|le|el|al-\w+)){0,4})"
                    r"(?:[^\S\n]+\([^()\n]{1,40}\))?[^\S\n]*:[^\S\n]+(?=\S)")
"""A press review's paragraph label: a paper's name, maybe its city in brackets, a colon ("Kommersant (Moscow): ")."""

_PLACED = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s")
"""A place's possessive before a name, the only role a paper named bare has ("Vienna's Der Standard")."""

Resolver = Callable[[Clause, tuple[Actor, ...], Seen], Speaker | None]


def paper_referent(phrase: str, actors: tuple[Actor, ...], seen: Seen, resolve: Resolver) -> Speaker | None:
    """The paper that ``phrase`` ("the daily") stands for (see the module's docstring), None when it is no such phrase
    or the paragraph gives no paper."""
    if not PERIODICAL.fullmatch(phrase.strip()):
        return None
    paragraph = seen.before[seen.before.rfind("\n") + 1 :] + seen.opening
    label = _LABEL.match(paragraph)
    if label and key(label.group("name")) not in SECTION_LABELS:
        got = resolve(Clause(label.group("name"), "", ""), actors, seen)
        new = replace(got.new, person=False) if got and got.new else None  # a paper, never a person
        return Speaker(got.actor, new, "", "anaphor", CONFIDENCE["anaphor"]) if got and (got.actor or new) else None
    if not (seen.adjacent and seen.entries):
        return None
    last = seen.entries[-1][0]
    bare = last.new is not None and (not last.new.role or _PLACED.fullmatch(last.new.role) is not None)
    return Speaker(None, replace(last.new, person=False), "", "anaphor", CONFIDENCE["anaphor"]) if bare and last.new else None
