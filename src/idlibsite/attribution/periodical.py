"""Which paper "the paper" or "the daily" is (pure): the one a press review's paragraph is labelled with, or the one
that spoke just before.

A press review names a newspaper, then refers to it by its kind: "Vienna's Der Standard says ... The paper argues ...",
"Kommersant (Moscow): The business daily writes ...", "Le Monde (Paris): In its editorial, the paper calls ...". The
kind (:data:`PERIODICAL`, maybe after a word or two of description: "the pro-government daily") stands for the paper
the paragraph opens with as its label ("Name (City):", :data:`idlibsite.sources.review.PAPER_LABEL`), or the sub-head
over the paragraph's item names ("Népszava, March 6" alone on its line, :func:`idlibsite.sources.review.headed_paper`), else for the
speaker of the sentence just before in the paragraph when the page named it bare (no title nor role but its kind or its
city's possessive) and the actors file does not know it: a paper, never a minister nor a ministry that spoke before
(LABELS rule 4: a medium speaking in its own name; rule 8: a short form stands for the one named before).
"""

from __future__ import annotations

import re
from dataclasses import replace

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NewActor, Speaker
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.countries import CAPITALS
from idlibsite.attribution.folding import fold
from idlibsite.attribution.seen import Resolve, Seen
from idlibsite.sources.review import PAPER_LABEL, headed_paper

_KIND = r"(?:[\w’'-]+\s+){0,2}?(?:news)?(?:paper|daily|weekly|tabloid|broadsheet|magazine)"
PERIODICAL = re.compile(r"[Tt]he\s+" + _KIND)
"""A paper called by its kind: "the paper", "The daily", "the business daily", "The pro-government daily", "the weekly"."""
_PLACED = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s|(?:[Tt]he\s+)?" + _KIND)
"""A place's possessive before a name ("Vienna's Der Standard") or the paper's kind ("The weekly Respekt"): the only roles
a paper named bare has."""

_CITYS = re.compile(r"(?P<city>[A-Z][\w-]*)[’']s")
"""A city's possessive as a whole role: "Vienna's"."""



def paper_referent(phrase: str, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """The paper that ``phrase`` ("the daily") stands for (see the module's docstring), None when it is no such phrase
    or the paragraph gives no paper."""
    if not PERIODICAL.fullmatch(phrase.strip()):
        return None
    paragraph = seen.before[seen.before.rfind("\n") + 1 :] + seen.opening
    label = PAPER_LABEL.match(paragraph)
    named = label.group("name") if label else headed_paper(seen.page, len(seen.before)) if seen.page.startswith(seen.before) else ""
    if named:  # the paragraph's label, or the sub-head over its item ("Népszava, March 6")
        got = resolve(Clause(named, "", ""), actors, seen)  # a known actor, else the label's name as written
        known = got.actor if got and got.actor and got.actor.kind != "person" else None  # a paper, never a person
        return Speaker(known, None if known else NewActor(named, False, "", ""), "", "anaphor", CONFIDENCE["anaphor"])
    if not (seen.adjacent and seen.entries):
        return None
    last = seen.entries[-1][0].new  # named bare, unknown to the actors file: "Rzeczpospolita warns", "Vienna's Der Standard says"
    bare = last is not None and (not last.role or _PLACED.fullmatch(last.role) is not None)
    return Speaker(None, replace(last, person=False), "", "anaphor", CONFIDENCE["anaphor"]) if last and bare else None


def city_paper(role: str) -> str:
    """The country of the city whose possessive is a name's whole role ("Vienna's Der Standard": "Austria"), "" when the
    role is none such: a name so placed by a capital city is a paper of that city, a body (a country's possessive,
    "Austria's Kurz", is a person's nation instead)."""
    m = _CITYS.fullmatch(role.strip())
    return CAPITALS.get(fold(m.group("city")), "") if m else ""
