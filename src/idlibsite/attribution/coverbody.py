"""The body a document's cover names, whom the document's own "we" stands for (pure; issue 15).

A report, a brief or a fact sheet saved from its PDF opens with its author's name on a line of its own ("SYRIAN NETWORK
FOR HUMAN RIGHTS" over "Monthly Report", "House of Commons" / "International Development" / "Committee"), and then
speaks in that body's voice: "We stress that ...", "We call on the Security Council to ...", "The Network warns ...".
LABELS (the op-ed's "I" is the byline's; Round 103: a report's "we" is its author on the cover) makes those the body's.
A news page is no such document: its top is a headline and a byline, and a "we" in its narration is no body's, so a
cover is read only on a page that shows a document's parts (a line "Monthly Report", "Executive Summary",
"Recommendations", "Methodology", "Annex").
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.proposal import title_case
from idlibsite.attribution.wordlists import ORG_WORDS, PERSON_NOUNS

_TOP_LINES = 12
"""Lines from the top, before the first line of prose, where a cover names its author."""
_NAME_LINE = re.compile(r"[^\S\n]*(?P<name>[A-Z][\w’'&.-]*(?:[^\S\n]+(?:[A-Z][\w’'&.-]*|of|for|and|the|on|in))*)[^\S\n]*")
"""A line that is only a name: capitalised words, maybe joined by "of", "for", "and", "the" ("Syrians for Truth and
Justice", "SYRIAN NETWORK FOR HUMAN RIGHTS")."""
_DOCUMENT_PART = re.compile(r"(?im)^[^\S\n]*(?:[IVX]+\.|\d{1,2}\.)?[^\S\n]*(?:[A-Z][\w-]*[^\S\n]+){0,3}?"
                            r"(?:report|brief|briefing\s+note|paper|update|fact[^\S\n]?sheet|submission|memorandum"
                            r"|executive[^\S\n]+summary|recommendations|conclusions(?:[^\S\n]+and[^\S\n]+recommendations)?"
                            r"|methodology|introduction[^\S\n]+and[^\S\n]+methodology|key[^\S\n]+messages|annex|endnotes)[^\S\n]*$")
"""A line of a document's own parts: its kind under the cover ("Monthly Report", "Protection Brief") or a section's
heading ("Executive Summary", "IV. Conclusions and Recommendations", "1. Methodology", "Endnotes")."""
_PROSE = re.compile(r"(?:\S+[^\S\n]+){7,}\S*[.!?\"”]?[^\S\n]*$")
"""A line of prose: eight words or more (the cover's lines are shorter)."""
_WE = re.compile(r"[Ww]e")
_SHORT = re.compile(r"(?:[Tt]he|[Oo]ur)[^\S\n]+(?P<word>[A-Z][a-z]+)")
"""A short form of the author by one word of its name ("the Network", "The Commission")."""
_PARTICLES = frozenset("of for and the on in".split())
_BODY_HEADS = frozenset("consortium network coalition forum initiative foundation trust watch association society fund".split())
"""Last words of a body's name that no list of a body's words has, which the name reader may take for a person's
("Northern Aid Consortium")."""


def cover_body(page: str) -> str:
    """The body the cover of a document names (the first name line of its top that reads as no person's, a word
    alone on the line under it joined to it: "International Development" / "Committee"; one ending with a body's word
    preferred), written as a name; "" on a page that shows no document's part or whose top names no body."""
    if not _DOCUMENT_PART.search(page):
        return ""
    lines = []
    for line in page.split("\n")[:_TOP_LINES]:
        if _PROSE.match(line):
            break
        lines.append(line.strip())
    names: list[str] = []
    for i, line in enumerate(lines):
        m = _NAME_LINE.fullmatch(line)
        if not m or _DOCUMENT_PART.fullmatch(line) or len(line.split()) == 1 and names:
            continue
        name = f"{line} {lines[i + 1]}" if i + 1 < len(lines) and re.fullmatch(r"[A-Z][a-z]+", lines[i + 1]) else line
        name = title_case(name) if name.isupper() else name
        name = " ".join(w.lower() if w.lower() in _PARTICLES and j else w for j, w in enumerate(name.split()))
        read = read_phrase(name)
        folded = {fold(w) for w in name.split()}
        if read.name == name and (not read.person or fold(name.split()[-1]) in ORG_WORDS | _BODY_HEADS) and not folded & PERSON_NOUNS:
            names.append(name)
    bodies = [n for n in names if fold(n.split()[-1]) in ORG_WORDS]
    return (bodies or names or [""])[0]


def cover_voice(phrase: str, page: str) -> str | None:
    """The cover's body when a speech verb's subject is the document's "we" or a short form of the body's name by its
    head ("the Network" for the Syrian Network for Human Rights, "the Committee"; not "the Council" for "Security
    Council Report"); "" for a "we" with no such cover (nobody: "We" is no one's name); None for any other phrase."""
    short = _SHORT.fullmatch(phrase)
    if not (_WE.fullmatch(phrase) or short):
        return None
    body = cover_body(page)
    head = re.split(r"\s+(?:of|for|on)\s+", body)[0].split()[-1:] if body else []
    return (None if short and [short.group("word")] != head else body) if short else body
