"""A person named as the subject of a sentence that reports no speech: whom "he" or "she" next stands for (as
:mod:`.bodysubject` finds whom "it" stands for)."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import is_person
from idlibsite.attribution.audience import audience_before
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.context import seen_surname
from idlibsite.attribution.discourse import GENDERED, person_noun
from idlibsite.attribution.envoys import envoy_holder, envoy_subject
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.fullnames import full_name
from idlibsite.attribution.match import match_person
from idlibsite.attribution.names import UPPER
from idlibsite.attribution.proposal import proposable
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.attribution.wordlists import PARTICLES, PERSON_NOUNS
from idlibsite.sources.stamps import STAMP_HEAD

_OFFICE_ROLE = (r"(?:(?:St\.\s+)?[A-Z][\w’'-]*\s+|\d{1,3}\s+){1,4}(?:[a-z]+\s+)?(?:"
                + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True)) + r")\s+(?=[A-Z])")
"""A role in lower case after the capitalised name of the body or the place it is of, at a name's left ("Ward 3 City
Council member", "Bradford Council leader", "St. Paul school board chair"): a local office's usual form in local and
agency copy, whose holder is the person named after it."""
_SUBJECT_NAME = re.compile(
    rf"(?:^(?:\d{{1,3}}/(?:\d{{1,3}})?\s+|{STAMP_HEAD})?|(?<=[.!?:] ))(?:(?!(?:His|Her|Their)\s)[A-Z][a-z]+(?:\s+[a-z]+){{1,7}},\s+"  # "Back in the olive grove, ..."
    r"|(?:(?:Meanwhile|Back|Later|Earlier)\s+in|In)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+"  # "Meanwhile in Brussels, ...", "In New York, ..."
    r"|(?:(?:[Oo]n|[Aa]t|[Dd]uring|in)\s+[^,.!?:;\n\u2063]{1,50},\s+){1,2})?"  # "On Monday, at his morning press conference, ...", "At the mosque, in Cambuci, ..."
    r"(?:(?:Spoke|Talked)\s+(?:to|with)\s+)?"  # a thread's "Spoke to Nikos, who ...": the subject "I" left out
    r"(?:(?P<apposed>(?:The|His|Her|Their|A|An|(?<=, )the|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[’']s)\s+(?P<lead>[A-Za-z][\w\s’'.-]*?)),\s+)?"
    r"(?:(?:But|And|Yet|Still|Meanwhile|However),?\s+)?"  # "But military analyst Pavel Orlov thinks ..."
    r"(?:(?:[A-Z][\w-]*[’']s|\d+-year-old)\s+)?"  # "Turkey's Recep Tayyip Erdogan", "12-year-old Mohammad"
    rf"(?P<name>(?:{_OFFICE_ROLE}|(?:[A-Z][a-z]+(?:-[a-z]+)?\s+|[A-Z]{{2,}}\s+|[a-z]+\s+)?(?:[a-z]+\s+){{1,3}}(?=[{UPPER}]))?(?:[{UPPER}][\w’'-]+|al-\w+)(?:[^\S\n]+(?:[{UPPER}][\w’'-]+|al-\w+|bin|abu|ibn|(?:von|van|der|den|de|du)(?=\s+(?:[{UPPER}]|der\s|den\s)))){{0,5}})"  # "Çavuşoğlu", "von der Leyen"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the))*)?"  # "Analyst X of the Y Institute sees ..."
    r"(?:\s+\([^()\n]{1,20}\))?"  # a party or a body's acronym after the name: "Vice-Chancellor X (Greens) struck ..."
    r"(?:,\s+(?P<age>\d{1,3}))?(?:,\s+(?P<role>(?:a|an|the)\s+[^,]+))?"
    r"(?:,?\s+(?!(?:and|or|of|in|on|at|for|to|from|with|the|a|an)\b)(?P<next>[a-z]+)\b|(?<=\d),\s+from\s"
    r"|(?<=[a-z]),\s+and\s+(?:his|her|their)\s)",  # "His wife, Lina, and their three children have lived ...": Lina
    re.MULTILINE)
"""A person's name opening a sentence as its subject, an apposition after it (its role)."""
BODY_ASIDE = re.compile(r",\s+which\s+(?:also\s+)?(?:says|said|reports|reported|estimates|estimated|puts|put|counts|counted)\b")
"""A body's words in a relative clause after a person's act ("Sarraf ended the panel by reading figures from the United
Nations, which says ..."): the person named as the sentence's subject is whom "she" next stands for, not the body."""
_NAME_GIVEN = re.compile(r"\b(?:(?:[Hh]is|[Hh]er)\s+(?:full\s+)?name\s+is|(?:[Hh]is|[Hh]er)\s+(?:first|given)\s+name,|(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+(?:named|called)|(?:[Aa]n?|[Tt]he)\s+[a-z][^.!?\n\u2063]{0,100}?\s+(?:is|was)\s+(?:called|named))\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z][\w’'-]+|al-\w+)"
                         r"(?:\s+(?:[A-Z][\w’'-]+|al-\w+|bin|abu|ibn)){0,3})")
"""A person described, then named: "His name is Dr. Khaled ...", "A woman named Umm ...", "only his first name, Yasser, be
used", "The taxi driver who took me to the border is called Murat": whom "he" or "she" stands for next."""
_BACK_TO = re.compile(r"[^.!?\n]*?\b(?:him|her(?=\s*[.,;]|\s+(?:to|about|on|in|for|at|over)\b))\b")
"""The rest of a sentence whose subject is named, up to "him" or "her" as its object ("sat down with him to discuss ..."):
the person named before it."""
_PRONOUNS = frozenset("He She They It We I You His Her Their Its My Our Your".split())
"""Capitalised pronouns and possessives that open a sentence: no name (the sentence "He fled ..." or "Her phone rings."
goes on about the one named)."""
_ARTICLES = frozenset("The A An This That These Those".split())
"""Capitalised articles that open a sentence: no name ("The town "no longer exists", he says" after "Businessman X ...
holds a picture of his hometown": X, named before it in the same paragraph)."""


def _going_on(text: str, lo: int, last_end: int) -> tuple[int, str]:
    """Where the paragraphs that go on about a person named before ``lo`` begin: back from the paragraph at ``lo``, over
    up to two paragraphs that open with a pronoun, a possessive or an article ("The 36-year-old arrived ...", "Her parents
    stayed ..."), to the paragraph before them, never before ``last_end`` (a feature names a person, tells of them, then
    quotes them: "she told the paper" is theirs, LABELS rule 8); ``lo`` when the paragraph at it opens otherwise.  With it,
    the gender the openers state of that person ("She", "His"), "" when none or both."""
    genders: set[str] = set()
    for _ in range(2):
        opening = re.match(r"\s*([A-Z][a-z]*)\b", text[lo:])
        back = text.rfind("\n", 0, len(text[:lo].rstrip("\n"))) + 1 if lo else 0
        if not opening or opening.group(1) not in _PRONOUNS | _ARTICLES or back < last_end or back >= lo:
            break
        genders |= {GENDERED[opening.group(1).lower()]} if opening.group(1).lower() in ("he", "his", "she", "her") else set()
        lo = back
    return lo, genders.pop() if len(genders) == 1 else ""


def subject_before(text: str, last_end: int, start: int, actors: tuple[Actor, ...], seen: Seen) -> bool:
    """The person named as the subject of a sentence that reports no speech (:func:`_subject`), then the host and guest
    of an audience told after it (:mod:`.audience`: "H.E. X, Deputy Prime Minister, received H.E. Y, Ambassador of ..."),
    the nearest of whom a later "the ambassador" or "the Deputy Prime Minister" stands for."""
    given = _subject(text, last_end, start, actors, seen)
    here = text.rfind("\n", 0, start) + 1
    lo = max(last_end, text.rfind("\n", 0, len(text[:here].rstrip("\n"))) + 1 if here else 0)
    subjects = [m.start() for m in _SUBJECT_NAME.finditer(text, lo, start) if m.group("name") not in _PRONOUNS]
    audience_before(text, max([lo, *subjects]), start, actors, seen)
    return given


def _subject(text: str, last_end: int, start: int, actors: tuple[Actor, ...], seen: Seen) -> bool:
    """A person named as the subject of a sentence that reports no speech, between the last
    speaker and this sentence in its paragraph or the one before, is whom "he" or "she" stands
    for next: ``Mohammad Khaled, a teacher, was less hopeful. "...," he said.``  A single word
    counts only as the surname of a known person or of a speaker named before (not "Idlib was"), or as a
    first name given with an age or a "who" clause ("Ahmad, 31, from ...", "Spoke to Nikos, who farms ...").
    True when the person is one described before and named now ("His name is Dr. X", "A woman named X")."""
    if not text:
        return False
    here = text.rfind("\n", 0, start) + 1
    before = text.rfind("\n", 0, len(text[:here].rstrip("\n"))) + 1 if here else 0
    given = list(_NAME_GIVEN.finditer(text, max(last_end, before), start))
    going_on, gender = _going_on(text, max(last_end, before), last_end)  # "X keeps ... // The 36-year-old ... // '...,' she told"
    found = [m for m in _SUBJECT_NAME.finditer(text, max(last_end, before), start) if m.group("name") not in _PRONOUNS and m.group("next") != "by"]
    found = found or [m for m in _SUBJECT_NAME.finditer(text, going_on, max(last_end, before))  # "Reached by telephone, she": a participle
                      if m.group("name") not in _PRONOUNS and m.group("next") != "by"]
    gender = gender if found and found[-1].start() < max(last_end, before) else ""
    others = [m for m in found if given and m.start() > given[-1].start() and m.group("name") != given[-1].group("name") and proposable(m.group("name"))]
    if given and not others:  # "His name is Dr. X.": the one described before, whom a sentence after may open with ("X came ...")
        got = resolve(Clause(given[-1].group("name"), "", ""), actors, seen)
        if got is not None and (got.actor or got.new) and is_person(got):
            seen.add(got, given[-1].group("name"), True)
            seen.adjacent = False
            return True
        return False
    at, envoy = envoy_subject(text, max(last_end, before), start)
    if envoy and not (found and found[-1].start() > at):  # "The Turkish ambassador to Namibia lays a wreath. He said ...": the
        seen.add(envoy_holder(resolve(Clause(envoy, "", ""), actors, seen), envoy, seen.entries), envoy, True)  # envoy (envoys), not a speaker before
        seen.adjacent = False
        return False
    if len(found) > 1 and found[-1].group("name") in _ARTICLES and found[-2].start() >= here:
        found = found[:-1]  # "X ... holds a picture of his hometown. The town "...", he says": X, in this paragraph
    if not found:
        return False
    if len(found) > 1 and _BACK_TO.match(text, found[-1].end(), start):  # "X sat down with him. He says ...": "him" is the
        found = found[:-1]  # one named before, whom the next "he" goes on with, not X (an interview's intro)
    name = found[-1].group("name")
    titled = re.match(r"(?:[A-Za-z][a-z]+(?:-[a-z]+)?\s+|[A-Z]{2,}\s+)?(?:[a-z]+\s+){0,2}([a-z]+)\s+(?=[A-Z])", name)  # "Military analyst Pavel Felgenhauer sees ..."
    if titled and not person_noun(titled.group(1)) and fold(titled.group(1)) not in PARTICLES:  # not "Ursula von der Leyen"
        if not name[:1].isupper() or not re.match(r"[A-Z][a-z]+\s+[a-z]", name):
            return False
        name = name.split()[0]  # "Khaled loved Danish summers": a first name, then its verb (a single word, checked below)
    described = words(f'{found[-1].group("role") or ""} {found[-1].group("lead") or ""}')  # "Fatima, a mother of three,"
    asked = re.match(r"[^.!?\n]*\?", text[found[-1].start() :]) is not None  # "Wait, who is fighting whom?": a question, no "who" clause
    person = found[-1].group("age") or found[-1].group("next") == "who" and not asked  # "Ahmad, 31, from ...", "Nikos, who farms ..."
    if " " not in name and not (person or match_person(name, actors) or seen_surname(name, seen.entries) or (PERSON_NOUNS | GENDERED.keys()) & set(described)
                                or full_name(seen.before, name)):  # "Borissov, who ..., flew" after "Boyko Borissov"
        return False
    apposed = found[-1].group("apposed") or ""  # "In Brussels, the EU commissioner for crisis management, Name, ...": his role
    role = found[-1].group("role") or ("" if re.match(r"(?:His|Her|Their)\s", apposed) else apposed)
    got = resolve(Clause(name, role, ""), actors, seen)
    if got is not None and (got.actor or got.new) and is_person(got):
        seen.add(got, f"{name} {role}", True)
        seen.adjacent = False
        if gender:  # the paragraphs that went on about them state it ("She drives ...", "Her parents ...")
            seen.genders.setdefault(got.label, gender)
    return False
