"""A press review's paragraphs labelled with a paper and its city (pure).

A review of the world's press opens each paragraph with the paper it reports and the paper's city in brackets
("Kommersant (Moscow): The business daily writes ...", "Le Monde (Paris): In its editorial, the paper calls ...").
A paragraph so labelled that reports no speech of its own, no speech verb and no quotation ("Kathimerini (Athens):
Nothing changes on the Evros. The government still expects thousands ..."), gives the paper's own words, as a heading's
"Body: words" does (LABELS Round 41; round 56's questions): its sentences are the labelled paper's, as a turn's are its
tag's. The layout counts where :data:`MIN_LABELS` paragraphs or more open with such a label, each a different paper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.speech import speech_verbs

MIN_LABELS = 3
"""Labelled paragraphs a page needs to be a press review: one or two are a roundup's stray tags."""

PAPER_LABEL = re.compile(r"[^\S\n]*(?P<name>(?:The[^\S\n]+)?[A-Z][\w’'.&-]*(?:[^\S\n]+(?:[A-Z][\w’'.&-]*|de|di|del|della|der|des|du|la|le"
                         r"|van|von|y|al-\w+)){0,4})[^\S\n]+\((?P<city>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,2})\):[^\S\n]+(?=\w|[\"“„«‘])")
"""A paragraph's label: a paper's name (five words at most), its city in brackets, a colon: "Al-Watan (Damascus): "."""
_QUOTED = re.compile(r"[\"“”„«»‘’]")


def reviewed(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """By the start of each labelled paragraph that reports no speech (see the module's docstring): where its words
    start after the label, and the paper's name; {} when the page is no press review."""
    labels = [(start, end, m) for start, end in ranges if (m := PAPER_LABEL.match(text, start, end))]
    if len({m.group("name") for _start, _end, m in labels}) < MIN_LABELS:
        return {}
    return {start: (m.end(), m.group("name")) for start, end, m in labels if not _reports(text[m.end() : end])}


def _reports(words: str) -> bool:
    """True when a paragraph's words report speech: a quotation mark or a speech verb."""
    return bool(_QUOTED.search(words)) or bool(speech_verbs(words))
