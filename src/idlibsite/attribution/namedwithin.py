"""The name inside a description read as nobody named (issue 15): "retired teacher Bernadette Walsh from the Loughboy
estate", "Oxford West and Abingdon MP Layla Moran", "members of the Shropshire Syrian Friendship Group", "the
humanitarian organisation People in Need Slovakia".

The rules read such a phrase whole and, finding a description's words around the capitals (a calling, a place's tail,
a constituency with "and", a group's members), answer nobody named (``Speaker.unnamed``).  The page names the speaker
inside it (LABELS rule 2: a description before or after a name is no part of it; Round 91: "members of" a named group
are the group).  :func:`inner_name` reads the phrase by form: a description's head in lowercase (a person's or a
body's noun, or a group's members "of"), one run of capitals, then nothing or a tail opened by a preposition; a title
inside the run ("MP", "Minister") leaves the name after it.  A run followed by a noun ("A Punchbowl mother", "A NATO
spokesperson") is a modifier, no name; a head naming another person ("the head of the X") is no member of X; a source
"at" a body (rule 6), two people or bodies joined by "and", a list: nothing.

Two more forms of a description the page names: a spokesperson of a body named by its kind ("A council spokesperson",
:func:`.kindvoice.kind_body`) is the body of that kind the page names (rule 3), and a delayed lead's indefinite description ("A
former X College head girl now working in Turkey says ...") is the name the next sentence opens with (:func:`named_next`,
rule 7).  One call, at the end of :func:`.speakers.attribute_page`: only answers of nobody named change.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from idlibsite.attribution.answer import Speaker, is_person
from idlibsite.attribution.folding import fold
from idlibsite.attribution.kindvoice import kind_body
from idlibsite.attribution.wordlists import (CONNECTORS, GENERIC, NATIONS, ORG_NOUNS, ORG_WORDS, PARTICLES, PERSON_NOUNS, QUANTIFIERS, TITLES,
                                            UNNAMED_ROLES)
from idlibsite.sources.kickers import ARTICLES
from idlibsite.sources.statements import Passage

RUN_CONNECTORS = CONNECTORS | {"and", "in"} | PARTICLES
"""Lowercase words inside a run of capitals: a body's name's, "and", "in", a name's particles ("People in Need", "St Vincent
and the Grenadines", "Ursula von der Leyen")."""

TAIL = frozenset("from of at in with who whose which based on near , –".split())
"""Words that open a tail after the name ("... from the Loughboy estate", "..., who ..."): the name ends before them."""

MEMBERS = frozenset("members investigators researchers staff".split())
"""Plural heads "of" a named body that speak as the body (LABELS Round 91: "members of" a named local group)."""

OPENING_WORDS = GENERIC | PERSON_NOUNS | QUANTIFIERS
"""A sentence's capitalised first word that opens no name ("Sources in the X Ministry", "Officials of the X")."""

NEXT_NAME = re.compile(r"\s*(?!(?:The|A|An|This|That|These|Those|Our|His|Her|Its|Their|Be)\b)(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al-[\w’'-]+|bin|ibn|de|van|von|der)){1,4})"
                       r"(?=,|\s+(?:who|has|had|is|was|says|said|told|wrote|[a-z]+ed)\b)")
"""A name opening the sentence after a description, as its subject ("Teuira Marsters, 34, has spent ...", "Mark Ellison, a
Republican from Cary, wrote ..."; "Masjid Ar-Rahman in ..." is not one: a place's "in" is no verb; nor "The United
Nations said": a body the article names, no description's)."""

ANONYMOUS = UNNAMED_ROLES | frozenset("official source commander volunteer member worker staff insider".split())
"""Words of a description that LABELS rule 6 keeps nobody named ("a senior official", "a source close to X", "one aid
worker", "a European diplomat who ..."): the next sentence's name is another's."""

def _capitalised(word: str) -> bool:
    """Whether a word opens with a capital letter."""
    return word[:1].isupper()


def _run_end(tokens: list[str], start: int) -> int:
    """The end of the run of capitals opening at ``start``: capitalised words, with connectors only between them."""
    end = i = start
    while i < len(tokens) and (_capitalised(tokens[i]) or tokens[i] in RUN_CONNECTORS):
        i += 1
        end = i if _capitalised(tokens[i - 1]) else end
    return end


def _around_and(run: list[str]) -> tuple[list[str], list[str]]:
    """The words of a run before its first "and" and after it."""
    at = run.index("and")
    return run[:at], run[at + 1 :]


def inner_name(phrase: str) -> str:
    """The name a description holds ("" when none, or more than one, fits)."""
    tokens = phrase.replace(",", " , ").split()
    tokens = tokens[1:] if tokens and tokens[0].lower() in ARTICLES else tokens
    start = next((i for i, t in enumerate(tokens) if _capitalised(t)), None)
    if start is None:
        return ""
    end = _run_end(tokens, start)
    head, run, tail = tokens[:start], tokens[start:end], tokens[end:]
    opening = RUN_CONNECTORS | TAIL | (OPENING_WORDS if start == 0 else frozenset())
    if tail and fold(tail[0]) not in TAIL and tail[0] not in TAIL or fold(tokens[start]) in opening:
        return ""  # "A Punchbowl mother": a modifier before a noun; "In Port of Spain", "Sources in the X": no name's first word
    if any(t in ("and", ",") and _capitalised(n) for t, n in zip(tail, tail[1:])):
        return ""  # "Caritas Syria, Caritas Turkey and Caritas Italiana": a list, no one name
    body = bool(ORG_WORDS.intersection(fold(t) for t in run))
    titled = [i for i, t in enumerate(run) if fold(t) in TITLES or fold(t) == "mp"] if not body else []
    if titled:  # "Oxford West and Abingdon MP Layla Moran": the name after the last title, unless another is titled before
        before, run = run[: titled[-1]], run[titled[-1] + 1 :]  # ("President X and Turkish President Y": two people)
        if any(fold(t) in TITLES and _capitalised(n) and fold(n) not in TITLES or t == "and" and fold(n) in NATIONS
               for t, n in zip(before, before[1:])):
            return ""  # "Name and Turkish President Name": two people
        if not all(_capitalised(t) or t in PARTICLES for t in run):
            return ""  # "Chile's Ambassador in Turkey": a post, no name after the title
    if "and" in run and (not body or all(ORG_WORDS.intersection(fold(t) for t in part) for part in _around_and(run))):
        return ""  # "the United Kingdom and France", "the Foreign Ministry and the Presidency": two names
    if len(run) < (1 if body else 2) or not body and any(fold(t) in TITLES for t in run) or " ".join(run) in NATIONS:
        return ""
    if head and head[-1] == "the":  # "members of the X", "investigators of the X"
        head = head[:-1]
    if head and head[-1] == "of":  # a group's members speak as the group; a head or chief "of" X is another
        return " ".join(run) if len(head) == 2 and head[0] in MEMBERS and body else ""
    if any(_capitalised(t) or t in TAIL for t in head):
        return ""
    noun = fold(head[-1]) if head else ""
    if noun and noun not in PERSON_NOUNS | ORG_NOUNS | ORG_WORDS:  # "retired teacher", "the humanitarian organisation"
        return ""
    return " ".join(run)


def named_next(phrase: str, text: str, start: int, end: int) -> str:
    """The name a delayed lead gives its described subject: the name opening the sentence after the description's
    (:data:`NEXT_NAME`), met there first on the page, when the description is indefinite ("A former head girl now
    working in Turkey says ...", "a North Carolina lawmaker weighed in") and either both sentences open their paragraphs
    or the name's sentence repeats a word of the description (LABELS rule 7: described first and named later); ""
    otherwise."""
    described = {fold(w) for w in re.findall(r"[\w’'-]+", phrase)}
    if not {"a", "an"} & described or described & ANONYMOUS:
        return ""  # rule 6: "a senior Turkish official", "a source close to the party" stay nobody named
    after = NEXT_NAME.match(text, end)
    if after is None:
        return ""
    name, newline = after.group("name"), text.find("\n", after.end())
    line = text[after.end() : newline if newline >= 0 else len(text)]
    if name in text[:end] or any(fold(w) in TITLES | NATIONS.keys() | {"mp"} for w in name.split()) or line == line.title():
        return ""  # a name met before, or a title's, or a byline's line ("Name, Outlet Name"): no sentence of the story
    paragraphs = "\n" in text[end : after.start("name")] and text[max(start - 1, 0) : start].strip() == ""
    stop = text.find(".", after.end())
    told = {fold(w) for w in re.findall(r"[\w’'-]+", text[after.end() : stop if stop > 0 else len(text)])}
    described = {w for w in described if len(w) > 3} - {fold(w) for w in name.split()}
    return name if paragraphs or told & described else ""


def named_within(
    found: dict[Passage, Speaker], resolve_name: Callable[[str], Speaker | None], text: str
) -> dict[Passage, Speaker]:
    """Each passage given to a description that holds a name (:func:`inner_name`), to a kind's spokesperson
    (:func:`.kindvoice.kind_body`) or to a delayed lead's described subject (:func:`named_next`, and the passages after given to the
    same description), given instead to that name or body as the page's names resolve (``resolve_name``), when it
    resolves to an actor or a new speaker; the others as they are."""
    named: dict[str, Speaker | None] = {}
    for p, got in found.items():
        if got.actor or got.new or not got.unnamed:
            continue
        inner = named[got.unnamed] = named[got.unnamed] if got.unnamed in named else _speaker_within(got.unnamed, resolve_name)
        later = named_next(got.unnamed, text, p.sentence.start, p.sentence.end) if not inner and got.how == "named" else ""
        inner = named[got.unnamed] = inner or (resolve_name(later) if later else None)  # her next words too
        if inner and (inner.actor or inner.new):
            found[p] = Speaker(inner.actor, inner.new, "", got.how, got.confidence)
    return found


def _speaker_within(phrase: str, resolve_name: Callable[[str], Speaker | None]) -> Speaker | None:
    """The actor or new speaker a description stands for: its inner name's, else its kind's body (never a person)."""
    name, kind = inner_name(phrase), kind_body(phrase)
    got = resolve_name(name) if name and name != phrase else resolve_name(kind) if kind and not name else None
    return got if got and (got.actor or got.new) and (name or not is_person(got)) else None
