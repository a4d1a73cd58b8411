"""Whether two names are one body or one person, by LABELS.md's rules (rule 2 on persons' names, rule 9 on a body's
variant names): the comparison bench/suggest.py scores a proposed new speaker's name with (issue 15).  Each form it
takes for one name is a general one, with a test and a guard test that two bodies or two people stay apart."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import NATIONS, ORG_WORDS


def _same_name(a: str, b: str) -> bool:
    """The same name, or one the other's acronym: "SANA" and "Syrian Arab News Agency", which the
    article itself writes "the Syrian Arab News Agency (SANA)" (every letter the initial of a
    capitalised word, in order; a parent's acronym opening the name left out: "UN Office for the
    Coordination of Humanitarian Affairs" is OCHA, LABELS rule 9; in any order when the acronym is the name's in its
    own language, :func:`_translated_acronym`); a ministry's two forms are one body (LABELS.md rule 9, a body's
    variant name): "Syrian Ministry of Foreign Affairs" is "Syrian Foreign Ministry" (and "Foreign Affairs Ministry"), and so is a ministry's official
    name that lists further portfolios after its first ("..., African Cooperation and Moroccan Expatriates"), and a
    government's formal name and its country's adjective ("Government of Jamaica", "Jamaican government"); so are a
    country's possessive and its adjective before a body's name: "Japan's Foreign Ministry" is "Japanese Foreign Ministry", "Costa Rica's" is "Costa
    Rican" (a country of two words); a person's
    middle initial and a generational suffix are no part of the name to compare (LABELS rule 2): "William D.
    Byrne Jr." is "William Byrne"; an Arabic article particle before a surname is part of its
    transliteration (LABELS rule 2): "Bashar Assad" is "Bashar al-Assad"; and a name is the same with its second surname
    (LABELS rule 2, in the spirit of rule 9's two names of one body): "Josep Borrell" is "Josep Borrell Fontelles", the
    given name and first surname the longer one opens with."""
    a, b = _PARTICLE.sub("", a), _PARTICLE.sub("", b)
    a, b = _MORE_PORTFOLIOS.sub(r"\1", a), _MORE_PORTFOLIOS.sub(r"\1", b)  # "..., African Cooperation and ..."
    a, b = _MINISTRY_OF_NATION.sub(r"\3 \2 Ministry", a), _MINISTRY_OF_NATION.sub(r"\3 \2 Ministry", b)  # "... of Ukraine"
    a, b = _MINISTRY_OF.sub(r"\2 Ministry", a), _MINISTRY_OF.sub(r"\2 Ministry", b)
    a, b = _AFFAIRS_MINISTRY.sub(r"\1 Ministry", a), _AFFAIRS_MINISTRY.sub(r"\1 Ministry", b)  # "External Affairs Ministry"
    a, b = _GOVERNMENT.sub(_government, a), _GOVERNMENT.sub(_government, b)  # "Government of Jamaica", "Jamaican government"
    a, b = _INITIAL_OR_SUFFIX.sub("", a), _INITIAL_OR_SUFFIX.sub("", b)  # "William D. Byrne Jr." is "William Byrne"
    a, b = _TWO_WORD_NATION.sub(_two_word_nation, a), _TWO_WORD_NATION.sub(_two_word_nation, b)  # "Costa Rica's"
    a, b = _NATION_FIRST.sub(_nation, a), _NATION_FIRST.sub(_nation, b)
    x, y = words(a), words(b)
    short = min(len(x), len(y))  # a person's second surname: one word more, no body's word
    short = short if short == 2 and abs(len(x) - len(y)) == 1 and not ORG_WORDS.intersection(x + y) else 0
    return bool(x and y) and (x[-1] == y[-1] and (set(x) <= set(y) or set(y) <= set(x))
                              or short > 0 and x[:short] == y[:short]  # "Josep Borrell" is "Josep Borrell Fontelles"
                              or _initials(a) in (b, _capitals_of(b)) or _initials(b) in (a, _capitals_of(a))
                              or _translated_acronym(a, b) or _translated_acronym(b, a))


def _translated_acronym(acronym: str, name: str) -> bool:
    """True when ``acronym`` keeps the initials of a body's name in its own language, which a translation reorders:
    "FAB" (Força Aérea Brasileira) for "Brazilian Air Force", "OTAN" for "North Atlantic Treaty Organization" (LABELS
    rule 9, a body's name and its acronym): capitals only, three or more, the same letters as the initials of the
    name's capitalised words, each once."""
    initials = _initials(name)
    return (re.fullmatch(r"[A-Z]{3,}", acronym) is not None and len(set(acronym)) == len(acronym)
            and sorted(acronym) == sorted(initials))


_INITIAL_OR_SUFFIX = re.compile(r"(?<=\w)\s+(?:[A-Z]\.(?=\s+[A-Z])|,?\s*(?:Jr|Sr)\.?$|,?\s*(?:II|III|IV)$)")
"""A middle initial between a first name and a surname, or a suffix Jr./Sr./II/III/IV that ends a person's name."""


_PARTICLE = re.compile(r"(?<=\s)(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]r|[Aa]sh)-(?=[A-Z])")
"""An Arabic article joined to a surname ("al-Assad", "el-Sisi", "ash-Shar"), which transliterations keep or drop."""


_NATION_FIRST = re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]+)(?:[’']s)?(?=\s+[A-Za-z])")
"""A country or its adjective opening a body's name ("Japan's Foreign Ministry", "Japanese Foreign Ministry"), the
name's next word in either case: a label keeps the page's "Palestinian embassy in Ankara", a proposal may write
"Palestinian Embassy in Ankara", one name compared without case (the words are folded)."""


def _nation(m: re.Match[str]) -> str:
    return NATIONS.get(fold(m.group(1)), m.group())


_TWO_WORD_NATION = re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]+)\s+([A-Z][a-z]+)(?:[’']s)?(?=\s+[A-Z])")
"""A country of two words, or its adjective, opening a body's name ("Costa Rica's Foreign Ministry", "Costa Rican
Foreign Ministry"): one body, as a country of one word (:data:`_NATION_FIRST`)."""


def _two_word_nation(m: re.Match[str]) -> str:
    """The country's name for its two words or its adjective ("Costa Rica's", "Costa Rican": "Costa Rica"), the words
    as they are when the second is no key of the country the first word opens."""
    country = NATIONS.get(fold(m.group(2)), "")
    return country if country.split()[:1] == [m.group(1)] and len(country.split()) == 2 else m.group()


_MINISTRY_OF_NATION = re.compile(r"^(?:[Tt]he )?Ministry of (the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)??)(?: Affairs)? of (?:the )?([A-Z][\w’'-]*)$")
"""A ministry's formal name with its country after it ("Ministry of Foreign Affairs of Ukraine"): the country's
"Ukraine Foreign Ministry", one body with "Ukrainian Foreign Ministry" (LABELS rule 9)."""
_MORE_PORTFOLIOS = re.compile(r"^((?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,3}?Ministry\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)(?:,|\s+and)\s+[A-Z].*$")
"""A ministry's official name of several portfolios ("Ministry of Foreign Affairs, African Cooperation and Moroccan
Expatriates", "Ministry of Foreign Affairs and International Cooperation"): the ministry of its first portfolio, one of
its forms (LABELS rule 9, a ministry's two forms), with its country before it in one word or several ("Solomon Islands",
"Trinidad and Tobago"), as a label writes it."""
_AFFAIRS_MINISTRY = re.compile(r"\b([A-Z][\w’'-]*) Affairs Ministry$")
"""A ministry named by its field, "Affairs" and "Ministry" ("External Affairs Ministry"): the ministry's other form of
"Ministry of External Affairs" (LABELS rule 9, a ministry's two forms), compared as "External Ministry"."""
_MINISTRY_OF = re.compile(r"\bMinistry (?:of|for) (the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)??)(?: Affairs)?$")
_GOVERNMENT = re.compile(r"^(?:[Tt]he )?(?:Government of (?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)|([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?) [Gg]overnment)$")
"""A government by its formal name with its country after it ("Government of Jamaica") or by its country's adjective
("Jamaican government"): one body (LABELS rule 9, a body's two forms, as a ministry's "Ministry of Foreign Affairs of
Ukraine"), compared as its country's government when the words name a country."""


_COUNTRIES = frozenset(NATIONS.values())
"""The countries by their own names, some of two words that the adjectives' table has no key for ("Burkina Faso")."""


def _government(m: re.Match[str]) -> str:
    named = m.group(1) or m.group(2)  # a country of two words is its own name ("Government of Burkina Faso")
    country = NATIONS.get(fold(named), "") or (named if named in _COUNTRIES else "")
    return f"{country} government" if country else m.group()


def _capitals_of(acronym: str) -> str:
    """An acronym of one word without the small letters it writes for "of" or "in" ("RGoB" is "Royal Government of Bhutan",
    "DoOW" is "Department of Overseas Workers": LABELS rule 9, a body's acronym as the page spells it); the word as it is
    when it is no such acronym."""
    return re.sub(r"[a-z]", "", acronym) if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]", acronym) else acronym


def _initials(name: str) -> str:
    capitals = [w for w in name.split() if w[:1].isupper()]
    if len(capitals) > 3 and _PARENT.fullmatch(capitals[0]):
        capitals = capitals[1:]  # "UN Office for the Coordination of Humanitarian Affairs" is OCHA: the parent left out
    return "".join(w[0] for w in capitals) if len(capitals) > 2 else ""


_PARENT = re.compile(r"(?:[A-Z]\.?){2,4}(?:[’']s)?")
"""An acronym, maybe possessive, opening a body's name: the parent body ("UN", "U.N.'s"), which the body's own acronym leaves out."""
