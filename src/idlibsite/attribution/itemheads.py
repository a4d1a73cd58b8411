"""A bulletin item's heading whose subject is a role: the person the item below it names (pure).

An agency's bulletin, a broadcaster's news list or a world page prints several items, each under its own heading: "AU
chief calls for restraint" over "Addis Ababa – African Union Commission Chairperson Name has called on ...", "Arab League
chief condemns ..." over "Cairo – The Secretary-General of the League of Arab States, Mr. Name, condemned ...",
"President of the Republic sends condolence message ..." over "The President of the Republic, Secretary General of the
Front, Name, sent ...".  The heading's role is no anaphor of a person of the item before it, nor any holder of a title
the page names elsewhere: LABELS gives it to the person its own item names (Round 27: a headline's short form of a person
is the person the body names; rule 7).  :func:`item_holder` reads that: the heading's subject is a description of a
person (a role noun, maybe after a body's or a country's name or before "of the ..."), and the first person the item
names as a speaker is introduced there with that role's noun, or, for "chief", "head", "leader", "boss", with any title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.bodyhead import HEAD_NOUNS, HEAD_TITLES
from idlibsite.attribution.clause import clauses
from idlibsite.attribution.wordlists import PERSON_NOUNS
from idlibsite.sources.statements import Passage

_ROLE = re.compile(r"(?:(?:the|The)\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}(?P<noun>[A-Za-z]+)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?")
"""A heading's subject that describes a person by a role: up to three capitalised words of a body or a country, the role's
noun, maybe "of the X" after it ("AU chief", "Arab League chief", "President of the Republic", "Foreign Minister")."""
_HEAD_TITLE = re.compile(r"\b(?:" + "|".join("[- ]".join(rf"{w[0].upper()}(?i:{w[1:]})" for w in title.split("-"))
                                               for title in sorted(HEAD_TITLES, key=len, reverse=True)) + r")\b")
"""A body's head's title (:data:`.bodyhead.HEAD_TITLES`, capitalised) in an item's sentence, whatever the heading's word
for it ("AU chief": "Commission Chairperson", "Secretary General")."""


def role_noun(phrase: str) -> str:
    """The role's noun of a heading's subject that describes a person (:data:`_ROLE`), in lowercase; "" for a name or any
    other phrase ("Ahmed Aboul Gheit", "Syrian army")."""
    match = _ROLE.fullmatch(phrase.strip())
    noun = match.group("noun").lower() if match else ""
    return noun if noun in PERSON_NOUNS and noun not in ("he", "she", "him") else ""


def item_holder(heading: Passage, items: Sequence[tuple[int, int]], found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The person a bulletin item's heading passage stands for when its subject is a role (:func:`role_noun`): the first
    person ``found`` gives a passage of the item below it (up to the next of the items' headings ``items``), when that
    passage's sentence holds the role's noun, or a head's title (:data:`_HEAD_TITLE`) for "chief", "head", "leader",
    "boss"; None when the heading heads no item, its subject is no role, a body speaks first in the item, or the item's
    first person is introduced otherwise."""
    span = next((r for r in items if r[0] <= heading.start < r[1]), None)
    said = clauses(heading.sentence.masked)[:1]
    noun = role_noun(said[0].phrase) if said and span else ""
    if not noun or span is None:
        return None
    end = min((start for start, _ in items if start >= span[1]), default=len(text))
    item = sorted((p for p in found if span[1] <= p.start < end), key=lambda p: p.start)
    first = next((p for p in item if (found[p].actor or found[p].new) and is_person(found[p])), None)
    if first is None or any(not is_person(found[p]) and (found[p].actor or found[p].new) for p in item if p.start < first.start):
        return None
    sentence = text[first.sentence.start : first.sentence.end]
    introduced = re.search(rf"(?i:\b{noun})", sentence) if noun not in HEAD_NOUNS else _HEAD_TITLE.search(sentence)
    got = found[first]
    return Speaker(got.actor, got.new, "", "later", CONFIDENCE["later"]) if introduced else None
