"""Whose a quotation running over several paragraphs is (pure): news copy opens each paragraph of one long quotation
with a mark and closes only the last (""We left ... afternoon. ¶ "My brother ... since. ¶ "People ... more," he
said.""), so the run has one speaker, whose clause stands in any paragraph of it, or, when none has one, the
speaker the paragraph before the run is about (LABELS rule 10).  The run ends where a paragraph closes its
quotation; a paragraph that opens with no mark (the outlet's narration, a new speaker's paragraph) is none of it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.folding import words
from idlibsite.attribution.fullnames import last_full_name
from idlibsite.sources.quotations import DOUBLE_OPENING
from idlibsite.sources.speech import Sentence

_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
"""A blank line: where a paragraph ends."""


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Each paragraph's start and end, split at blank lines."""
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    return [*spans, (start, len(text))]


def _left_open(paragraph: str) -> bool:
    """True when a paragraph leaves a double quotation open at its end: more opening curly marks than closing ones, or,
    with straight marks only, an odd number of them."""
    if any(mark in paragraph for mark in "“”«»„"):
        return paragraph.count("“") + paragraph.count("«") + paragraph.count("„") > paragraph.count("”") + paragraph.count("»")
    return paragraph.count("\"") % 2 == 1


def run_of(text: str, at: int) -> tuple[tuple[int, int], ...]:
    """The paragraphs of the quotation run that holds ``at`` (two or more, in order), () when its paragraph is in none."""
    spans = _paragraphs(text)
    here = next((i for i, (lo, hi) in enumerate(spans) if lo <= at <= hi), None)
    if here is None:
        return ()
    first = here
    while first > 0 and _left_open(text[slice(*spans[first - 1])]) and text.startswith(DOUBLE_OPENING, spans[first][0]):
        first -= 1
    last = here
    while last + 1 < len(spans) and _left_open(text[slice(*spans[last])]) and text.startswith(DOUBLE_OPENING, spans[last + 1][0]):
        last += 1
    return tuple(spans[first : last + 1]) if last > first else ()


def run_speaker(run: tuple[tuple[int, int], ...], text: str, ordered: Sequence[Sentence], by_sentence: dict[int, Speaker],
                last_person: Speaker | None, named: Callable[[str], Speaker | None]) -> Speaker | None:
    """The speaker of a quotation ``run`` (:func:`run_of`): the one speaker the clauses of its paragraphs give, else the
    last one the paragraph before the run gives, else the person that paragraph introduces with no speech ("Yasser
    Qaddour, a maths teacher ..., has lived ..."; "Back at the camp, a young doctor, Rania Hamwi, runs ..."):
    ``last_person``, the last the page named before the run, when the paragraph names them, else the paragraph's last
    full name as ``named`` reads it, when a person; only when that paragraph is prose, a sentence's stop ending it (a
    title line "A note on ... Ada Quill" introduces nobody).  None when the run has no speaker so found, or when its
    clauses give two (no run after all)."""
    given = [by_sentence[s.start] for s in ordered if run[0][0] <= s.start < run[-1][1] and s.start in by_sentence]
    given = [s for s in given if s.actor or s.new]
    if given:
        return _carried(given[0]) if len({(s.actor, s.new) for s in given}) == 1 else None
    before = next((span for span in reversed(_paragraphs(text[: run[0][0]].rstrip())) if text[slice(*span)].strip()), None)
    if before is None or _left_open(text[slice(*before)]):
        return None
    told = [by_sentence[s.start] for s in ordered if before[0] <= s.start < before[1] and s.start in by_sentence]
    if told:
        return _carried(told[-1]) if told[-1].actor or told[-1].new else None
    paragraph = text[slice(*before)]
    if not paragraph.rstrip().endswith((".", "!", "?")):
        return None  # a heading or a title line ("A note on ... Ada Quill") introduces no one the run is about
    if last_person and (last_person.actor or last_person.new) and words(last_person.label)[-1:] and words(last_person.label)[-1] in words(paragraph):
        return _carried(last_person)
    full = last_full_name(paragraph)
    person = named(full) if full else None
    return _carried(person) if person and is_person(person) and (person.actor or person.new) else None


def _carried(speaker: Speaker) -> Speaker:
    return Speaker(speaker.actor, speaker.new, speaker.unnamed, "paragraph", CONFIDENCE["paragraph"], speaker.runner_up)
