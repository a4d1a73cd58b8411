"""A headline's subject and a stance or a diplomatic act it states in the present (pure).

A headline writes a statement as its subject and a verb in the present, its article dropped: "UN appeals for $500
million", "Spokesman for FM Denounces Interference", "Bishops plead for help", "NATO allies express solidarity with
Turkey", "Slovenia ready to send more police".  Many of these verbs report speech only in a headline's present (the
lexicon of :mod:`idlibsite.sources.lexicon` reads "appealed", "denounced", "expressed" in a body's past, not every
present, and not a plural's plain form), so a headline of this shape is no passage of the finder's; LABELS gives its
words to its subject (a headline's subject is its speaker, Round 42's questions), or to nobody when the subject names
no one ("Nigerians at Greek border seek help").

:data:`STANCE_ACTS` is the class, written as one: verbs of appealing and demanding, of judging in words, of promising,
of a stance taken (Levin's urge-58.1, beg-58.2, judgment-33.1 and promise-37.13 members a headline uses), and the
diplomatic acts a news headline reports of a state or a body (expressing or offering condolences, solidarity, concern;
joining a call; agreeing to or on; being ready to).  Each verb is read in its present, singular and plural; a few only
with what makes them a statement (an object of feeling after "express", a sum or a kind of help after "seek").
"""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import Speaker
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.headroles import role_alike
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.sources.lexicon import inflect
from idlibsite.sources.statements import Passage

_ALONE = "appeal plead denounce condemn demand urge welcome pledge vow warn reject slam hail praise deplore decry implore".split()
"""Verbs of the class that state a stance whatever follows ("Bishops denounce bombing", "UN appeals for funds")."""
_FEELING = r"(?:(?:its|his|her|their|deep|deepest|full|sincere|strong|grave|serious|heartfelt|profound|great)\s+){0,2}" \
           r"(?:solidarity|concern|concerns|condolences|sympathy|sympathies|support|regret|sorrow|grief|hope|alarm|outrage|readiness)\b"
_HELPED = r"(?:[$€£]|[A-Za-z]{0,3}\$?\s?\d|(?:(?:urgent|more|international|emergency|immediate)\s+)?(?:help|aid|support|assistance|funds|funding|answers|protection|end\b))"
_CONVEYED = "express voice extend offer convey send"
"""Verbs that state a stance only with an object of feeling after them ("express solidarity", "offers condolences")."""


def _forms(lemmas: str | list[str]) -> str:
    """The present of each lemma, plural and singular, as one alternation ("appeal|appeals")."""
    names = lemmas.split() if isinstance(lemmas, str) else lemmas
    return "|".join(sorted({form for lemma in names for form in (lemma, inflect(lemma)[0])}, key=len, reverse=True))


STANCE_ACTS = re.compile(
    rf"(?P<verb>(?i:{_forms(_ALONE)})\b(?!\s+from\b)"
    rf"|(?i:{_forms('back support')})(?=\s+(?!(?:in|to|home|from|at|on|into|after|down|off|out|up|a\s+little)\b)\w)"
    rf"|(?i:{_forms(_CONVEYED)})(?=\s+(?i:{_FEELING}))"
    rf"|(?i:{_forms('seek ask press push')})(?=\s+(?:for\s+)?(?i:{_HELPED}))"
    rf"|(?i:{_forms('join renew')})(?=\s+(?i:(?:the\s+|a\s+|global\s+|international\s+)*(?:calls?|appeals?))\b))"
    r"|(?:(?i:is|are)\s+)?(?:'|‘)?(?i:ready|prepared|willing)(?:'|’)?\s+(?i:to)\s")
"""A verb of the class in a headline's present, with what it needs after it (see the module docstring); ``verb`` is the
verb, whose number agrees with the subject's (none for "ready to", an adjective)."""

_CLAUSE_WORDS = frozenset("to is are was were will would has have had that after amid as and but".split())
"""Words of a clause of its own ("Aid ready to ...", "Talks to resume as ..."): no part of a headline's subject."""
_PRONOUNS = frozenset("i i'd i’d we you he she they it this that there".split())
"""Words that make a line a sentence of someone's speech, no headline's subject ("I'd push back a little.")."""


def headline_act(headline: str) -> str:
    """The subject of a headline that states a stance or a diplomatic act in the present (:data:`STANCE_ACTS`): its
    shortest opening of one to six words (after the "as" that opens a headline's second clause) that a verb of the class
    follows, agreeing with it in number; no pronoun, no word of a clause of its own and no verb in "-s" (a word in "-s" not
    before a preposition) before its last word among them; "" for any other ("Shelling displaces thousands", "Police seek witnesses", "Group launches
    appeal")."""
    line = headline.strip()
    words = list(re.finditer(r"\S+", line))
    opening = 1 if words and words[0].group().lower() == "as" else 0
    for n in range(opening + 1, min(opening + 7, len(words))):
        word = words[n - 1].group()
        if word.lower().strip("’',") in _CLAUSE_WORDS | _PRONOUNS or n > opening + 1 and _VERB_S.fullmatch(words[n - 2].group()) and not _PLACE_WORD.fullmatch(word):
            return ""
        act = STANCE_ACTS.match(line, words[n].start())
        if act:
            subject = _speaker(line[words[opening].start() : words[n - 1].end()])
            verb = act.group("verb")
            return subject if verb is None or _plural(subject) == (not _VERB_S.fullmatch(verb.lower())) else ""
    return ""


_VERB_S = re.compile(r"[a-z]+[^s\W’']s")
"""A word in lowercase ending in a single "s" (not "ss", "'s"): a verb's present in the singular, or a plural noun."""
_PLACE_WORD = re.compile(r"at|in|on|from|near|inside|across|outside|of|for|with")
_FRONTED = re.compile(r".*,\s+")  # "At Packed Panel, Scholars": a fronted phrase before the subject
_SPOKESMAN = re.compile(r"(?i:spokes(?:man|woman|person)|spokesperson)\s+(?:for|of)\s+(?:the\s+)?")
_PLACED = re.compile(r"\s+(?:at|in|on|from|near|inside|across|outside)\s.*")  # "Nigerians at Greek border": the people, placed


def _plural(subject: str) -> bool:
    """True when a headline's subject is a plural: its last word a plural in "-s" ("allies", "Syrians", "NGOs")."""
    last = subject.split()[-1] if subject.split() else ""
    return re.fullmatch(r"[\w’'.-]*[^sSuUiI\W’']s", last) is not None


def _speaker(subject: str) -> str:
    """The words of a headline's subject that name its speaker: without a phrase fronted before it, a spokesman's body
    ("Spokesman for DPRK FM": the FM, LABELS rule 3), a people without the place they are in ("Nigerians at Greek
    border": a generic plural, nobody)."""
    subject = _FRONTED.sub("", subject, count=1)
    subject = _SPOKESMAN.sub("", subject, count=1) if _SPOKESMAN.match(subject) else subject
    return _PLACED.sub("", subject, count=1)


def swallowed_subject(sentence: str, label: str) -> str:
    """The subject of a heading ``sentence`` that opens with a stance or a diplomatic act in the present
    (:func:`headline_act`), when the speaker read for one of its passages, ``label``, has swallowed that act's verb: the
    clause taken for a name before a second verb after a comma ("UN chief appeals for ceasefire in Idlib, says civilians
    ...": the speaker read "UN chief appeals for ceasefire in Idlib"; "UN Chief Welcomes Truce, Calls for ...": read
    "Welcomes Truce"); "" for any other (the subject itself read, or no such act)."""
    subject = headline_act(sentence)
    at = sentence.find(subject) if subject else -1  # where the sentence writes the subject; -1 when it does not
    verb = sentence[at + len(subject) :].split()[:1] if at >= 0 else []
    return subject if verb and verb[0] in label.split() else ""


def act_subject(sentence: str, got: Speaker, found: dict[Passage, Speaker], text: str, actors: tuple[Actor, ...]) -> Speaker | None:
    """The speaker of a heading's passage whose speaker read, ``got``, swallowed the heading's act (:func:`swallowed_subject`):
    the act's subject, as the body names its holder ("UN chief": the Secretary-General the body names, :func:`.headlines.
    role_alike`) or as it resolves, else the subject's words as a description of nobody named; None when ``got``
    swallowed nothing."""
    subject = swallowed_subject(sentence, got.label) if got.new or got.unnamed else ""
    if not subject:
        return None
    return role_alike(subject, found, text) or resolve(Clause(subject, "", ""), actors, Seen(before=text)) \
        or Speaker(None, None, subject, got.how, got.confidence)  # "Red Cross head": the description, named by nobody
