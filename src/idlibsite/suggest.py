"""What in a source no statement covers yet: quotations and reported speech, with
their likely speaker (pure; used by ``idlibsite suggest``).

A speaker is resolved fuzzily against every actor's name and aliases in the
paragraph around the passage, so a spelling the actors file does not list
("Zhuravlev") still finds the actor spelled Zhuravlyov elsewhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from idlibsite.anchoring.model import Site
from idlibsite.annotations.records import Actor
from idlibsite.errors import line_col
from idlibsite.schema import slugify
from idlibsite.sources.display import to_source
from idlibsite.sources.quotations import find_quotations
from idlibsite.sources.records import Block, Source

# partial_ratio of a name against the paragraph: "zhuravlev" in "...Zhuravlyov..."
# scores about 89, while unrelated names of similar length stay below 70.
SPEAKER_CUTOFF = 85
# Names this short match too much by accident ("the center"); they count only exactly.
SHORT_NAME = 6
REPORTING = re.compile(
    r"\b(said|says|told|stated|added|noted|claimed|denied|accused|rejected|warned|emphasi[sz]ed"
    r"|blamed|complained|declared|announced|insisted|urged|confirmed|recalled|reported)\b"
)
_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+[\"”’']?|$)")
_QUOTE_MARKS = re.compile(r"[\"“”]")
STUB_WORDS = 5  # words of the passage used to name a statement stub


@dataclass(frozen=True)
class Suggestion:
    """A passage that no statement covers yet."""

    kind: str  # "direct" (a quotation) or "reported" (a sentence of reported speech)
    start: int  # offsets into the source text
    end: int
    text: str  # the passage as a reader sees it
    line: int  # 1-based
    column: int
    speaker: Actor | None  # the likely speaker, None when no actor name is near
    score: float  # 0–100 match score of the speaker's name


def suggest(site: Site, source: Source) -> list[Suggestion]:
    """Uncovered quotations and reported-speech sentences of ``source``, in text order."""
    covered = [(s.start, s.end) for q in site.quotes_by_source.get(source.id, ()) for s in q.anchor.spans]
    body = [b for b in source.blocks if b.kind == "body"]
    out: list[Suggestion] = []
    for q in find_quotations(source.text, [(b.start, b.end) for b in body]):
        if not _overlaps(covered, q.start, q.end):
            block = next(b for b in body if b.start <= q.start < b.end)
            out.append(_suggestion(site, source, block, "direct", q.start, q.end))
    for block in body:
        for m in _SENTENCE.finditer(block.display):
            sentence = m.group().strip()
            if not REPORTING.search(sentence) or _QUOTE_MARKS.search(sentence):
                continue
            lead = len(m.group()) - len(m.group().lstrip())
            start, end = to_source(block.segments, m.start() + lead, m.start() + lead + len(sentence))
            if not _overlaps(covered, start, end):
                out.append(_suggestion(site, source, block, "reported", start, end))
    return sorted(out, key=lambda s: (s.start, s.end))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _suggestion(site: Site, source: Source, block: Block, kind: str, start: int, end: int) -> Suggestion:
    line, column = line_col(source.text, start)
    speaker, score = likely_speaker(site.annotations.actors, block.display)
    if speaker is None:  # "… he said": the speaker was named in the paragraph before
        earlier = [b for b in source.blocks if b.kind == "body" and b.end <= block.start]
        if earlier:
            speaker, score = likely_speaker(site.annotations.actors, earlier[-1].display)
    shown = " ".join(source.text[start:end].split())
    return Suggestion(kind, start, end, shown, line, column, speaker, score)


def likely_speaker(actors: tuple[Actor, ...], context: str) -> tuple[Actor | None, float]:
    """The actor whose name or alias best matches somewhere in ``context``."""
    best: tuple[Actor | None, float] = (None, 0.0)
    lowered = context.lower()
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            name = name.lower()
            if len(name) < SHORT_NAME:
                score = 100.0 if re.search(rf"\b{re.escape(name)}\b", lowered) else 0.0
            else:
                score = fuzz.partial_ratio(name, lowered)
            if score >= SPEAKER_CUTOFF and score > best[1]:
                best = (actor, score)
    return best


def stub(source: Source, s: Suggestion) -> str:
    """A ready-to-edit YAML statement for a claim file's ``statements:`` list."""
    words = " ".join(s.text.split()[:STUB_WORDS])
    speaker = s.speaker.id if s.speaker else "FIXME-actor-id"
    ident = slugify(f"{speaker if s.speaker else 'statement'} {words}")[:60].strip("-")
    return (
        f"  - id: {ident}\n"
        f"    speaker: {speaker}\n"
        f"    source: {source.id}\n"
        f"    quote: {json.dumps(s.text, ensure_ascii=False)}\n"
        f"    kind: {s.kind}\n"
        f"    side: context  # FIXME: assertion, counter or context\n"
        f"    said: {source.meta.date.iso or 'unknown'}  # FIXME: when it was said, if not the publication date\n"
    )
