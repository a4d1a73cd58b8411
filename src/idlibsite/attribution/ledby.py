"""A government named by its leader's possessive ("Turkish President Recep Tayyip Erdogan's government said", "Erdogan's
government said"): the government of the leader's country (pure; LABELS Round 60's answers: "X's government said" is
the government, which for Turkey is the actor ``turkey``), the country by the adjective before the leader's title, else
by the leader's actor or a speaker named before."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import Speaker
from idlibsite.attribution.context import nation_of_name
from idlibsite.attribution.countries import DEMONYMS
from idlibsite.attribution.phrase import read_phrase

_LEADERS_GOVERNMENT = re.compile(r"(?:[Tt]he\s+)?(?P<leader>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})[’']s?\s+[Gg]overnment")
"""A government after its leader's possessive, titles and all ("President X's government")."""


def leaders_government(phrase: str, actors: tuple[Actor, ...], entries: list[tuple[Speaker, str, bool]]) -> str:
    """The government ``phrase`` names by its leader, a person, by its country's adjective ("Turkish government", module
    docstring); "" when the phrase is no such government, or its leader no person of a country known."""
    m = _LEADERS_GOVERNMENT.fullmatch(phrase.strip())
    leader = read_phrase(m.group("leader")) if m else None
    if leader is None or not (leader.person and leader.name):
        return ""
    country = leader.nation or nation_of_name(leader.name, actors, entries)
    return f"{DEMONYMS.get(country, country)} government" if country else ""
