"""Speaker phrases that are plurals (pure): a body named by a plural ("The Economic Freedom Fighters"), and the
plurals that name nobody in particular ("Doctors in northwest Syria", "MPs", "Traders", "Bankers I speak to"; LABELS
rule 6), read apart from :mod:`.phrase`, which calls them."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold, plural
from idlibsite.attribution.wordlists import GENERIC, NATIONS, PERSON_NOUNS, QUANTIFIERS

_OPENING_PLURAL = re.compile(r"[A-Z][a-z]+(?:[^su\Ws]s|men)\s+(?:of\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)*$|(?:in|from|at|near|around|along|across|inside|outside|on)\s+(?:the\s+)?[a-z][\w\s-]*)")
"""A plural noun capitalised only as the sentence's first word, then a place or what they stand against in lowercase words
("Farmers in the area", "Fishermen along the coast", "Critics of the government"): nobody named (LABELS: unnamed groups)."""
_NEGATIVE = re.compile(r"(?:[Nn]o|NO|[Nn]either|[Nn]one|[Nn]obody|[Nn]ot\s+(?:a|one|a\s+single))(?=\s+[^\W\d])|[Nn]obody$")
"""A negative determiner or pronoun before a word ("No Gambian", "Neither side", "Not a single official", "Nobody"), which
says no one is meant; not "No 10" (Downing Street) nor "No. 5", a number."""
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
"""An acronym in the plural ("MPs", "NGOs", "some opposition MPs"): members of a kind, nobody named (LABELS rule 6)."""
_NAMED_PLURAL = re.compile(r"[Tt]he\s+((?:[A-Z][\w’'-]*\s+){2,}[A-Z][\w’'-]*s)")
"""A plural head after capitalised words and "the" ("The Economic Freedom Fighters"): a body's name when two of the words
are neither a nation's nor a plural that names nobody ("the Syrian fighters", "Kurdish Fighters" stay generic), nor a
person's title (a surname in -s: "the UN Secretary-General António Guterres")."""
_CONTACTS = re.compile(r"\s+(?:I|we)\s+(?:(?:have|had|regularly|often)\s+)?(?:speak|spoke|spoken|talk|talked|meet|met|know|interviewed|asked)"
                       r"(?:\s+(?:to|with))?$")
"""A contact clause after a plural, its "who" left out ("Bankers I speak to", "Diplomats we talked with"): the writer's
sources, nobody named (LABELS rule 6)."""
_PREPOSITIONS = re.compile(r"\s+(?:in|from|at|near|across|inside|of|for|to|with|about|between|on)\s+")
_REDUCED_RELATIVE = re.compile(r"\s+[a-z]+(?:ing|ed)(?=\s+(?:in|from|at|near|across|inside|on|along|around|with|for)\s)")
"""A participle that opens a clause after a plural, its "who are" left out ("aid agencies working in the region", "Syrians
living in Germany", "volunteers based in Gaziantep"): the plural stays the head, and names nobody (LABELS rule 6)."""
_AGENT_PLURAL = re.compile(r"[A-Z][a-z]{3,}(?:ers|ors|ists|ees|ians|ants|ents)")
"""The plural of a noun of people by what they do or are ("Organisers", "Exporters", "Campaigners", "Trustees",
"Physicians", "Residents"), written with a capital as a sentence's first word; a stem of four letters at least, as a
surname's in -s is shorter ("Peters", "Rogers", "Waters": a name, proposed)."""


def _person_plural(word: str) -> bool:
    """True when ``word`` is the plural of a person's noun ("Economists", "Traders", "Women")."""
    folded = fold(word)
    return len(folded) > 3 and (folded.endswith("s") and folded[:-1] in PERSON_NOUNS
                                or folded.endswith("men") and f"{folded[:-3]}man" in PERSON_NOUNS)


def lone_plural(name: str, page: str) -> bool:
    """True when a name of one word is the plural of a noun of people (:data:`_AGENT_PLURAL`) that the page writes with a
    capital only where a sentence or a heading starts ("Organisers say it carries ...", "Exporters fear ..."): people of a
    kind, nobody named (LABELS rule 6), whatever noun a new story brings; not a name the page writes with a capital inside
    a sentence ("told Reuters", "Mr Sanders said", a dateline's "(Reuters)"), which :func:`.proposal.proposable` leaves to be proposed."""
    if not _AGENT_PLURAL.fullmatch(name):
        return False
    return not any(re.search(r"[\w,;’'”()/][ \t]*$", page[max(0, m.start() - 40) : m.start()]) for m in re.finditer(rf"\b{name}\b", page))


def people_of_nation(tokens: list[str]) -> bool:
    """True when two words are a nation's adjective and the plural of a person's noun, in any case ("Indonesian Students"
    in a title-case heading, "Syrian doctors"): people of a nation, no body's name, though a body's name holds them ("the
    Indonesian Students Association in Turkey")."""
    return len(tokens) == 2 and fold(tokens[0]) in NATIONS and _person_plural(tokens[1])


def plural_name(text: str) -> str:
    """A body's name that is a plural after "the" ("The Economic Freedom Fighters"), "" when the phrase is none."""
    m = _NAMED_PLURAL.fullmatch(text)
    before = m.group(1).split()[:-1] if m else []
    if m and sum(fold(w) not in NATIONS and fold(w) not in GENERIC for w in before) >= 2 and not PERSON_NOUNS.intersection(map(fold, before)):
        return m.group(1)
    return ""


BODY_KINDS = frozenset("agency charity group organisation organization broadcaster newspaper channel daily network"
                       " insurer company firm bank lender airline carmaker manufacturer".split())
"""Lowercase kinds of body before a body's name ("the state news agency Sana", "rights group Amnesty International",
"the export credit insurer Credendo"): the name after them is the body's, never a person's."""
_NAME_WORDS = frozenset("of for the on du de without against".split())
"""Lowercase words inside a body's name after its kind ("Doctors of the World", "Médecins du Monde"), and "in" after a
plural ("People in Need", not "the agency Sana in Damascus", a body and its seat)."""


def kind_named(tokens: list[str]) -> int:
    """Where a body's name starts after a lowercase kind of body (:data:`BODY_KINDS`) that the phrase's last words
    follow, capitalised but for a few small words inside ("the Czech aid organisation People in Need": 4); 0 when none."""
    kind = max((i for i, t in enumerate(tokens[:-1]) if t in BODY_KINDS), default=-1)
    named = tokens[kind + 1 :]
    return kind + 1 if kind >= 0 and named[0][:1].isupper() and named[-1][:1].isupper() and all(
        t[:1].isupper() or t in _NAME_WORDS or t == "in" and (plural(named[i - 1]) or fold(named[i - 1]) in GENERIC) for i, t in enumerate(named)) else 0


def names_nobody(text: str, tokens: list[str]) -> bool:
    """True when the phrase (its words ``tokens``) is a plural or a quantified noun that names nobody in particular:
    "Doctors in northwest Syria", "a nurse in Atmeh", "the agreements concluded between ...", "Several Moroccans" (a
    few people of a nation, LABELS rule 6), "Traders" and "Bankers I speak to" (a person's noun in the plural,
    capitalised as the sentence's first word); not "the rights chief", one person by a plural field."""
    if _NEGATIVE.match(text):
        return True  # "No Gambian (has been) reported ...", "Neither side", "None of them": the determiner says nobody is meant
    text = _REDUCED_RELATIVE.sub(" in", text, count=1)
    bare = _CONTACTS.sub("", text).split()
    if len(tokens) <= 4 and len(bare) == 1 and _person_plural(bare[0]):
        return True  # "Traders said", "Economists I talk to say"
    before_pp = _PREPOSITIONS.split(text)[0].split()
    if 0 < kind_named(tokens) < len(before_pp):
        return False  # "the aid organisation People in Need": a body's name after its kind, no people in a place (not "a
        # columnist for the daily Sabah", a person of the body)
    titled = len(before_pp) > 2 and fold(before_pp[1]) in PERSON_NOUNS and all(w[:1].isupper() for w in before_pp[2:])  # "Police
    # Director X Y", "police spokesman X Y": a generic word opens the title, a name follows it
    return bool(before_pp) and bool(
        fold(before_pp[-1]) in GENERIC or (fold(before_pp[0]) in GENERIC and before_pp[0].isalpha() and not titled) or plural(before_pp[-1])
        or _ACRONYM_PLURAL.fullmatch(before_pp[-1])
        or (before_pp[-1][:1].islower() and before_pp[0].lower() in QUANTIFIERS)
        or (len(before_pp) > 1 and before_pp[0].lower() == "the" and plural(before_pp[1]) and fold(before_pp[-1]) not in PERSON_NOUNS - GENERIC)
        or _OPENING_PLURAL.fullmatch(text)
        or len(before_pp) == 1 < len(tokens) and before_pp[0].lower() in QUANTIFIERS - {"a", "an"}  # "Many in Europe"
        or len(before_pp) == 1 < len(tokens) and plural(before_pp[0].lower()) and fold(before_pp[0])[:-1] in PERSON_NOUNS  # "Students in Lyon"
        or len(before_pp) == 2 and before_pp[0].lower() in QUANTIFIERS - {"a", "an", "one"} and fold(before_pp[1][:-1]) in NATIONS
        or people_of_nation(before_pp))
