"""What in a source no statement covers yet, and who said it (used by ``idlibsite suggest``).

Passages are found by :func:`idlibsite.sources.statements.find_passages`
(quotations, reported speech, "according to", sentences with scare quotes);
their speaker comes from the attribution clause of the sentence
(:mod:`idlibsite.attribution.speakers`), never from a name inside a
quotation.  A speaker the actors file does not have is proposed as a new
actor stub, never mapped to a country.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from idlibsite.anchoring.model import Site
from idlibsite.attribution.said import said_on
from idlibsite.attribution.answer import NewActor, Speaker
from idlibsite.attribution.speakers import HEADING_KINDS, attribute_page
from idlibsite.errors import line_col
from idlibsite.schema import slugify
from idlibsite.sources.records import Source

STUB_WORDS = 5  # words of the passage used to name a statement stub


@dataclass(frozen=True)
class Suggestion:
    """A passage that no statement covers yet."""

    kind: str  # "direct" (a quotation) or "reported" (a sentence of reported speech)
    start: int  # offsets into the source text
    end: int
    text: str  # the passage as a reader sees it (no dateline)
    line: int  # 1-based
    column: int
    speaker: Speaker  # who said it, with how sure and the runner-up
    sentence: str  # the sentence around the passage (for "on Friday")


def suggest(site: Site, source: Source) -> list[Suggestion]:
    """Uncovered quotations and reported-speech sentences of ``source``, in text order."""
    covered = [(s.start, s.end) for q in site.quotes_by_source.get(source.id, ()) for s in q.anchor.spans]
    speakers = attribute_page(source.text, source.blocks.ranges(("body",)), source.blocks.ranges(HEADING_KINDS),
                              site.annotations.actors)
    out = []
    for p in speakers:
        if any(s < p.end and p.start < e for s, e in covered):
            continue
        line, column = line_col(source.text, p.start)
        shown = " ".join(source.text[p.start : p.end].split())
        sentence = " ".join(source.text[p.sentence.start : p.sentence.end].split())
        out.append(Suggestion(p.kind, p.start, p.end, shown, line, column, speakers[p], sentence))
    return out


def describe(s: Speaker) -> str:
    """One line: who, how sure, and the runner-up."""
    if s.actor:
        who = f"{s.actor.name} ({s.actor.id})"
    elif s.new:
        who = f"{s.new.name} (new actor: not in actors.yaml)"
    elif s.unnamed:
        return f"nobody named ({s.unnamed})"
    else:
        return "speaker unknown"
    runner = s.runner_up
    second = ""
    if runner is not None:
        second = f"; runner-up {runner.name}" + ("" if isinstance(runner, NewActor) else f" ({runner.id})")
    return f"{who}, confidence {s.confidence:.0%} ({s.how}{second})"


def actor_stub(new: NewActor) -> str:
    """A ready-to-edit entry for actors.yaml's ``actors:`` list."""
    kind = "person" if new.person else "organisation  # FIXME: organisation or government-body"
    lines = [
        f"  - id: {slugify(new.name)}",
        f"    name: {json.dumps(new.name, ensure_ascii=False)}",
        f"    kind: {kind}",
        f"    affiliation: {json.dumps(new.affiliation or 'FIXME', ensure_ascii=False)}",
        "    aliases: []",
    ]
    if new.role:
        lines += ["    roles:", f"      - title: {json.dumps(new.role, ensure_ascii=False)}", "        until: unknown"]
    return "\n".join(lines) + "\n"


def statement_id(speaker: str, text: str) -> str:
    """A statement id from its speaker's id and the first words of its quote."""
    words = " ".join(text.split()[:STUB_WORDS])
    return slugify(f"{speaker} {words}")[:60].strip("-")


def stub(source: Source, s: Suggestion) -> str:
    """A ready-to-edit YAML statement for a claim file's ``statements:`` list."""
    sp = s.speaker
    speaker = sp.actor.id if sp.actor else slugify(sp.new.name) if sp.new else "FIXME-actor-id"
    ident = statement_id(speaker if (sp.actor or sp.new) else "statement", s.text)
    said, note = said_on(s.sentence, source.meta.date)
    out = (
        f"  - id: {ident}\n"
        f"    speaker: {speaker}\n"
        f"    source: {source.id}\n"
        f"    quote: {json.dumps(s.text, ensure_ascii=False)}\n"
        f"    kind: {s.kind}\n"
        f"    side: context  # FIXME: assertion, counter or context\n"
    )
    if note:
        return out + f"    said: {said.iso}\n    said_note: {json.dumps(note, ensure_ascii=False)}\n"
    return out + "    said: unknown  # FIXME: when it was said (the article's date is not known)\n"
