"""A role in apposition to a name (pure): whether the chunk between commas after a name is its role ("Mark Lowcock,
the U.N. humanitarian chief, said", "Moscow, Yerevan's main ally, said") or a body's acronym ("the Ministry of Water
Affairs, MoWA, said"), so that :func:`idlibsite.attribution.subject.subject_phrase` takes the name as the subject."""

from __future__ import annotations

import re

from idlibsite.attribution.days import DAYS
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import CONNECTORS, PARTICLES, PERSON_NOUNS, TITLES
from idlibsite.sources.datelines import MONTH

TIME = re.compile(rf"\b(?:{MONTH}|{'|'.join(d.capitalize() for d in DAYS)}|Last|This|Next|Earlier|Later)\b")
"""A word of time that opens a sentence before its subject ("Last October", "On Monday")."""
RELATIVE_TIME = re.compile(r"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa]\s+few|[Ss]ome|\d{1,2})\s+)?"
                           r"(?:[Mm]oments?|[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?)\s+(?:later|earlier|afterwards|before)")
"""A time told from the one before, in a chunk of its own before the subject ("Hours later, the ministry issued"): when,
never a name the subject would be apposed to."""
APPOSITION = re.compile(r"^(?:(?:the|a|an)\s+[a-z(]|[a-z]|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w.-]*\s+)?[A-Z][\w.]*[’']s?\s+(?:[A-Z][\w.]*\s+)?[a-z]"
                        r"|(?:His|Her|Its|Their)\s+[a-z])")
"""A chunk that is a role in apposition: "the U.N. humanitarian chief", "Vladimir Putin's spokesman", "Her spokesman"."""
AUXILIARY = frozenset("will would had has have is are was were can could must may might should did does do".split())
"""Auxiliary verbs: a run of words with one is a clause, never a name."""

_CAPITAL_ROLE = re.compile(r"(?P<title>(?:[A-Z][\w.’'-]*\s+(?:(?:the|of|for|and)\s+)?){0,5}[A-Z][\w’'-]*)(?:\s+(?:on|of|for|to|at|from)\s+(?:the\s+)?[A-Z][\w’' -]*){0,2}"
                           r"(?:\s+(?:of|for|at)\s+the\s+[a-z]+)?")
"""A capitalised title, maybe with what it is "on", "of", "for" or "at": "WHO Regional Emergency Director", "Standing Rapporteur
on Turkey", "Director of Water Affairs at the River Board", "Chairperson of the Regional Water Board" (one word of title),
"MP from the Green faction"; maybe of a body named before by its kind ("Secretary General of the ministry")."""
_PLACE_FIRST = re.compile(r"(?:In|At|From|Across|Inside|Under|Among)\s")
"""A chunk that opens with a preposition is a place or a time, never the name before an apposition."""
_GROUP = re.compile(r"\s+\([^()]{1,60}\)$")
"""A member's group in brackets after the name: "Mr Gahler (EPP)", "X (Homeland Union – Lithuanian Christian Democrats)"."""
PERSON_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al-\w+|bin|bint|ibn|de|von|al(?=\s+[A-Z]))){1,5}")
"""A person's name, maybe with a patronym and a family name ("Badr bin Hamad Al Busaidi", "Badr bin Hamad al Busaidi")."""


_RELATION = re.compile(r"(?:[A-Z][\w.’'-]*[’']s?|our|their|its|my)\s+(?:[a-z-]+\s+){0,2}(?:ally|partner|backer|patron|sponsor|neighbou?r|rival|foe|adversary)"
                       r"(?:\s+(?:with|in|on|to|across)\s+[^,;:]{1,40})?")
"""A country's relation to another in apposition ("Yerevan's main ally", "Israel's closest partner", a column's "our other
neighbour with stakes in Syria"): no person noun, a role."""


_STYLE = re.compile(r"(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency)\s+(?:Sultan\s+|King\s+|Queen\s+|Emir\s+|Amir\s+|Sheikh\s+)?(?:Haji\s+)?")
"""A ruler's style before the name, long and no part of it ("His Majesty Sultan Haji"): not counted in a name's length."""


_LONG_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){6,9}")
"""A name of seven to ten capitalised words: a person's only after a style of address that opens it (below)."""


def _styled(before: str) -> bool:
    """True for a person's name after a long style of address that opens with a title ("Samdech Akka Moha Sena Padei
    Techo Hun Sen"): longer than a name alone, but a person's, whom a capitalised office after it describes."""
    return bool(_LONG_NAME.fullmatch(before)) and fold(before.split()[0]) in TITLES


def apposition(chunk: str, before: str) -> bool:
    """``the U.N. humanitarian chief`` after a short name: a role, not the subject."""
    titled_chunk = _CAPITAL_ROLE.fullmatch(chunk)
    named = (PERSON_NAME.fullmatch(_GROUP.sub("", before)) or _styled(before)) and not _PLACE_FIRST.match(before)  # not "In New York"
    if titled_chunk and PERSON_NOUNS.intersection(map(fold, titled_chunk.group("title").split())) and named:
        return True  # "Dr Rick Brennan, WHO Regional Emergency Director, said", "X, President and CEO of the IRC, said"
    if re.match(r"(?i)^(?:he|she|it|they)$", chunk) or not APPOSITION.match(chunk):
        return False
    name = [t.strip("()") for t in _GROUP.sub("", before).split()]  # "X (Homeland Union – Lithuanian ...)": the name, not its group
    if name[:1] == ["the"] and re.match(r"an?\s", chunk):
        name = name[1:]  # "the White Helmets, a group that ...", not a list ("the Kremlin, the Foreign Ministry and ...")
    if TIME.search(before) or name[0].lower() in ("in", "on", "at", "from", "across", "inside", "for", "to", "with", "under", "among"):
        return False  # "Last October, Russia's defense ministry said"; "In North Macedonia, the Interior Ministry"
    if re.match(r"(?:also |better )?known as\b", chunk):
        return True  # "The Syrian Civil Defense, also known as the White Helmets, said"
    if AUXILIARY.intersection(name):
        return False  # "Syria has closed the airspace over Idlib, the ministry added": a clause, not a name
    if re.match(r"(?:the|a|an|one\s+of\s+the)\s", chunk):  # after a name, or a spokesman for one ("a spokesman for the Front, a coalition ...")
        clause = len(name) > 2 and name[-2][:1].islower() and any(  # "A boat sank off Lesbos", not "We speak with Dr. X Y"
            w[:1].islower() and w not in CONNECTORS | PARTICLES | {"and"} and not w.startswith(("al-", "el-")) for w in name[1:])
        style = _STYLE.match(before)
        styled = len(style.group().split()) if style else 0  # "His Majesty Sultan Haji ...": no part of the name's length
        return 0 < len(name) - styled <= 7 and _capital(name[-1]) and (_capital(name[0]) and not clause  # not "A boat sank off Lesbos"
                                                               or re.match(r"(?i)an?\s+spokes\w+\s+for\s", before) is not None)
    if _RELATION.fullmatch(chunk) and 0 < len(name) - (name[0].lower() == "the") <= 3 and all(_capital(w) for w in name[name[0].lower() == "the" :]):
        return True  # "Moscow, Yerevan's main ally, said", "the United States, Israel's closest partner, said": the country
    if not PERSON_NOUNS.intersection(words(chunk) + [w.split("-")[0] for w in words(chunk)]):  # "director-general of ..."
        return False  # "Still, media have reported": no role, so not an apposition
    run = len(name) - next((i for i, w in enumerate(reversed(name)) if not (w[:1].isupper() or w in ("al", "bin") or w.startswith(("al-", "el-")))),
                           len(name))
    titled = run == 0 or PERSON_NOUNS.intersection(words(" ".join(name[:run])))  # "Political analyst Yevgeny Satanovsky"
    return 0 < len(name) - run <= 4 and bool(titled)


def spells(acronym: str, chunk: str) -> bool:
    """True when ``acronym`` ("MoWA", "AS") is the initials of the last capitalised words of ``chunk`` ("the Ministry of Water
    Affairs", "head of the Aid Society"), in apposition to the body it names."""
    if not re.fullmatch(r"(?:[A-Z][a-z]{0,2}){2,7}", acronym):
        return False
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w’'-]*", chunk))
    return initials.endswith("".join(c for c in acronym if c.isupper()))


def _capital(token: str) -> bool:
    """A word that can start or end a name: a capital, or "al-"/"el-" and a capital ("al-Hamad")."""
    return token[:1].isupper() or bool(re.match(r"(?:al|el|ad)-[A-Z]", token))
