"""The writers a byline names and the fields it prints beside them: the outlet, a place, the date (pure).

A byline often prints more than the name, between bars or after a comma: "By Deniz Kaya | Marmara Monitor | 2 Mar 2020,
09:40 GMT", "By Hana Yilmaz | The Eastern Review", "By Marta Kowal, The Meridian Post", "By A. Writer | Gaziantep" (a
place), "Omar Haddad | Updated 4 March 2020, 16:20 GMT", "Amira Saleh and Jonas Lindqvist, The Harbour Times".
:func:`byline_fields` reads such a line into the writers' names and the fields beside them that are no date, and
:func:`named_outlet` says which of those fields is the outlet.  Without "By" a line is a byline only in two forms that
no headline, section label or sentence takes: the names over "| Updated …" (or "Published", "Posted"), and the names
with a publication's name after a comma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from idlibsite.sources.datelines import is_date_line
from idlibsite.sources.publications import is_publication

if TYPE_CHECKING:
    from idlibsite.sources.stated import Stated

# "By" and the dash some sites print after it ("By — A. Writer").
BY = re.compile(r"(?:By|BY|by)\s+(?:[—–-]\s*)?(?=\S)")
# What a byline puts between its name, place, outlet and date: a bar, a middle dot, a bullet, a dash, a slash.
BAR = re.compile(r"\s[|·•—–/]\s")
# A person's name: two to four capitalised words (an initial "A.", a hyphenated "Al-Sheikh", "Özlem", "Şahin"), a
# particle between them ("bin", "al", "van der").
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\.?"
_PARTICLE = r"(?:al|el|bin|ibn|de|da|di|du|van|von|der|den|le|la)"
PERSON = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_WORD}){{1,3}}"
# Writers joined as a byline joins them: "A and B", "A, B and C", "A & B".
NAMES = re.compile(rf"{PERSON}(?:(?:\s*,\s+|\s+and\s+|\s+&\s+){PERSON}){{0,3}}")
# A date field a byline without "By" prints after a bar: when the story was updated, published or posted.
STAMPED = re.compile(r"(?i)(last\s+)?(updated|published|posted)\b.*")


@dataclass(frozen=True)
class BylineFields:
    """What a byline line prints: its writers, and the fields beside them that are no date."""

    names: str  # "Amira Saleh and Jonas Lindqvist", as printed
    fields: tuple[str, ...]  # "Marmara Monitor", "The Meridian Post", "Gaziantep": an outlet or a place
    dates: tuple[str, ...] = ()  # the date fields: "2 Mar 2020, 09:40 GMT", "Updated 4 March 2020, 16:20 GMT"


def byline_fields(line: str) -> BylineFields | None:
    """The writers and the fields of a byline ``line`` that prints fields beside its names, or None for any other line
    (a byline of a name alone is read as before)."""
    stripped = " ".join(line.split())
    by = BY.match(stripped)
    rest = stripped[by.end():] if by else stripped
    first, *after = BAR.split(rest)
    parts = [p.strip() for p in first.split(",")]
    outlet = parts.pop() if len(parts) > 1 and is_publication(parts[-1]) else ""  # "Marta Kowal, The Meridian Post"
    names = ", ".join(parts)
    if not NAMES.fullmatch(names) or not (outlet or after):
        return None
    dated = [f for f in after if is_date_line(f)]
    if by is None and not (outlet or (dated and all(STAMPED.fullmatch(f) for f in dated) and len(dated) == len(after))):
        return None  # "Breaking News | 4 March 2020", "Middle East | Syria": no byline without "By"
    return BylineFields(names, tuple(f for f in ([outlet] if outlet else []) + after if f not in dated), tuple(dated))


def byline_outlet(byline: Stated | None, elsewhere: str) -> tuple[str, str, bool]:
    """The outlet a text's ``byline`` names beside its writers, with a note and whether it is certain: a field that
    ``elsewhere`` (the copyright notice after the text, or the page's site name) names too is; a publication's name
    alone ("Marmara Monitor", "The Meridian Post") is a guess, as the writer may write for another outlet; a place,
    or a byline of a name alone, names none."""
    parsed = byline_fields(byline.block.display) if byline is not None else None
    fields = parsed.fields if parsed is not None else ()
    same = [f for f in fields if elsewhere and squash(f) == squash(elsewhere)]
    if same:
        return same[0], f"the byline names {same[0]!r} beside the writer, as the notice or the site name does", True
    return next(((f, f"guess: the byline names {f!r} beside the writer", False) for f in fields if is_publication(f)),
                ("", "", False))


def squash(value: str) -> str:
    """``value`` as names are compared: its words, one space between each, lower-cased."""
    return " ".join(value.split()).lower()
