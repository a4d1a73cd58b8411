"""Where the text first names each person among a page's speakers, and the words around that mention (pure).

A heading's role is given to the body's person introduced by it: "Expert: ..." to the one the body first names beside a
word of expertise (:mod:`.expertheads`), "AU Commission Chairperson calls ..." to the one whose first mention has the
role's words around it (:mod:`.roleheads`).  Both read the page's persons in the order the text first names them
(:func:`first_mentions`) and the words around that mention (:func:`around`), each with its own reach.
"""

from __future__ import annotations

from collections.abc import Sequence

from idlibsite.attribution.answer import Speaker, is_person
from idlibsite.sources.statements import Passage


def first_mentions(found: dict[Passage, Speaker], text: str, after: int = 0) -> list[tuple[str, int, Speaker]]:
    """The persons among ``found``'s speakers, each as (name, where the text first names them after ``after``, speaker),
    in the order the text first names them; a person the text does not name there is left out."""
    people: dict[str, tuple[str, int, Speaker]] = {}
    for speaker in found.values():
        name = speaker.actor.name if speaker.actor else speaker.new.name if speaker.new else ""
        at = text.find(name, after) if name and is_person(speaker) else -1
        if at >= 0 and name not in people:
            people[name] = (name, at, speaker)
    return sorted(people.values(), key=lambda person: person[1])


def around(text: str, at: int, name: str, before: int, after: int, stops: Sequence[str]) -> str:
    """The words around a mention of ``name`` at ``at``: from ``before`` characters before it, and up to ``after``
    characters past its end, cut at the nearest of ``stops`` on either side ("\\n" for its line, ". " for its sentence;
    a stop before the mention is kept)."""
    start = max(0, at - before, *(text.rfind(stop, 0, at) for stop in stops))
    end = at + len(name)
    return text[start : min([end + after, *(i for i in (text.find(stop, end) for stop in stops) if i >= 0)])]
