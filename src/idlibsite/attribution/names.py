"""Where a person's or a body's name lies in a speaker phrase's words (pure): the last run of name-like words and
the name it ends, a title's words, a person "of" a body, a role "of" a body before a name, a name its acronym spells.
Words are compared folded (:mod:`.folding`).
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import CONNECTORS, NATIONS, ORG_WORDS, PARTICLES, PERSON_NOUNS, TITLES


UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
"""Capital letters of the Latin alphabets news names use, for acronyms ("İHD", "ÖSYM") and names ("Ģirģens", "Łukasz")."""


def name_like(token: str) -> bool:
    core = token.strip("(),")
    if not core:
        return False
    if core[0].isupper():
        return True
    return core.lower() in PARTICLES or bool(re.match(r"(?:al|el|ad|bin)-[A-Z]", core))


_SPELLED_ACRONYM = re.compile(rf"(.+?)\s+\(([{UPPER}]{{2,6}})\)")
"""A name and its acronym in brackets, maybe after a description ("Humanitarian group Aksi Cepat Tanggap (ACT)")."""
_OF_BODY = re.compile(r"(.+?)\s+(?:of|at|from)\s+(?:the\s+)?([A-Z].*)")
"""A person then the body they belong to: ``Prof. Eyal Zisser of Tel Aviv University``."""
STATE_FORMS = frozenset("republic kingdom federation confederation principality sultanate emirate commonwealth".split())
"""Folded words that name a state's form before "of" and its country ("the Republic of Fiji", "the Kingdom of Tonga"):
no person's name, so never a person "of" a body."""
_HEAD_OF = re.compile(r"(?:(?i:the|deputy|first|acting|official)\s+)*([a-z-]+|[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,]*"
                      r"\s+(?:[A-Z][\w’'-]+\s+(?:(?:al|bin|bint|ibn|abu|de|von)\s+)?(?:[A-Z]|al-|el-)|(?:[IVX]+|\d+)\s+[A-Z])[\w’'-]+")
"""A role "of" a body, then a person's name: ``head of the Russian Centre for ... Pavel Dorin``, ``Secretary General of the CSTO Name``, ``Official
Spokesperson of the Ministry of Foreign Affairs Name bint Name al-Name``; one name after a numbered body (``member of
the House's Commission I Hasan``: a mononym, LABELS Round 27)."""

def spelled_name(text: str) -> tuple[str, str] | None:
    """(the name, the description before it) of a description, a name and its acronym in brackets, when the acronym is
    the initials of the name's last words: "Humanitarian group Aksi Cepat Tanggap (ACT)"; None otherwise."""
    m = _SPELLED_ACRONYM.fullmatch(text)
    tokens = m.group(1).split() if m else []
    if not m or len(tokens) <= len(m.group(2)) or "".join(w[0] for w in tokens[-len(m.group(2)) :]) != m.group(2):
        return None
    return " ".join(tokens[-len(m.group(2)) :]), " ".join(tokens[: -len(m.group(2))])


_UNIT_OF = re.compile(r"(?:[Tt]he\s+)?((?:Department|Office|Directorate|Bureau|Division|Secretariat)\s+(?:of|for)\s+[A-Z][^()]*?)"
                      rf"\s+of\s+(?:the\s+)?([A-Z][^()]*?)\s+\(([{UPPER}]{{2,6}})\)")
"""A body's unit named "of" its parent, the parent's acronym in brackets ("The Department of Refugee Affairs of the
Palestine Liberation Organization (PLO)")."""


def unit_of(text: str) -> str:
    """The unit's name with its parent's acronym before it, as news copy writes it ("PLO Department of Refugee Affairs";
    LABELS rule 9: a body's service is the body, named as its own) when ``text`` is a unit of a parent whose acronym the
    brackets spell (:data:`_UNIT_OF`); "" otherwise."""
    m = _UNIT_OF.fullmatch(text)
    capitals = [w[0] for w in m.group(2).split() if w[:1].isupper()] if m else []
    return f"{m.group(3)} {m.group(1)}" if m and "".join(capitals) == m.group(3) else ""


def head_of(text: str, tokens: list[str]) -> tuple[str, str] | None:
    """``chief of the Russian Centre for Reconciliation ... Pavel Dorin``, ``Secretary General of the CSTO Name``: (the
    name, the role before it)."""
    headed = _HEAD_OF.fullmatch(text)
    if not headed or fold(headed.group(1)) not in PERSON_NOUNS:
        return None
    name = after_body(tokens) or tokens[person_at(tokens) :]
    name = name[1:] if re.fullmatch(r"[IVX]+|\d+", name[0]) else name  # "Commission I Hasan": the number is the body's
    role = " ".join(tokens[: -len(name)])
    body = ORG_WORDS.intersection(words(role)) or re.search(r"\s(?:of|for)\s+(?:the\s+)?[A-Z]{2,6}$", role)  # "of the CSTO": a body's acronym
    return (" ".join(name), role) if body and not ORG_WORDS.intersection(words(" ".join(name))) else None


def after_body(tokens: list[str]) -> list[str]:
    """The name of two to four words after the last word of a body's name ("Member of the Supreme Political Council
    Mohammed Ali al-Houthi": the words after "Council"); [] when a lowercase word or none such follows it."""
    at = max((i + 1 for i, t in enumerate(tokens) if fold(t) in ORG_WORDS), default=0)
    name = tokens[at:]
    named = 0 < at and 2 <= len(name) <= 4 and all(name_like(t) and fold(t) not in TITLES | PERSON_NOUNS for t in name)
    return name if named and name[0][:1].isupper() else []


def person_at(tokens: list[str]) -> int:
    """Where the person's name that ends the tokens starts: a surname after its particles, a given name, and a
    patronym's or a family's particle with the name before it ("Lolwah bint Rashid al-Khater", "Ursula von der Leyen")."""
    at = len(tokens) - 1
    while at > 1 and fold(tokens[at - 1]) in PARTICLES:
        at -= 1
    at -= 1
    while at > 1 and fold(tokens[at - 1]) in PARTICLES:
        at -= 2
    return max(at, 0)


def last_run(tokens: list[str]) -> list[str]:
    """The last run of name-like tokens, a possessive ending it."""
    run: list[str] = []
    for token in reversed(tokens):
        if not name_like(token) or re.search(r"[’']s?$", token):
            break
        run.insert(0, token)
    while run and (run[0].lower() in PARTICLES and not (re.match(r"(?:al|el)-", run[0]) or run[0][:1].isupper())
                   or run[0] in ("The", "A", "An")):
        run.pop(0)  # a name starts with a capital or al-, and not with a sentence's "The"
    return run if run and not all(r.lower() in PARTICLES for r in run) else []


_FIELDS = frozenset("foreign defense interior expatriates state affairs health justice finance security".split())
""":data:`TITLES` that name an office's field, not a rank: after a body's kind and "of", its field ("Ministry of Foreign
Relations"), no title."""


def _body_before(tokens: list[str]) -> bool:
    """True when the words before an "and" hold a body's kind, then "of" or "for" ("the Centre for Monitoring"), as a
    body's name of two fields does; not a person's field ("Secretary Name of Foreign Affairs")."""
    kind = next((i for i, t in enumerate(tokens) if t[:1].isupper() and fold(t) in ORG_WORDS), -1)
    return kind >= 0 and bool({"of", "for"} & set(tokens[kind + 1 :]))


def whole_name(tokens: list[str], run: list[str]) -> list[str]:
    """The run with the name it ends, through "of", "for", "the" ("Centre for Reconciliation
    of the Opposing Sides", "Office for the Coordination of Humanitarian Affairs")."""
    start = len(tokens) - len(run)
    i = start
    fields = start > 1 and (tokens[start - 1] in ("of", "for") and fold(tokens[start - 2]) in ORG_WORDS  # "Ministry of Foreign Relations",
                            or tokens[start - 1] == "and" and _body_before(tokens[: start - 1]))  # "Institute for Strategy and Security":
    if any(fold(t) in TITLES - (_FIELDS if fields else set()) for t in run) and fold(run[-1]) not in ORG_WORDS:  # a body's field
        return run  # "head of the Centre ... Rear Admiral Oleg Zhuravlev": a titled person, not "the Foreign Policy ... Institute"
    while run and i > 1 and (tokens[i - 1] in CONNECTORS or tokens[i - 1] == "and" and _body_before(tokens[: i - 1])):
        j = i - 1  # "and" inside a body's name after its kind and "of" or "for" ("Centre for Monitoring and Research")
        while j > 0 and tokens[j - 1] in CONNECTORS:
            j -= 1
        if j == 0 or not name_like(tokens[j - 1]) or re.search(r"[’']s?$", tokens[j - 1]):
            break
        i = j - 1
        while i > 0 and name_like(tokens[i - 1]) and not re.search(r"[’']s?$", tokens[i - 1]):
            i -= 1
    return tokens[i:] if i < start else run


def member_of(run: list[str]) -> tuple[str, str] | None:
    """A titled person or a name of two words, then "of" a body (its name has a body's word, or the person a title):
    (the name, the body); None when the run is one body's name ("Office for the Coordination of ...")."""
    m = _OF_BODY.fullmatch(" ".join(run))
    person = m.group(1).split() if m else []
    name = [t for t in person if not title_like(t)]
    lead = max((i + 1 for i, t in enumerate(person) if title_like(t)), default=0)
    lead = max(lead, next((i for i, t in enumerate(person) if fold(t) not in PERSON_NOUNS), 0))  # "Analyst Name Surname of ..."
    titled = 0 < lead <= len(person) - 2 and not PERSON_NOUNS.intersection(map(fold, person[lead:]))
    name = person[lead:] if titled else name  # "Associate Prof Dr Rahimah Yusof of Universiti ...": the name after the titles
    alone = m is not None and len(person) == 1 and not person[0].endswith("s") and _PARTY.search(m.group(2)) is not None and _personal(
        person * 2, m.group(2))  # "Sukamta of the Prosperous Justice Party": one name alone before a party's name (a timeline's
    # style), not "Speaker of Parliament X", "Friends of the X Party"
    body = bool(titled or alone or ORG_WORDS.intersection(words(m.group(2))) or re.fullmatch(rf"[{UPPER}]{{2,}}", m.group(2))
                or _personal(person, m.group(2))) if m else False
    if not m or not body or ORG_WORDS.intersection(words(m.group(1))):  # "of Tel Aviv University", "of OCHA"
        return None
    if fold(person[-1]) in STATE_FORMS:  # "The Republic of Fiji Military Forces": a state's formal name opens a body's
        return None
    if len(name) < 2 and len(name) == len(person) and not alone or not name or not all(name_like(t) for t in name):
        return None  # "Bank of England", "Friends of Syria Group": no person before "of"
    return " ".join(name), m.group(2)


_NAME_HEAD = re.compile(r"(?P<head>(?!(?:The|A|An)\s)[^,]+?),?\s+(?P<of>of|at|from)\s+(?:[a-z][\w’'-]*\s+)*?"
                      r"(?P<body>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|al-[\w’'-]+))*)(?:\W.*)?")
"""A phrase's head, its first "of", "at" or "from", and the first name after it, past the lowercase words before that
name ("Name of the charity CARE", "Name of the local Red Cross branch in Leeds", "Name, from Aleppo"); a head that
opens with an article is a description ("The Secretary General of ..."), no name's."""


def member_heading(phrase: str) -> tuple[str, str] | None:
    """:func:`member_of` over a phrase's head and the first name of what follows its first "of", "at" or "from"
    (:data:`_NAME_HEAD`): the person whose name opens the phrase, and the body or place they belong to, however the
    phrase goes on ("Father Name of St Mark's Church in Town": the person, never the town; LABELS rule 2)."""
    m = _NAME_HEAD.fullmatch(phrase.strip())
    return member_of([*m.group("head").split(), m.group("of"), *m.group("body").split()]) if m else None


_PARTY = re.compile(r"\b(?:Party|Parti|Partai|Partido|Partei|Partij)\b")
"""The word that makes a body's name a political party's, in the languages pages name them in."""


_NO_GIVEN_NAME = STATE_FORMS | {"state", "international", "conference", "synod", "assembly"} | {
    "lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl", "countess", "duke", "duchess", "marquess"}
"""Folded words that make two capitalised words before "of" a body's or a state's name, not a person's ("Islamic State of
...", "Amnesty International of ...", "the X Conference of Catholic Bishops"), or a peer's whose place is part of the
title ("Lord Penrose of Kendal")."""


def _personal(person: list[str], body: str) -> bool:
    """True when two or three capitalised words before "of" are a person's name, not a body's nor a title's ("The
    Diocese" is none; no body's,
    nation's, title's or role's word among them, :data:`_NO_GIVEN_NAME` aside), and what follows "of" is one to four
    capitalised words, a body or a place with no body's word in its name ("Hanne Claeys of Caritas Vlaanderen", "Name
    Surname of Oxfam Solidarité"): the person, whatever the body (LABELS rule 2: "Name of Body" is the person)."""
    said = {fold(t) for t in person}
    return (2 <= len(person) <= 3 and person[0] != "The" and not any(map(title_like, person)) and all(re.fullmatch(rf"[{UPPER}][a-zß-ÿ’'-]+", t) for t in person)
            and not said & (ORG_WORDS | NATIONS.keys() | TITLES | PERSON_NOUNS | _NO_GIVEN_NAME)
            and re.fullmatch(rf"[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,3}}", body) is not None)


_SHORT_TITLES = frozenset("sen rep gov maj gen capt col lt adm brig".split())
"""Titles written short ("Sen. Name", "Gen Name"), which stand before a name, never after it."""


def title_cut(run: list[str]) -> int:
    """Where the titles of a run end: after its last title-like word, unless that word is a short title that ends the run
    after a name's word ("Prime Minister Hun Sen": "Sen" is the surname, as a short title only opens a name)."""
    surname = len(run) >= 2 and fold(run[-1]) in _SHORT_TITLES and not run[-1].endswith(".") and not title_like(run[-2])
    son = next((i - 1 for i, t in enumerate(run) if t in _PATRONYMIC and i > 0), len(run))  # "X bin Pehin Datu ... Y": his
    return max((i + 1 for i, t in enumerate(run[:son]) if title_like(t) and not (surname and i == len(run) - 1)), default=0)  # father's


def patronymic(name: list[str]) -> list[str]:
    """A name without the titles of the father its patronymic names ("Erywan bin Pehin Datu Pekerma Jaya Haji Mohd
    Yusof": "Erywan bin Mohd Yusof"): the words after "bin" or "binti" up to the last title-like one among them are his
    styles, no part of the name (LABELS rule 2, Round 47: a patronymic's own titles are titles)."""
    son = next((i for i, t in enumerate(name) if t in _PATRONYMIC and i > 0), len(name))
    styled = max((i + 1 for i, t in enumerate(name) if i > son and title_like(t)), default=0)
    return name[: son + 1] + name[styled:] if styled and styled < len(name) else name


_PATRONYMIC = frozenset(("bin", "binti", "binte"))
"""The word of a Malay patronymic between a person's name and the father's ("Erywan bin Mohd Yusof")."""


def title_like(token: str) -> bool:
    if re.fullmatch(r"[^/]+(?:/[^/]+)+", token):  # "Representative/Vice-President": two offices held at once, in words
        return all(not part.isupper() and (title_like(part) or fold(part) in PERSON_NOUNS) for part in token.split("/"))
    f = fold(token)
    cohead = f.startswith(("co-", "vice-")) and f.split("-", 1)[1] in TITLES | PERSON_NOUNS  # "Co-Chair", "Vice-Chairman"
    ranks = "-" in f and all(part in TITLES for part in f.split("-"))  # "Maj.-Gen.", "Lt-Col": one rank of two titles
    return f in TITLES or cohead or ranks or f in NATIONS or bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{2,}", token))


REGNAL = re.compile(r"(?:\s+(?:[A-Z][\w’'-]*(?:uddin|addin|iddin|ddien)|[A-Z]\w*[’'][\w’'-]+|Al-[\w’'-]+))+\s+(?:Waddaulah|Waddien|Billah)(?:\s+Shah)?$")
"""A ruler's regnal style after the name, Arabic epithets ending in "Waddaulah" or "Billah" ("Hassanal Bolkiah Mu'izzaddin
Waddaulah", "Abdullah Ri'ayatuddin Al-Mustafa Billah Shah"): a royal style, no part of the name (LABELS rule 2, Round 47)."""


_INNER = frozenset("in of and for to the &".split())
"""Words that join the capitalised words of one body's name ("Hand in Hand Relief", "Bread and Roses")."""


def cut_inside(tokens: list[str], name: list[str]) -> bool:
    """True when ``name``, read off the end of the phrase ``tokens``, is the tail of one name cut at a word inside it: the
    words before it are capitalised words and joining words only and end with a joining word ("Hand in | Hand Relief",
    "Brothers in | Arms Appeal", "Bread and | Roses") and hold no title ("Minister for Europe and | ..." is an office's
    field, read by the caller), so no title stands before a person's name there; the phrase is one body's name, whole."""
    role = tokens[: len(tokens) - len(name)]
    return (bool(role) and role[-1] in _INNER and role[0][:1].isupper() and all(t[:1].isupper() or t in _INNER for t in role)
            and not any(fold(t) in PERSON_NOUNS | TITLES for t in role))
