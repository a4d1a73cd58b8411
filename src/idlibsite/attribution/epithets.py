"""A person called by an epithet, not by a title the page gave them: "the master of the Kremlin", "the Turkish
strongman", "the Spaniard", "the leader of the opposition" stand for the person the paragraph has just named (LABELS rule
8, a descriptive anaphor), chosen by the nation the epithet names when the paragraph names several."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person, speaks_for
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.countries import STATES
from idlibsite.attribution.folding import fold
from idlibsite.attribution.fullnames import NAME_RUN
from idlibsite.attribution.match import match_body, match_person
from idlibsite.attribution.context import seen_surname
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.seen import Resolve, Seen
from idlibsite.attribution.wordlists import NATIONS, ORG_WORDS, PERSON_NOUNS, TITLES

EPITHET_NOUNS = frozenset("strongman master leader boss ruler autocrat tycoon veteran".split())
"""Nouns a writer calls a person by, in place of a name or an office the page gave them ("the Turkish strongman", "the
master of the Kremlin"): never a body's name."""

NATIONALS = {"spaniard": "Spain", "frenchman": "France", "frenchwoman": "France", "briton": "United Kingdom",
             "englishman": "United Kingdom", "scot": "United Kingdom", "turk": "Turkey", "dutchman": "Netherlands",
             "swede": "Sweden", "dane": "Denmark", "finn": "Finland", "pole": "Poland", "irishman": "Ireland",
             "icelander": "Iceland", "luxembourger": "Luxembourg", "new zealander": "New Zealand"}
"""A national's noun the nation list does not hold as an adjective (that list has "German", "Brazilian"): his country."""

_EPITHET = re.compile(r"(?:[Tt]he)\s+(?:(?P<by>[A-Z][\w’'-]*)\s+)?(?P<noun>[A-Za-z][a-z]+(?:\s+[Zz]ealander)?)"
                      r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?")
"""A definite epithet: "the Spaniard", "the Turkish strongman", "the Kremlin boss", "the master of the Kremlin"."""

_LEAD = re.compile(r"^(?:In|At|On|For|By|From|After|With|Without|To|The|But|And|According|Meanwhile)\s+")
"""A capitalised word that opens a sentence before a name ("In Geneva", "For Josep Borrell"): no part of it."""


def _nation(word: str, actors: tuple[Actor, ...]) -> str:
    """The country a word of an epithet names: a nation's adjective or name, a national's noun, or a known body's
    country ("Kremlin"); "" when none."""
    if not word:
        return ""
    nation = NATIONS.get(fold(word)) or NATIONALS.get(fold(word), "")
    if nation:
        return nation
    bodies = match_body(read_phrase(word), actors) if word[:1].isupper() else []
    return speaks_for(Speaker(bodies[0], None, "", "named", 0.0)) if bodies else ""


def epithet_holder(phrase: str, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """The person an epithet stands for: of the people named earlier in the sentence's paragraph, the one of the nation
    the epithet names ("the Turkish strongman" after "Vladimir Putin and Recep Tayyip Erdogan"), else the only one
    ("the Spaniard" after "Josep Borrell"); None when the phrase is no epithet, or the paragraph names nobody, or several
    people the epithet does not tell apart."""
    m = _EPITHET.fullmatch(phrase.strip())
    if not m:
        return None
    noun, by, of = fold(m.group("noun")), m.group("by") or "", m.group("of") or ""
    national = NATIONALS.get(noun, "") or (NATIONS.get(noun, "") if not (by or of) and m.group("noun")[:1].isupper() else "")
    if not national and not (noun in EPITHET_NOUNS and (by or of)):
        return None  # "the minister" is a title's anaphor (resolve), "the leader" alone names no epithet
    nation = national or _nation(by, actors) or _nation(of, actors)
    paragraph = seen.before[seen.before.rfind("\n") + 1 :] + seen.opening[: seen.opening.find(phrase)] if phrase in seen.opening else seen.before[seen.before.rfind("\n") + 1 :]
    people: dict[str, Speaker] = {}
    runs = [_LEAD.sub("", m.group()) for m in NAME_RUN.finditer(paragraph)]
    for run in runs:
        got = resolve(Clause(run, "", ""), actors, seen) if " " in run and read_phrase(run).person else None
        if got and (got.actor or got.new) and is_person(got):
            people.setdefault(got.label, got)
    for word in re.findall(r"\b[A-Z][\w’'-]+", re.sub(NAME_RUN, " ", paragraph)):  # "Putin" alone, a known person's or a speaker's
        known = match_person(word, actors) or seen_surname(word, seen.entries)
        got = (Speaker(known, None, "", "named", 0.0) if isinstance(known, Actor) else known) if known else None
        if got and is_person(got):
            people.setdefault(got.label, got)
    fits = [s for s in people.values() if speaks_for(s) == nation] if nation else []
    fits = fits or [s for s in people.values() if not nation or speaks_for(s) not in STATES]  # an EU or UN official: a nation of his own
    if len(fits) != 1:
        return None
    return Speaker(fits[0].actor, fits[0].new, "", "anaphor", CONFIDENCE["anaphor"])


_OFFICE = re.compile(r"(?:The|Our|Their|the|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:[’']s|(?<=s)[’']))\s+(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|the|and))*)")
"""An office called by its capitalised title: "Our Permanent Representative", "The Chief Medical Officer", or by whose
office it is, a country's or a body's possessive ("South Africa's Permanent Representative", "Maldives' Permanent
Representative"): the office, never its holder's name, which the apposition gives."""


def apposed_name(clause: Clause) -> Clause | None:
    """The clause with its subject's name for its phrase, when the phrase is an office and its apposition the holder's
    titled name ("Our Permanent Representative, Ambassador Inga Rhonda King, told ...": King, the office her role); None
    otherwise."""
    office = _OFFICE.fullmatch(clause.phrase.strip())
    role = re.sub(r"\b([A-Z][a-z]{1,3})\.\s", r"\1 ", re.sub(r"^the\s+(?=[A-Z])", "", clause.role.strip()))  # "The Premier, the Hon. Name JP MP, said"
    if not office or not role or not re.fullmatch(NAME_RUN, role):
        return None
    if not {fold(w) for w in office.group("title").split()} & (PERSON_NOUNS | TITLES):
        return None  # "The Kremlin, ..." is a body, no office
    name = role.split()
    while name and fold(name[0]) in TITLES | PERSON_NOUNS:
        name = name[1:]  # "Ambassador", "Dr": titles, no part of the name (LABELS rule 2)
    if len(name) < 2 or ORG_WORDS.intersection(fold(w) for w in name) or {fold(w) for w in name[:-1]} & (TITLES | PERSON_NOUNS):
        return None  # a surname that is a word of a title ("King") counts only last
    return Clause(" ".join(name), clause.phrase.strip(), clause.verb, clause.at)


_OFFICE_OPENING = re.compile(r"\s*(?P<office>[^,;:.\n]{3,80}?),\s+(?P<name>[A-Z][^,;:\n]{3,60}?),\s+(?=[a-z])")
"""A sentence opening with an office, its holder's titled name set off by commas, then the verb ("The Minister of Foreign
Affairs, Compañero Name Name, sent a letter ...")."""


def opening_holder(sentence: str) -> str:
    """The name of the holder of the office a sentence opens with, as its subject (:func:`apposed_name`: "The Minister of
    Foreign Affairs, Compañero Name Name, sent a letter to X, in which he conveyed ...": Name Name, whom "he" stands
    for); "" when the sentence opens otherwise."""
    m = _OFFICE_OPENING.match(sentence)
    named = apposed_name(Clause(m.group("office"), m.group("name"), "")) if m else None
    return named.phrase if named else ""


_DESCRIBED_THEN_NAMED = re.compile(r"(?P<what>(?:[Aa]n?|[Oo]ne)\s+[a-z][^,]*?),\s+(?P<name>[A-Z][^,]*)")
"""A person described, then named after a comma ("a lecturer at the University of Lima, Dr. Ana Ruiz")."""


_DESCRIBED_AT_BODY = re.compile(r"(?P<at>(?:[Aa]n?|[Oo]ne)\s+[^,]*?\s(?:at|of|with|from|for)\s+(?:the\s+)?)"
                                r"(?P<run>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the))*)")
"""A person described by a body they belong to, then named with no comma, as agency and regional copy runs them ("a
Zambian student at Ankara University Natasha Phiri"): one run of capitalised words, the body's name and the person's."""


def _described_at_body(phrase: str) -> tuple[str, str] | None:
    """The description and the name of a person described by a body, then named (:data:`_DESCRIBED_AT_BODY`): the run is
    cut after the body's kind ("University", "Council", "Crescent"), the two or three words after it the name (none a body's
    word, a country or a title); None when no such cut."""
    m = _DESCRIBED_AT_BODY.fullmatch(phrase)
    run = m.group("run").split() if m else []
    for size in (2, 3):
        body, name = run[:-size], run[-size:]
        if m and body and fold(body[-1]) in ORG_WORDS and all(w[:1].isupper() and fold(w) not in ORG_WORDS | TITLES | PERSON_NOUNS
                                                                and fold(w) not in NATIONS for w in name):
            return f"{m.group('at')}{' '.join(body)}", " ".join(name)
    return None


def described_name(clause: Clause) -> Clause | None:
    """The clause with the name for its phrase, when the phrase describes a person by a role noun and then gives their
    titled name in apposition ("quoted a lecturer at the University of Lima, Dr. Ana Ruiz, as saying": Ruiz, the
    description her role; LABELS rule 7, a person described and named is the name), or right after a body they belong
    to (:func:`_described_at_body`); None otherwise."""
    phrase = clause.phrase.strip().rstrip(",")
    apposed = _DESCRIBED_THEN_NAMED.fullmatch(phrase)  # "quoted a lecturer ..., Dr. Name, as saying"
    what, named = (apposed.group("what"), apposed.group("name")) if apposed else _described_at_body(phrase) or ("", "")
    if not what or clause.role or not {fold(w) for w in what.split()[1:3]} & PERSON_NOUNS:
        return None  # "a source close to the talks, ..." names nobody; the role noun opens the description
    name = named.split()
    while name and fold(name[0]) in TITLES | PERSON_NOUNS:
        name = name[1:]  # "Dr.", "Professor": titles, no part of the name (LABELS rule 2)
    if len(name) < 2 or not re.fullmatch(NAME_RUN, " ".join(name)) or ORG_WORDS.intersection(fold(w) for w in name):
        return None
    return Clause(" ".join(name), what, clause.verb, clause.at)
