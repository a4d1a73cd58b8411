"""Verbs that report speech only by what they offer, renew, invite to or open with (pure): "offered to host a summit",
"renewed its call for a ceasefire", "invited X to visit", "opened the meeting with condolences" are said; "offered
shelter", "renewed fighting", "were invited", "opened fire" are not."""

from __future__ import annotations

import re

from idlibsite.sources.closing import closes_quotation

_OFFERING = frozenset("offered offers extended extends convey conveys wished wishes".split())
_OFFERED = re.compile(r"\s+(?:to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+\b|(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
                      r"(?:summit|meeting|talks|mediation|dialogue|negotiations|ceasefire|truce|good\s+offices)\b"
                      r"|(?:[\w’'.-]+\s+){0,6}?(?:condolences|sympathy|sympathies|congratulations|gratitude|thanks|appreciation|recovery|success|patience|fortitude|courage)\b"
                      r"|(?:its|his|her|their)\s+\u2063|(?:its|his|her|their|[A-Z][\w.-]*[’']s)\s+(?:help|assistance)\s+(?:to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]+\b|in\s+[a-z]+ing\b))")
"""An offer made in words: to do something ("offered to host a meeting"), or a meeting, talks, a truce ("have offered a
summit"), or words of feeling extended to someone ("offered its condolences", "extended the Kingdom's sincere
condolences", "offered its "continued solidarity"": its own words quoted, "wished the injured a speedy recovery", "wished the families of the dead patience"), or one's own help to do something ("offered Tehran's help to reduce the tension"); not an offer of things ("offered shelter", "offered rhetorical support", "offered them today", "extended
the deadline")."""
_OFFERED_TITLED = re.compile(r"\s+to\s+(?!(?:The|A|An|His|Her|Its|Their|This|That)\b)[A-Z][a-z]+\b")  # "Tehran Offers to Mediate": title case
_RENEWING = frozenset("renewed renews".split())
_RENEWED = re.compile(r"\s+(?:[\w’'.-]+\s+){0,5}?(?:calls?|appeals?|condemnation|commitment|support|position|stance|demands?|rejection"
                      r"|warnings?|condolences|solidarity)\b")
"""A stand taken again in words: "renewed its call for a ceasefire", "renewed the Kingdom's condemnation of ..." (not
"renewed the contract", "renewed fighting")."""

INVITING = frozenset("invited invites".split())
_INVITED = re.compile(r"\s+(?!(?:to|by|in|at)\b)(?:[\w’'.-]+\s+){1,6}?to\s+(?:visit|attend|come|join|take\s+part|participate|hold\s+talks|pray|prayers?"
                      r"|an?\s+(?:moment|minute|day|hour|vigil)\s+of\s+(?:prayer|silence|reflection|mourning))\b")
"""An invitation made in words: someone asked to come ("invited the President of Kazakhstan to visit Turkey", "invites
his counterpart to attend the summit", "invited the faithful to a moment of prayer", "invites believers to pray"), an act of speech (LABELS, round 47's "invited"); not "were invited", "invited
by", "invited trouble"."""

OPENING = frozenset("opened opens".split())
_OPENED_WITH = re.compile(r"\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|session|summit|briefing"
                          r"|conference|sitting|debate|negotiations)\s+with\s+(?:(?:an?|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:condolences|sympathy|tribute|greetings|thanks|warning|appeal|statement|remarks|words)\b")
"""A meeting opened with words of one's own ("opened the talks with condolences for the victims", "opens the session
with a tribute to ..."): said at it, an act of speech (LABELS Round 44); not "opened fire", "opened the border",
"opened the meeting with a minute of silence"."""


def offered_in_words(word: str, masked: str, m: re.Match[str]) -> bool | None:
    """Whether a verb of offering, renewing, inviting, opening or closing a quotation (``word``, matched by ``m`` in a masked sentence) reports speech
    by what follows it; None when the word is none of them."""
    if word in _RENEWING:
        return _RENEWED.match(masked, m.end()) is not None  # "renewed its call for", not "renewed fighting"
    if word in _OFFERING:
        return _OFFERED.match(masked, m.end()) is not None or m.group()[0].isupper() and _OFFERED_TITLED.match(masked, m.end()) is not None  # "Iran has offered to host a summit", not "offered Turkey "...""
    if word in INVITING:
        return _INVITED.match(masked, m.end()) is not None
    if word in OPENING:
        return _OPENED_WITH.match(masked, m.end()) is not None
    return closes_quotation(word, masked, m)  # '"...," he read.': said only closing a quotation
