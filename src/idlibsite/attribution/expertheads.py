"""The guest a headline's bare title of expertise stands for (pure): "Expert: ...", "... – Expert", "«...» – political
scientist", "Analyst warns ...".

An agency's or a broadcaster's interview is headed by what its guest is, not by the guest's name: "Expert: Moscow summit
will freeze the front", "Idlib crisis exposes weakness of UN system – Expert", "«The ceasefire is a breathing space» –
political scientist".  The body then introduces the guest by another word of the same class ("An international relations
scholar, Professor Name, says", "orientalist Name, senior researcher at ...", "political scientist Name told ..."), so the
role's own word is no title of the guest's (:func:`.headroles.role_alike` reads the same word) and a page with a second
tag ("Excerpts: ...") has no single answerer (:func:`.headlines.interview_guest`).  LABELS gives such a headline to the
guest (a headline "Role: words" is the role's person, Rounds 39-40).  :func:`expert_guest` reads the class as one: the
heading's phrase is a title of expertise alone (after a nationality or a field), and its person is the first person the
body names, among the page's speakers, introduced by a word of the class; nobody when the phrase is a plural ("Experts
say ...": several) or the body introduces none.
"""

from __future__ import annotations

import re

from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.firstmention import around, first_mentions
from idlibsite.attribution.wordlists import NATIONS
from idlibsite.sources.statements import Passage

EXPERTISE = frozenset(
    "expert analyst scholar academic professor researcher economist observer specialist orientalist commentator"
    " scientist sociologist historian lecturer strategist arabist turkologist".split())
"""Nouns of expertise a page uses for its guest, one of them for another ("Expert" in the title, "scholar" in the lead)."""
_FIELDS = frozenset("political military security regional international foreign policy affairs senior leading noted "
                    "middle east relations an a the".split())
"""Words that may stand before a noun of expertise in a headline's tag ("political scientist", "Middle East expert")."""
_DASH_TAG = re.compile(r"\s[–—-]\s*([A-Za-z][\w ]{1,40}?)\s*$")
"""A headline's tag after a dash at its end ("«...» – political scientist"), in any case."""
_INTRO = 70
"""How far before or after a person's first name in the body a word of expertise introduces them, within the sentence."""


def expertise_role(phrase: str) -> bool:
    """True when ``phrase`` is a title of expertise alone: a noun of :data:`EXPERTISE` in the singular, maybe after a
    nationality or a field ("Expert", "political scientist", "Russian analyst"); False for a name, a plural, any other."""
    words = [w.strip(".,:").lower() for w in phrase.split()]
    if not words or not 1 <= len(words) <= 4 or words[-1] not in EXPERTISE:
        return False
    return all(w in EXPERTISE or w in _FIELDS or w in NATIONS for w in words[:-1])


def heading_tag(said: str, masked: str) -> str:
    """The phrase that tags a heading's words: its clause's subject ``said`` ("Expert" in "Expert: ..."), else the words
    after a dash at the heading's end, in lowercase too ("«...» – political scientist")."""
    tag = _DASH_TAG.search(masked)
    return said or (tag.group(1) if tag else "")


def expert_guest(phrase: str, found: dict[Passage, Speaker], text: str, after: int) -> Speaker | None:
    """The body's person a heading's title of expertise ``phrase`` stands for: of the persons among ``found``'s speakers,
    the first the text names after ``after`` (the heading's end) with a word of :data:`EXPERTISE` near that first name in
    its sentence ("An international relations scholar, Professor Name, says", "Name, a political analyst at ..."), and, on a
    page of tagged answers, their one answerer (:func:`answers_guest`); None when the phrase is no such title, no person of
    the body is introduced so, or the page's answers are several people's (two readings)."""
    if not expertise_role(phrase):
        return None
    for name, at, speaker in first_mentions(found, text, after):
        words = around(text, at, name, _INTRO, _INTRO, (". ", "\n")).lower()
        if any(re.search(rf"\b{noun}\b", words) for noun in EXPERTISE):
            answerer = answers_guest(found) if any(p.tag for p in found) else speaker
            same = answerer is not None and (answerer.actor, answerer.new) == (speaker.actor, speaker.new)
            return Speaker(speaker.actor, speaker.new, "", "later", CONFIDENCE["later"]) if same else None
    return None


def answers_guest(found: dict[Passage, Speaker]) -> Speaker | None:
    """The guest of a page of answers tagged by name ("A: ...", "AL-KHATIB: ...", "Han: ..."): the person whom at least
    three quarters of the tagged passages (three or more) are given to, for a headline's quotation no speaker claims
    ("'Moscow deal is a ceasefire, not a settlement'" over a former envoy's answers: the guest's words, LABELS Round 29);
    None on a page of no such answers, or of several people's (a phone-in, a live blog's entries)."""
    tagged = [s for p, s in found.items() if p.tag and (s.actor or s.new)]
    keys = [s.actor.id if s.actor else s.new.name if s.new else "" for s in tagged]
    guest = max(set(keys), key=keys.count) if keys else ""
    if len(keys) < 3 or keys.count(guest) * 4 < len(keys) * 3:
        return None
    speaker = next(s for s, key in zip(tagged, keys) if key == guest)
    return Speaker(speaker.actor, speaker.new, "", "later", CONFIDENCE["later"]) if is_person(speaker) else None


def quoted_guest(passage: Passage, found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The guest (:func:`answers_guest`) a heading's quotation no speaker claims is given to, when the quotation ends its
    line ("'Moscow deal is a ceasefire, not a settlement'", "A Doctor on What She Saw: 'The Hospitals Are the Front
    Line'"); None when words follow it ("'...': new figures": a tag that may say whose, two readings)."""
    line_end = text.find("\n", passage.end)
    after = text[passage.end : line_end if line_end >= 0 else len(text)].strip(" \t'\"’”»›.!?")
    return answers_guest(found) if not after else None
