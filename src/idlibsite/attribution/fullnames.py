"""Where a page names a person in full (pure): runs of name words, the one full name a surname or an initial stands
for, the formal given name, a body's name spelled out from its acronym."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.match import name_key
from idlibsite.attribution.names import after_body
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.proposal import proposable, title_case
from idlibsite.attribution.wordlists import HYPOCORISMS, PARTICLES
from idlibsite.sources.titles import TAG_TITLES as TITLES

_FORMAL = {fold(short): name for short, name in HYPOCORISMS.items()}
""":data:`HYPOCORISMS` keyed by the folded short form, as a name's first word is read ("Alex" folds to "aleks")."""

NOT_OPENING = re.compile(r"(?:The|A|An|In|On|At|After|When|While|As|But|And|Yet|However|Meanwhile|Earlier|Later|Last|This|For|It|He|She|They|His|Her|Its|Their|We|I|There|That|These|Those|According|Dear)\b")
"""Words that open a sentence and are no part of a name after them ("The", "According", "His"; a letter's "Dear Mr. President")."""

NAME_RUN = re.compile(r"(?:[A-Z][\w’'-]+|al-\w+)(?:\s+(?:[A-Z][\w’'-]+|al-\w+|bin|ibn|abu|von|van|der|den|de|du))+\b")


_PLACE_BEFORE = re.compile(r"\b(?:in|near|at)\s+$")
"""A preposition of place right before a run of capitalised words: a place's name ("in El Crucero"), no person's."""


def last_full_name(paragraph: str) -> str:
    """The last name of two words or more in a paragraph ("For Bashar al-Assad, the pause ..."
    -> "Bashar al-Assad"), "" when none: whom a "His" that opens the next sentence stands for; not a place after "in",
    "near" or "at" ("her flat in El Crucero")."""
    runs = [m.group().split() for m in NAME_RUN.finditer(paragraph) if not _PLACE_BEFORE.search(paragraph, 0, m.start())]
    runs = [r[1:] if NOT_OPENING.fullmatch(r[0]) else r for r in runs]
    runs = [r for r in runs if len(r) > 1]
    return " ".join(runs[-1]) if runs else ""


def full_name(before: str, short: str) -> str:
    """The one person's full name in the text before that has the one word ``short`` among its words, in
    any place ("Geng" after "Ambassador Geng Shuang", "Mitarachi" after "Minister Notis
    Mitarachi"), "" when none or more than one; particles ("bin", "al") do not count toward the name's four words
    ("Abdullah" after "Sheikh Abdullah bin Zayed Al Nahyan").  A headline in title case is not read, but for a family name written
    in capitals ("Press Conference by Foreign Minister MOTEGI Toshimitsu")."""
    want = fold(short)
    capitals = [m.group().split() for line in before.splitlines() for m in NAME_RUN.finditer(line)]
    runs = [[title_case(w) if w.isupper() and (fold(w) == want or all(v.isupper() and len(v) > 2 and v.isalpha() for v in r)) else w for w in r]  # "MOTEGI
            for r in capitals if any(w.isupper() and fold(w) == want for w in r)]  # Toshimitsu": a family name in capitals, even
    # in a headline; a turn's tag all in capitals ("MARCELO EBRARD CASAUBÓN, SECRETARY OF ..."): the whole name, no acronym ("DS")
    lines = [line for line in before.splitlines() if not _title_case(line)]
    runs += [m.group().split() for line in lines for m in NAME_RUN.finditer(line)]
    runs = [after_body(r) or r for r in runs]  # "... Supreme Political Council Mohammed Ali al-Houthi": the name after the body's
    read = [read_phrase(" ".join(w for w in r if fold(w) not in TITLES)) for r in runs if want in map(fold, r)]  # "StS Seibert"
    names = {p.name for p in read if p.person and 1 < len([w for w in p.name.split() if fold(w) not in PARTICLES]) <= 4 and want in map(fold, p.name.split())
             and proposable(p.name)}
    if len(names) > 1 and len({_given(n) for n in names}) == 1 and len({fold(n.split()[-1]) for n in names}) == 1:
        names = {max(names, key=lambda n: (fold(n.split()[0]) not in _FORMAL, len(n.split())))}  # one person
    longest = max(names, key=lambda n: len(n.split()), default="")
    if len(names) > 1 and all(fold(longest).split()[: len(n.split())] == fold(n).split() or _holds(fold(longest).split(), fold(n).split())
                             for n in names):
        names = {longest}  # "Marcelo Ebrard" and "Marcelo Ebrard Casaubón", "Mejía Haddad" and "Andrés Felipe Mejía Haddad": one
        # person, the shorter a run of the longer's words (LABELS rule 2)
    return formal(before, names.pop()) if len(names) == 1 else ""


_INITIALLED = re.compile(r"(?P<initial>[A-Z])\.[^\S\n]*(?P<surname>[A-Z][\w’'-]+)")
"""A transcript's tag of an initial and a surname: "P.ZLOBIN", "A. Nareshkina"."""

_INITIALS_AFTER = re.compile(r"(?P<surname>[A-Z][\w’'-]+)[^\S\n]+(?P<initial>[A-Z])\.(?:[^\S\n]?[A-Z]\.?)?")
"""A stenogram's tag of a surname and the initials after it: "Slutsky L. E.", "SLUTSKY L.E"."""


def initialled(text: str, name: str) -> str:
    """The full name the page gives a person tagged by an initial and a surname ("P.ZLOBIN" after "Guest: Pavel
    Zlobin, military analyst"): the one full name with that surname whose given name has that initial; else ``name``."""
    m = _INITIALLED.fullmatch(name) or _INITIALS_AFTER.fullmatch(name)  # "P.ZLOBIN", "Slutsky L. E."
    full = full_name(text, title_case(m.group("surname"))) if m else ""
    return full if full and fold(full)[:1] == fold(m.group("initial") if m else "") else name


def _given(name: str) -> str:
    """A name's given name in its formal form ("Jim Jeffrey" -> "james")."""
    first = fold(name.split()[0])
    return fold(_FORMAL[first]) if first in _FORMAL else first


def formal(before: str, name: str) -> str:
    """A person's name with the formal given name the page also gives them ("Jim Jeffrey" -> "James
    Jeffrey" after a header's "JAMES F. JEFFREY"): the one person is proposed once, by that form."""
    first, rest = name.split(None, 1) if " " in name else (name, "")
    wanted = _FORMAL.get(fold(first))
    surname = rest.split()[-1] if rest else ""
    if wanted and re.search(r"(?i)\b" + wanted + r"(?:\s+\w\.)*\s+" + re.escape(surname) + r"\b", before):
        return f"{wanted.capitalize()} {rest}"
    return name


_HEADLINE_WORDS = 20
"""The most words a headline has."""


def _title_case(line: str) -> bool:
    """A headline in title case ("Bulgaria Sends Troops as Borissov Tries to Mediate"): no names to read from it.
    A header's field ("Speaker: Name, Title", "Guest: Name") is none, and so is a sentence longer than a headline
    whose names and titles are most of its words ("Separately, H.H. Sheikh Name, Minister of ..., received ...")."""
    tokens = line.split()
    if len(tokens) > _HEADLINE_WORDS:
        return False
    sentences = re.search(r"[a-z]{3}\.\s+[A-Z]", line)  # "Chair. Thank you. Boris Orlov.": sentences, no headline
    return len(tokens) > 3 and not tokens[0].endswith(":") and not sentences and sum(t[:1].isupper() for t in tokens) > 0.6 * len(tokens)


def longer_name(text: str, short: str) -> str:
    """The one person's name the page gives that has the two words or more of ``short`` in a row among more words
    ("Shahrul Ikram" in a live blog's heading, after "Datuk Seri Muhammad Shahrul Ikram Yaakob" in its entry: a short
    form of a long name, LABELS rule 2), "" when none or more than one; a line in title case (a heading) is not read."""
    want = [fold(w) for w in short.split()]
    if len(want) < 2:
        return ""
    lines = [line for line in text.splitlines() if not _title_case(line)]
    read = [read_phrase(" ".join(w for w in m.group().split() if fold(w) not in TITLES)) for line in lines for m in NAME_RUN.finditer(line)]
    names = {p.name for p in read if p.person and proposable(p.name) and _holds(list(map(fold, p.name.split())), want)}
    return names.pop() if len(names) == 1 else ""


def longer_body_name(text: str, short: str) -> str:
    """The one longer name the page gives a body called ``short`` in a heading, ``short`` then "of" the body it belongs to,
    written in capitalised words in a line not in title case ("Commission I" in a headline, "Commission I of the House of
    Representatives (DPR) held ..." in the lead: a committee's short form, LABELS rule 9 and Round 62), not the end of a
    longer name ("Commission" in "The Hajj Commission of The Gambia"); "" when none or more than one."""
    if not short:
        return ""
    longer = re.compile(rf"(?<![\w’'-]){re.escape(short)}\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'-]*)*")
    names = {" ".join(m.group().split()) for line in text.splitlines() if not _title_case(line) for m in longer.finditer(line)
             if not _named_before(line[: m.start()])}  # not "Commission" of "The Hajj Commission of ..."
    return names.pop() if len(names) == 1 else ""


def _named_before(before: str) -> bool:
    """True when the word right before a name is a capitalised word other than an article: the name is the end of a longer one."""
    last = before.split()[-1:]
    return bool(last) and last[0][:1].isupper() and last[0] not in ("The", "A", "An")


def _holds(name: list[str], want: list[str]) -> bool:
    """True when the words ``want`` stand in a row in ``name`` with more words around them."""
    return len(name) > len(want) and any(name[i : i + len(want)] == want for i in range(len(name) - len(want) + 1))


_ARABIC_FAMILY = r"(?:Al|Al-|al-|Āl|El)\s*[\w’'-]*(?:\s+[A-Z][\w’'-]+)?"
_FAMILY = re.compile(rf"(?:(?:bin|ibn|bint)\s+[A-Z][\w’'-]+\s*)+(?:{_ARABIC_FAMILY})?|{_ARABIC_FAMILY}")
"""An Arabic family name after a person's given names and patronymic ("Al Nahyan", "Al-Thani", "Al Said"), or the
patronymic's further links, a grandfather's name and on ("Yousuf bin Alawi" of "Yousuf bin Alawi bin Abdullah")."""


def with_family(before: str, name: str) -> str:
    """A name of given names and a patronymic ("Mohamed bin Zayed", "Tamim bin Hamad") with the family name the page gave
    it after them ("... Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince ...": the long form of one name, LABELS rule 2);
    "" when the name has no patronymic, or the page gives no such longer form."""
    if not re.search(r"\s(?:bin|ibn|bint)\s", name):
        return ""
    longer = longer_name(before, name)
    return longer if longer.startswith(f"{name} ") and _FAMILY.fullmatch(longer[len(name) + 1 :]) else ""


def nicknamed(text: str, name: str) -> str:
    """The full name the page gives the person an account's sign-off names by a short given name ("Teddy Ruiz Jr."
    after "Interior Secretary Teodoro Ruiz Jr. posted on his own account:"): the one person of the page's other
    words with that surname whose given name differs but is one the short name can stand for (:func:`shortened`);
    ``name`` when none."""
    person = read_phrase(name).name.split()
    if len(person) < 2:
        return name
    full = full_name(text.replace(name, " "), person[-1])
    given = full.split()[0] if full else ""
    return full if given and fold(given) != fold(person[0]) and shortened(person[0], given) else name


def shortened(short: str, given: str) -> bool:
    """True when the given name ``short`` can be a short form of ``given`` or another spelling of it: listed as its short
    form ("Bill" of "William", :data:`HYPOCORISMS`), or opening with its first letter and the first consonant after
    it ("Teddy" of "Teodoro", "Ferdie" of "Fernando", "Muhammad" of "Mohammed"); not "Tommy" of "Teodoro", whose first
    letter alone is shared."""
    return _given(short) == _given(given) or _opening(short) == _opening(given)


def blended(short: str, full: str) -> bool:
    """True when a one-word name is the popular short name made of a person's full name: the given name run together with
    the opening of the surname ("Jokowi" of "Joko Widodo"), or the initials of three or more of the names in capitals
    ("AMLO" of "Andrés Manuel López Obrador"); not the given name alone, nor a surname's whole."""
    parts = full.split()
    if len(parts) < 2 or " " in short.strip():
        return False
    key, first, last = name_key(short), name_key(parts[0]), name_key(parts[-1])
    rest = key[len(first) :] if key.startswith(first) else ""
    initials = "".join(p[0] for p in parts if p[:1].isupper())
    return 2 <= len(rest) < len(last) and last.startswith(rest) or len(parts) >= 3 and short.isupper() and short == initials.upper()


def _opening(given: str) -> str:
    """A given name's first letter and the first consonant after it, its vowels' spellings aside ("td" of "Teodoro")."""
    key = name_key(given)
    return key[:1] + next((c for c in key[1:] if c not in "aeiou"), "")


_WORLDWIDE = "International"
"""The word a federation of national bodies adds to its short name for its worldwide body ("CARE International",
"Plan International"): one body with its short name (LABELS rule 9, a body's two names)."""


def worldwide_name(text: str, short: str) -> str:
    """The name of a body of one word in capitals ("CARE") with "International" after it, where the page gives that
    form anywhere ("... CARE International media team" in a release's contacts): the body's fuller name, as a heading's
    "... warns CARE" is answered (LABELS rule 9); "" when the name is no word in capitals or the page gives no such
    form. "International" that opens the name the acronym abbreviates ("IFJ International Federation of Journalists", a
    site's logo line) is no such form."""
    if not (short.isupper() and short.isalpha() and len(short) > 1):
        return ""
    found = [m for m in re.finditer(rf"\b{re.escape(short)} ({_WORLDWIDE}\b(?:[^\S\n]+(?:(?:of|for|and|on|the)[^\S\n]+)*[A-Z][\w’'-]*)*)", text)
             if "".join(w[0] for w in m.group(1).split() if w[0].isupper()) != short]
    return f"{short} {_WORLDWIDE}" if found else ""
