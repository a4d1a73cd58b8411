"""Which known actor, if any, a country named as a speaker is (pure): its government's actor only where the actors file
or the page makes the country that government, else none, and the country is proposed as new."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NewActor, Speaker
from idlibsite.attribution.envoys import names_seats
from idlibsite.attribution.folding import fold, words

_SPEAKING_AS = re.compile(r"\b[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*,[^\S\n]+speaking[^\S\n]+(?:as|for|on[^\S\n]+behalf[^\S\n]+of)\b")
"""A delegation that takes the floor, as a meeting's summary writes it: "Syria, speaking as the concerned country, said",
"Pakistan, speaking on behalf of the Organization of Islamic Cooperation, said"."""


def meeting_record(page: str) -> bool:
    """True when a page is a meeting's record or summary, where a country speaks from its seat: it names a delegate by
    seat ("Name (Country)", :func:`names_seats`) or a delegation taking the floor (:data:`_SPEAKING_AS`)."""
    return names_seats(page) or _SPEAKING_AS.search(page) is not None


def country_voice(phrase: str, nation: str, government: Actor | None, page: str) -> Speaker | None:
    """Who a speaker phrase naming a country (``nation``, as NATIONS names it) is, given the actor of that country's
    government (``government``, None when the file has none, and then None: read as any name). That actor when its name
    or an alias is the country's ("Russia", "Turkey": the file makes the country's own voice its government's), or when
    the phrase is the country's delegation or the page a meeting's record (:func:`meeting_record`), where a seat speaks
    for its government (LABELS rule 12). Else the country proposed as new, with that actor as the runner-up: "Syria
    declared ..." on a news page is the country, which the file has no actor for, never its government (LABELS "Syria as
    a delegation and as a country", rule 9), and `suggest` says which known actor the name came near."""
    if government is None:
        return None
    names = {fold(n) for n in (government.name, *government.aliases)}
    if fold(nation) in names or "delegation" in words(phrase) or meeting_record(page):
        return Speaker(government, None, "", "named", CONFIDENCE["named"])
    return Speaker(None, NewActor(nation, False, "", nation), "", "named", CONFIDENCE["named"], government)
