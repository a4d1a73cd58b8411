"""A quotation that runs on into the next paragraphs: its speaker's, paragraph by paragraph (pure; LABELS "carried").

A statement, a letter or a long answer quoted over several paragraphs opens its quotation once and closes it once, or
opens each paragraph again ('"The Government welcomes ...¶Brazil expresses ...¶... among the victims."'). The rules
find each paragraph as a quotation of its own; a paragraph with no tag of its own finds no speaker, or the subject of
its own first clause ("Chile reiterates its call ...": LABELS Rounds 51 and 62, a text printed whole is its author's,
sentence by sentence, whatever its grammatical subject). It is the speaker of the quotation it goes on with: the
quotation before it, when nothing but line breaks, spaces and quotation marks lies between them and the quotation
before was not closed (its paragraph ends inside it). A paragraph of the run that names no speaker, or that is the
quotation whole (no tag of its own around it), takes that speaker. A quotation closed at the end of its paragraph does
not run on: the next quotation alone in its paragraph may be another's (a reader's letter, a second voice), and is
left to the rules.
"""

from __future__ import annotations

import re

from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.sources.statements import Passage

_OPEN = "\"“‘«„"
"""The marks that open a quotation: a paragraph of a quotation that runs on opens with one, or with none."""
_CLOSE = "\"”’»“"
"""The marks that close a quotation."""
_RUNS_ON = re.compile(rf"[ \t]*\n[\s{_OPEN}]*")
"""What lies between a quotation left open at the end of its paragraph and the next paragraph's quotation."""


def _left_open(text: str, passage: Passage) -> bool:
    """True when the quotation's paragraph ends inside it: no closing mark between its words and the line break."""
    line_end = text.find("\n", passage.end)
    return line_end >= 0 and not any(mark in text[passage.end - 1 : line_end] for mark in _CLOSE)


def _opened(text: str, passage: Passage) -> bool:
    """True when a quotation mark opens the quotation in its paragraph: words in marks, not a turn's words after its
    tag ("Name (Party):", "A caller from X:"), which run on into no next paragraph."""
    return any(mark in text[text.rfind("\n", 0, passage.start) + 1 : passage.start] for mark in _OPEN)


def _whole_paragraph(text: str, passage: Passage) -> bool:
    """True when the quotation is its paragraph, with nothing but quotation marks around it: no tag of its own."""
    line_start, line_end = text.rfind("\n", 0, passage.start) + 1, text.find("\n", passage.end)
    return not text[line_start : passage.start].strip(f" \t{_OPEN}") and not text[passage.end : line_end if line_end >= 0 else len(text)].strip(f" \t{_CLOSE}")


def continued(found: dict[Passage, Speaker], text: str) -> dict[Passage, Speaker]:
    """``found`` with each quotation that names no speaker and goes on with the quotation of the paragraph before
    (module docstring) given that quotation's speaker, and so on down the paragraphs of one quotation."""
    out = dict(found)
    before: Passage | None = None
    run: set[Passage] = set()  # the paragraphs found going on with a quotation opened before them
    for p in sorted(found, key=lambda q: (q.start, q.end)):
        got = out[p]
        if p.kind != "direct":
            continue
        runs_on = before is not None and (before in run or _opened(text, before)) and _RUNS_ON.fullmatch(text, before.end, p.start) is not None \
            and _left_open(text, before)
        carried = out[before] if before is not None and runs_on else None
        if carried is not None and (carried.actor or carried.new) and (not (got.actor or got.new) or _whole_paragraph(text, p)):
            out[p] = Speaker(carried.actor, carried.new, carried.unnamed, "paragraph", CONFIDENCE["paragraph"])
            run.add(p)
        before = p
    return out
