"""The speakers the rules could have chosen for each labelled passage of the speaker set, with general features of each
(issue 15, session rank15): the cascade's answer, its runner-up, the answers of the passages of the same sentence,
paragraph and paragraph before, the last speakers answered before it, every name written in its sentence or the
paragraph before (read by :func:`idlibsite.attribution.resolve.resolve`, no anaphor), and nobody.

:func:`page_rows` reads one article of the set; bench/errorclass.py sorts the rules' errors with it and bench/chooser.py
learns to choose among the candidates.  No line here names an article, an outlet or a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bench.names import same_name
from bench.suggest import is_right
from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import NOBODY, NewActor, Speaker, is_person
from idlibsite.attribution.clause import Clause, clauses
from idlibsite.attribution.folding import fold
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.attribution.speakers import HEADING_KINDS, attribute_page
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.statements import Passage

NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:(?: (?:of|for|and|the|in|al|bin|de|van|von))* [A-Z][\w’'.-]*)*")
"""A capitalised run of words: a name as the page writes it ("Ministry of Foreign Affairs", "Recep Tayyip Erdoğan")."""
WAYS = ("named", "anaphor", "paragraph", "earlier", "later", "none")
SOURCES = ("cascade", "runner_up", "sentence_answer", "paragraph_answer", "previous_paragraph_answer", "recent",
           "sentence_name", "paragraph_name", "previous_paragraph_name", "nobody")


def key(s: Speaker) -> tuple[str, str]:
    """One candidate's identity: the known actor, the new actor's folded name, or nobody (an unnamed speaker counts as
    nobody named, as the bench scores it)."""
    if s.actor:
        return ("actor", s.actor.id)
    if s.new:
        return ("new", " ".join(fold(w) for w in s.new.name.split()))
    return ("nobody", "")


def as_speaker(x: Actor | NewActor | None) -> Speaker:
    if isinstance(x, Actor):
        return Speaker(x, None, "", "named", 0.0)
    if isinstance(x, NewActor):
        return Speaker(None, x, "", "named", 0.0)
    return NOBODY


@dataclass
class Candidate:
    speaker: Speaker
    sources: set[str] = field(default_factory=set)
    recent_rank: int = 0  # 1 for the last speaker answered before the passage, 0 when not among the last three
    right: bool = False


@dataclass
class Row:
    """One labelled passage: found or not, the cascade's answer, the candidates."""

    file: str
    held_out: int | None
    label: dict
    passage: Passage | None
    got: Speaker | None
    candidates: list[Candidate]
    mentions: dict[tuple[str, str], list[int]]  # each candidate's key: where the page names it
    paragraph_of: list[int]  # the paragraphs' starts, for the features
    text: str


def paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]


def _paragraph(starts: list[int], at: int) -> int:
    return max(i for i, s in enumerate(starts) if s <= at)


def name_mentions(text: str, actors: tuple[Actor, ...]) -> list[tuple[int, int, Speaker]]:
    """Every capitalised run of the page read as a speaker, with where it is written (one resolve for each distinct
    run: a name without anaphor is read the same wherever it is)."""
    read: dict[str, Speaker | None] = {}
    out = []
    for m in NAME.finditer(text):
        span = m.group().strip(".")
        if span.lower() in ("the", "a", "he", "she", "it", "they", "we", "i", "in", "on", "but", "and"):
            continue
        if span not in read:
            try:
                read[span] = resolve(Clause(span, "", ""), actors, Seen(before=text, page=text))
            except Exception:  # a resolver's guard on a run that is no phrase: not a candidate
                read[span] = None
        got = read[span]
        if got and (got.actor or got.new):
            out.append((m.start(), m.end(), got))
    return out


def page_rows(file: str, case: dict, actors: tuple[Actor, ...]) -> list[Row]:
    text = case["text"]
    blocks = cut_blocks(text, title_hint=text.splitlines()[0])
    answers = attribute_page(text, [(b.start, b.end) for b in blocks if b.kind == "body"],
                             [(b.start, b.end) for b in blocks if b.kind in HEADING_KINDS], actors)
    passages = sorted(answers, key=lambda p: (p.start, p.end))
    starts = paragraph_starts(text)
    names = name_mentions(text, actors)
    mentions: dict[tuple[str, str], list[int]] = {}
    for start, _, s in names:
        mentions.setdefault(key(s), []).append(start)
    rows = []
    for label in case["passages"]:
        at = text.index(label["find"])
        hits = sorted((p for p in passages if p.start <= at < p.end), key=lambda p: p.end - p.start)
        hit = next((p for p in hits if p.kind == label["kind"]), hits[0] if hits else None)
        if hit is None:
            rows.append(Row(file, case.get("held_out"), label, None, None, [], mentions, starts, text))
            continue
        got = answers[hit]
        found: dict[tuple[str, str], Candidate] = {}

        def add(s: Speaker, source: str, rank: int = 0) -> None:
            c = found.setdefault(key(s), Candidate(s))
            c.sources.add(source)
            c.recent_rank = c.recent_rank or rank

        add(got, "cascade")
        if got.runner_up is not None:
            add(as_speaker(got.runner_up), "runner_up")
        here = _paragraph(starts, hit.sentence.start)
        for p in passages:
            if p is hit or not (answers[p].actor or answers[p].new):
                continue
            where = _paragraph(starts, p.start)
            if p.sentence == hit.sentence:
                add(answers[p], "sentence_answer")
            elif where == here and p.start < hit.start:
                add(answers[p], "paragraph_answer")
            elif where == here - 1:
                add(answers[p], "previous_paragraph_answer")
        recent: list[tuple[str, str]] = []
        for p in reversed([p for p in passages if p.end <= hit.sentence.start and (answers[p].actor or answers[p].new)]):
            if key(answers[p]) not in recent:
                recent.append(key(answers[p]))
                add(answers[p], "recent", len(recent))
            if len(recent) == 3:
                break
        for start, end, s in names:
            where = _paragraph(starts, start)
            if hit.sentence.start <= start < hit.sentence.end:
                add(s, "sentence_name")
            elif where == here and start < hit.sentence.start:
                add(s, "paragraph_name")
            elif where == here - 1:
                add(s, "previous_paragraph_name")
        add(NOBODY, "nobody")
        for c in found.values():
            c.right = is_right(label, c.speaker, text)
        rows.append(Row(file, case.get("held_out"), label, hit, got, list(found.values()), mentions, starts, text))
    return rows


def subjects(row: Row, actors: tuple[Actor, ...]) -> set[tuple[str, str]]:
    """The keys of the subjects of the speech verbs of the passage's sentence, each read alone."""
    assert row.passage is not None
    out = set()
    for c in clauses(row.passage.sentence.masked):
        try:
            s = resolve(Clause(c.phrase, c.role, ""), actors, Seen(before=row.text[: row.passage.sentence.start], page=row.text))
        except Exception:  # a resolver's guard on a phrase it cannot read
            s = None
        if s and (s.actor or s.new):
            out.add(key(s))
    return out


def wanted_names(label: dict, actors: tuple[Actor, ...]) -> list[str]:
    """The names the label's speaker goes by: a new speaker's, or a known actor's name and aliases; [] for nobody."""
    if label.get("new"):
        return [label["new"]]
    if label.get("speaker"):
        actor = next((a for a in actors if a.id == label["speaker"]), None)
        return [actor.name, *actor.aliases] if actor else [label["speaker"]]
    return []


def named_where(text: str, names: list[str], limit: int) -> tuple[bool, bool]:
    """Whether one of the names is written before ``limit`` and whether after it (a capitalised run of the page that is
    the same name by bench/names.py, or the name itself as written)."""
    before = after = False
    for m in NAME.finditer(text):
        span = m.group().strip(".")
        if any(same_name(span, n) or fold(span) == fold(n) for n in names):
            before, after = before or m.start() < limit, after or m.start() >= limit
    for n in names:
        for m in re.finditer(re.escape(n), text):
            before, after = before or m.start() < limit, after or m.start() >= limit
    return before, after


def is_person_speaker(s: Speaker) -> bool:
    return bool((s.actor or s.new) and is_person(s))
