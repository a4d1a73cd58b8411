"""A person or a body the article describes and does not name (pure): whether a speaker phrase is one ("A Lima nurse
who ...", "The 44-year-old", "An Oslo-based charity"), and whom a headline's description stands for."""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.folding import fold
from idlibsite.attribution.headnoun import office_of_place
from idlibsite.attribution.bodytable import contracted
from idlibsite.attribution.wordlists import NATIONS, GENERIC, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, TITLES
from idlibsite.sources.statements import Passage

BODY_DESCRIBED = re.compile(r"(?:(?:though|while|but|and)\s+)?(?:[Aa]n?|[A-Z][\w-]*)\s+(?:[\w-]+\s+){0,3}?(?:charity|monitor|watchdog|organi[sz]ation|NGO)")
"""A body described with no name ("An Oslo-based aid charity warned", "though a war monitor reported"): the body that
the next sentence with a speaker names (LABELS rule 7: a body described, then named, is labelled by its name)."""


INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s")
SOURCES = GENERIC | TITLES | frozenset("spokesperson diplomat officer aide adviser advisor representative negotiator correspondent reporter".split())
"""Heads of a description that keep a speaker anonymous ("a senior official", "a European diplomat"): LABELS rule 6."""


def introduces_person(phrase: str) -> bool:
    """True when an unnamed speaker is a person introduced by a description, an occupation or a relation and no name
    ("A Lima nurse who ...", "A father of three", "a 58-year-old shepherd": an age is a person's), whom the text may name
    next; not an anonymous source."""
    described = POSTMODIFIER.split(phrase)[0].split()
    head = fold(described[-1].split("-")[0])  # "A 27-year-old student from ...", "A father-of-three"
    aged = any(_AGE.fullmatch(w) for w in described[1:])  # "a 58-year-old shepherd", "A 27-year-old from Homs", "A 40-year-old Syrian Greek"
    return INDEFINITE.match(phrase) is not None and (head in PERSON_NOUNS or aged) and head not in SOURCES


def anonymous_source(phrase: str) -> bool:
    """True when a phrase is an anonymous source introduced by an indefinite article ("a responsible source at the
    Ministry of Foreign Affairs", "a senior official"): its head, before what places it, one of :data:`SOURCES`."""
    described = POSTMODIFIER.split(phrase)[0].split()
    return INDEFINITE.match(phrase) is not None and len(described) > 1 and fold(described[-1]) in SOURCES


POSTMODIFIER = re.compile(r",|\s+(?:from|in|at|of|with|for|near|who|whose|based|[a-z]+ing)\s")


_DEFINITE_DESCRIBED = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+)*(?P<head>\d+-year-old|[a-z][\w-]*)"
                                 r"(?:\s+of\s+\w+|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|\([A-Z]{2,}\)))*)?")
"""A person described by the article, not named: an age, a relation or an occupation, a place before it ("The
44-year-old", "The father-of-three", "The Fairfield father of four"), a body named after it ("the legislator from the
Justice Party (JP)", where "The father of a student" introduces someone new): the person last named (LABELS rule 8),
unless an anonymous source's head (:data:`SOURCES`: "the official")."""


def describes_person(phrase: str, roles: frozenset[str] = frozenset()) -> bool:
    """True when a phrase is a person described by the article (:data:`_DEFINITE_DESCRIBED`), not an anonymous source:
    by a person's noun, or by a word of the ``roles`` the page gave the people it named ("The former tailor" after
    "Name, who worked as a tailor"), maybe after a word of time ("former", "late")."""
    described = _DEFINITE_DESCRIBED.fullmatch(re.sub(r"^([Tt]he)\s+(?:former|late|retired|onetime)\s+", r"\1 ", phrase))
    head = described.group("head") if described else ""
    return bool(described) and (bool(re.fullmatch(r"\d+-year-old", head)) or introduces_person(f"a {head.split('-')[0]}")
                                or fold(head) in roles)


_OWN_RELATION = re.compile(r"(?:[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)(?:\s+(?:in|at|of|from|on)\s+\S.*)?")
"""A writer's own relation or representative by a possessive of the first person ("Our delegate in Congress", "My former
students", "our parish priest"): someone the letter or column describes and never names (LABELS rule 6)."""


def own_relation(phrase: str) -> bool:
    """True when a speaker phrase is the writer's own relation, representative or acquaintance (:data:`_OWN_RELATION`),
    a person or people, not a body ("our government", "my ministry")."""
    m = _OWN_RELATION.fullmatch(phrase.strip())
    return m is not None and fold(m.group("head")).rstrip("s") not in {w.rstrip("s") for w in ORG_NOUNS | ORG_WORDS}


def described_as(phrase: str, role: str) -> str:
    """What a speaker's role (its phrase and the apposition after it, joined) describes them by: the phrase alone when
    the apposition is a relative clause, which tells more of a person already known ("says the merchant, who came from
    Aleppo in 1979": "the merchant"), the whole role otherwise ("the 29-year-old from Valparaiso")."""
    kept = role.strip()
    return phrase if phrase and re.match(rf"{re.escape(phrase)}\s+(?:who|whose)\s", kept) else kept


def role_heads(roles: Sequence[str]) -> frozenset[str]:
    """The nouns the page described the people it named by, each after "a"/"an" and before the role ends or goes on with
    a place, a body or a clause ("Name, a baker from Lviv", "Name, who worked as a tailor in Herat"): the heads a later
    definite description of that person may have (:func:`describes_person`); no body's noun or anonymous source's."""
    heads = (m.group(1) for r in roles for m in re.finditer(r"\ban?\s+([a-z]{3,})(?=\s+(?:in|from|at|of|for|with|who)\b|\s*(?:,|$))", r))
    return frozenset(h for h in heads if h not in SOURCES | ORG_NOUNS | ORG_WORDS)


def first_described(phrase: str) -> bool:
    """True when a definite description introduces a person the article has not named: a person's head and words after
    it that tell who they are ("The 34-year-old manager of a firm's office in Adana", "The father of a student in
    Izmir"), not the description of one named before (:func:`describes_person`: "The 44-year-old", "The father of four");
    or an indefinite one by an age alone ("A 27-year-old from Homs staying at the camp")."""
    if INDEFINITE.match(phrase) and _AGE.search(phrase.split(",")[0]) and introduces_person(phrase):
        return True
    definite = re.match(r"[Tt]he\s+", phrase)
    return (definite is not None and len(POSTMODIFIER.split(phrase, maxsplit=1)) > 1 and not describes_person(phrase)
            and (introduces_person(f"a {phrase[definite.end() :]}") or office_of_place(phrase)))



_AGE = re.compile(r"\b\d+-year-old\b")
_ANONYMOUS = re.compile(r"(?i)\b(?:not\s+to\s+be\s+(?:named|identified)|anonymity|(?:his|her|their)\s+name(?:s)?\s+(?:published|used|withheld)"
                        r"|declined\s+to\s+(?:be\s+named|give)|(?:did|would)\s+not\s+give\s+(?:his|her|their)\s+name|without\s+(?:giving|being\s+named))")
"""A person described who keeps their name from the article ("who asked not to be named", "who did not want his name
published"): anonymous (LABELS rule 6), whoever is named next."""


def anonymous(sentence: str) -> bool:
    """True when a sentence says its person described keeps their name from the article (:data:`_ANONYMOUS`)."""
    return _ANONYMOUS.search(sentence) is not None


def next_to(text: str, end: int, start: int) -> bool:
    """True when a sentence starting at ``start`` comes right after one ending at ``end``, in the same paragraph or at
    the head of the next (no other sentence between them)."""
    return re.fullmatch(r"[^\S\n]*(?:\n\s*)?", text[end:start]) is not None


_HEADLINE_DESCRIBED = re.compile(r"(?:[A-Z][\w’'-]*\s+)*[a-z][\w-]*")
"""A headline's description of a person, articles dropped: capitalised words and a lowercase head ("Cardiff doctor")."""
_MODIFIED = re.compile(r"(?:[a-z][\w-]*\s+){1,2}[a-z][\w-]*")
"""A headline's whole description by lowercase words before its head ("displaced mother", "camp volunteer")."""


def _lowered_alike(phrase: str, found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The speaker a headline's one capitalised word is when the body writes it in lowercase after "the", as a kind of
    body and no name ("Muftiate calls for prayers ..." over "The Spiritual Administration of ... called on ... The
    muftiate said ..."), and never capitalised inside a sentence: the body's speaker of the first sentence whose subject
    is "the" and that word (as the body resolved it, LABELS rule 8); None otherwise (a name, a title, a country)."""
    if not re.fullmatch(r"[A-Z][a-z]{3,}", phrase) or fold(phrase) in NATIONS or fold(phrase) in ORG_WORDS | ORG_NOUNS | PERSON_NOUNS:
        return None
    if re.search(rf"[\w,;’'] {phrase}\b", text):  # "... the Muftiate said": the page's own name for it
        return None
    subject = re.compile(rf"[Tt]he\s+{phrase.lower()}\s+[a-z]")
    return next((Speaker(s.actor, s.new, "", "later", CONFIDENCE["later"]) for p, s in sorted(found.items(), key=lambda i: i[0].start)
                 if (s.actor or s.new) and subject.match(text, p.sentence.start)), None)


_STAMPED_QUOTE = re.compile(r"[^\S\n]*\d{1,2}[.:]\d{2}[^\S\n]*(?:[ap]\.?m\.?)?[^\S\n]*(?:[-–—][^\S\n]*)?['‘\"“«]")
"""A live blog's entry heading that opens with its time stamp and then a quotation, a dash between or none ("19:10 -
'Fragile, but a start'", '22:15 "There are no ..."')."""


def described_alike(phrase: str, found: dict[Passage, Speaker], text: str, end: int = -1) -> Speaker | None:
    """The speaker a headline's described person is: the one the body introduces by the same head, maybe another place,
    and names next (a passage opening "A Cardiff doctor ..." given to the person named after it, :func:`introduced_next`,
    for "Cardiff doctor" or "Aintree doctor"); under a heading that ends at ``end`` (a live blog's entry: "Kiwi aid
    worker describes ..."), the person the paragraph right under it names first as a speaker ("Wellington woman Name,
    who works for a charity, told ..."), also for no phrase at all (an entry heading of a quotation alone); else None."""
    lowered = _lowered_alike(phrase, found, text)
    if lowered:  # "Muftiate calls for ..." over "The muftiate said ...": a kind of body the headline capitalises
        return lowered
    described = _HEADLINE_DESCRIBED.match(phrase)
    described = described if described and introduces_person(f"a {described.group()}") else _MODIFIED.fullmatch(phrase)
    first = phrase.split()[0] if phrase.split() else ""
    national = contracted(first, text) or first  # "S'porean in Hatay": the body's "A Singaporean living in ...", one of a nation
    worded = POSTMODIFIER.split(phrase)[0].split()  # "Kiwi aid worker": a person by their work, after their nation
    if fold(NATIONS.get(fold(national), national)) != fold(national) and (phrase == first or POSTMODIFIER.match(phrase, len(first))):
        head = national
    elif described is not None and introduces_person(f"a {described.group()}"):
        head = described.group().split()[-1]  # "Aintree doctor" over "A Liverpool doctor who ...": the same job, named next
    elif end >= 0 and worded and worded[-1][:1].islower() and introduces_person(f"a {' '.join(worded)}"):
        head = worded[-1]
    elif end >= 0 and not phrase.strip() and _STAMPED_QUOTE.match(text, text.rfind("\n", 0, max(end - 1, 0)) + 1):
        head = ""  # an entry heading of a quotation alone after its time stamp: the entry's first person speaking
    else:
        return None
    ordered = sorted(found.items(), key=lambda i: i[0].start)
    opening = re.compile(rf"(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(head)}\b")  # "A lorry driver" for "stranded driver"
    introduced = next((Speaker(s.actor, s.new, "", "later", CONFIDENCE["later"]) for p, s in ordered
                       if s.how == "later" and opening.match(text, p.start)), None) if head else None
    under = next((s for p, s in ordered if p.start >= end and next_to(text, end, p.sentence.start)), None) if end >= 0 else None
    entry = Speaker(under.actor, under.new, "", "later", CONFIDENCE["later"]) if under and under.how in ("named", "later") and is_person(under) else None
    return introduced or entry


APPOSED_AS = r"\b(?:(?:spoke|spoken|talked|speaks|talks)\s+(?:with|to)|interviewed|asked)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),\s+an?\s+(?:[\w’'-]+\s+){{0,3}}?{head}\b"
"""A person the page introduces as the one it spoke with, with an apposition of a head ("RFA spoke with Ablikim Yasin, a
researcher on Central Asian migration"): an interview's guest, not a new speaker with words of their own ("Dr X, a nurse
at the hospital, said": another person, test_attribution_round32)."""


_MADE_REMARKS = r"[^\S\n]*(?:\n\s*)?(?:[A-Z][\w’'-]*\s+){{0,4}}?(?i:{head})\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}})\s+(?:made|gave|delivered)\s+(?:the|these|those|his|her)\s+(?:remarks|comments)\b"
"""The sentence right after an anonymous source's words that names the source by its head noun as the maker of the
remarks ("..., a Chinese foreign ministry spokesperson said. Spokesperson Name made the remarks at ...")."""


def remarks_maker(phrase: str, text: str, end: int) -> str:
    """The name of the person the sentence right after ``end`` says made the remarks, by the head noun of the anonymous
    source ``phrase`` that closed them ("a foreign ministry spokesperson said" and "Spokesperson Name made the remarks":
    LABELS rule 7, a person described, then named; a country's words relayed, Round 29); "" when it names nobody so."""
    if not anonymous_source(phrase):
        return ""
    head = POSTMODIFIER.split(phrase)[0].split()[-1]
    made = re.compile(_MADE_REMARKS.format(head=re.escape(head))).match(text, end)
    return made.group("name") if made else ""
