"""What a new actor proposed from a speaker phrase may be called (pure): whether the phrase is a
name at all, the role as written, a name in capitals written as a name."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold, strip_article
from idlibsite.attribution.plurals import lone_plural
from idlibsite.attribution.wordlists import PERSON_NOUNS, TITLES


def proposable(name: str, page: str = "") -> bool:
    """Is this a name a new actor may have (on ``page``, when given)?  It starts as a name does (a capital, "al-"), is not only
    titles, does not open with a determiner, pronoun, preposition or conjunction, and stays within one clause: no semicolon, colon or sentence end inside it ("The figure
    could not be verified; Greek officials"), no finite verb ("has meanwhile", "says a volunteer",
    "operates in ..."); never "Mr" alone, nor a person's noun alone ("Father", "Doctor"), nor a user's handle ("Fredi_77"),
    nor a plural of people that the page capitalises only where a sentence starts ("Organisers say": :func:`.plurals.lone_plural`)."""
    tokens = strip_article(name).split()
    starts = bool(tokens) and (tokens[0][:1].isupper() or bool(re.match(r"(?:al|el|ad)-[A-Z]", tokens[0])))
    starts = starts and (tokens[0].lower() not in _NEVER_FIRST or tokens[0].isupper() and len(tokens[0]) > 2)  # "WHO" is a body
    one_clause = not re.search(r"[;:]|[a-z]{3}[.!?]\s+[A-Z]", name) and not any(t in _FINITE for t in tokens)
    alone = len(tokens) == 1 and fold(tokens[0]) in _NO_NAME | PERSON_NOUNS  # "Nobody says who ...", "First, say things as they
    # are"; a person's noun capitalised as an address, no name ("Father told us", a priest; "Doctor says")
    group = bool({"every", "each", "all"} & set(tokens[1:]))  # "Deputies of every faction": a group, no one body
    handle = len(tokens) == 1 and _HANDLE.fullmatch(tokens[0]) is not None  # "– Fredi_77": a site's user by nickname (LABELS Round 50)
    kind = len(tokens) == 1 and bool(page) and lone_plural(tokens[0], page)  # people of a kind, nobody named (LABELS rule 6); not
    # "Brothers in Arms Appeal" nor "Doctors of the World": a body's name may open with such a plural
    return starts and one_clause and not alone and not group and not handle and not kind and not all(fold(t) in TITLES for t in tokens)


_HANDLE = re.compile(r"\w*_\w*|[^\W\d_]{2,}\d{2,}")
"""A user's handle, no name: a word with an underscore ("Fredi_77", "truth_now") or letters then two digits or more
("anna1984"); not "G7" nor "B92", a group's or a station's name."""


_NEVER_FIRST = frozenset("his her its their our my your this that every each what which who whom i we you he she they it"
                         " in on at of for from to with by about among during after before since as"
                         " but and or if when while yet so".split())
"""Words that open a sentence, never a name ("Every time", "What I", "In North Macedonia", "Of the sum", "But Turkey")."""
_FINITE = frozenset("is are was were has have had will would could can shall should may might must did does do"
                    " says said that".split())
"""Lowercase verbs (and the conjunction "that") that make a phrase a clause, never a name ("Athens that the right ...")."""
_NO_NAME = frozenset("the a an nobody noone everybody everyone somebody someone anybody anyone none nothing everything all"
                     " first second third firstly secondly finally lastly"
                     " reader readers listener viewer caller witness eyewitness resident passer-by onlooker".split())
"""Words that are no name alone: an article (what is left of "The daily adds" read short), indefinite pronouns, the ordinals that order an argument, and a member of the public who
writes, calls in or saw it (a live blog's "Reader: «...»", "Witness: ..."): nobody named (LABELS Round 50, Round 52)."""


def title_case(name: str) -> str:
    """A name in capitals written as a name ("ENGİN ALTAY" -> "Engin Altay"): the dotted capital İ lowers to i, no dot left over."""
    return name.title().replace("i\u0307", "i")


def role_of(text: str) -> str:
    """A new actor's role as written, without its article; a courtesy title alone ("Mr", "Dr.", "Ms") is none."""
    role = strip_article(text)
    return "" if role and all(fold(w.rstrip(".")) in COURTESY for w in role.split()) else role


COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "mme", "m", "make", "gogo", "mma", "mkhulu", "baba"})
"""Courtesy titles: they say how a person is addressed, not what office they hold."""
