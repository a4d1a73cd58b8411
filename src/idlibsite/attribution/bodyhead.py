"""Whom a heading's "<body> chief" stands for (pure): the person the page bills as that body's head, or as the head of
the part of it the heading names (LABELS rule 7: a person described in the headline and named in the body is that
person).

A headline names a body's head by a word of its own, "chief", "head", "leader" or "boss", after the body's acronym or
name and maybe a portfolio ("UN chief", "WHO head", "Red Cross chief", "UN political chief", "EU foreign policy chief"),
whatever title the body itself gives (Secretary-General, Director-General, President, High Representative ...).  The
body names the holder with the title in full: "UN Secretary-General Name", "The UN Secretary-General, Mr Name, ...",
"Name, Under-Secretary-General for Political and Peacebuilding Affairs, said".  A heading with no portfolio is the one
person billed with a top title of that body: none of a deputy's rank ("Under-Secretary-General", "Deputy", "Vice") and
no portfolio of its own ("the UN's humanitarian chief" is not the "UN chief").  A heading with a portfolio is the one
person whose title holds every word of it ("political" in "... for Political and Peacebuilding Affairs"), the body
named in the title or no body at all.  Two people so billed, or none, and the heading stays as it was read."""

from __future__ import annotations

import re

from idlibsite.attribution.cast import cast
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.rolenamed import tied_roles
from idlibsite.attribution.spelledbody import spells
from idlibsite.attribution.wordlists import NATIONS

HEAD_NOUNS = frozenset("chief head leader boss".split())
"""A headline's word for whoever heads a body ("AU chief", "UN head"), whatever the body's own title for it."""
HEAD_TITLES = frozenset("secretary-general director-general president chairman chairwoman chairperson chair director head"
                        " chief leader boss ceo administrator commissioner".split())
"""Titles of a body's head (folded): "Secretary-General", "Commission Chairperson", "Administrator", "Commissioner"."""
_BELOW_HEAD = re.compile(r"(?i)\b(?:under|deputy|vice|assistant|associate|spokes(?:man|woman|person)|envoy|ambassador"
                         r"|representative|advis[eo]r)\b")
"""A rank below the head ("Under-Secretary-General", "Deputy Director-General", "Vice-President"), or another's post
beside it (a spokesperson, an envoy, an adviser)."""

HEADED_BODY = r"(?P<body>[A-Z][A-Za-z]{1,7}(?:\s+[A-Z][a-z]+){0,2}?)(?:[’']s)?"
"""A body's name or acronym as a heading's subject writes it before its head noun ("UN", "Red Cross", "AU Commission's")."""
_HEADED = re.compile(HEADED_BODY + r"\s+(?P<portfolio>(?:[a-z]+\s+){0,2})(?P<head>[a-z]+)")
"""A heading's subject of a body's name or acronym, maybe a portfolio, and a head noun: "UN chief", "UN political chief",
"Red Cross chief", "EU foreign policy chief"."""
_LOWER_ALLOWED = frozenset("the of".split())
_NO_NAME = re.compile(r"(?:In|At|On|The|By|From|For|With|As|After|Before|When|While)\s")
"""A capitalised run that opens with a small word is no person's name ("In Abuja", "The UN Secretary-General")."""
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|H\.E)\.?(?=\s|$)")


def below_head(title: str) -> bool:
    """True when a title holds a rank below a body's head or another's post beside it (:data:`_BELOW_HEAD`)."""
    return _BELOW_HEAD.search(title) is not None


def of_body(acronym: str, role: str) -> bool:
    """True when a title names the body an acronym stands for: the acronym itself ("UN Secretary-General") or the
    initials of capitalised words in a row, its lowercase words passed over ("AU" in "African Union Commission
    chairperson", "LAS" in "League of Arab States": :func:`.spelledbody.spells`)."""
    capitals = [w for w in role.split() if w[:1].isupper()]
    return acronym in capitals or any(spells(acronym, capitals[i : i + len(acronym)]) for i in range(len(capitals)))


def _names_body(body: str, title: str) -> bool:
    """True when ``title`` names the heading's body: by its acronym (any case: "Nato" for "NATO"), the initials of its
    words, its words in a row ("Red Cross"), or its nation by another form ("Norwegian" for "Norway")."""
    bare = re.sub(r"[’']s\b", "", title)
    if " " not in body and of_body(body.upper(), bare):
        return True
    mine = [NATIONS.get(w, w) for w in words(body)]
    theirs = [NATIONS.get(w, w) for w in words(bare)]
    return any(theirs[i : i + len(mine)] == mine for i in range(len(theirs)))


def _names_other_body(title: str, body: str) -> bool:
    """True when ``title`` names a body or nation (an acronym, a nation's word) that is not the heading's."""
    bare = re.sub(r"[’']s\b", "", title)
    acronyms = [w for w in bare.split() if re.fullmatch(r"[A-Z]{2,6}", w)]
    nations = [w for w in words(bare) if w in NATIONS]
    return bool(acronyms or nations) and not _names_body(body, title)


def _heads(title: str, body: str, portfolio: list[str]) -> bool:
    """True when a title bills its holder as the head of ``body`` (no portfolio), or as the head of that portfolio."""
    title = _HONORIFIC.sub("", title).strip()
    if portfolio:
        held = words(title)
        return all(any(w.startswith(p[: max(4, len(p) - 1)]) for w in held) for p in portfolio) and not _names_other_body(title, body)
    lower = [t for t in re.findall(r"[\w’'-]+", title) if t[:1].islower()]
    return (_names_body(body, title) and not below_head(title) and bool(set(words(title)) & HEAD_TITLES)
            and all(t in _LOWER_ALLOWED or fold(t) in HEAD_TITLES for t in lower))


def _headed(phrase: str) -> re.Match[str] | None:
    """The match of :data:`_HEADED` when a heading's subject is a body's name or acronym, maybe a portfolio, and a head
    noun ("UN chief"), the body no head noun itself; None otherwise."""
    m = _HEADED.fullmatch(phrase.strip())
    return m if m is not None and m.group("head") in HEAD_NOUNS and fold(m.group("body")) not in HEAD_NOUNS else None


def headed_body(phrase: str) -> bool:
    """True when a heading's subject is a body's name or acronym, maybe a portfolio, and a head noun ("UN chief")."""
    return _headed(phrase) is not None


def body_head(phrase: str, text: str) -> str:
    """The name of the one person the page bills as the head of the body a heading's subject names with a head noun
    ("UN chief demands ..." over "The UN Secretary-General, Mr Name, has called ..."), or as the head of the portfolio it
    names ("UN political chief warns ..." over "Name, Under-Secretary-General for Political ... Affairs, said"), the
    longest of its forms when the names so billed share one surname; for a body's acronym with no portfolio and no top
    title billed, the one person billed with a title of the body that is no rank below its head nor a post beside it
    (:func:`below_head`: "AU Commission's Name", never "UN spokesman Name"); "" when the phrase is no such subject
    (:func:`headed_body`), or the page bills nobody, or people of two surnames, so."""
    m = _headed(phrase)
    if m is None:
        return ""
    body, portfolio = m.group("body"), m.group("portfolio").split()
    billings = cast(text)
    billed = [(_HONORIFIC.sub("", name).strip(), title) for name, title in [(b.name, b.title) for b in billings] + tied_roles(text)]
    held = {name for name, title in billed if " " in name and not _NO_NAME.match(name) and _heads(title, body, portfolio)}
    if not held and not portfolio and re.fullmatch(r"[A-Z]{2,6}", body):  # no top title: anyone billed with the body's
        any_title = {b.name for b in billings if of_body(body, b.title) and not below_head(b.title)}
        return any_title.pop() if len(any_title) == 1 else ""
    return max(held, key=len) if len({fold(name.split()[-1]) for name in held}) == 1 else ""
