"""A government named by its leader's possessive ("Turkish President Recep Tayyip Erdogan's government said", "Erdogan's
government said"): the government of the leader's country (pure; LABELS Round 60's answers: "X's government said" is
the government, which for Turkey is the actor ``turkey``), the country by the adjective before the leader's title, else
by the leader's actor or a speaker named before; and one named by its leaders' surnames ("the Marape-Steven Government",
:func:`led_government`, moved here from :mod:`.context`)."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import Speaker
from idlibsite.attribution.context import nation_of_name
from idlibsite.attribution.countries import DEMONYMS
from idlibsite.attribution.folding import fold
from idlibsite.attribution.fullnames import NOT_OPENING
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.wordlists import NATIONS

_LEADERS_GOVERNMENT = re.compile(r"(?:[Tt]he\s+)?(?P<leader>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})(?:[’']s?\s+[Gg]overnment|\s+(?:[Gg]overnment|[Rr]egime"
                                 r"|[Aa]dministration)(?=[’']s\s))(?:[’']s\s+(?P<body>(?:[a-z]+\s+){1,2}(?:ministry|office|department)))?")
"""A government after its leader's possessive, titles and all ("President X's government"), or a ministry of the
government its leader names ("the Assad regime's foreign ministry", "the Maduro government's interior ministry")."""


def leaders_government(phrase: str, actors: tuple[Actor, ...], entries: list[tuple[Speaker, str, bool]]) -> str:
    """The government ``phrase`` names by its leader, a person, by its country's adjective ("Turkish government", module
    docstring), or that government's ministry ("Syrian Foreign Ministry"); "" when the phrase is no such government,
    or its leader no person of a country known."""
    m = _LEADERS_GOVERNMENT.fullmatch(phrase.strip())
    leader = read_phrase(m.group("leader")) if m else None
    if m is None or leader is None or not (leader.person and leader.name):
        return ""
    country = leader.nation or nation_of_name(leader.name, actors, entries)
    body = m.group("body").title() if m.group("body") else "government"
    return f"{DEMONYMS.get(country, country)} {body}" if country else ""


def led_ministry(phrase: str, full: str) -> bool:
    """True when ``full`` is the ministry ``phrase`` names by its government's leader ("the Assad regime's foreign
    ministry": "Syrian Foreign Ministry"): the leader names its country, which the actors file's generic alias ("Foreign
    Ministry", another country's) does not."""
    m = _LEADERS_GOVERNMENT.fullmatch(phrase.strip())
    return bool(m and m.group("body") and full.endswith(m.group("body").title()))


_LED = re.compile(r"(?:[Tt]he\s+)?(?P<leaders>[A-Z][\w’'-]+?(?:-[A-Z][\w’'-]+?)*)\s+(?:[Gg]overnment|[Aa]dministration)")
"""A government named by its leaders' surnames ("The Marape-Steven Government", "the Morrison government")."""


def led_government(phrase: str, before: str) -> str:
    """"the government" when ``phrase`` names a government by its leaders' surnames (:data:`_LED`) and the text before
    gives one of them as a person's surname (after a first name: "James Marape"): the country's government (LABELS
    Round 49), which the page's country tells; "" otherwise (not "the Revolutionary Government", "the Federal Government")."""
    led = _LED.fullmatch(phrase.strip())
    names = led.group("leaders").split("-") if led else []
    names = [n for n in names if fold(n) not in NATIONS]  # not "the Japanese government"
    given = (m.group(1) for n in names for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(n)}\b", before))
    return "the government" if any(not NOT_OPENING.fullmatch(g) for g in given) else ""  # "James Marape", not "The Marape"
