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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from idlibsite.anchoring.model import Site
from idlibsite.attribution.said import said_on
from idlibsite.attribution.answer import NewActor, Speaker
from idlibsite.attribution.speakers import HEADING_KINDS, SPOKEN_KINDS, attribute_page
from idlibsite.errors import line_col
from idlibsite.schema import slugify
from idlibsite.sources.records import Source
from idlibsite.unlisted import placed

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
    sentence: str  # the sentence around the passage, its quotations masked (for "said on Friday")


def suggest(site: Site, source: Source) -> list[Suggestion]:
    """Uncovered quotations and reported-speech sentences of ``source``, in text order; those its sidecar's
    ``not_listed`` answers are left out (annotators decided on them: there is nothing to suggest)."""
    covered = [(s.start, s.end) for q in site.quotes_by_source.get(source.id, ()) for s in q.anchor.spans]
    covered += placed(source)
    speakers = attribute_page(source.text, source.blocks.ranges(SPOKEN_KINDS), source.blocks.ranges(HEADING_KINDS),
                              site.annotations.actors)
    out = []
    for p in speakers:
        if any(s < p.end and p.start < e for s, e in covered):
            continue
        line, column = line_col(source.text, p.start)
        shown = " ".join(source.text[p.start : p.end].split())
        out.append(Suggestion(p.kind, p.start, p.end, shown, line, column, speakers[p], p.sentence.masked))
    return out


def source_named(site: Site, name: str) -> Source | None:
    """The source ``name`` names: its id, or its article's file as add-source wrote it (``corpus/NAME.txt``,
    ``NAME.html``, ``NAME``), when one source's file has that name; None otherwise."""
    found = site.source_by_id.get(name)
    if found is not None:
        return found
    named = PurePath(name)
    files = [s for s in site.sources if PurePath(s.path).stem in (named.name, named.stem)]
    return files[0] if len(files) == 1 else None


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
    """A statement id from its speaker's id and the first words of its quote, less the speaker's name (or the
    last words of it) that a passage opens with: "Selin Arkun, who …" by selin-arkun is selin-arkun-who-…, not
    selin-arkun-selin-arkun-…; one word of the quote is always kept."""
    words = text.split()
    cut = max((k for k in range(1, min(len(words), STUB_WORDS + 1))
               if (named := slugify(" ".join(words[:k]))) and f"-{speaker}".endswith(f"-{named}")), default=0)
    return slugify(f"{speaker} {' '.join(words[cut:cut + STUB_WORDS])}")[:60].strip("-")


def speaker_id(s: Speaker) -> str:
    """The actor id a stub names: the known actor's, the proposed new actor's, or "" when nobody is named."""
    return s.actor.id if s.actor else slugify(s.new.name) if s.new else ""


def statement_ids(found: Sequence[Suggestion]) -> list[str]:
    """One id per suggestion, none twice: a claim's statement ids are unique, and two passages can open
    with the same words (a headline quoting the sentence the article gives again), so the second of
    two alike ends with "-2"."""
    out: list[str] = []
    for s in found:
        base = statement_id(speaker_id(s.speaker) or "statement", s.text)
        ident, n = base, 2
        while ident in out:
            ident, n = f"{base}-{n}", n + 1
        out.append(ident)
    return out


def stub(source: Source, s: Suggestion, ident: str) -> str:
    """A ready-to-edit YAML statement for a claim file's ``statements:`` list, with the id ``ident``."""
    said, note = said_on(s.sentence, source.meta.date)
    out = (
        f"  - id: {ident}\n"
        f"    speaker: {speaker_id(s.speaker) or 'FIXME-actor-id'}\n"
        f"    source: {source.id}\n"
        f"    quote: {json.dumps(s.text, ensure_ascii=False)}\n"
        f"    kind: {s.kind}\n"
        f"    side: context  # FIXME: assertion, counter or context\n"
    )
    if note:
        return out + f"    said: {said.iso}\n    said_note: {json.dumps(note, ensure_ascii=False)}\n"
    return out + "    said: unknown  # FIXME: when it was said (the article's date is not known)\n"
