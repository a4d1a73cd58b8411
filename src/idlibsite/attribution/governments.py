"""A country as a speaker (pure): the country a phrase names (by its name, its official form or its delegation), the
known actor of its government, and a meeting's delegate, who speaks for it (moved out of :mod:`.context`)."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NewActor, Speaker
from idlibsite.attribution.countries import SPELLED
from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.match import match_body
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.wordlists import NATIONS

_DELEGATE = re.compile(r"[Tt]he (?:permanent )?(?:representative of|speaker for|delegate (?:of|for)) (?:the )?([A-Z][\w’'-]*(?: (?:of (?:the )?)?[A-Z][\w’'-]*){0,3})"
                       r"|([A-Z][\w-]*(?: [A-Z][\w-]*)?)[’']s (?:permanent )?(?:representative|delegate|ambassador)")
"""A delegate a meeting's record names by role: "the representative of the Russian Federation", "the speaker for Chile",
"China's delegate", "Ghana's ambassador" (the possessive only on a record naming delegates by seat: ``resolve``)."""
_STATE_FORM = r"(?:[A-Z][\w’'-]*\s+){0,2}(?:Federation|Republic|Kingdom|Confederation|Emirates|Principality)"
_OFFICIAL = re.compile(rf"(?:[Tt]he\s+)?(?:(?P<adjective>[A-Z][\w’'-]*)\s+{_STATE_FORM}|{_STATE_FORM}\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w’'-]*))")
"""A country by its official form: "the Russian Federation", "the Syrian Arab Republic", "the Islamic Republic of Iran"."""
_DELEGATION = re.compile(r"(?:[Tt]he\s+)?(?:delegation\s+of\s+(?P<of>.+)|(?P<adjective>.+?)\s+delegation)")
"""A country's delegation at a meeting, which speaks for its government: "the delegation of Syria", "the Turkish delegation"."""


def country_of(phrase: str) -> str:
    """The country a speaker phrase names and nothing else (its name, its official form, its delegation), as NATIONS
    names it; "" for any other phrase and for the unions (the EU, the UN, NATO are bodies, not countries), and for a
    demonym after an indefinite article ("A Syrian who drives a bus": a person the page describes, never the country)."""
    phrase = phrase.strip()
    if re.match(r"(?:[Aa]n?|[Oo]ne)\s", phrase):
        return ""
    delegation = _DELEGATION.fullmatch(phrase)
    if delegation:
        return country_of(delegation.group("of") or delegation.group("adjective"))
    official = _OFFICIAL.fullmatch(phrase)
    named = (official.group("adjective") or official.group("of")) if official else strip_article(phrase)
    nation = NATIONS.get(fold(named), "") if len(words(named)) == 1 else named if fold(named) in SPELLED else ""  # "Viet Nam" as the page spells it
    return nation if nation and nation not in ("European Union", "United Nations", "NATO") else ""


def government(nation: str, actors: tuple[Actor, ...]) -> Actor | None:
    """The known actor that stands for a country's government ("Russia" -> the Russian government), None when none."""
    governments = match_body(read_phrase(f"{nation} government"), actors)
    return governments[0] if governments else None


def delegate(phrase: str, before: str, actors: tuple[Actor, ...]) -> Speaker | str | None:
    """Who "the representative of X" is: the delegate the record named before as "Name (X)" (returned
    as that name, to be resolved), else X's government when it is a known actor, else X proposed as new.
    None when the phrase is no such role."""
    m = _DELEGATE.fullmatch(phrase.strip())
    if not m:
        return None
    country = m.group(1) or m.group(2)
    named = re.findall(r"([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)+) \((?:the )?" + re.escape(country) + r"\)", before)
    if named:
        return str(named[-1])
    nation = country_of(country) or read_phrase(country).nation
    known = government(nation, actors) if nation else None
    if known:
        return Speaker(known, None, "", "named", CONFIDENCE["named"])
    return Speaker(None, NewActor(nation or country, False, "", nation or country), "", "named", CONFIDENCE["named"])
