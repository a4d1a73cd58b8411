"""A ruler's name after a royal style (pure): "His Majesty King Mohammed VI", "HM Queen Margrethe II", "HRH Crown
Prince Name".

The style ("His Majesty", "HM", "Her Royal Highness", "HRH") and the ruler's title after it ("King", "Sultan") are no
part of the name (LABELS rule 2); a regnal numeral after the name is ("Mohammed VI": one king of that name, told apart
from his forebears), and it makes a person of the run, never a body by an acronym ("VI").  A ruler's title with no
style before it is read so only with a numeral after the name ("King Carl XVI Gustaf" is read elsewhere, as any titled
name is).
"""

from __future__ import annotations

import re

from idlibsite.attribution.names import UPPER

_STYLE = r"(?:(?:His|Her)\s+(?:Royal\s+|Imperial\s+)?(?:Majesty|Highness)|H\.?R\.?H\.?|H\.?I\.?M\.?|H\.?M\.?|H\.?H\.?)"
"""A royal style of address: "His Majesty", "Her Royal Highness", and their initials ("HM", "HRH", "HH")."""
_RULER = r"(?:King|Queen|Sultan|Sultana|Emir|Amir|Emperor|Empress|Sheikh|Sheikha|(?:Crown\s+)?(?:Prince|Princess)|Grand\s+Duke|Grand\s+Duchess)"
"""A ruler's (or a royal's) title after the style, maybe then a pilgrim's "Haji" ("His Majesty Sultan Haji Name"): no part of
the name."""
_NAME = rf"[{UPPER}][\w’'-]+(?:\s+(?:bin|bint|ibn|al|[{UPPER}][\w’'-]+))*?"
"""The name: capitalised words, with the Arabic particles of a patronymic ("Tamim bin Hamad Al Thani")."""
_NUMERAL = r"\s+(?=[IVX])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})"
"""A regnal numeral after the name, in Roman figures ("VI", "XVI")."""
_STYLED = re.compile(rf"(?P<style>{_STYLE}\s+(?:{_RULER}\s+)?(?:Hajj?i\s+)?)(?P<name>{_NAME}(?:{_NUMERAL})?)")
_TITLED = re.compile(rf"(?P<style>(?:[Tt]he\s+)?{_RULER}\s+)(?P<name>{_NAME}{_NUMERAL})")


def royal_name(text: str) -> tuple[str, str] | None:
    """(the name, the style and title before it) of a phrase that is a royal style, maybe a ruler's title, and a name
    ("His Majesty King Mohammed VI": "Mohammed VI"), or a ruler's title and a name with a regnal numeral ("King
    Mohammed VI"); None for any other phrase ("His Majesty the King": a title with no name, :mod:`.cast`)."""
    m = _STYLED.fullmatch(text) or _TITLED.fullmatch(text)
    return (m.group("name"), m.group("style").strip()) if m else None
