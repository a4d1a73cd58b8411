"""Press periphrases of an office (pure): the titles a headline's or wire copy's "top diplomat", "defence chief" or
"Greek leader" stands for, read by :func:`.cast.heads` beside a title's own words (the page's cast then says who holds
it: :func:`.cast.holder`)."""

from __future__ import annotations

from idlibsite.attribution.wordlists import PORTFOLIOS

PERIPHRASES = {f"{rank} diplomat": ({rank, "diplomat"}, {"foreign", "minister"}, {"foreign", "secretary"}, {"secretary", "state"})
               for rank in ("top", "chief")}
"""A press periphrasis of an office and the titles it stands for besides its own words: a country's "top diplomat" is its
foreign minister (or secretary of state), as headlines and wire copy write it ("Turkey's top diplomat says ...")."""
_CHIEFS = frozenset("chief boss czar tsar".split())
"""Headline words for the one who holds a portfolio, after the portfolio's word ("defence chief", "health boss")."""
_LEADERS = ({"president"}, {"prime", "minister"}, {"premier"}, {"chancellor"})
"""The heads a nation's "leader" stands for ("the Greek leader", a headline's "Syrian leader"): of state or government."""


def periphrased(said: list[str], own: str, countries: frozenset[str]) -> tuple[set[str], ...]:
    """The titles a press periphrasis of an office stands for, besides its own words (a title the page writes as such
    keeps them): "top diplomat" a foreign minister (:data:`PERIPHRASES`), a portfolio's "chief" or "boss" its minister
    or secretary ("the defence chief": the Defence Minister), a nation's "leader" with no other word its head of state or
    government ("the Greek leader", not "the opposition leader"; ``countries``: the folded countries a nation's words
    stand for); () for any other use."""
    if own in PERIPHRASES:
        return PERIPHRASES[own]
    if own in _CHIEFS and len(said) > 1 and said[-2] in PORTFOLIOS | {"foreign", "home"}:
        return ({said[-2], "minister"}, {said[-2], "secretary"})
    return _LEADERS if own == "leader" and len(said) > 1 and all(w in countries for w in said[:-1]) else ()
