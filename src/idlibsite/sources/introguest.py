"""The guest of an interview whose questions name nobody: the one person its introduction presents (pure).

An interview printed with no tags whose questions do not address the guest by name ("How are the Chileans in Turkey?"
/ "They are well. ...") gives the guest in its introduction: a full name the introduction writes, whose surname it takes
up again on its own ("Chile's ambassador to Turkey, Rodrigo Arancibia, describes ..." / "Arancibia answers the telephone
..."), on a page that marks itself an interview (its header says so, "Interview", "Entrevista", "Entretien", or a
question speaks to "you")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.views import CAPITAL

_INTERVIEW = re.compile(r"(?i)\b(?:interview|entrevista|entretien|intervista|interviu|rozhovor|wywiad|haastattelu|intervju|q\s*&\s*a)\b")
"""A header's word that marks the page an interview."""
_YOU = re.compile(r"(?i)\b(?:you|your|vous|votre|usted|ustedes|sie|ihr|ihnen)\b")
"""A question that speaks to the guest ("What did the government tell you?")."""
_FULL_NAME = re.compile(rf"(?<![\w’'-])(?P<given>[{CAPITAL}][\w’'-]+)[^\S\n]+(?P<surname>[{CAPITAL}][\w’'-]{{2,}})(?![\w’'-]|[^\S\n]+[{CAPITAL}])")
"""A given name and a surname, no third capitalised word after them ("Rodrigo Arancibia")."""


def intro_guest(text: str, intro: tuple[int, int], questions: Sequence[str]) -> str:
    """The full name of the one person the introduction (``text[intro[0]:intro[1]]``, before the first question) names
    and takes up again by surname alone, on a page marked an interview (``questions``: the questions' words); ""
    when none, or when two are."""
    words = text[intro[0] : intro[1]]
    if not (_INTERVIEW.search(words) or any(_YOU.search(q) for q in questions)):
        return ""
    found = {f"{m['given']} {m['surname']}": m.end() for m in _FULL_NAME.finditer(words)}
    again = {name for name, end in found.items()
             if re.search(r"(?<!" + re.escape(name.split()[0]) + r"[^\S\n])\b" + re.escape(name.split()[-1]) + r"\b", words[end:])}
    return next(iter(again)) if len(again) == 1 else ""
