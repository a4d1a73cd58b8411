"""A nation's envoy the page describes and never names (pure; LABELS rule 6, "an ambassador never named" is `null`).

"The Philippine ambassador to Turkey, in a radio interview, said ...", "The Turkish ambassador to Namibia lays a wreath.
He said ...".  The post after the role ("to Turkey") is no part of a name: the phrase is read as the role alone ("the
Philippine ambassador"), whose holder the page may name elsewhere; and such a description as the subject of a sentence
that reports no speech is whom "he" or "she" next stands for.
"""

from __future__ import annotations

import re

from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person, speaks_for
from idlibsite.attribution.countries import CAPITALS, PEOPLES
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import NATIONS

_ADJECTIVES = frozenset(PEOPLES.values())
"""The adjectives countries' names make ("Kenyan")."""
_POSTS = r"[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:-[Gg]eneral)?|[Hh]igh\s+[Cc]ommissioner|[Cc]harg[ée]\s+d[’']affaires"
"""A state's posts abroad, held by one person of that state, in lower case or capitalised as a title ("Vietnam's
Ambassador to the UN")."""
_ENVOY = (rf"(?P<role>(?:[Tt]he\s+)?(?P<nation>[A-Z][\w’'-]*)\s+(?:honorary\s+)?(?:{_POSTS}))"
          r"(?:\s+(?:to|in)\s+(?P<place>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))?")
_POSTED = re.compile(_ENVOY)
"""A nation's envoy by the post and maybe where it is held: "The Philippine ambassador to Turkey"."""
_SUBJECT = re.compile(rf"(?:^|(?<=[.!?:] )){_ENVOY}\s+(?!said|says|told|added)[a-z]{{3,}}\b", re.MULTILINE)
"""Such an envoy opening a sentence as its subject, a verb after it ("The Turkish ambassador to Namibia lays ...")."""


def envoy_role(phrase: str) -> str:
    """The role alone of a nation's envoy described with the post's place ("the Philippine ambassador" of "The Philippine
    ambassador to Turkey"), "" when ``phrase`` is no such description (a name, or no nation's)."""
    m = _POSTED.fullmatch(" ".join(phrase.split()))
    return m.group("role") if m and _national(m.group("nation")) and m.group("role") != m.group() and _place(m.group("place")) else ""


def _national(word: str) -> bool:
    """True for a nation's name or adjective: "Turkish", "Kenyan", "Philippine" (of "Philippines")."""
    return fold(word) in NATIONS or word in _ADJECTIVES or f"{fold(word)}s" in NATIONS


def _place(place: str | None) -> bool:
    """True for where a post is held: one word ("Turkey", "Istanbul"), or two ending in a country or a capital, or named with
    its article ("the United Kingdom"); not a name run on after it ("to Zimbabwe Nikolai Krasilnikov"); True for no place."""
    return (not place or " " not in place or place.startswith("the ")
            or fold(place.split()[-1]) in NATIONS.keys() | CAPITALS.keys())


def envoy_holder(got: Speaker | None, role: str, entries: list[tuple[Speaker, str, bool]]) -> Speaker:
    """The envoy a description stands for: the holder the page names by that role (``got``, the role resolved), or a
    speaker before whose words named that post ("Turkish Ambassador Name"), never another speaker taken as its anaphor;
    else nobody named, the role kept as the unnamed speaker (rule 6)."""
    post = words(role)[-1:]
    titled = got is not None and any(s.label == got.label and set(post) <= set(words(r)) for s, r, _ in entries)
    named = got is not None and (got.actor or got.new) and is_person(got) and (got.how != "anaphor" or titled)
    return got if got is not None and named else Speaker(None, None, role, "named", CONFIDENCE["named"])


def envoy_subject(text: str, lo: int, hi: int) -> tuple[int, str]:
    """Where the last nation's envoy described (and not named) as the subject of a sentence between ``lo`` and ``hi``
    stands, and the role ("the Turkish ambassador" of "The Turkish ambassador to Namibia lays a wreath."); (-1, "")
    when none."""
    found = [m for m in _SUBJECT.finditer(text, lo, hi) if _national(m.group("nation")) and _place(m.group("place"))]
    return (found[-1].start(), found[-1].group("role")) if found else (-1, "")


ENVOY_POSTS = frozenset({"ambassador", "envoy", "consul", "representative", "delegate"})
"""The heads of a state's envoy described by the state ("Russia's ambassador", "the Turkish representative")."""
_SEATED = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+\s+\((?:the\s+)?(?P<seat>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\)")
"""A delegate named by seat, as a meeting's record names them: "Christoph Heusgen (Germany)"."""


def names_seats(page: str) -> bool:
    """True when a page names a delegate by seat ("Name (Country)"): a meeting's record, where "Country's delegate" is
    the seat, its country's government (LABELS rule 12); a news story's "Turkey's representative" is an envoy never
    named, nobody (rule 6, Round 59)."""
    return any(_national(m.group("seat")) or m.group("seat") in PEOPLES for m in _SEATED.finditer(page))  # "(United Kingdom)"


def envoy_fits(head: str, nation: str, speaker: Speaker, role: str) -> bool:
    """True when a speaker before may be the one a state's envoy described by the state (``head`` one of
    :data:`ENVOY_POSTS`, ``nation`` the state) stands for: one whose words named that post, of that state or of none known;
    never an official of another body who spoke last ("Russia's ambassador said" after the UN chief's spokesman)."""
    return head not in ENVOY_POSTS or head in words(role) and speaks_for(speaker) in ("", nation)

