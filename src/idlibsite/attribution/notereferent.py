"""An endnote's pronoun: the speaker of the sentence that carries the note's marker (pure; issue 15).

A document saved from its PDF prints its notes after the body ("4 Statement to reporters in Hatay, 28 February 2020.
He added that Ankara would answer ..."), each opened by the number the body carries run into a sentence's stop ("...
shared with the Russian side.4"). Read in text order, the note's "He" would be the last speaker before the notes; the
reader means the one of the sentence the note hangs on (LABELS rule 8, the last fitting speaker where the note is
anchored). A note that names a speaker of its own before its pronoun keeps its own reading.
"""

from __future__ import annotations

import re

from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.sources.paged import FOOTNOTE_START, is_footnote
from idlibsite.sources.statements import Passage

_PRONOUN = re.compile(r"\s*(?:(?P<person>He|She)|(?P<thing>It|They))\b")
_NOTE_LINE = re.compile(r"(?m)^(?=[^\S\n]*\d{1,3}[^\S\n]+[A-Z\"“])")
"""Where a line opens with a note's number."""


def _note_start(text: str, at: int) -> tuple[int, str] | None:
    """The start and the number of the note whose paragraph holds ``at`` (no blank line between), None when ``at`` is
    in no note."""
    starts = [m.start() for m in _NOTE_LINE.finditer(text, 0, at)]
    if not starts or "\n\n" in text[starts[-1] : at]:
        return None
    start = starts[-1]
    end = text.find("\n\n", start)
    opening = FOOTNOTE_START.match(text, start)
    return (start, opening.group(1)) if opening and is_footnote(text, start, len(text) if end < 0 else end) else None


def noted_referents(found: dict[Passage, Speaker], text: str) -> dict[Passage, Speaker]:
    """``found`` with each pronoun that opens the first speech of an endnote given the speaker of the passage whose
    sentence carries the note's marker, when that speaker fits the pronoun (a person for "he", "she"; a body for
    "it", "they")."""
    out = dict(found)
    for p, got in found.items():
        pronoun = _PRONOUN.match(text, p.sentence.start) if got.how == "anaphor" else None
        note = _note_start(text, p.sentence.start) if pronoun else None
        if pronoun is None or note is None or any(note[0] <= q.sentence.start < p.sentence.start for q in found):
            continue  # not a note's pronoun, or the note names its own speaker first
        markers = list(re.finditer(rf"[^\W\d_][.,;:”\"’')]?{note[1]}(?=\s)", text[: note[0]]))
        at = markers[-1].end() if markers else -1
        carrier = [s for q, s in found.items() if q.sentence.start <= at <= q.sentence.end + len(note[1]) + 2 and (s.actor or s.new)]
        if carrier and is_person(carrier[0]) == bool(pronoun.group("person")):
            out[p] = Speaker(carrier[0].actor, carrier[0].new, "", "anaphor", CONFIDENCE["anaphor"])
    return out
