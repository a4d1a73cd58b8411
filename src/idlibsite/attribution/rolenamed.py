"""A described speaker whom the page names by the same role (pure): LABELS rule 7, a person described and named in
another place of the page is that person.

The grammar: a role is tied to a name by apposition ("Name, special assistant to the speaker, said", "I asked Russia's
ambassador, Andrei Kelin, about ...") or as a title before it ("Commission I member Dwi Kartika said").  A speaker the
rules read as a description only ("Russia's ambassador to the UK tells us ...", "A member of Commission I of the House
said ...", or the apposition itself when the name before it was not read as the subject) is that name's person when
the description and the tied role have the same head noun, a person's (:data:`PERSON_NOUNS`), and share a word that
places it (whose ambassador, of which council, to whom), and one person only is so tied.  Anonymous sources stay
unnamed (LABELS rule 6: "a senior official" is nobody, even where another official is named), and so do generic
plurals; a bare head shares no placing word ("the minister" is the anaphor's, not this)."""

from __future__ import annotations

import re
from collections.abc import Callable

from idlibsite.attribution.answer import Speaker, is_person
from idlibsite.attribution.apposition import PERSON_NAME
from idlibsite.attribution.described import SOURCES
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import PERSON_NOUNS, TITLES

_END = re.compile(r",|\s+(?:from|in|at|of|with|for|to|near|who|whose|based|on|since|and)\s|\s+\(")
"""Where a role's head noun ends: before what places it ("ambassador to the UK", "member of Commission I")."""
_CHUNK = 80
"""The longest role read beside a name, in characters."""
_INDEFINITE = re.compile(r"(?:an?|one)\s", re.IGNORECASE)


def _head(role: str) -> str:
    """The folded head noun of a role: the last word before what places it."""
    core = words(_END.split(role.strip(), maxsplit=1)[0])
    return core[-1] if core else ""


def _placing(role: str, head: str) -> frozenset[str]:
    """The proper names that place a role, its head and its titles' words aside ("russia", "uk" of "Russia's ambassador
    to the UK"; "commission", "i" of "A member of Commission I"): a common noun ("the mayor of the town") places
    nothing one page could not give two people."""
    proper = " ".join(t for t in re.findall(r"[\w’'.-]+", role) if t[:1].isupper())
    return frozenset(w for w in words(proper) if w != head and w not in TITLES and w not in PERSON_NOUNS)


def _roles(text: str) -> list[tuple[str, str]]:
    """Every (name, role) the page ties in one line: the role after the name between commas, before it closed by a
    comma, or a lower-case title right before it in one chunk ("Commission I member Dwi Kartika")."""
    tied = []
    for line in text.split("\n"):
        for m in PERSON_NAME.finditer(line):
            after = re.match(rf",\s+([^,.;:!?]{{3,{_CHUNK}}}),", line[m.end():])
            before = re.search(rf"(?:^|[,.;:!?])\s*([^,.;:!?]{{3,{_CHUNK}}}),\s+$", line[: m.start()])
            title = re.search(rf"(?:^|[,.;:!?])\s*([^,.;:!?]{{0,{_CHUNK}}}\s[a-z][\w-]+)\s+$", line[: m.start()])
            tied += [(m.group(), found.group(1)) for found in (after, before, title) if found]
    return tied


def named_by_role(got: Speaker, text: str, resolve_name: Callable[[str], Speaker | None]) -> Speaker | None:
    """The person the page names by the role of ``got``, a speaker read as a description only (``unnamed``), or None;
    ``resolve_name`` reads a name as the rules do (an actor known, or one to propose).  A role in apposition to a name
    where the description stands needs no person's noun: the grammar ties them ("Name, special assistant to ...")."""
    description = got.unnamed.strip()
    head = _head(description)
    if got.actor or got.new or not head or head in SOURCES and _INDEFINITE.match(description):
        return None
    placing = _placing(description, head)
    names = {name for name, role in _roles(text) if role.strip() == description
             or head in PERSON_NOUNS and _head(role) == head and placing & _placing(role, head)}
    people = {name: person for name in names if (person := resolve_name(name)) and (person.actor or person.new) and is_person(person)}
    if len({fold(name.split()[-1]) for name in people}) != 1:
        return None
    return people[max(people, key=len)]
