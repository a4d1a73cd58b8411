"""A statement's text that names its author in the third person: the body's, not its spokesperson's (pure; LABELS rule 5).

A body's communiqué speaks of the body as the subject of a verb in the present ("The Ministry wishes to advise Nigerians
...", "The Ministry of Foreign Affairs of the Republic of Paraguay expresses its deepest condolences ...", "The Embassy
further recalls ...") or as its state ("Gabon calls on all parties ...").  When the page prints such a text in quotation
marks with no tag of its own (the rules' "earlier" or "paragraph" way: the spokesperson who issued it, or whoever was
named before) or with a document's tag ('...," the release added'), it is its issuer's (LABELS round 77's ruling on a
statement given to a ministry's spokesman that speaks as "The ministry", closed by "the statement read").  The issuer is
read in the last sentence before that tells of an issued text (a statement, a press release, a communiqué, a note, a
spokesperson) and names a body (:func:`_issuer`); a text that speaks as a body of another kind than the issuer's is left
to the rules (a ministry's note that speaks as "The Government welcomes ..." is the ministry's).  A person's quotation
"The government lies ..." after "X said the government had failed" stays the person's.  The paragraphs that go on with
the same quotation (only spaces and quotation marks between) are the same body's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from idlibsite.attribution.answer import Speaker, is_person
from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import MISSIONS, NATIONS, ORG_WORDS
from idlibsite.sources.statements import Passage

_KINDS = (ORG_WORDS | MISSIONS | {"chancellery", "secretariat", "cabinet"}) - {"media", "press", "forces", "army", "team", "house",
                                                                               "street", "studies", "economics", "ministry's"}
"""A body's head noun ("Ministry", "Embassy", "Government"), not a crowd's or a place's."""
_KIND = r"(?P<head>" + "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True)) + r")"
_NAME_WORD = r"(?:[A-Z][\w'’-]*|of|the|and|for)"
_OPENING = re.compile(rf"\W*The\s+(?P<name>(?:[A-Z][\w'’-]*\s+){{0,3}}?(?i:{_KIND})(?:\s+(?:of|for)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*?)?)"
                      r"\s+(?:(?:also|further|again|once\s+again|strongly|firmly|deeply|[a-z]+ly)\s+)?(?:[a-z]{2,}[^s\W]s|is|has)\b")
"""A quotation that opens with a body as the subject of a verb in the third person present ("The Ministry wishes",
"The Ministry of Foreign Affairs of the Republic of Paraguay expresses", "The Embassy further recalls")."""
_COUNTRY_OPENING = re.compile(r"\W*(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,\s+[^,\n]{1,80},)?\s+"
                              r"(?:(?:also|further|again|strongly|firmly|deeply|[a-z]+ly)\s+)?(?:[a-z]{2,}[^s\W]s|is|has)\b")
"""A quotation that opens with a country as the subject of a verb in the present ("Gabon calls on ...", "Cambodia, which
knows ..., appeals to ..."): a state's communiqué speaking as its state, the issuer's text (LABELS rule 5)."""
_MENTION = re.compile(rf"\b(?P<pre>(?:[A-Z][\w'’-]*\s+){{0,3}})(?i:{_KIND})(?P<tail>(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’-]+"
                      r"(?:\s+(?:and\s+)?[\w'’-]+){0,4}?)?)(?=\s*[,.;:()]|\s+(?:said|says|in|on|has|had|was|is|[a-z]{3,}(?:ed|es))\b)")
"""A body named in the paragraphs before, by its kind with its field ("the ministry of foreign affairs", "the Foreign
Ministry", "the Ministry of Foreign Affairs")."""
_DOCUMENT = r"(?:statement|release|communiqu[eé]|note|declaration)"
"""A text a body issues ("a press release", "the communiqué"): one list for the three patterns below."""
_SPOKESPERSON = r"spokes(?:man|woman|person)"
"""A body's spokesperson, for the two patterns below."""
_ISSUED = re.compile(rf"(?i)\b(?:{_DOCUMENT}|{_SPOKESPERSON})\b")
"""What tells that the paragraphs before speak of a text the body issued."""
_SPOKES = re.compile(rf"(?i)\b{_SPOKESPERSON}\b")
"""A spokesperson named in the paragraphs before: the person the rules gave the text relays a body (LABELS rule 3)."""
_DOCUMENT_TAG = re.compile(rf"[\s,.\"”’'»]*(?:the|its|this)\s+(?:[\w-]+\s+){{0,2}}{_DOCUMENT}\b", re.IGNORECASE)
"""A quotation's tag that is a document ('...," the release added'): read by the rules as its author, by any way."""
_SAID_IN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:said|stated|reported|announced|declared|indicated|noted|added|informed|wrote)\b"
                      rf"[^.]{{0,60}}?\bin\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,2}}?{_DOCUMENT}\b")
"""A body tagged as the one that said something in an issued text ("..., the Foreign Relations Secretariat (SRE) reported
in a statement")."""
_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n+")
_SMALL = frozenset("of for the and".split())


def _paragraphs_before(text: str, at: int, count: int = 3) -> str:
    """The paragraph that holds ``at`` up to it, with the ``count`` - 1 paragraphs before it."""
    start = at
    for _ in range(count):
        start = text.rfind("\n\n", 0, max(start - 1, 0))
        if start < 0:
            return text[:at]
    return text[start:at]


def _as_name(name: str) -> str:
    """A body's name as a name: "the ministry of foreign affairs" is "Ministry of Foreign Affairs"."""
    words = re.sub(r"^(?:[Tt]he)\s+", "", name.strip()).split()
    return " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in words)


def _issuer(before: str, person: bool) -> re.Match[str] | None:
    """The body that issued the text, as the paragraphs ``before`` tell it, in the last sentence that speaks of an issued
    text and names a body: the body tagged as saying it in the text ("The Government has called ..., the Ministry of
    Foreign Affairs said in a press release"), else the first body the sentence names, its subject ("In a statement, X,
    spokesman of the ministry of foreign affairs, said ...", "The Ministry of Foreign Affairs released a communiqué ...",
    "The Government of X reiterated ... in a communiqué issued by the Ministry": the government's, LABELS rounds 47 and
    66); for a text the rules gave a ``person``, a sentence that names a spokesperson (who relays a body: a letter's "The
    Government has failed ..." is its writer's)."""
    issued = _SPOKES if person else _ISSUED
    for sentence in reversed(_SENTENCE.split(before)):
        bodies = list(_MENTION.finditer(sentence))
        if issued.search(sentence) and bodies:
            return next((b for b in bodies if _SAID_IN.match(sentence, b.end())), bodies[0])
    return None


def _author(quoted: str, before: str, person: bool) -> str:
    """The body a quotation's own opening names as its subject (module docstring), when it is the body that issued the
    text: in full, as the quotation or else the page names it; "" when the quotation names no body, or one of another
    kind than the issuer's (a ministry's note that speaks as "The Brazilian Government welcomes ...": the ministry's,
    left to the rules), or the page tells of no issuer."""
    opening, state = _OPENING.match(quoted), _COUNTRY_OPENING.match(quoted)
    state = state if state and NATIONS.get(fold(state.group("country")), "").lower() == state.group("country").lower() else None
    # a country's name, not its adjective ("Turkish forces are ..."; fold reads a demonym as its country)
    issuer = _issuer(before, person) if opening or state else None
    issued = f"{issuer.group('pre')}{issuer.group('head')}{issuer.group('tail')}" if issuer else ""  # as the page names it
    if issuer and state and not opening:  # "Gabon calls on ...," the press release stated: the ministry that issued it
        return _as_name(issued)
    if opening is None or issuer is None or issuer.group("head").lower() != opening.group("head").lower():
        return ""
    name = opening.group("name").strip()
    if " " in name and not re.fullmatch(r"(?i:" + _KIND + r")", name) and not set(name.lower().split()) <= set(issued.lower().split()):
        return _as_name(name)  # "The Ministry of Foreign Affairs of the Republic of X expresses": its own full name
    return _as_name(issued)  # "The Ministry wishes", "The Bolivarian Government calls": the issuer as the page names it


def self_named(found: dict[Passage, Speaker], text: str, resolve: Callable[[str, int], Speaker | None]) -> dict[Passage, Speaker]:
    """``found`` with each quotation that names its author in the third person (module docstring) given that body, and
    the paragraphs that go on with it; ``resolve(name, at)`` reads a name as the page has it before ``at``."""
    out = dict(found)
    run: tuple[Speaker, Speaker, int] | None = None  # (the answer replaced, the body, where the last passage of the run ends)
    for p in sorted(found, key=lambda q: q.start):
        got = found[p]
        if p.kind != "direct" or not (got.how in ("earlier", "paragraph") or _DOCUMENT_TAG.match(text, p.end)):
            run = None if p.kind != "direct" or not (got.actor or got.new) else run
            continue
        if run and got.label == run[0].label and re.fullmatch(r"[\s\"“”‘’'«»]*", text[run[2] : p.start]):
            out[p], run = run[1], (run[0], run[1], p.end)
            continue
        run = None
        name = _author(text[p.start : p.end], _paragraphs_before(text, p.start), is_person(got))
        body = resolve(name, p.start) if name else None
        if body is not None and (body.actor or body.new) and not is_person(body) and body.label != got.label:
            out[p] = Speaker(body.actor, body.new, "", got.how, got.confidence, got.actor or got.new)
            run = (got, out[p], p.end)
    return out
