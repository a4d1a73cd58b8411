"""Who a headline's words are, by the grammar of headlines (pure).

A headline drops articles and names its source by a tag: "Cabinet: Kingdom Stresses Need ...", "India hopes for durable
peace: MEA", "Azerbaijani FM offers condolences ...", "Amir condoles with ...".  The body names the same speaker in full;
LABELS ("A headline quotation that condenses", Round 27's short names in headlines) gives the headline to the body's
speaker.
"""

from __future__ import annotations

import re

from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.match import role_words
from idlibsite.attribution.cast import holder as cast_holder
from idlibsite.attribution.wordlists import MISSIONS, NATIONS, ORG_WORDS, PERSON_NOUNS
from idlibsite.sources.statements import HEADLINE_TAG, HEADLINE_TAIL, Passage


def _line(text: str, at: int) -> str:
    """The line of ``text`` that holds ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


def _stands_for(tag: str, name: str) -> bool:
    """True when a headline's tag is a short form of the body's speaker: its last words or its head ("Cabinet" for
    "Cabinet", "Ministry" for "Foreign Ministry" or "Ministry of Water") or the initials of its capitalised words ("DFA" for "Department of Foreign
    Affairs", "MEA" for "Ministry of External Affairs")."""
    said, full = words(tag), words(name)
    head = words(name.split(" of ")[0])[-1:] if " of " in name else full[-1:]  # "Ministry" of "Ministry of Water"
    if said and full and said[-1] in (full[-1], *head) and set(said) <= set(full):
        return True
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return bool(re.fullmatch(r"[A-Z]{2,6}", tag)) and initials == tag


def tagged(p: Passage, got: Speaker, found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The body's speaker a heading "Tag: words" or "words: Tag" names by its tag, the first below it whose name
    the tag is a short form of (:func:`_stands_for`): "Cabinet: Kingdom Stresses Need ..." is the Cabinet's, whatever
    the words after the colon make their subject; None when the body has no such speaker, or when the heading's own
    speaker ``got`` is one the tag stands for already ("Blok: ..." read as Stef Blok)."""
    line = _line(text, p.start)
    head = HEADLINE_TAG.fullmatch(line)
    tail = None if head else HEADLINE_TAIL.fullmatch(line)
    tag = head.group(1) if head else tail.group("tag") if tail else ""
    if not tag or (got.actor or got.new) and _stands_for(tag, got.label):
        return None
    for _, s in sorted(((q, s) for q, s in found.items() if q.start > p.end), key=lambda item: item[0].start):
        if (s.actor or s.new) and s.how == "named" and _stands_for(tag, s.label):
            return Speaker(s.actor, s.new, "", "later", CONFIDENCE["later"])
    return None


_TITLE_WORD = re.compile(r"(?:(?P<nation>[A-Z][a-z]+)\s+)?(?P<title>[A-Z]{2,4}|[A-Z][a-z]+)")
"""A headline's subject of one title, maybe after a nationality: "Azerbaijani FM", "Amir"."""


def titled(phrase: str, text: str) -> str:
    """The person the page names right after the title a headline's subject gives without its article ("Amir offers
    condolences ..." over "... the Amir Sheikh Name ...", "Azerbaijani FM offers ..." over "Foreign Minister Name"), as
    "the Amir" would be (:func:`.cast.holder`); "" when none, when the word before the title is no nation's, or
    when the "title" is a country ("Oman condoles ...": the country speaks)."""
    m = _TITLE_WORD.fullmatch(phrase)
    if m is None or m.group("nation") and fold(m.group("nation")) not in NATIONS or fold(m.group("title")) in NATIONS:
        return ""
    named = cast_holder(f"the {phrase}", text)
    return "" if ORG_WORDS.intersection(words(named)) else named  # "Qatar Red Crescent Society": a body, no title's holder


_HEAD_NOUNS = frozenset("chief head leader boss".split())
"""A headline's word for whoever heads a body ("AU chief", "UN head"), whatever the body's own title for it."""


def _of_body(acronym: str, role: str) -> bool:
    """True when a title names the body an acronym stands for: the acronym itself ("UN Secretary-General") or the
    initials of capitalised words in a row ("AU" in "African Union Commission chairperson")."""
    capitals = [w for w in role.split() if w[:1].isupper()]
    return acronym in capitals or any("".join(w[0] for w in capitals[i : i + len(acronym)]) == acronym for i in range(len(capitals)))


def role_alike(phrase: str, found: dict[Passage, Speaker]) -> Speaker | None:
    """The body's speaker a headline's bare role stands for (", says spokesperson", "Armenian minister warns ..."): the
    first person the body names, as a speaker, with that role among their title's words; a role after a body's acronym
    ("AU chief decries ...") is the first named with a title of that body, and the body's head for "chief", "head",
    "leader" or "boss" whatever their title's own word for it; None when the phrase is more than a role (maybe after a
    nationality), or the body names nobody with it."""
    tokens = phrase.split()
    acronym = tokens[0] if len(tokens) == 2 and re.fullmatch(r"[A-Z]{2,6}", tokens[0]) else ""
    said = [w for w in words(" ".join(tokens[1:]) if acronym else phrase) if w not in NATIONS and w != "the"]
    if len(said) != 1 or said[0] not in PERSON_NOUNS:
        return None

    def holds(s: Speaker) -> bool:
        role = s.new.role if s.new and s.new.person else " ".join(r.title for r in s.actor.roles) if s.actor else ""
        title = words(role) if s.new else role_words(s.actor) if s.actor else set()
        return (said[0] in title or bool(acronym) and said[0] in _HEAD_NOUNS) and (not acronym or _of_body(acronym, role))

    named = (s for _, s in sorted(found.items(), key=lambda item: item[0].start) if s.how == "named" and (s.actor or s.new))
    holder = next((s for s in named if holds(s)), None)
    return Speaker(holder.actor, holder.new, "", "later", CONFIDENCE["later"]) if holder else None


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
