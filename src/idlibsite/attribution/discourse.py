"""One discourse model of the page's speakers, and whom "he", "she", "it" and "they" stand for in it (pure).

The rule: every speaker mention the page makes as it is read, named or not (a named person, a described person, an
unnamed source, a body, a plural), is a referent with the features the page itself gives it: person or body, one or
many (by its head noun: "a shopkeeper selling blankets" is one, "officials at the airport" many), and a gender only
when the page states it (Mr/Ms, a role such as "mother" or "spokeswoman", "his"/"her" in the speaker's own sentence),
never one guessed from an earlier resolution.  A pronoun is the most recent compatible referent, those of its own
sentence first: "he" and "she" one person not of the other gender, "it" a body, "they" many or a body.  A referent
the page does not name is a real one: when it is the most recent compatible, the pronoun names nobody (LABELS rules 6
and 8), not the last person named before it.  A person described, not named, in the paragraph or the one before enters
the model too, though they say nothing: as the subject of a sentence ("A resident disagreed.", "Outside, a protester
held a sign") or as the one the writer talks to ("When I asked a senior EU official ..., she paused"; named: "I spoke
to Dr X, ..."), and so does a relay's teller, after the principal it relays; when the page
then gives that person's name ("His name is X"), the sentences "he" or "she" gave them are that name's (LABELS rule 7).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.folding import fold, plural, words
from idlibsite.attribution.names import UPPER
from idlibsite.attribution.subject import GAVE_NAME
from idlibsite.attribution.wordlists import KIN, PERSON_NOUNS, TITLES

GENDERED = {**dict.fromkeys("she her spokeswoman chairwoman mrs ms woman mother wife daughter sister umm".split(), "she"),
            **dict.fromkeys("he his spokesman chairman mr man father husband son brother abu".split(), "he")}
"""Words of a speaker's phrase or role that tell whether "he" or "she" stands for them."""
PRONOUNS = frozenset({"he", "she", "it", "they"})
_PRONOUN_FORMS = frozenset({"he", "his", "she", "her"})


@dataclass(frozen=True)
class Mention:
    """A referent of the page's discourse: a speaker (named, or ``unnamed`` only), and what the page says of it."""

    speaker: Speaker
    person: bool
    gender: str  # "he", "she", or "" when the page does not say
    many: bool


_EXCELLENCY = re.compile(r"\bH\.?E\b\.?")
"""The honorific "HE" ("His or Her Excellency", "HE Name"): no pronoun, it states no gender."""


_POSSESSIVE = re.compile(r"(?i)\b(?:his|her)\s+(?=[a-z])")
"""A possessive before a noun ("her uncle", "his widow"): the gender of another person, whom the noun relates to."""


_CLAUSE_AFTER = re.compile(r",?\s+(?:who|whom|whose|which|where|with)\b")
"""Where a relative clause or a "with" phrase after a phrase's head begins: what it tells is of others ("with her husband")."""


def stated_gender(text: str) -> str:
    """The gender a role or a phrase states of one person ("Mr", "spokeswoman", "a mother of three"), "" when it states
    none or both; an honorific's "HE" states none (:data:`_EXCELLENCY`), nor a possessive's (:data:`_POSSESSIVE`:
    "her uncle" is a man), nor a relative clause's after the head (:data:`_CLAUSE_AFTER`)."""
    text = _CLAUSE_AFTER.split(text, maxsplit=1)[0]  # "the 38-year-old, who arrived with her husband": not the husband's
    said = {GENDERED[w] for w in words(_POSSESSIVE.sub(" ", _EXCELLENCY.sub(" ", text))) if w in GENDERED}
    return said.pop() if len(said) == 1 else ""


_POSTMODIFIER = re.compile(r",|\s+(?:in|on|at|from|near|across|along|inside|outside|around|close|to|of|for|with|who|whose|which|that"
                           r"|[a-z]+ing|[a-z]+ed)\b")


def many(phrase: str) -> bool:
    """True when a phrase that names nobody stands for many ("officials at the airport", "sources in the ministry"), not
    one ("a source close to the talks", "one of the doctors", "a shopkeeper selling blankets"): its head noun, the last
    word before what modifies it, is a plural."""
    if re.match(r"(?i)\s*(?:an?|one|the\s+one|another)\s", phrase):
        return False
    head = _POSTMODIFIER.split(phrase.strip(), maxsplit=1)[0].split()
    return bool(head) and plural(head[-1])


def mention(speaker: Speaker, role: str, person: bool, gender: str = "") -> Mention:
    """The referent a speaker entry is, the gender the page stated of it given or read from its role."""
    named = bool(speaker.actor or speaker.new)
    return Mention(speaker, person, gender or (stated_gender(role) if person else ""), not named and many(speaker.unnamed or role))


def compatible(pronoun: str, m: Mention) -> bool:
    """True when a pronoun may stand for a referent: "he"/"she" one person not of the other gender, "it" a body,
    "they" many or a body."""
    if pronoun in ("he", "she"):
        return m.person and not m.many and m.gender in ("", pronoun)
    if pronoun == "it":
        return not m.person
    return m.many or not m.person


def antecedent(pronoun: str, mentions: Sequence[Mention]) -> Mention | None:
    """The most recent referent a pronoun may stand for, None when none."""
    return next((m for m in reversed(mentions) if compatible(pronoun, m)), None)


_CLOSE = KIN | {"friend", "neighbour", "neighbor", "colleague"}
"""Head nouns of the people close to the writer ("My uncle lives in Antakya."), persons though no role's nor agent's word."""
_DESCRIBED_SUBJECT = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))(?:(?!(?:An?|One|Another)\s)[A-Z][a-z]+(?:\s+[a-z]+){0,4},\s+)?"
                                r"(?P<phrase>(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}?|The\s+(?=[a-z]+\s+of\s+(?:the|a|an)\s)|(?:My|Our)\s+(?:[a-z][\w’'-]+\s+)?"
                                r"(?=(?:" + "|".join(sorted(_CLOSE)) + r")\b))(?P<head>[a-z][\w-]*)"
                                r"(?:\s+[a-z]+ing)?(?:\s+(?:in|at|from|of|on|near|outside)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?)"
                                r"(?:,\s+[a-z][^,.;:!?\n\"“”\u2063]{1,80},)?"
                                r"\s+(?!(?:named|called|known|identified)\b)(?:[a-z]+ed|held|spoke|told|took|gave|had|was|went|came|stood|sat|read|wrote|shook|did"
                                r"|lives|works|is|has)\b")
"""A sentence whose subject is one person described, not named ("The owner of the hotel, ..., smiled."), maybe after a fronted phrase ("Outside, a protester
held ...", "One official in the ministry disagreed.", "A young woman studying in Cyprus wrote ..."; a reader's own relative or
friend, "My uncle lives in Antakya.", whom "He says ..." next stands for, named nowhere; not "Our reporter", the outlet's), maybe an aside in
lower case between commas after it ("A woman from Idlib, one of the few I met, did not want ...", "One worshipper, a
retired engineer, was less diplomatic."): its phrase and its head noun."""
_HEARD = re.compile(r"\b(?:I|[Ww]e)\s+(?:[a-z]+\s+){0,2}?(?:asked|met|interviewed|reached|told|raised\s+[^,.;\n]{1,60}?\s+with|put\s+(?:(?:this|that|the|my|our)\s+questions?|this|that|it)\s+to"
                    r"|(?:spoke|talked)\s+(?:to|with))\s+(?P<phrase>(?:an?|one)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]*))"
                    r"(?=\s+(?:in|at|on|from|of|to|last|this|about|what|whether|if|how|why|who)\b|[,.;])")
"""A person described whom the writer talks to ("When I asked a senior EU official in January what ...", "I told a nurse at
the gate that ...", "I raised
Idlib with a senior official at the ministry", "I put this question to a senior diplomat at the ministry", "When I put
this to an official at our own foreign ministry", "an adviser to
the prime minister"): the writer is
no referent of "he" or "she", the one heard is."""


_HEARD_NAMED = re.compile(r"\b(?:I|[Ww]e)\s+(?:[a-z]+\s+){0,2}?(?:asked|met|interviewed|reached|(?:spoke|talked)\s+(?:to|with)|heard\s+from)\s+"
                          r"(?:the\s+[A-Z][\w-]*(?:\s+(?:of|for|[A-Z][\w-]*)){0,4},\s+)?"  # "I met the Minister, Dr X, at ...": the title before
                          r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+|[A-Z]\.[A-Z][\w’'-]+)"
                          r"|[A-Z][a-z]+(?=\s+(?:in|at|on|during|when)\s))(?=[,.;]|\s+[a-z])")
"""A person named whom the writer talks to ("Last month I spoke to Dr Ana Ruiz, a surgeon in Idlib", a broadcaster's "We
also heard from X, a professor at ...", "When I met the
Minister, Dr Karen Cummings, ...", her title before her name, "We spoke with
Dr. B.Ganbold, ...": a leading initial joined to the name, as Mongolian names are written; "I met Khaled in 1996", a first
name alone before a time or a place, as an obituary calls its subject): a referent of the model as
the one heard is when described, whom "he" or "she" next stands for, though they have said nothing yet."""


_VIEW_OF = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))For\s+(?:the\s+(?:[a-z][\w-]*\s+){1,3})?"
                      rf"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+)+),")
"""A sentence that opens with the person whose view it gives ("For the political scientist Karim Bennani, the position is
"consistent"."): a referent, whom "he" or "she" next stands for, though no speech verb gave them words."""


_NAMED_AFTER = re.compile(r"[^.!?\n\u2063\"“]*?,\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)[.;]")
"""The rest of a sentence in which the writer talks to a person described, ending with their name in apposition ("I put
the question to a Syrian doctor who has worked at the hospital for years, Dr Samer Khoury."): the one heard is named."""


def heard_named(text: str, lo: int, hi: int) -> str:
    """The name of the last person named whom the writer talks to, or whose view a sentence opens with (:data:`_VIEW_OF`),
    between ``lo`` and ``hi``, or described there and named at the end of that sentence (:data:`_NAMED_AFTER`, in
    the sentence that ends at ``lo`` too, as :func:`described_person` reads it); "" when none."""
    described = [n for m in _HEARD.finditer(text, _asked(text, lo, hi), hi) if (n := _NAMED_AFTER.match(text, m.end(), hi))]
    found = sorted([*_HEARD_NAMED.finditer(text, lo, hi), *_VIEW_OF.finditer(text, lo, hi), *described], key=lambda m: m.start())
    return found[-1].group("name") if found else ""


def _asked(text: str, lo: int, hi: int) -> int:
    """Where the writer's own sentence that ends at ``lo`` opens ("I asked a ..."), in the paragraph of ``hi`` or the one
    before; ``lo`` when that sentence holds a quotation (not '"We asked a doctor," Ruiz said': his)."""
    here = text.rfind("\n", 0, hi) + 1
    before = text.rfind("\n", 0, len(text[:here].rstrip("\n"))) + 1 if here else 0  # the paragraph or the one before
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+|\n", text[before : max(lo - 2, before)])]
    asked = before + (ends[-1] if ends else 0)
    return max(lo, before) if re.search(r"[\"“”]", text[asked:lo]) else asked


_NAMED = re.compile(r"\b[A-Z][\w’'.-]+\s+[A-Z][\w’'-]+")
"""A person named ("Ines Kovac", "Ms Kovac", "Dr. Ruiz"): two capitalised words."""


def own_gender(said: str, role: str = "", lead: str = "") -> str:
    """The gender the page states of a person by the pronouns of their own sentence ("Ines Kovac said the deal was a
    betrayal of her voters"): ``said`` is the sentence from the speaker's clause on, quotations masked; "" when it
    names another person, who may be whom the pronoun stands for, or has pronouns of both genders or none, or when the
    speaker's ``role`` is their relation to another ("Her father, X, said the family prays for her"): she is that other,
    or when the sentence's ``lead`` before the verb tells of one the speaker has ("X, whose husband is a tailor, said
    ... his brother"): the pronoun may be his."""
    if _POSSESSIVE.search(role) or re.search(r"\bwhose\b", lead):
        return ""
    if said[:1].isupper():  # from the speaker's own name: what follows it
        verb = re.search(r"\s[a-z]", said)
        said = said[verb.start() :] if verb else ""
    if _NAMED.search(said):
        return ""
    kinds = {GENDERED[w] for w in words(_EXCELLENCY.sub(" ", said)) if w in _PRONOUN_FORMS}
    return kinds.pop() if len(kinds) == 1 else ""


def person_noun(head: str) -> bool:
    """True when a head noun names a person: a role's word, or an agent's ("protester", "shopkeeper", "pianist",
    "businessman", "fisherwoman")."""
    return fold(head) in PERSON_NOUNS or re.search(r"[a-z]{3}(?:er|ist|ian|sman|swoman|rman|rwoman)$", head) is not None


def _own_quoted(text: str, m: re.Match[str]) -> bool:
    """True when a described subject is the writer's own relative or friend ("My niece is two years old") inside a
    quotation: the speaker's, whom the quotation's own speaker stands for, no referent of the page's."""
    if not m.group("phrase").startswith(("My ", "Our ")):
        return False
    before = text[text.rfind("\n", 0, m.start("phrase")) + 1 : m.start("phrase")]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»")


def described_person(text: str, lo: int, hi: int) -> tuple[str, str]:
    """The last person described, not named, between ``lo`` and ``hi`` in the paragraph of ``hi`` or the one before, as
    the subject of a sentence that reports no speech or as the one the writer talks to (:data:`_HEARD`, in the sentence
    that ends at ``lo`` too: the writer's own act of speech, "I put this question to a diplomat."), when no
    sentence after it opens with a name: a referent of the model, whom "he" or "she" next stands for; and its head noun,
    its role (not the body it is of: "A senior Foreign Ministry official" is no ministry); ("", "") when none."""
    here = text.rfind("\n", 0, hi) + 1
    before = text.rfind("\n", 0, len(text[:here].rstrip("\n"))) + 1 if here else 0  # the paragraph or the one before
    found = sorted((m for pattern, start in ((_DESCRIBED_SUBJECT, max(lo, before)), (_HEARD, _asked(text, lo, hi))) for m in pattern.finditer(text, start, hi)
                    if (person_noun(m.group("head")) or fold(m.group("head")) in _CLOSE) and not _own_quoted(text, m) and not (m.group("phrase").startswith("The ") and fold(m.group("head")) in PERSON_NOUNS | TITLES)),
                   key=lambda m: m.start())  # "The owner of the hotel smiled", not "The head of the agency": a role the page may name
    if found and found[-1].re is _HEARD and _NAMED_AFTER.match(text, found[-1].end(), hi):
        return "", ""  # "I put the question to a doctor ..., Dr X.": named, whom :func:`heard_named` gives
    if not found or any(re.search(r"(?:^|[.!?]\s|\n)$", text[max(0, m.start() - 2) : m.start()])
                        for m in _NAMED.finditer(text, found[-1].end(), hi)):  # a sentence that opens with a person named since
        return "", ""
    given = GAVE_NAME.match(text, found[-1].end("phrase") + 1) if found[-1].group("phrase").endswith(" who") else None
    given = given or (_AGED_NAME.match(text, found[-1].end("phrase")) if found[-1].re is _HEARD else None)
    if given:  # "A young man from Herat who gave his name only as Farid showed me ...", "I asked a driver, Yusuf, 58, ...": the name
        return text[found[-1].start("phrase") : given.end()], found[-1].group("head")
    return found[-1].group("phrase"), found[-1].group("head")


_AGED_NAME = re.compile(r",\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+\d{1,3}(?=,)")
"""A name and an age in apposition after a person the writer talks to ("I asked a taxi driver, Yusuf, 58, what ..."): the
name they go by."""


def given_name(described: str) -> str:
    """The name a described person gave, when :func:`described_person` read it with the description ("Farid" of "A young
    man from Herat who gave his name only as Farid", "Yusuf" of "a taxi driver, Yusuf, 58"), "" when none."""
    given = GAVE_NAME.search(described)
    aged = _AGED_NAME.search(described + ",") if given is None else None  # the age ends the description: the comma after it
    return given.group(1) if given else aged.group("name") if aged else ""


def named_later(pending: Sequence[tuple[int, frozenset[str]]], speaker: Speaker, their_role: set[str],
                fits: Callable[[int], bool] = lambda start: False) -> dict[int, Speaker]:
    """The sentences of a role said before any person was named ("the minister said ..."; where each starts, the role's
    words) that a person named now speaks, with a role that fits when the role had words ("the UN humanitarian chief"
    after a body spoke), or when ``fits`` the sentence's start (the caller's other reason): by a clause ("Altun said")
    or by a transcript's tag ("NAME (Minister of ...): ...")."""
    return {start: Speaker(speaker.actor, speaker.new, "", "later", CONFIDENCE["later"])
            for start, wanted in pending if not wanted or wanted & their_role or fits(start)}
