"""Whether two names are one body or one person, by LABELS.md's rules (rule 2 on persons' names, rule 9 on a body's
variant names): the comparison bench/suggest.py scores a proposed new speaker's name with (issue 15).  Each form it
takes for one name is a general one, with a test and a guard test that two bodies or two people stay apart."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import NATIONS, ORG_WORDS


def same_name(a: str, b: str) -> bool:
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
    given name and first surname the longer one opens with.  A body "of <country>" or ", <country>" is the body with
    the country's adjective ("Office of the President of Ukraine", "Prime Minister's Office, Pakistan"), so it is no
    longer its country ("Ukraine"), as a ministry never is (rule 9); a body's office in a place is the body, but no
    place is an office ("Hague" is not "Turkish Embassy in The Hague"); a compound is one in one word or two; an
    acronym of three letters or more may stand for a run of the name's words.  Acronyms are read on the names as
    written, the words on the names with the country before the body."""
    a, b = _without_one_place(a, b)
    written_a, written_b = _normal(a, reorder=False), _normal(b, reorder=False)
    a, b = _normal(a, reorder=True), _normal(b, reorder=True)
    x, y = _joined(words(a), words(b)), _joined(words(b), words(a))
    short = min(len(x), len(y))  # a person's second surname: one word more, no body's word
    short = short if short == 2 and abs(len(x) - len(y)) == 1 and not ORG_WORDS.intersection(x + y) else 0
    return bool(x and y) and (x[-1] == y[-1] and (set(x) <= set(y) or set(y) <= set(x))
                              or short > 0 and x[:short] == y[:short]  # "Josep Borrell" is "Josep Borrell Fontelles"
                              or _acronym(written_a, written_b) or _acronym(written_b, written_a))


def _acronym(acronym: str, name: str) -> bool:
    """True when ``acronym`` is the name's acronym: its initials (:func:`_initials`), in another order
    (:func:`_translated_acronym`) or for a run of its words (:func:`_acronym_of_words`)."""
    return (_initials(name) in (acronym, _capitals_of(acronym)) or _translated_acronym(acronym, name)
            or _acronym_of_words(acronym, name))


def _normal(name: str, reorder: bool) -> str:
    """A name in the one form of its variants this module compares (each substitution's comment: its form), the
    country after "of" or a comma moved before the body when ``reorder``."""
    name = _PARTICLE.sub("", name)  # "Bashar al-Assad", "Al-Ali"
    name = _NATION_AFTER_COMMA.sub(_nation_before, name) if reorder else name  # "Prime Minister's Office, Pakistan"
    name = _MORE_PORTFOLIOS.sub(r"\1", name)  # "..., African Cooperation and ..."
    name = _MINISTRY_OF_NATION.sub(r"\3 \2 Ministry", name)  # "Ministry of Foreign Affairs of Ukraine"
    name = _OF_NATION.sub(_nation_before, name) if reorder else name  # "Office of the President of Ukraine"
    name = _MINISTRY_OF.sub(r"\2 Ministry", name)
    name = _AFFAIRS_MINISTRY.sub(r"\1 Ministry", name)  # "External Affairs Ministry"
    name = _GOVERNMENT.sub(_government, name)  # "Government of Jamaica", "Jamaican government"
    name = _INITIAL_OR_SUFFIX.sub("", name)  # "William D. Byrne Jr." is "William Byrne"
    name = _TWO_WORD_NATION.sub(_two_word_nation, name)  # "Costa Rica's"
    return _NATION_FIRST.sub(_nation, name)


_STYLE = r"(?:[A-Z][\w’'-]* )*(?:Kingdom|Republic|State|Sultanate|Principality|Emirate|Federation|Commonwealth|Duchy)"
_STATE = rf"{_STYLE} [Oo]f (?:[Tt]he )?"
"""A country's formal style before its name ("the Kingdom of", "the Hashemite Kingdom of", "the Federal Republic of")."""
_COUNTRY = r"[A-Z][\w’'-]*(?:(?: [Aa]nd)? [A-Z][\w’'-]*){0,2}"
_OF_NATION = re.compile(rf"^(?:[Tt]he )?(?P<body>[A-Z].*?) [Oo]f (?:[Tt]he )?(?:{_STATE})?(?P<country>{_COUNTRY})$")
"""A body's name with its country after "of", in the country's name or its formal style ("Office of the President of
Ukraine", "Embassy of the Kingdom of Morocco"): the same body as with the country's adjective before it ("Ukrainian
Office of the President", "Moroccan Embassy"; LABELS rule 9, a body's two forms, as a ministry's "Ministry of Foreign
Affairs of Ukraine" already is), compared as the country's name before the body's; a country's formal name alone
("State of Kuwait", "Republic of Kenya") is the country."""
_NATION_AFTER_COMMA = re.compile(rf"^(?:[Tt]he )?(?P<body>[A-Z].*?), (?:[Tt]he )?(?:{_STATE})?(?P<country>{_COUNTRY})$")
"""A body's name with its country after a comma, as a body signs its posts ("Prime Minister's Office, Pakistan"): the
body with the country's adjective before it ("Pakistani Prime Minister's Office", LABELS rule 9)."""


def _nation_before(m: re.Match[str]) -> str:
    """The country's name before the body's, when the words after "of" or the comma name a country; the name as it is
    otherwise ("Council of the European Union", "Immigration, Refugees and Citizenship Canada")."""
    country = _country(m.group("country"))
    if not country:
        return m.group()
    return country if re.fullmatch(_STYLE, m.group("body")) else f"{country} {m.group('body')}"


def _country(named: str) -> str:
    """The country these words name, in its own name ("Ukrainian", "ukraine": "Ukraine"), or ""."""
    return NATIONS.get(fold(named), "") or _COUNTRIES_FOLDED.get(fold(named), "")


_PLACE = re.compile(rf"^(?P<body>.*\S) in (?:the )?(?:{_STATE})?(?P<place>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}})$")
"""A body named with the place of its office ("UNHCR in Greece", "Moroccan Embassy in Ankara", "Ethiopian Community
Association in Istanbul", "Embassy of X in the Republic of Turkey"), the place no body's name ("Nigerians in Diaspora
Commission" names no place)."""


def _without_one_place(a: str, b: str) -> tuple[str, str]:
    """Both names without the place of a body's office when only one of them gives it, or both give the same: LABELS
    rule 9, a body's office in a place is the body ("UNHCR in Greece" is UNHCR; Round 74, a society's chapter is the
    society); two places are two offices, kept ("Moroccan Embassy in Ankara", "Moroccan Embassy in Athens":
    Round 28, an embassy is labelled by its country and its seat)."""
    (body_a, place_a), (body_b, place_b) = _place(a), _place(b)
    if place_a and place_b and fold(place_a) != fold(place_b):
        return a, b
    return body_a, body_b


def _place(name: str) -> tuple[str, str]:
    m = _PLACE.match(name)
    if m is None or ORG_WORDS.intersection(words(m.group("place"))):
        return name, ""
    return m.group("body"), m.group("place")


def _joined(x: list[str], y: list[str]) -> list[str]:
    """``x``'s words with two neighbours made one where the other name writes them as one word ("coast guard",
    "coastguard"; LABELS rule 9, a body's variant name: a compound spelt in one word or two is one name)."""
    one = set(y)
    out: list[str] = []
    for w in x:
        if out and out[-1] + w in one and out[-1] not in one:
            out[-1] += w
        else:
            out.append(w)
    return out


def _acronym_of_words(a: str, b: str) -> bool:
    """True when a word of capitals in ``a`` stands for a run of capitalised words in ``b`` (their initials, in
    order) and the rest of the two names is the same: "JRS Malta" is "Jesuit Refugee Service Malta", "MSF Belgium"
    is "Médecins Sans Frontières Belgium" (LABELS rule 9, a body's name and its acronym); "EU Commission" stays apart from "EU Council", and a
    parent's acronym from its organ ("IRC" from "IRC Hellas Office").  Three letters or more: two match too many names
    ("AA" is no more "Arab Army" than "Anadolu Agency"), so "EU" is not "European Union" here (a question for the lead)."""
    ta, tb = a.split(), b.split()
    for i, acronym in enumerate(ta):
        if not re.fullmatch(r"[A-Z]{3,}", acronym):
            continue
        n = len(acronym)
        for j in range(len(tb) - n + 1):
            run = tb[j:j + n]
            if (all(w[:1].isupper() and not w.isupper() for w in run) and "".join(w[0] for w in run) == acronym
                    and words(" ".join(ta[:i])) == words(" ".join(tb[:j]))
                    and words(" ".join(ta[i + 1:])) == words(" ".join(tb[j + n:]))):
                return True
    return False


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


_PARTICLE = re.compile(r"(?:(?<=\s)|^)(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]r|[Aa]sh)-(?=[A-Z])")
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
_MINISTRY_OF = re.compile(r"\bMinistry (?:[Oo]f|[Ff]or) ([Tt]he )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)??)(?: Affairs)?$")
_GOVERNMENT = re.compile(r"^(?:[Tt]he )?(?:Government of (?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)|([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?) [Gg]overnment)$")
"""A government by its formal name with its country after it ("Government of Jamaica") or by its country's adjective
("Jamaican government"): one body (LABELS rule 9, a body's two forms, as a ministry's "Ministry of Foreign Affairs of
Ukraine"), compared as its country's government when the words name a country."""


_COUNTRIES = frozenset(NATIONS.values())
_COUNTRIES_FOLDED = {fold(c): c for c in _COUNTRIES}
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
