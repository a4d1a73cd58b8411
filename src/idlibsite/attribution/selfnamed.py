"""A statement's text that names its author in the third person: the body's, not its spokesperson's (pure; LABELS rule 5).

A body's communiqué speaks of the body as the subject of a verb in the present: "The Ministry wishes to advise Nigerians
...", "The Ministry of Foreign Affairs of the Republic of Paraguay expresses its deepest condolences ...", "The Embassy
further recalls ...". When the page prints such a text in quotation marks with no tag of its own (the rules' "earlier"
or "paragraph" way: the spokesperson who issued it, or whoever was named before), it is the body's (LABELS round 77's
ruling on a statement given to a ministry's spokesman that speaks as "The ministry", closed by "the statement read").
The body is the one the quotation names in full, else the last body of that kind the page names in the paragraphs
before ("the spokesperson of the Ministry of Foreign Affairs", "spokesman of the ministry of foreign affairs"), and only
where those paragraphs tell of an issued text (a statement, a press release, a communiqué, a note, a spokesperson): a
person's quotation "The government lies ..." after "X said the government had failed" stays the person's.  The
paragraphs that go on with the same quotation (only spaces and quotation marks between) are the same body's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from idlibsite.attribution.answer import Speaker, is_person
from idlibsite.attribution.wordlists import MISSIONS, ORG_WORDS
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
_MENTION = re.compile(rf"\b(?P<pre>(?:[A-Z][\w'’-]*\s+){{0,3}})(?i:{_KIND})(?P<tail>(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’-]+"
                      r"(?:\s+(?:and\s+)?[\w'’-]+){0,4}?)?)(?=\s*[,.;:()]|\s+(?:said|says|in|on|has|had|was|is|issued|released|signed|expressed)\b)")
"""A body named in the paragraphs before, by its kind with its field ("the ministry of foreign affairs", "the Foreign
Ministry", "the Ministry of Foreign Affairs")."""
_ISSUED = re.compile(r"(?i)\b(?:statement|press\s+release|release|communiqu[eé]|note|declaration|spokes(?:man|woman|person))\b")
"""What tells that the paragraphs before speak of a text the body issued."""
_SMALL = frozenset("of for the and".split())


def _paragraphs_before(text: str, at: int, count: int = 3) -> str:
    """The paragraph that holds ``at`` up to it, with the ``count`` - 1 paragraphs before it."""
    start = at
    for _ in range(count):
        start = text.rfind("\n\n", 0, max(start - 1, 0))
        if start < 0:
            return text[:at]
    return text[start:at]


def _named(name: str) -> str:
    """A body's name as a name: "the ministry of foreign affairs" is "Ministry of Foreign Affairs"."""
    words = re.sub(r"^(?:[Tt]he)\s+", "", name.strip()).split()
    return " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in words)


def _author(quoted: str, before: str) -> str:
    """The body a quotation's own opening names as its subject (module docstring), in full; "" when it names none, or
    names only its kind and the paragraphs ``before`` name no body of that kind, or tell of no issued text."""
    opening = _OPENING.match(quoted)
    if opening is None or not _ISSUED.search(before):
        return ""
    name = opening.group("name")
    if " " in name.strip() and not re.fullmatch(r"(?i:" + _KIND + r")", name.strip()):
        return _named(name)
    head = opening.group("head").lower()
    mentions = [m for m in _MENTION.finditer(before) if m.group("head").lower() == head]
    return _named(f"{mentions[-1].group('pre')}{mentions[-1].group('head')}{mentions[-1].group('tail')}") if mentions else ""


def self_named(found: dict[Passage, Speaker], text: str, resolve: Callable[[str, int], Speaker | None]) -> dict[Passage, Speaker]:
    """``found`` with each quotation that names its author in the third person (module docstring) given that body, and
    the paragraphs that go on with it; ``resolve(name, at)`` reads a name as the page has it before ``at``."""
    out = dict(found)
    run: tuple[Speaker, Speaker, int] | None = None  # (the answer replaced, the body, where the last passage of the run ends)
    for p in sorted(found, key=lambda q: q.start):
        got = found[p]
        if p.kind != "direct" or got.how not in ("earlier", "paragraph"):
            run = None if p.kind != "direct" or not (got.actor or got.new) else run
            continue
        if run and got.label == run[0].label and re.fullmatch(r"[\s\"“”‘’'«»]*", text[run[2] : p.start]):
            out[p], run = run[1], (run[0], run[1], p.end)
            continue
        run = None
        name = _author(text[p.start : p.end], _paragraphs_before(text, p.start))
        body = resolve(name, p.start) if name else None
        if body is not None and (body.actor or body.new) and not is_person(body) and body.label != got.label:
            out[p] = Speaker(body.actor, body.new, "", got.how, got.confidence, got.actor or got.new)
            run = (got, out[p], p.end)
    return out
