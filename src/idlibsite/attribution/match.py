"""Match a speaker phrase, read by :mod:`idlibsite.attribution.phrase`, to the actors on whole
folded words (pure): a person by surname (with the vowel spellings of transliteration merged),
a body by its aliases (a body of another nation never), an anaphor by an alias that is one.
"""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.kinds import KIND_FAMILIES
from idlibsite.attribution.phrase import Phrase
from idlibsite.attribution.wordlists import LEFTOVER_OK, NATIONS, ORG_NOUNS, ORG_WORDS


def _anaphor_alias(alias: str) -> bool:
    """``the ministry``, ``the center``: an alias that is only an anaphor."""
    parts = alias.split()
    return len(parts) == 2 and parts[0].lower() == "the" and parts[1].islower()


def name_key(word: str) -> str:
    """A folded word of a person's name with the vowel spellings of transliteration merged
    (Dmitry/Dmitri, Shoygu/Shoigu, Youssef/Yussef), a Greek chi inside a word written "ch" or "h"
    (Chrysochoidis/Chrysohoidis) and a letter written once or twice (Zelenskyy/Zelensky, Mohammed/Mohamed,
    Hassan/Hasan): for names only, not for the word lists."""
    key = fold(word).replace("y", "i").replace("ou", "u")
    return re.sub(r"(.)\1+", r"\1", key[:1] + key[1:].replace("ch", "h"))


def match_person(name: str, actors: tuple[Actor, ...]) -> Actor | None:
    """The person actor whose name or alias ends with the same folded surname as ``name``."""
    got = [name_key(w) for w in words(name)]
    if not got:
        return None
    for actor in actors:
        if actor.kind != "person":
            continue
        for alias in (actor.name, *actor.aliases):
            want = [name_key(w) for w in words(alias)]
            if want and want[-1] == got[-1] and (set(got) <= set(want) or set(want) <= set(got)):
                return actor
    return None


def by_first_name(name: str, actors: tuple[Actor, ...], before: str) -> Actor | None:
    """The one person actor whose first name is ``name``, a single word, and whose surname the text ``before`` has:
    "Mark told us" after "Under-Secretary-General Lowcock" is Mark Lowcock; None when none or several."""
    if len(words(name)) != 1:
        return None
    found = {(a, words(alias)[-1]) for a in actors for alias in (a.name, *a.aliases) if a.kind == "person"
             and len(words(alias)) > 1 and name_key(words(alias)[0]) == name_key(name)}
    said = {name_key(w) for w in words(before)} if found else set()
    named = {a for a, surname in found if name_key(surname) in said}
    return named.pop() if len(named) == 1 else None


_KIND_LEAD = re.compile(r"(?:[Tt]he\s+|[Aa]n?\s+)?(?P<lead>(?:[a-z-]+\s+){0,3}?(?P<kind>[a-z]+))\s+(?P<name>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|the))*)")
"""A body's own name after a description in lower case that ends with a body's kind ("The medical aid organisation
UOSSM", "the charity X", "the aid group Y"): the description is no part of the name."""
_KINDS = ORG_NOUNS | {"charity", "ngo", "watchdog", "monitor", "group"} | frozenset().union(*KIND_FAMILIES)


def _kind_lead(text: str) -> tuple[set[str], set[str]]:
    """The words of a description of a body's kind before its name (:data:`_KIND_LEAD`) and of the name, two empty sets
    when the phrase is no such one."""
    m = _KIND_LEAD.fullmatch(text.strip())
    return (set(words(m.group("lead"))), set(words(m.group("name")))) if m and m.group("kind") in _KINDS else (set(), set())


def match_body(phrase: Phrase, actors: tuple[Actor, ...]) -> list[Actor]:
    """Non-person actors whose alias words are all in the phrase, most specific first.

    A body of another nation never matches (``Turkey's National Defense
    Ministry`` is not the Russian one), and an alias matches only when what
    the phrase has beyond it is generic (``the Kremlin press service``) or
    when the alias has the phrase's head noun and another word besides its
    nation (``the Defence Ministry's Centre for Reconciliation of the
    Opposing Sides`` is the ``Russian Centre for Reconciliation``).
    """
    text = short_form(phrase.text)  # "the Ministry of Foreign Affairs of the Russian Federation": "Russia Foreign Ministry"
    order = words(text)
    got = set(order)
    nations = {NATIONS[w] for w in got if w in NATIONS}
    head, qualifiers = _head_noun(text)
    owner = _owner(text)
    acronyms = {fold(a) for a in re.findall(r"\(([A-Z]{2,}\w*)\)", text)}  # "(TCCB)": the name again
    lead, named = _kind_lead(phrase.text)  # "The medical aid organisation UOSSM": the kind's description, then the name
    found: list[tuple[int, Actor]] = []
    for actor in actors:
        if actor.kind == "person" or (nations and actor.affiliation and nation_of(actor.affiliation) not in nations):
            continue
        if actor.affiliation and owner and not owner <= {fold(nation_of(actor.affiliation))} | set(words(" ".join((actor.name, *actor.aliases)))):
            continue  # "Malaysia's foreign ministry", "the Foreign Ministry of Chile": a body of a country the actors file lacks
        best = 0
        for alias in (actor.name, *actor.aliases):
            want = set(words(alias))
            if not want or _anaphor_alias(alias) or not want <= got:
                continue
            leftover = got - want - {fold(actor.affiliation)} - acronyms
            # its head and another word, in the alias's order, and nothing else before the head: "the Dutch
            # Foreign Ministry" is not it, nor is "Ministry for Europe and Foreign Affairs" the "Foreign Ministry"
            named_by_head = head in want and len(want - set(NATIONS)) >= 2 and qualifiers <= want and _in_order(words(alias), order)
            spelled = want <= acronyms and re.fullmatch(r"[A-Z]{2,}\w*", alias) is not None  # "... Organisations (UOSSM)": its own acronym
            described = bool(named) and want == named and leftover <= lead  # "the charity X" for the alias "X"
            if all(w in LEFTOVER_OK for w in leftover) or named_by_head or spelled or described:
                best = max(best, len(want))
        if best:
            found.append((best, actor))
    return [a for _, a in sorted(found, key=lambda f: -f[0])]


_FORMAL_MINISTRY = re.compile(r"(?P<before>.*?)\bMinistry\s+of\s+(?:the\s+)?(?P<field>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)??)(?:\s+Affairs)?"
                              r"(?:\s+of\s+(?:the\s+)?(?P<nation>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?")
"""A ministry's formal name, "Ministry of" its field (maybe "Affairs"), its country before it or after "of" ("the Russian
Ministry of Foreign Affairs", "Ministry of National Defence of the Republic of Ruritania")."""


def short_form(text: str) -> str:
    """A ministry's formal name that names its country in the form actors are listed by, its country and its field
    before "Ministry" ("Ministry of Foreign Affairs of the Russian Federation": "Russia Foreign Ministry"; "the Russian
    Ministry of Foreign Affairs": "the Russian Foreign Ministry"; LABELS rule 9, a body's variant name); any other
    phrase as it is (a ministry that names no country is the page's, :mod:`.bodytable`)."""
    m = _FORMAL_MINISTRY.fullmatch(text)
    after = m.group("nation") or "" if m else ""
    country = next((NATIONS[w] for w in words(after) if w in NATIONS), "")
    if not m or not (country or any(w in NATIONS for w in words(m.group("before")))) or after and not country:
        return text
    return " ".join(filter(None, (m.group("before").strip(), country, m.group("field"), "Ministry")))


_OWNER = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w-]+)[’']s\s+(?=\S)|\s+of\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$")
"""Whose a body is, by one name: a possessive opening the phrase ("Malaysia's foreign ministry") or "of" and a name
with no article closing it ("the Foreign Ministry of Chile"; not "... of the Opposing Sides")."""


def _owner(text: str) -> set[str]:
    """The folded words of the name that owns a body's phrase (:data:`_OWNER`), unless it is itself a body's."""
    found = [m.group(1) or m.group(2) for m in _OWNER.finditer(text)]
    got = set(words(" ".join(found)))
    return set() if got & (ORG_NOUNS | ORG_WORDS) else got


def _in_order(wanted: list[str], got: list[str]) -> bool:
    """Every wanted word is in ``got``, in the same order."""
    rest = iter(got)
    return all(w in rest for w in wanted)


def _head_noun(text: str) -> tuple[str, set[str]]:
    """The folded head of a body's phrase, its first body noun after any possessive
    ("the Russian Defence Ministry's Centre for Reconciliation of ..." -> "center"), and
    the folded words between the possessive and the head."""
    tokens = text.split()
    owned = max((i + 1 for i, t in enumerate(tokens) if re.search(r"[’']s?$", t)), default=0)
    at = next((i for i in range(owned, len(tokens)) if fold(tokens[i]) in ORG_NOUNS), -1)
    if at < 0:
        return "", set()
    return fold(tokens[at]), set(words(" ".join(tokens[owned:at])))


def anaphor_alias(anaphor_text: str, actors: tuple[Actor, ...]) -> Actor | None:
    """The actor that lists this anaphor (``the center``) among its aliases."""
    wanted = words(anaphor_text)
    for actor in actors:
        if any(_anaphor_alias(a) and words(a) == wanted for a in actor.aliases):
            return actor
    return None


def role_words(actor: Actor) -> set[str]:
    """Folded words of an actor's role titles and note."""
    return set(words(" ".join([*(r.title for r in actor.roles), actor.note])))


def principal_words(actor: Actor) -> set[str]:
    """Folded words an actor's role titles give only to whom they serve, after "of" ("press secretary of the President
    of Russia": "president", "russia"), none of the titles' own heads: no title of theirs ("the Russian president" is not
    his spokesman)."""
    parts = [part.split(" of ", 1) for r in actor.roles for part in r.title.split("(")]
    return set(words(" ".join(p[1] for p in parts if len(p) > 1))) - set(words(" ".join(p[0] for p in parts)))


def serving(owner: str, phrase: str, actors: tuple[Actor, ...]) -> Actor | None:
    """The one person whose role title serves the office a possessive names, by the words the phrase has after it ("The
    Russian president's press secretary": the actor who is "press secretary of the President of Russia"); None when
    the owner is no such office of one actor's titles (a name: "Putin's spokesman", read elsewhere)."""
    owned, said = set(words(owner)), set(words(phrase)) - set(words(owner))
    fits = [a for a in actors if a.kind == "person" and owned and said
            and any(owned <= set(words(part[1])) and said <= set(words(part[0]))
                    for r in a.roles for part in (p.split(" of ", 1) for p in r.title.split("(")) if len(part) > 1)]
    return fits[0] if len(fits) == 1 else None


def title_head(actor: Actor, head: str) -> bool:
    """True when ``head`` (a folded word: "president") is a word of one of the actor's role titles before its
    principal's ("President of Russia", not "press secretary of the President of Russia")."""
    return any(head in words(re.split(r"\s+of\s+|\(", r.title)[0]) for r in actor.roles)


def nation_of(affiliation: str) -> str:
    """An affiliation as NATIONS names it ("UN" -> "United Nations")."""
    return NATIONS.get(fold(affiliation), affiliation)
