"""A state's body called by its kind alone, resolved to the nearest body of that kind the page named in any role (pure).

"The ministry said", "a spokesperson for the department said", "the embassy has issued an advisory" stand for the body
of that kind the text named last (LABELS rule 8), when no speaker before fits and the page gives no country of its own
to own the bare kind (those are :mod:`.seen`'s): named in full in any role in the paragraph or the one before, an
object or a person's apposition ("raised the matter with the Department of Foreign Affairs"), or further back in the
sentence that names a speaker of the page, by the title of the minister who heads it or of its spokesperson ("Minister of National Defence Name"
heads the "Ministry of National Defence"; "the press secretary of the Ministry of Foreign Affairs, Name, said").  The
nearest mention wins; two bodies of the kind named in that one sentence give nobody, and so does a page that names none
("the commission" after "a lone commissioner": a person, no body) or names one only further back, by no speaker.
"""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NewActor, Speaker
from idlibsite.attribution.bodytable import page_bodies
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.match import match_body
from idlibsite.attribution.phrase import Phrase, read_phrase
from idlibsite.attribution.seen import Seen

KINDS = frozenset("ministry department embassy commission".split())
"""State kinds whose bare description the page's own full name of that kind settles."""
_HEADED = frozenset(("ministry", "department"))
"""Kinds a minister's title names by its portfolio ("Minister of X": the "Ministry of X", the "Department of X")."""
_CAPITAL = r"[A-Z][\w’'-]*"
_AFTER = rf"(?:[^\S\n]+(?:of|for|in|to)[^\S\n]+(?:the[^\S\n]+)?{_CAPITAL}(?:[^\S\n]+(?:(?:and|of|for)[^\S\n]+)?{_CAPITAL})*)"
"""A body's words after its kind: its field or its seat ("of Foreign Affairs", "in Damascus", "to the UN")."""
_MINISTER = re.compile(rf"\b(?:Minister|MINISTER)[^\S\n]+(?:of|for)[^\S\n]+{_CAPITAL}(?:[^\S\n]+(?:(?:and|of|for)[^\S\n]+)?{_CAPITAL})*")
"""A minister's title with a portfolio after it, maybe the name after that ("Minister of National Defence Hulusi Akar")."""
_DESCRIBED = re.compile(r"[Tt]he(?:[^\S\n]+[a-z][\w-]*){0,2}[^\S\n]+(?P<head>[a-z]+)")
"""A definite description in lower case: "the ministry", "the foreign ministry", "the department"."""


def _named(kind: str, text: str) -> list[tuple[int, str]]:
    """Where ``text`` names a body of ``kind`` in full, and the name: capitalised words before the kind, its field or
    seat after it, or both ("Foreign Ministry", "Ministry of Foreign Affairs", "Indian Embassy in Damascus"), and, for a
    kind a minister heads, the kind of the portfolio a minister's title gives ("Minister of X Name": "Ministry of X")."""
    word = kind.capitalize()
    found = [(m.start(), m.group("name")) for m in re.finditer(
        rf"(?P<name>(?:{_CAPITAL}[^\S\n]+){{0,3}}{word}{_AFTER}?)\b", text)
        if len(m.group("name").split()) > 1]
    if kind in _HEADED:
        for m in _MINISTER.finditer(text):
            holder = read_phrase(m.group()).name  # "Minister of National Defence Hulusi Akar": his full name after the title
            cut = m.group()[: -len(holder)] if len(holder.split()) > 1 and m.group().endswith(holder) else ""
            field = cut if cut.split()[-1:] not in (["and"], ["of"], ["for"], []) else m.group()  # not "... and Regional Integration"
            found.append((m.start(), f"{word} of {' '.join(field.split()[2:])}"))
    return [(at, re.sub(r"^(?:The|A|An)\s+", "", name)) for at, name in sorted(found)]  # "The Foreign Ministry said"


def _by_speaker(text: str, at: int, speakers: frozenset[str]) -> bool:
    """True when the sentence of ``text`` that holds ``at`` names one of ``speakers`` (the page's speakers so far): the
    body's minister or spokesperson, by whom it spoke ("THE MINISTER of X, Name, has assured ...")."""
    opens = _sentence_opens(text, at)
    ends = min((e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0), default=len(text))
    return any(name in text[opens + 1 : ends] for name in speakers)


def _sentence_opens(text: str, at: int) -> int:
    """Where the sentence of ``text`` that holds ``at`` opens, less one: its stop's ". " or its line's start's
    newline before ``at`` (-1 when none: the text's start)."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))


def described_body(phrase: Phrase, text: str, home: str = "", reach: int = 0, speakers: frozenset[str] = frozenset()) -> str:
    """The full name of the body that a bare description of a state's kind (``phrase``: "the ministry", "the foreign
    ministry") stands for in ``text`` (the page up to the clause): the nearest body of that kind named before in full
    (:func:`_named`) whose name holds the description's words and names no nation but the page's own ``home`` (""
    when the page has none), from ``reach`` on, or before it in a sentence that names one of ``speakers``; "" when the
    phrase is no such description, no body fits, or the sentence of the nearest names two."""
    described = _DESCRIBED.fullmatch(phrase.text.strip())
    if phrase.person or phrase.nation or not described or described.group("head") not in KINDS:
        return ""
    wanted = set(words(phrase.text)) - {"the"}
    named = [(at, name) for at, name in _named(described.group("head"), text)
             if wanted <= set(words(name)) | ({"foreign"} if "affairs" in words(name) else set())
             and read_phrase(name).nation in ("", home or read_phrase(name).nation)  # not "the Armenian Foreign Ministry" on an Azerbaijani page
             and (at >= reach or _by_speaker(text, at, speakers))]
    if not named:
        return ""
    at, name = named[-1]
    opens = _sentence_opens(text, at)
    same_sentence = {fold(n) for a, n in named if a > opens}
    return name if len(same_sentence) == 1 else ""


def described_speaker(phrase: Phrase, actors: tuple[Actor, ...], seen: Seen) -> Speaker | None:
    """The body a bare description of a state's kind stands for (:func:`described_body`): one named in the paragraph
    being read or the one before, or further back in a sentence that names a speaker of the page ("Minister of X Name",
    "the press secretary of the Ministry of X, Name": the body that spoke by that person, LABELS rule 8); the known body
    of that name when the name gives its nation, else proposed, of the page's own country when it has one; None when
    none (a body named further back, by no speaker, is out of reach)."""
    home = page_bodies(seen.before).home
    here = seen.before.rfind("\n\n")
    reach = seen.before.rfind("\n\n", 0, max(here, 0)) + 1  # the paragraph being read and the one before
    speakers = frozenset(s.label for s, _, person in seen.entries if person and len(s.label.split()) > 1)
    name = described_body(phrase, seen.before, home, reach, speakers)
    if not name:
        return None
    named = read_phrase(name)
    known = match_body(named, actors) if named.nation else []
    return Speaker(known[0] if known else None, None if known else NewActor(name, False, "", named.nation or home), "", "anaphor",
                   CONFIDENCE["anaphor"])
