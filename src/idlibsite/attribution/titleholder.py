"""A title read as a body's name, and the person the page gives it (pure; issue 15): "President of Uzbekistan expresses
condolences" over "President of the Republic of Uzbekistan Shavkat Mirziyoyev had a telephone conversation", "AU
Commission Chairperson calls for ..." over "AU Commission Chairperson Moussa Faki Mahamat said": the holder, never the
title proposed as a new body."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import PERSON_NOUNS

_STYLE_WORDS = r"(?:the|of|Republic|Kingdom|Federal|Federation|Islamic|Democratic|People[’']s|Arab|State|United|Sultanate)"
"""Words a page may write inside a title that a shorter form of it leaves out ("President of the Republic of
Uzbekistan" for "President of Uzbekistan")."""
_NAME = (r"((?:(?:[A-Z][\w’'-]+|bin|binti|ibn|al|el|van|von|der|den|de|da|di|du|la|le|dos)\s+){1,3}[A-Z][\w’'-]+)"
         r"(?![\w’'-]|\s+(?:and|of|for|the|[A-Z])\b)")
"""A person's name after the title: two to four words, capitalised but for a particle ("bin", "al", "van"), which no
further word of a title's field follows ("..., Regional Integration and International Trade, Name": no name yet)."""


def is_title(name: str) -> bool:
    """True when a name read as a body's is a person's title: its head noun (the word before its first "of", else its
    last word) is a person's ("President of Uzbekistan", "AU Commission Chairperson", "MAM Secretary General"), not a
    body's ("Office of the President")."""
    head = name.split(" of ")[0].split()
    return bool(head) and fold(head[-1]) in PERSON_NOUNS


def page_holder(title: str, page: str) -> str:
    """The one name the page writes right after ``title`` (its words in order, a state's style maybe between them);
    "" when the page gives the title no name, or gives it before two names or before words that are none ("Gaziantep
    Governor X and Gaziantep Governor Y": two holders, neither the title's)."""
    if not is_title(title):
        return ""
    between = rf"(?:\s+{_STYLE_WORDS})*\s+"
    pattern = between.join(re.escape(w) for w in title.split())
    starts = [m.end() for m in re.finditer(rf"(?<![\w’'-]){pattern},?\s+(?=[A-Z])", page)]
    names = {m.group(1) if m and not any(fold(w) in PERSON_NOUNS for w in m.group(1).split()) else ""
             for m in (re.compile(_NAME).match(page, at) for at in starts)}
    return names.pop() if len(names) == 1 else ""
