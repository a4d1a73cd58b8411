"""The page's own cast of titles, and whom a later title stands for (pure).

The rule: every title a page gives a person names that person on this page.  A title is any run of words the page
puts before a name ("Jordanian King Abdullah II", "Grand Mufti of X Sheikh Name") or in apposition to it ("Ilham
Aliyev, the head of state,", "The Voivode of X, Name,", "her Ostrian counterpart, Foreign Minister Name,"); a word
that opens a name and that the page also writes after "the" ("Taoiseach Name" ... "the Taoiseach") is a title too.
A later use of a title with no name ("the Grand Mufti", "His Majesty", "the Ostrian minister", "the head of state",
"the premier", "the PM", a headline's bare "Hetman") stands for the one person the page gave a title holding its
head word; of several, for the one sharing most of its words, and for nobody when two share as many.  A nation the
use names must be the holder's: one the holder's title names, or, for a title that names none, the page's home country
(:func:`.context.home_country`: "Foreign Minister Name" on a Hungarian page is "the Hungarian foreign minister"); of two
alike, a use that names no nation stands for the one whose title names no other country than the page's ("the
President" after "President Name" and "Greek President Name" is the first).  The word lists serve only to read the name
out of a run (:func:`.phrase.read_phrase`),
never to say what counts as a title: the page says that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from idlibsite.attribution.alike import held_words, named_first
from idlibsite.attribution.context import home_country
from idlibsite.attribution.envoybilled import envoys
from idlibsite.attribution.countries import CAPITALS, DEMONYMS
from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.names import UPPER
from idlibsite.attribution.periphrases import PERIPHRASES, periphrased
from idlibsite.attribution.phrase import Phrase, read_phrase
from idlibsite.attribution.ranks import outranked
from idlibsite.attribution.signoffs import signed_title
from idlibsite.attribution.joinednames import NAME_RUN as _RUN
from idlibsite.attribution.wordlists import NATIONS, ORG_NOUNS, ORG_WORDS, PARTICLES, PERSON_NOUNS
from idlibsite.sources.speech import speech_verbs


@dataclass(frozen=True)
class Billing:
    """One title the page gives a person: the name as read, the title as written and its words (a nation as its country)."""

    name: str
    title: str
    said: frozenset[str]


NAME_RUN = (_RUN.replace(r"\s+", r"[^\S\n]+").replace("[A-Z]", f"[{UPPER}]")
            .replace("|bin|ibn|abu|of|for|the|von|der|de)", r"|(?:bin|ibn|abu|of|for|the|von|der|de)\b)"))
"""A run of capitalised words on one line, in any Latin alphabet ("Interior Minister Sandis Ģirģens"); a particle is a
whole word ("President Name offers ...": not "of" of "offers")."""
_ALIKE = {"majesty": ({"king"}, {"queen"}, {"sultan"}, {"emperor"}), "highness": ({"amir"}, {"emir"}, {"prince"}, {"sheikh"}),
          "sovereign": ({"king"}, {"queen"}, {"sultan"}, {"emperor"}, {"emir"}, {"amir"}), "monarch": ({"king"}, {"queen"}, {"sultan"}, {"emperor"}),
          "holiness": ({"pope"}, {"patriarch"}), "beatitude": ({"patriarch"},), "eminence": ({"cardinal"}, {"mufti"}),
          "head state": ({"president"},), "head government": ({"prime", "minister"},), "premier": ({"premier"}, {"prime", "minister"}),
          "diplomat": ({"diplomat"}, {"ambassador"}, {"charge", "d'affaires"}, {"envoy"}, {"consul"}),
          "pontiff": ({"pope"},), "holy father": ({"pope"},), "chief eksecutive": ({"president"},)}
"""The titles a use may stand for besides its own head word: an honorific's ("His Majesty": a king, a queen, a sultan;
"the Sovereign" and "the Monarch" too),
a head's ("the head of state": the President, LABELS rule 8), "the premier" (a Prime Minister), "the diplomat" (an
ambassador, a chargé d'affaires, an envoy or a consul), a pope's ("the Pontiff", "the Holy Father"), a state's chief
executive's ("the Liberian Chief Executive": the President; a body's chief executive is a body's use, no title's)."""
_APPOSED = re.compile(rf"(?P<run>{NAME_RUN}),[^\S\n]+(?P<title>(?:the|his|her)[^\S\n]+[^,.;:()\n\"“”]{{2,80}}?),")
"""A name, then a title in apposition: "Ilham Aliyev, the head of state,"."""
_APPOSED_FIRST = re.compile(rf"(?P<title>(?:(?<=\bthe\s)|(?<=\bThe\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=[’']s\s))[^,.;:()\n\"“”]{{2,80}}?),"
                            rf"[^\S\n]+(?P<run>{NAME_RUN})(?<![^\S\n][{UPPER}])(?=[,.;]|[^\S\n]*\n|[^\S\n]+(?!and[^\S\n]+[{UPPER}])[a-z])")
"""A title, then the name in apposition: "The Voivode of Lower Marrow, Anton Zelek,", "Qatar's emir, Sheikh Name,";
not a portfolio in a title's list ("The Minister of Foreign Affairs, Regional Integration and International Trade,
Name": "Regional Integration" is no name, the words after the last comma are).  The name may end its line (a cover's
"by the Special Envoy for Syria, Mr. Geir O. Pedersen"), and never ends at a middle initial ("Geir O")."""
_ADDRESSED = re.compile(r"\bto[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+|(?:of|the)[^\S\n]+){0,8}\0")
"""A name written to, after "to" and its titles ("a letter to President of the Republic of Turkey Name"; the name is
the NUL it is replaced by): the addressee, whom a later title of two alike does not stand for."""
_STYLED = re.compile(r"\b((?:His|Her)[^\S\n]+(?:Excellency|Majesty|Highness))[^\S\n]+the[^\S\n]+$")
"""An honorific style right before an apposed title ("His Excellency the President of X, Dr Name,"): his style too."""
_PORTFOLIOS = re.compile(rf"(?P<title>(?:(?<=\bthe\s)|(?<=\bThe\s)|(?<=[’']s\s))[A-Z][^,.;:()\n\"“”]{{2,80}}?),[^\S\n]+"
                         rf"[A-Z][^.;:()\n\"“”]{{2,120}}?[^\S\n]and[^\S\n]+[A-Z][^,.;:()\n\"“”]{{2,60}}?,"
                         rf"[^\S\n]+(?P<run>{NAME_RUN})(?=[,.;]|[^\S\n]+[a-z])")
"""A title whose portfolios run on after a comma, then the name: "The Minister of Foreign Affairs, Regional Integration
and International Trade, Name,": the title cut at its first comma is Name's."""
_LEAD_TITLE = re.compile(rf"(?:^|(?<=\n))[^\S\n]*(?P<title>[A-Z][\w’'-]*(?:[^\S\n]+[\w’'-]+){{0,6}}),"
                         rf"[^\S\n]+(?P<run>{NAME_RUN})(?=,)")
"""A paragraph opening with a capitalised title set off by commas from its holder: "Minister of Foreign Affairs, Hon. Name,
has told ..." (the title's head must be a person's word, :data:`.wordlists.PERSON_NOUNS`)."""
_GLOSSED = re.compile(rf"\b(?P<title>[A-Z][\w’'-]+)[^\S\n]+\((?P<local>[A-Z][\w’'-]+)\)[^\S\n]+"
                      rf"(?:of(?:[^\S\n]+[\w’'-]+)*?[^\S\n]+(?!(?:the|a|an)\b)[a-z][\w-]*[^\S\n]+)?(?P<run>{NAME_RUN})")
"""A title with its local word in brackets, then the name: "The Governor (Bashkan) of the Gagauz autonomy Name"."""
_LOWER_TITLE = re.compile(rf"\b(?P<title>(?:[A-Z][\w’'-]*[^\S\n]+){{0,2}}[a-z][\w-]+)[^\S\n]+(?P<run>{NAME_RUN})\b")
"""A title in lowercase before a name, maybe after its nation: "Turkish ambassador Hakan Cakil"."""
_AIDE_BEFORE = re.compile(r"\b(?P<aide>[\w-]+)[^\S\n]+(?:of|for|to)[^\S\n]+the[^\S\n]+$")
"""A person's word and "of", "for" or "to the" right before a run ("spokesman for the Secretary-General Name"): the run
opens with the title of the one the person serves (its head a person's word, checked where it is used)."""
_UNNAMED_AIDE = re.compile(r"(?:^|(?<=[.!?:][^\S\n])|(?<=\b[Tt]he[^\S\n])|(?<=\b[Aa][^\S\n]))(?:[\w’'-]+[^\S\n]+){0,3}?"
                           r"(?P<aide>[\w’'-]+)[^\S\n]+(?:of|to|for)[^\S\n]+(?:the|his|her)[^\S\n]+$", re.MULTILINE)
"""An aide's title with no name of its own before a title in apposition ("Special Envoy of the Secretary-General, Name,"):
the name is the aide's; after a name ("Name, spokesperson for the Chief Imam, Name,") the second name is the principal's."""
_PLACE_FIRST = re.compile(r"(?:In|At|From|Across|Inside|Under|Among|On)\s")
"""A run that opens with a preposition is a place ("In Geneva, the UN High Commissioner, Name, ..."), never a titled name."""
_OF = frozenset("of for to in the and".split())
"""Words that end a run's title when what follows is a place or a body's name ("The Voivode of Lower Marrow"), or a
title's last portfolio ("..., Regional Integration and International Trade")."""
_USE = re.compile(r"(?i:the|his|her|h\.?[hem]\.?)[^\S\n]+(?:the[^\S\n]+)?(?P<title>[\w’'-]+(?:[^\S\n]+[\w’'-]+){0,4})")
"""A title used with no name, after "the" or an honorific's "His"/"Her" ("His Highness the Amir")."""


@lru_cache(maxsize=4096)
def office(name: str) -> bool:
    """True when a name read as a body's is an office with no holder's name ("Minister of National Defence",
    "the President of the Commission"): a title heads it."""
    name = strip_article(name)
    return " " in name and fold(name.split()[0]) in PERSON_NOUNS


def _read(run: str) -> Phrase:
    """A run read as a speaker phrase, once per run of the page."""
    return read_phrase(run)


@lru_cache(maxsize=64)
def cast(text: str) -> tuple[Billing, ...]:
    """Every title the page gives a person, by each way the page gives one in turn."""
    found: list[Billing] = []
    for m in re.finditer(NAME_RUN, text):
        run = re.sub(r"[’']s$", "", m.group())  # "Foreign Minister Name's spokesperson": the title is still Name's
        run = re.split(r"(?<=[a-z]{4})\.[^\S\n]+", run)[0]  # "... of Turkey Name Surname. The press service": a sentence's end
        aide = _AIDE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if aide and {fold(aide.group("aide")), *fold(aide.group("aide")).split("-")} & PERSON_NOUNS:
            continue  # "spokesman for the Secretary-General Name": the spokesman, whose principal's title is no title of his
        read = _read(run)
        titled = _read(run.split(" of ")[0]) if " of " in run else read
        read = titled if titled.person and " " in titled.name and titled.role else read  # "State Secretary Name of Justice": her body after
        verbed = bool(read.name) and re.fullmatch(r"[A-Z][a-z]+s", read.name.split()[0]) is not None and bool(speech_verbs(read.name.split()[0]))
        if read.person and read.name and read.role and not read.anaphor and not verbed:  # not a title-case headline's "Doctor Says X"
            found.append(_billing(read.name, read.role))
        elif read.person and len(read.name.split()) > 1 and _page_title(read.name.split()[0], text):  # "Taoiseach Name"
            found.append(_billing(read.name.split(" ", 1)[1], read.name.split()[0]))
        elif office := office_of_body(run):  # "President of the Republic Name": the office, then its holder
            found.append(_billing(*office))
        elif after_body := titled_after_body(run, text):  # "Chairman of the Caucasus Muslims Board Sheikh-ul-Islam Name":
            found.append(_billing(*after_body))  # the title after the body's name, one the page also writes after "the"
    found += [_billing(*signed)] if (signed := signed_title(text)) else []  # a letter "from the Permanent Representative of X", "(Signed) Name"
    posted = envoys(text)  # "Syrian Ambassador to the DPRK Name": the post between title and name
    found = [b for b in found if not any(b.name in title for _, title in posted)] + [_billing(*envoy) for envoy in posted]
    for m in _LOWER_TITLE.finditer(text):  # "Turkish ambassador Hakan Cakil"
        read = _read(m.group("run"))
        if read.person and len(read.name.split()) > 1 and not read.role and m.group("title").split()[-1] not in PARTICLES:
            found.append(_billing(read.name, m.group("title")))  # not "King Halim bin" before "Rashid Al Tamar"
    for m in _GLOSSED.finditer(text):  # "the Bashkan" later is the glossed title's holder
        read = _read(m.group("run"))
        if read.person and len(read.name.split()) > 1:
            found.append(_billing(read.name, f"{m.group('title')} {m.group('local')}"))
    for pattern in (_APPOSED, _APPOSED_FIRST, _PORTFOLIOS, _LEAD_TITLE):
        for m in pattern.finditer(text):
            read, title = _read(m.group("run")), _after_clause(m.group("title"))
            styled = _STYLED.search(text, max(0, m.start("title") - 40), m.start("title")) if pattern is _APPOSED_FIRST else None
            head = fold(re.split(r"\s+(?:of|for)\s+", title)[0].split()[-1]) if title else ""
            if pattern is _LEAD_TITLE and (head not in PERSON_NOUNS or re.search(r"[’']s\b", title)):
                continue  # "In Brussels, Name": no title; "Minister Name's spokesman, Name,": the spokesman's, another's title
            aide = _UNNAMED_AIDE.search(text, max(0, m.start("title") - 60), m.start("title")) if pattern is _APPOSED_FIRST else None
            if aide and fold(aide.group("aide")) in PERSON_NOUNS:  # "Special Envoy of the Secretary-General, Name,": the envoy's
                continue  # title, whose end is no title of his ("Name, spokesperson for the Chief Imam, Name," is the Imam's)
            if title and read.person and len(read.name.split()) > 1 and not ORG_WORDS.intersection(words(title)):
                found.append(_billing(read.name, f"{styled.group(1) + ' ' if styled else ''}{title} {read.role}"))
    return tuple(b for b in found if b.said - _COUNTRIES and not _PLACE_FIRST.match(b.name)  # "Syria's Idlib", "In Geneva": a place
                 and b.name[:1].isupper() and fold(b.title.split()[-1]) not in _OF  # "The Voivode of Lower Marrow": a place
                 and not re.search(r"[a-z]{2}\.\s", b.name))  # "Name Surname. According": a name never runs past its sentence


def _after_clause(title: str) -> str:
    """A title's own words, after a clause the sentence puts before it ("The spokesperson said that the Minister of
    Foreign Affairs, Name,": the Minister of Foreign Affairs, not the spokesperson): from a speech verb's or a "that"'s
    end on."""
    ends = [v.end() for v in speech_verbs(title)] + [t.end() for t in re.finditer(r"\bthat\b", title)]
    return strip_article(title[max(ends):].strip()) if ends else title


def office_of_body(run: str) -> tuple[str, str] | None:
    """The name and the title in a run that opens with a person's office of a body, then two or three capitalised words
    ("President of the Republic Kais Saied", "Speaker of the National Assembly Name Surname"): (name, title); None when
    the office's head is no person's word, the body ends with no body's word, or the words after are not a person's name."""
    m = _OFFICE_RUN.fullmatch(run)
    if not m or fold(m.group("head").split()[-1]) not in PERSON_NOUNS or fold(m.group("body")) not in ORG_WORDS | _STATE_WORDS:
        return None
    tail = m.group("run").split()
    if any(fold(t) in PERSON_NOUNS | ORG_WORDS | ORG_NOUNS | _STATE_WORDS | _COUNTRIES or fold(t) in NATIONS for t in tail):
        return None
    return (m.group("run"), m.group("title")) if _read(m.group("run")).person else None


_OFFICE_RUN = re.compile(r"(?P<title>(?P<head>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)?)[^\S\n]+of[^\S\n]+"
                         r"(?:(?:[A-Z][\w’'-]*[^\S\n]+(?:and[^\S\n]+)?){1,3}of[^\S\n]+)?the[^\S\n]+"
                         r"(?:[A-Z][\w’'-]*[^\S\n]+){0,3}?(?P<body>[A-Z][\w’'-]*)(?:[^\S\n]+of[^\S\n]+[A-Z][\w’'-]+)?)[^\S\n]+(?P<run>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2})")
"""An office of a body written whole before its holder's name: "President of the Republic", "Speaker of the Parliament",
its state named after it ("President of the Republic of Azerbaijan Name"), maybe its portfolio before the state ("Minister
of Foreign Affairs of the Republic of Tajikistan Name")."""
_STATE_WORDS = frozenset("republic state kingdom federation confederation principality emirate".split())
"""A state's own words, the body of an office ("President of the Republic"): no body's list holds them."""


def titled_after_body(run: str, text: str) -> tuple[str, str] | None:
    """The name and the title inside a run after other words, when the page also writes that title after "the" ("Chairman
    of the Caucasus Muslims Board Sheikh-ul-Islam Allahshukur Pashazade" ... "the Sheikh-ul-Islam said"): (name, title) of
    the last such title with two to four capitalised words after it, none a title; None otherwise."""
    tokens = run.split()
    for at in range(len(tokens) - 3, 0, -1):
        tail = tokens[at + 1 :]
        if tokens[at - 1].islower() or {fold(tokens[at - 1]), fold(tokens[at])} & (NATIONS.keys() | CAPITALS.keys()) or not (len(tail) <= 4 and _read(" ".join(tail)).person):
            continue  # "of the Republic Name", "Kyrgyz Republic Name": a body's word; "Icelandic Red Cross": a nation's
        if all(t[:1].isupper() and fold(t) not in PERSON_NOUNS | _COUNTRIES | ORG_WORDS | ORG_NOUNS for t in tail) and _page_title(tokens[at], text):
            return " ".join(tail), tokens[at]
    return None


def _billing(name: str, title: str) -> Billing:
    """A name and its title, the title's words folded with a nation as its country; an owner's possessive is no word of
    the title ("Oxfam's Syria Response Manager": Oxfam is whose, not what, the holder is)."""
    own = [w for w in title.split() if not (w.endswith(("'s", "’s")) and fold(w[:-2]) not in NATIONS)]
    return Billing(name, title, frozenset(_nationed(words(" ".join(own)))))


def _nationed(said: list[str]) -> list[str]:
    """Folded words, a nation's adjective or possessive as its country ("ostrian": "ostria")."""
    return [fold(NATIONS[w]) if w in NATIONS else w for w in said]


def _page_title(word: str, text: str) -> bool:
    """True when the page writes a capitalised word after "the" with no name next, as a title ("the Taoiseach said"), or
    when it is a title an honorific stands for ("Queen Name" ... "Her Majesty")."""
    return any(fold(word) in head for alike in _ALIKE.values() for head in alike) or bool(re.search(rf"\b[Tt]he[^\S\n]+{re.escape(word)}\b(?![^\S\n]+[A-Z])", text))


def heads(use: str) -> tuple[frozenset[str], ...]:
    """The folded words a title used with no name asks of its holder's title, one set per title it may stand for ("the
    Grand Mufti": mufti; "His Majesty": king, queen, ...; "the head of state": president); () when the phrase is no such
    use (no article or honorific; a nation or a body: "the Russians", "the ministry")."""
    said = _said(use)
    own = _own(said)
    body = set(said[: said.index("head")] if "head" in said else said) & (ORG_WORDS | ORG_NOUNS)  # not "the head of government"
    return () if not own or own in _COUNTRIES or body else tuple(frozenset(h) for h in (*_ALIKE.get(own, ({own},)), *periphrased(said, own, _COUNTRIES)))


def _said(use: str) -> list[str]:
    """The folded words of a title used with no name, a nation as its country; [] for no such use or an acronym ("the ICRC")."""
    m = _USE.fullmatch(use.strip())
    return _nationed(words(m.group("title"))) if m and not _acronym(m.group("title").split()[-1]) else []


def periphrasis(phrase: str) -> bool:
    """True when a heading's title with no article is a press periphrasis of an office ("Turkey's top diplomat", "Defence
    chief", "Greek leader": :mod:`.periphrases`), whose holder the page's cast names."""
    return _periphrastic(f"the {phrase}")


def _periphrastic(use: str) -> bool:
    """True when a title used with no name is a press periphrasis of an office ("the top diplomat", "the Greek leader")."""
    said = _said(use)
    return bool(periphrased(said, _own(said), _COUNTRIES))


def person_title(use: str) -> bool:
    """True when a phrase is a title used with no name that a person holds, however capitalised ("the Head of State",
    "the Grand Mufti"): its head is a person's word or an office's (:data:`_ALIKE`), not a body's ("the Kremlin")."""
    m = _USE.fullmatch(use.strip())
    said = _nationed(words(m.group("title"))) if m else []
    return bool(heads(use)) and (_own(said) in _ALIKE or "head" not in said and fold(said[-1]) in PERSON_NOUNS)


def _own(said: list[str]) -> str:
    """The head a title used with no name asks for, of its folded words: from "head" on ("the Turkish head of state"),
    else its last two words when they are one title (:data:`_ALIKE`: "the Holy Father"), else its last word."""
    if "head" in said:  # "the head of Turkmenistan", "the Head of our state": a country's head of state, its country
        held = [w for w in said[said.index("head") + 1 :] if w not in _OWNERS]  # kept in the words the holder's title must name
        return "head state" if held and all(w in _COUNTRIES for w in held) else " ".join(["head", *held])
    return " ".join(said[-2:]) if " ".join(said[-2:]) in _ALIKE.keys() | PERIPHRASES.keys() else said[-1] if said else ""


def title_named(phrase: Phrase, roles: Sequence[str], before: str) -> tuple[str, Phrase]:
    """Whom a title used with no name stands for: the one holder the page's cast gives it (("name", phrase)); else, when
    a speaker so far holds it (``roles``: the speakers' roles as written, latest last), that title's phrase for the
    discourse model ("the head of state": "the president"); ("", phrase) when neither."""
    wanted = heads(phrase.text) if phrase.role or person_title(phrase.text) else ()
    named = holder(phrase.text, before) if wanted else ""
    spoken = next((h for h in wanted for role in reversed(roles) if h <= set(words(role))), None)
    if named or not spoken or set(words(phrase.text)) >= spoken:
        return named, phrase
    title = " ".join(sorted(spoken, key=phrase.text.lower().find))  # "prime minister"
    return "", Phrase(phrase.text, "", True, f"the {title}", "", title.split()[-1], False, "")


def holder(use: str, text: str) -> str:
    """The one person the page before (``text``) gave the title a phrase uses with no name ("the Grand Mufti", "His
    Majesty", "the head of state", "the PM"); "" when the phrase is no such use, or the page gives its title to nobody
    or to two alike; dotted initials ("the P.M.") are the initials'."""
    use = _DOTTED.sub(lambda m: m.group().replace(".", ""), use)
    wanted = heads(use)
    m = _USE.fullmatch(use.strip())
    title = m.group("title") if m else ""
    said = set(_nationed(words(title)))
    nations = said & _COUNTRIES
    initials = title.split()[-1] if title and _acronym(title.split()[-1]) else ""  # "the PM"
    home = fold(home_country(text))  # whose a title naming no nation is
    held: dict[str, set[str]] = {}
    countries: dict[str, set[str]] = {}  # every country any title of the page names for a name ("his Turkish counterpart")
    for billing in cast(f"{text}\n{use}") if wanted or initials else ():  # the use is the page writing "the Taoiseach"
        countries.setdefault(billing.name, set()).update(billing.said & _COUNTRIES)
        has = any(head <= held_words(billing.title, billing.said) and not any(outranked(use, w, billing.title) for w in head) for head in wanted)  # "the
        has = has or bool(initials) and initials in _initials(billing.title)  # President": never "Vice President Name" (ranks)
        if has and nations <= (billing.said if billing.said & _COUNTRIES else billing.said | {home}) and said & _RANKS <= billing.said:
            held.setdefault(billing.name, set()).update(billing.said)
    for short in [n for n in held if " " not in n]:  # "President Name" in a headline, "President of X Full Name" after
        full = [n for n in held if n != short and n.split()[-1] == short]
        if len(full) == 1:  # one person billed twice: his titles together, so a foreign one counts (not the page's own)
            held[full[0]] |= held.pop(short)
    if len(held) > 1 and _periphrastic(use):  # "Top diplomat says ..." over two foreign ministers, "Greek leader ..." over
        return ""  # its president and its prime minister: a periphrasis names an office, never which of its two holders
    shared = {name: len(said & got) for name, got in held.items()}
    best = [name for name, n in shared.items() if n == max(shared.values())]
    own = [name for name in best if not (held[name] | countries.get(name, set())) & _COUNTRIES - {home}] if not nations else best
    sender = [name for name in (own or best) if not _ADDRESSED.search(text.replace(name, "\0"))]  # not one written to
    for alike in (best, own, sender):
        if len(alike) == 1:  # "the President": not the Greek President; "the head of state" after "X has sent a letter
            return alike[0]  # to President of Y Name": X
    return named_first(sender or own or best, text)


def ministry_of(phrase: str, text: str) -> str:
    """The ministry a minister's possessive names ("Motegi's ministry" after "Foreign Minister Toshimitsu Motegi"): the
    ministry of the portfolio the page's title gives that minister, of the nation the title names, else of the page's
    country ("Japanese Foreign Ministry"); "" when the phrase is no such possessive or the page gives the owner no
    portfolio's title."""
    owned = _OWNED_MINISTRY.fullmatch(phrase.strip())
    held = [b for b in cast(text) if b.name.split()[-1] == owned.group(1)] if owned else []
    return portfolio_ministry(held[-1].title, home_country(text)) if held else ""


def portfolio_ministry(title: str, home: str) -> str:
    """The ministry a minister's title names by its portfolio ("Defence Minister": the "Lithuanian Defence Ministry" on
    a Lithuanian page), of the nation the title names, else of ``home`` (the page's country; none when ""); "" when the
    title names no portfolio ("Prime Minister")."""
    portfolio = _PORTFOLIO.search(title)
    if not portfolio:
        return ""
    nation = next((NATIONS[fold(w)] for w in title.split() if fold(w) in NATIONS), "") or home
    return f"{DEMONYMS.get(nation, nation)} {portfolio.group(1)} Ministry".strip()


_OWNED_MINISTRY = re.compile(r"(?:[A-Z][\w’'-]+\s+)*([A-Z][\w’'-]+)[’']s\s+ministry")
"""A ministry named by its minister's possessive ("Motegi's ministry", "Minister Name's ministry")."""
_PORTFOLIO = re.compile(r"\b(?!(?:Prime|Deputy|Vice|First|Chief|Acting|Former|Junior|Senior|State)\b)([A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)\s+Minister$")
"""A minister's title by the portfolio's word before "Minister" ("Foreign Minister", "Turkish Defence Minister"), not a
rank's ("Prime Minister", "Deputy Minister": no portfolio named); two portfolios joined by "and" are one ministry's
("Treasury and Finance Minister")."""
_DOTTED = re.compile(r"\b(?:[A-Z]\.){1,3}[A-Z]\b\.?")
"""Initials written with dots ("P.M.", "P.M", "C.E.O."), read as the undotted initials ("PM")."""
_COUNTRIES = frozenset(fold(country) for country in NATIONS.values())
_OWNERS = frozenset("our its their".split())
"""Possessives between "head of" and what it heads ("the Head of our state"): no part of the title."""
_RANKS = frozenset("deputy assistant acting".split())
"""A rank below a title's holder ("the Deputy Prime Minister"): only one billed with it holds the title so used, never
the Prime Minister the page billed before."""
"""The folded countries a nation's words stand for."""


def _initials(title: str) -> str:
    """The initials of a title's capitalised words ("Prime Minister": "PM")."""
    return "".join(w[0] for w in title.replace("-", " ").split() if w[:1].isupper())


def _acronym(token: str) -> bool:
    """True for a title's initials ("PM") or a body's acronym ("ICRC"), never a title's word."""
    return token.isalpha() and token.isupper() and 2 <= len(token) <= 4


def heading_title_holder(phrase: str, sentence: str, text: str) -> str:
    """The one person the page gives the title a heading "Title: words" opens with, a title no word list has
    ("Sheikh-ul-Islam: prayers to be read ..." over "Chairman of the Board Sheikh-ul-Islam Name has instructed ..."), or an
    office written whole, a person's word heading it ("Minister of Foreign Affairs: «...»" over "the Minister of Foreign
    Affairs of the Republic of X Name"): "Title: words" is "the Title said words" (LABELS Round 39, Round 49); "" when the
    sentence opens otherwise or the page gives that title to nobody, or to two."""
    whole = " " in phrase.strip() and fold(phrase.split()[0]) in PERSON_NOUNS and " of " in phrase
    if not phrase or " " in phrase.strip() and not whole or not sentence.lstrip().startswith(f"{phrase}:"):
        return ""
    if fold(phrase) in CAPITALS.keys() | NATIONS.keys():  # "Riyadh: ..." is the capital's state (LABELS Round 61), no title
        return ""  # of a person, though a title-case headline runs it into other capitals ("Riyadh Welcomes Truce Deal")
    return holder(f"the {phrase}", text)


def chained_holder(title: str, text: str) -> str:
    """The one person the page names after a chain of titles that holds ``title`` before the title it bills them with
    ("The Founder of Peace and National Unity – Leader of the Nation, President of the Republic of X Name": "Leader of the
    Nation" is Name's, LABELS Round 27, a headline's honorific title is the person the body names in full); "" when the
    page writes the title before no billing, or before two people's, or ``title`` is no office "of" something (a country, a
    body: "Ghana, UN Resident Coordinator Name" of a dateline names no title of his)."""
    if not re.fullmatch(r"(?:[A-Z][\w’'-]*[^\S\n]+)+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*", title.strip()):
        return ""
    said = r"[^\S\n]+".join(re.escape(w) for w in title.split())
    held = {b.name for b in cast(text) if re.search(rf"(?i:{said})[^\S\n]*[,–—-][^\S\n]*{re.escape(b.title)}[^\S\n]+{re.escape(b.name)}", text)}
    return held.pop() if len(held) == 1 else ""
