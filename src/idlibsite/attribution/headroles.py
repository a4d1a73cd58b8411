"""Whom a headline's bare role or body noun stands for (pure): the body's speaker who holds it ("..., says spokesperson",
"...: PM", "Armenian minister warns ...", "..., says embassy"), moved out of :mod:`idlibsite.attribution.headlines`,
which reads a headline's grammar."""

from __future__ import annotations

import re

from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.bodyhead import HEAD_NOUNS, body_head, of_body
from idlibsite.attribution.cast import holder as cast_holder, periphrasis
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.match import role_words
from idlibsite.attribution.wordlists import MISSIONS, NATIONS, ORG_WORDS, PERSON_NOUNS, PORTFOLIOS, TITLES
from idlibsite.sources.statements import Passage


TITLE_INITIALS = re.compile(r"[A-Z]{2}")
"""A headline's tag or subject of two capitals ("..., PM", "FM warns ..."): a title's initials, whose holder the body
names with the title in words ("prime minister Name said"); a body's acronym has three letters or more."""


def unheld(got: Speaker, phrase: str) -> bool:
    """True when a heading's speaker phrase was resolved to nobody, or to a title's initials kept as a name ("...: PM" as
    a new actor "PM"), or a bare role in lowercase kept as a name ("... – envoy" as "Envoy"), or a nation's role in a
    title-case or capitals headline kept as a name ("Syrian Envoy Blames ...", "GREEK SPOKESMAN SAYS ..."): the body's holder of
    the role (:func:`role_alike`) or its body (:func:`body_alike`) stands for it."""
    return not (got.actor or got.new) or bool(got.new and (got.new.name == phrase and TITLE_INITIALS.fullmatch(phrase)
                                                            or (phrase.islower() or _nations_role(phrase)) and fold(got.new.name) == fold(phrase)))  # "– envoy"


def _nations_role(phrase: str) -> bool:
    """True when a phrase is a nation's word and a person's role, however capitalised ("Syrian Envoy", "GREEK PM"): a
    descriptor, never a person's name."""
    *nation, role = phrase.split() or [""]
    return (bool(nation) and all(fold(w) in NATIONS and not (w.isupper() and len(w) <= 3) for w in nation)  # not "UN chief", a body's
            and (fold(role) in PERSON_NOUNS or bool(TITLE_INITIALS.fullmatch(role))))


_SIDES = {"defense": "lawyer", "defence": "lawyer", "prosecution": "prosecutor"}
"""A trial's side, as a court story's headline names it ("..., defence calls case an attack on ..."), with the role noun
of the one who speaks for it: the lawyer or the prosecutor the body names (LABELS Round 53)."""


def role_alike(phrase: str, found: dict[Passage, Speaker], text: str = "") -> Speaker | None:
    """The body's speaker a headline's bare role stands for (", says spokesperson", "Armenian minister warns ..."): the
    first person the body names, as a speaker, with that role among their title's words; a role after a body's acronym
    ("AU chief decries ...") is the first named with a title of that body, and the body's head for "chief", "head",
    "leader" or "boss" whatever their title's own word for it; a press periphrasis of an office (:func:`.cast.periphrasis`)
    the one the page bills with that office; None when the phrase is more than a role (maybe after a nationality), or the
    body names nobody with it."""
    tokens = phrase.split()
    acronym = tokens[0] if len(tokens) == 2 and re.fullmatch(r"[A-Z]{2,6}", tokens[0]) and not _nations_role(phrase) else ""  # not "GREEK"
    initials = phrase.lower() if TITLE_INITIALS.fullmatch(phrase) else ""  # "..., PM": a title's initials
    said = [w for w in words(" ".join(tokens[1:]) if acronym else phrase) if w not in NATIONS and w not in ("the", "a", "an")]  # "a spokeswoman said"
    said = [_SIDES.get(said[0], said[0])] if len(said) == 1 else said  # "defence" alone, not "defence minister"
    periphrased = periphrasis(phrase)  # "defence chief", "Turkey's top diplomat", "Greek leader": its office's holder (cast),
    if not initials and len(said) > 1 and said[-1] in PERSON_NOUNS and set(said[:-1]) <= TITLES | PORTFOLIOS and said == words(phrase) and not periphrased:
        return _portfolio_holder(said, found, text)  # "Foreign Affairs Minister urges ...", "..., insists defence minister" (no nation)
    if not initials and (len(said) != 1 or said[0] not in PERSON_NOUNS) and not periphrased:
        return None

    head = cast_holder(f"the {phrase}", text) if periphrased else body_head(phrase, text) if acronym and said[0] in HEAD_NOUNS else ""
    if periphrased and not head:  # "UN chief": its head by title (bodyhead); a periphrasis the page bills nobody with (or
        return None  # two), never an "opposition leader" for "Greek leader"

    def holds(s: Speaker) -> bool:
        if head:
            return s.label.split()[-1:] == head.split()[-1:]
        role = s.new.role if s.new and s.new.person else " ".join(r.title for r in s.actor.roles) if s.actor else ""
        if initials:  # "prime minister", "Foreign Minister" for "PM", "FM"
            return "".join(w[:1] for w in words(role)) == initials
        title = words(role) if s.new else role_words(s.actor) if s.actor else set()
        return ((said[0] in title or said[0] == "envoy" and "ambassador" in title or bool(acronym) and said[0] in HEAD_NOUNS)
                and (not acronym or of_body(acronym, role)))  # "... – envoy": the ambassador the body names

    named = (s for _, s in sorted(found.items(), key=lambda item: item[0].start) if s.how == "named" and (s.actor or s.new))
    holder = next((s for s in named if holds(s)), None)
    return Speaker(holder.actor, holder.new, "", "later", CONFIDENCE["later"]) if holder else None


def _portfolio_holder(said: list[str], found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The body's person a headline's title with its portfolio stands for: the first the body names with every word of
    it in their title ("Minister of Foreign Affairs, Hon. Name" for "Foreign Affairs Minister"), or the one it introduces
    by it and names next ("SPAIN'S defence minister has insisted ..." given to "Margarita Robles said ..."); None else."""
    for p, s in sorted(found.items(), key=lambda item: item[0].start):
        title = set(words(s.new.role)) if s.new and s.new.person else role_words(s.actor) if s.actor else set()
        at = p.sentence.masked.find(s.label.split()[-1]) if s.label else -1
        title |= set(words(text[text.rfind("\n", 0, p.sentence.start) + 1 : p.sentence.start] + p.sentence.masked[: max(at, 0)]))
        # "X's Minister of Foreign Affairs, Hon. Name": the paragraph's words before the name, though "Hon." ends a sentence
        opening = [w for w in words(p.sentence.masked[:80]) if re.sub(r"[’']s?$", "", w) not in NATIONS and w != "the"][: len(said)]
        if is_person(s) and (s.how == "named" and set(said) <= title or s.how == "later" and opening == said):
            return Speaker(s.actor, s.new, "", "later", CONFIDENCE["later"])
    return None


def body_alike(phrase: str, found: dict[Passage, Speaker]) -> Speaker | None:
    """The body's speaker a headline's bare body noun stands for ("..., says embassy", "Ministry warns ..."): the first
    body the story names as a speaker whose name ends in that noun ("the Embassy of Peru in Lima" is one: the noun
    before its country and seat), None when the phrase is more than the noun or the story names no such body."""
    said = [w for w in words(phrase) if w != "the"]
    if len(said) != 1 or said[0] not in ORG_WORDS | MISSIONS:
        return None
    named = (s.new for _, s in sorted(found.items(), key=lambda item: item[0].start) if s.how == "named" and s.new and not s.new.person)
    body = next((new for new in named if said[0] in words(re.split(r"\s+(?:of|in|to)\s+", new.name)[0])), None)
    return Speaker(None, body, "", "later", CONFIDENCE["later"]) if body else None
