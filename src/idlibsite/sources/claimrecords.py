"""A fact-check database's claim records (pure): the claim's words on a "Claim:" line, its claimant on a field line near
it.

A fact-checker's database prints each record as fields: the claim ("Claim:", "The claim:") with no quotation marks and
no speech verb, the one who made it on a line of its own ("Said by: Name, on 2 March 2020", "Claim by: ...",
"Claimant: ..."), the rating, the checker's findings.  The claim's line is then words without a speaker, and the
claimant's line a field with no sentence: neither is read as anyone's statement.  :func:`claim_records` gives each
claim's words to the claimant its field names, within :data:`NEAR` lines above or below it (LABELS round 106: the
unmarked "Claim:" line is the claimant's, `after`); an indefinite claimant ("an anonymous Facebook page", "social
media users") names nobody (its words carry the title :data:`.asides.READER`, as a comment under a nickname).  The claimant's field line is no passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.asides import READER

NEAR = 3
"""Lines between a claim and its claimant's field at most."""
_CLAIM = re.compile(r"[^\S\n]*(?:The[^\S\n]+)?[Cc]laim(?:[^\S\n]+checked)?[^\S\n]*:[^\S\n]+(?=\S)")
_CLAIMANT = re.compile(r"(?im)^[^\S\n]*(?:(?:Said|Claimed|Made|Stated|Posted|Spoken)[^\S\n]+by|Claim(?:ed)?[^\S\n]+by|Claimant|Speaker"
                       r"|Source[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?claim)[^\S\n]*:?[^\S\n]+(?P<who>[^\n]+)$")
"""A claimant's field line and its value ("Said by: Rear Admiral Name, head of ..., on 26 February 2020")."""
_INDEFINITE = re.compile(r"(?i)(?:an?|some|several|many|multiple|various|unknown|anonymous|social|viral|users?|accounts?|posts?)\b")
"""A claimant named by no name: "an anonymous Facebook page", "social media users", "multiple sources"."""


def _claimant(value: str) -> str:
    """The claimant a field's value names: its words before a comma, a bracket or " on <date>"; "" when indefinite."""
    who = re.split(r",|\(|[^\S\n]+(?:on|at|in)[^\S\n]+(?=[A-Z0-9])", value, maxsplit=1)[0].strip().rstrip(".")
    return "" if not who or _INDEFINITE.match(who) or not who[0].isupper() else who


def claim_records(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[int, int, str, str]]:
    """The claims of a fact-check database's records among the ranges, by the start of their paragraph: where the
    claim's words start and end, the claimant's name and no title (an indefinite claimant as written, titled
    :data:`.asides.READER`: nobody); a claimant's field line among the
    ranges, with no words."""
    out: dict[int, tuple[int, int, str, str]] = {}
    fields = list(_CLAIMANT.finditer(text)) if re.search(r"(?i)\bclaim", text) else []
    for start, end in ranges:
        claim = _CLAIM.match(text, start, end)
        line_end = text.find("\n", start, end)
        end = end if line_end < 0 else line_end  # the claim's line: a field may follow it in the paragraph
        near = [f for f in fields if text.count("\n", end, f.start()) <= NEAR and f.start() >= end
                or text.count("\n", f.end(), start) <= NEAR and f.end() <= start]
        if claim is None or not near:
            continue
        field = min(near, key=lambda f: (f.start() < end, abs(f.start() - end)))  # the nearest below first, then above
        who = _claimant(field.group("who"))
        out[start] = (claim.end(), end, who or field.group("who").strip(), "" if who else READER)  # READER: nobody named
    for start, _ in ranges:
        if any(f.start() <= start < f.end() for f in fields) and start not in out:
            out[start] = (start, start, "", "")
    return out
