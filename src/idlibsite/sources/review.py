"""A press review's paragraphs labelled with a paper and its city (pure).

A review of the world's press opens each paragraph with the paper it reports and the paper's city in brackets
("Kommersant (Moscow): The business daily writes ...", "Le Monde (Paris): In its editorial, the paper calls ...").
A paragraph so labelled that reports no speech of its own, no speech verb and no quotation ("Kathimerini (Athens):
Nothing changes on the Evros. The government still expects thousands ..."), gives the paper's own words, as a heading's
"Body: words" does (LABELS Round 41; round 56's questions): its sentences are the labelled paper's, as a turn's are its
tag's. The layout counts where :data:`MIN_LABELS` paragraphs or more open with such a label, each a different paper.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence


from idlibsite.sources.datelines import MONTH
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


_PAPER_HEAD = re.compile(r"(?:\A|\n[^\S\n]*\n)[^\S\n]*(?P<name>(?:The[^\S\n]+)?[A-Z0-9][\w’'.&-]*(?:[^\S\n]+(?:[A-Z][\w’'.&-]*|de|di|del|della"
                         r"|der|des|du|la|le|van|von|y|al-\w+)){0,4})(?:[^\S\n]+\((?P<city>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,2})\))?"
                         rf"(?:,[^\S\n]+(?:{MONTH}\.?[^\S\n]+\d{{1,2}}|\d{{1,2}}[^\S\n]+{MONTH})(?:,?[^\S\n]+\d{{4}})?|(?<=\))[^\S\n]*/)"
                         r"[^\S\n]*(?=\n[^\S\n]*\n)")
"""A press review's sub-head over a paper's item, a paragraph of its own: the paper's name and the day of the issue
("Népszava, March 6", "JUTARNJI LIST (Zagreb), 5 March"), or its name and country code before a slash ("Kathimerini (GR) /")."""


@functools.lru_cache(maxsize=4)
def _paper_heads(page: str) -> tuple[tuple[int, str], ...]:
    """Where each press-review sub-head of a page ends and the paper it names; () when fewer than :data:`MIN_LABELS`
    different papers are so headed (a news item's own "Name, date" line is no review)."""
    heads = tuple((m.end(), m.group("name")) for m in _PAPER_HEAD.finditer(page))
    return heads if len({name.lower() for _, name in heads}) >= MIN_LABELS else ()


def headed_paper(page: str, at: int) -> str:
    """The paper the press-review sub-head nearest above ``at`` names (:data:`_PAPER_HEAD`): the item's paper, which
    "the daily" or "the weekly" in it stands for; "" when the page is no review so headed or nothing above is a sub-head."""
    return next((name for end, name in reversed(_paper_heads(page)) if end <= at), "")
