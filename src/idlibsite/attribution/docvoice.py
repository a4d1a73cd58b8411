"""A document as the subject of a speech verb: whose voice it is on the page (pure; LABELS rule 5, a text is its author's).

A story names a document and then lets it speak: "The motion says ...", "The resolution calls on ...", "The embassy, the
release said, had ...". The document is its author's, and the page said who that is before: whoever tabled, moved,
sponsored or issued it, or said something in it ("Councillor X has tabled a motion ...", "Senator X, who is sponsoring
the resolution, said ...", "X said in a press release that ..."). After "according to the document," or "in the note,"
the reporter's sentence names its own subject, which speaks (LABELS Round 52: "In the communiqué ..., Burkina Faso
«calls on ...»" is its subject's): "According to the release, the Government «is deeply troubled ...»".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import Speaker
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.openers import without_openers
from idlibsite.attribution.seen import Seen

_NOUN = r"(?:motion|resolution|release|document|note|statement|communiqu[eé]|declaration|letter|petition|message|amendment)"
_DOCUMENT = re.compile(rf"(?i:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUN})")
"""A document the sentence speaks of by its kind ("The motion", "the press release", "this joint statement")."""
_AUTHORED = (r"(?:(?:has|had|have|is|was|were)\s+)?(?:tabled|moved|sponsored|sponsoring|drafted|proposed|put\s+forward|submitted|"
             r"issued|released|published|signed|sent|adopted|(?:said|wrote|[a-z]{3,}ed)(?:\s+[^.!?\n]{0,100}?)?\s+(?:in|through))")
"""How a sentence tells a document's author: the author tabled, sponsored or issued it, or said something in it
("expressed solidarity with the Turkish people in a statement posted on its website")."""
_FRAMED = re.compile(r"\s*(?:[Aa]ccording\s+to|[Ii]n)\s*$")
"""The words that make a document a frame, not a voice: "According to the release, the Government ..."."""
_SUBJECT = re.compile(r"\s*(?P<subject>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,5})(?=\s|,|$)")
"""The subject that opens the reporter's clause after the frame: a capitalised name, maybe after "the"."""


def _author(noun: str, before: str) -> str:
    """The subject of the last sentence of ``before`` that tells who authored a document of kind ``noun``: the words
    that open it, up to the verb ("Cllr Name (Lab, Ward) has tabled a motion", "Senator Name, who is sponsoring the
    resolution, said"), without its openers and its asides in brackets; "" when no sentence does."""
    authored = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>[A-Z][^.!?\n]{{0,160}}?)[\s,]+(?:who\s+)?{_AUTHORED}\s+"
                          rf"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}?{noun}\b")
    found = list(authored.finditer(before))
    if not found:
        return ""
    who = re.sub(r"\s*\([^()]*\)", "", found[-1].group("who")).strip(" ,")
    return without_openers(re.sub(r"\s+", " ", who))


def document_voice(clause: Clause, actors: tuple[Actor, ...], seen: Seen,
                   resolve: Callable[[Clause, tuple[Actor, ...], Seen], Speaker | None]) -> Speaker | None:
    """Whose voice a document that speaks in ``clause`` is (module docstring): the subject the reporter's sentence names
    after "according to the document,"; else the document's author the page named before; None when the clause's
    speaker is no document, or the page says nothing of who wrote it."""
    document = _DOCUMENT.fullmatch(clause.phrase.strip())
    if document is None:
        return None
    if _FRAMED.match(clause.verb):  # "According to the statement, the operations ...": no subject named, the rules before decide
        if (subject := _SUBJECT.match(clause.role)) is None:
            return None
        named = re.sub(r"^(?:[Tt]he\s+)?Executive$", "the Government", subject.group("subject"))  # translated copy's
        got = resolve(Clause(named, "", ""), actors, seen)  # "the Executive" (o Executivo, l'Esecutivo): the government
        return got if got and (got.actor or got.new) else None
    author = _author(document.group("noun").lower(), seen.before)
    got = resolve(Clause(author, "", ""), actors, seen) if author else None
    return got if got and (got.actor or got.new) else None
