"""Which known actor, if any, a country named as a speaker is (pure): its government's actor only where the actors file
or the page makes the country that government, else none, and the country is proposed as new."""

from __future__ import annotations

from idlibsite.annotations.records import Actor
from idlibsite.attribution.folding import fold, words


def country_actor(phrase: str, nation: str, government: Actor | None, record: bool) -> Actor | None:
    """The actor that a speaker phrase naming a country (``nation``, as NATIONS names it) stands for, given the actor of
    that country's government (``government``, None when the file has none): that actor when its name or an alias is the
    country's ("Russia", "Turkey": the file makes the country's own voice its government's), or when the phrase is the
    country's delegation or the page a meeting's record (``record``), where a seat speaks for its government (LABELS
    rule 12). None otherwise: "Syria declared ..." on a news page is the country, which the file has no actor for, and is
    proposed as new, never mapped to its government (LABELS "Syria as a delegation and as a country", rule 9)."""
    if government is None:
        return None
    names = {fold(n) for n in (government.name, *government.aliases)}
    if fold(nation) in names or record or "delegation" in words(phrase):
        return government
    return None
