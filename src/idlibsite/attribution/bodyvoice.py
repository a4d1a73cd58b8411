"""A speaker tag that names a body and its spokesperson: "MFA Spokesperson:", "Foreign Ministry Spokesman:" (pure).

A government's transcript of its spokesperson's answers tags them with the office, not the person ("MFA Spokesperson:
...", "MOFA SPOKESPERSON: ...", "Foreign Ministry Spokesman: ..."): the words are the body's, as a statement "a Foreign
Office spokesperson said" is (LABELS, Round 96: a role tag that names its body is the body, rule 3; Round 62's nobody
is for a bare "Spokesperson:" that names no body).  The body is the one the page spells that acronym or that name out
for ("Ministry of Foreign Affairs" for "MFA"), else the tag's own words for it, with the page's country when the page
has one and the words name none (a Singaporean page's "Foreign Ministry" is Singapore's, no other's).  A role before the spokesperson that
names no body ("Presidential Spokesperson", "Deputy Spokesperson") is no body's: :func:`.page.tag_holder` reads it.
"""

from __future__ import annotations

import re

from idlibsite.attribution.bodytable import account_of, body_named, page_bodies
from idlibsite.attribution.countries import DEMONYMS
from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import ORG_WORDS

_BODY_SPOKESPERSON = re.compile(r"(?P<body>[A-Z]{2,6}|(?:[A-Z][\w’'-]*[^\S\n]+){0,3}?[A-Z][\w’'-]*)[^\S\n]+"
                                r"(?i:(?:deputy[^\S\n]+|chief[^\S\n]+)?spokes(?:man|woman|person))")
"""A body's acronym or name, then its spokesperson's word: "MFA Spokesperson", "Foreign Ministry Spokesman"."""


def body_voice(text: str, label: str) -> str:
    """The body a tag ``label`` names with its spokesperson, by the name the page spells out for it, else the tag's
    words for it; "" when the tag is no body's spokesperson (no acronym, and no body's word ending its words before
    the spokesperson's: "Presidential Spokesperson")."""
    m = _BODY_SPOKESPERSON.fullmatch(label.strip())
    if m is None:
        return ""
    body = m.group("body")
    if not body.isupper() and fold(body.split()[-1]) not in ORG_WORDS:
        return ""
    table = page_bodies(text)
    named = body_named(body, table) or account_of(body, table)
    owner = table.owner("", "") if not named else ""  # a national page's own body: its country's ("Foreign Ministry")
    owned = f"{DEMONYMS.get(owner, owner)} {body}" if owner and not set(map(fold, body.split())) & {fold(owner), fold(DEMONYMS.get(owner, owner))} else body
    return named or owned
