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
from collections.abc import Callable, Sequence

from idlibsite.attribution.answer import Speaker, is_person
from idlibsite.attribution.apposition import PERSON_NAME
from idlibsite.attribution.bodytable import acronyms
from idlibsite.attribution.described import SOURCES
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.match import role_words
from idlibsite.attribution.occupations import other_calling
from idlibsite.attribution.wordlists import NATIONS, PERSON_NOUNS, TITLES

_END = re.compile(r",|\s+(?:from|in|at|of|with|for|to|near|who|whose|based|on|since|and)\s|\s+\(")
"""Where a role's head noun ends: before what places it ("ambassador to the UK", "member of Commission I")."""
_CHUNK = 80
"""The longest role read beside a name, in characters."""
_INSIDE = frozenset("of for to the and".split())
"""Small words inside a role's noun phrase ("ambassador of the Republic to the UN")."""
_INSIDE_NAME = re.compile(r"(?:\b(?:the|The)|[A-Z][\w’'-]*\s+(?:of|for|and|on|de|du|des))\s+$")
"""Before a capitalised run that is the tail of a longer name or a body's ("the Syrian Observatory", "... for Human Rights")."""
_INDEFINITE = re.compile(r"(?:an?|one)\s", re.IGNORECASE)


def _head(role: str) -> str:
    """The folded head noun of a role: the last word before what places it."""
    core = words(_END.split(role.strip(), maxsplit=1)[0])
    return core[-1] if core else ""


def _placing(role: str, head: str) -> frozenset[str]:
    """The proper names that place a role, its head and its titles' words aside, a nation by its name whatever its form
    ("russia", "united kingdom" of "Russia's ambassador to the UK"; "commission", "i" of "A member of Commission I";
    "norway" of "Norwegian envoy"): a common noun ("the mayor of the town") places nothing one page could not give two
    people."""
    proper = [t for t in re.findall(r"[\w’'.-]+", role) if t[:1].isupper()]
    return frozenset(NATIONS.get(w, w) for w in words(" ".join(proper)) if w != head and w not in TITLES and w not in PERSON_NOUNS)


def _initials(role: str) -> frozenset[str]:
    """The acronyms each run of capitalised words of a role spells, folded ("nrc" of "the Norwegian Refugee Council";
    :func:`.bodytable.acronyms`)."""
    runs = re.findall(r"[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?:the\s+)?[A-Z][\w’'-]*)+", role)
    return frozenset(a.lower() for run in runs for a in acronyms(run.split()))


def _noun_phrase(chunk: str) -> str:
    """The role a chunk ends with, read back from its last word while the words are the noun phrase's (capitalised,
    a title, a person's noun, or "of", "for", "to", "the", "and"): "Belgium's ambassador" of "we asked Belgium's
    ambassador", not the verb and its subject before it."""
    kept: list[str] = []
    for token in reversed(chunk.split()):
        if not (token[:1].isupper() or token.strip("\"“”«»") in _INSIDE or fold(token) in TITLES | PERSON_NOUNS):
            break
        kept.insert(0, token.strip("\"“”«»"))
    return " ".join(kept)


def tied_roles(text: str) -> list[tuple[str, str]]:
    """Every (name, role) the page ties in one line: the role after the name between commas, before it closed by a
    comma, or a lower-case title right before it in one chunk ("Commission I member Dwi Kartika")."""
    tied = []
    for line in text.split("\n"):
        for m in PERSON_NAME.finditer(line):
            if _INSIDE_NAME.search(line[: m.start()]):
                continue  # "Human Rights" of "the Syrian Observatory for Human Rights": a body's name, no person's
            after = re.match(rf",\s+([^,.;:!?]{{3,{_CHUNK}}}),", line[m.end():])
            before = re.search(rf"(?:^|[,.;:!?])\s*([^,.;:!?]{{3,{_CHUNK}}}),\s+$", line[: m.start()])
            title = re.search(rf"(?:^|[,.;:!?])\s*([^,.;:!?]{{0,{_CHUNK}}}\s[a-z][\w-]+)\s+$", line[: m.start()])
            tied += [(m.group(), after.group(1))] if after else []
            tied += [(m.group(), _noun_phrase(found.group(1))) for found in (before, title) if found]
    return tied


def _placed_alike(description: str, role: str, head: str) -> bool:
    """True when what places one role places the other, the fewer words within the more ("Russia's ambassador" and
    "Russia's ambassador to the UK"), not when their first nations differ ("Turkey's ambassador to Russia"), or
    when one is the other's acronym ("NRC head" and "the head of the Norwegian Refugee Council")."""
    one, other = _placing(description, head), _placing(role, head)
    owners = {_owner(description), _owner(role)} - {""}
    return bool(one and other) and len(owners) < 2 and (one <= other or other <= one or bool(_initials(description) & other or _initials(role) & one))


def _owner(role: str) -> str:
    """The first nation a role names, whose it is ("Turkey" of "Turkey's ambassador to Russia"), or ""."""
    return next((NATIONS[w] for w in words(role) if w in NATIONS), "")


def named_by_role(got: Speaker, text: str, resolve_name: Callable[[str], Speaker | None]) -> Speaker | None:
    """The person the page names by the role of ``got``, a speaker read as a description only (``unnamed``), or None;
    ``resolve_name`` reads a name as the rules do (an actor known, or one to propose).  A role in apposition to a name
    where the description stands needs no person's noun: the grammar ties them ("Name, special assistant to ...")."""
    description = got.unnamed.strip()
    head = _head(description)
    if got.actor or got.new or not head or head in SOURCES and _INDEFINITE.match(description):
        return None
    names = {name for name, role in tied_roles(text) if role.strip() == description
             or head in PERSON_NOUNS and _head(role) == head and _placed_alike(description, role, head)}
    people = {name: person for name in names if (person := resolve_name(name)) and (person.actor or person.new) and is_person(person)}
    if len({fold(name.split()[-1]) for name in people}) != 1:
        return None
    return people[max(people, key=len)]


def fits_calling(description: str, speaker: Speaker, entries: Sequence[tuple[Speaker, str, bool]]) -> bool:
    """False when a person named before, by the roles stated with any of their mentions in ``entries`` (speaker, role,
    person) or the known actor's, holds a calling of another kind than the head of ``description``
    (:func:`.occupations.other_calling`): "The photographer said" is not the interior minister who spoke last, though
    his last mention was "he"."""
    stated = {w for other, role, _ in entries if other.label == speaker.label for w in words(role)}
    return not other_calling(_head(description), stated | (role_words(speaker.actor) if speaker.actor else set()))
