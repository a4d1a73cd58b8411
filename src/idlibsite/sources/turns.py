"""Speaker tags that open paragraphs: interviews, transcripts and briefings (pure).

Q&A interviews ("SPIEGEL: ..." / "Mitarachi: ..."), broadcast transcripts ("KAREN HOLLIS,
Former State Department Official: ...") and briefing transcripts ("QUESTION: ..." / "MS.
ZAKHAROVA: ...") give each turn a tag: a short name, maybe a title after a comma and "(through
translator)", then a colon.  The layout is read from the text alone: it is a tagged one when at
least :data:`MIN_TURNS` paragraphs open with a tag and some tag opens two of them.

An untagged paragraph between an answer and the next tagged paragraph goes on with that answer
(a briefing's spokesperson reading several paragraphs).  A turn is an **answer** (the tagged speaker's own words, quotation marks or not) unless its
tag is the questioner's (``Q``, ``QUESTION``, or the tag whose turns end with a question mark
most often; a name it opens with, addressing the guest, is left out) or, when some tags carry a title, a tag that never does (the anchor or the
correspondent of a broadcast, whose narration only reports others).

An embedded post is a paragraph whose last line signs it off ("— Kyriakos Mitsotakis (@kmitsotakis)
March 1, 2020"): its words before that line are the signed author's own (:func:`signed_posts`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

MIN_TURNS = 3

_TAG = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,4})"
    r"(?:,\s+(?P<title>[A-Z][^:\n]{1,80}?))?"
    r"(?:\s+\((?:through|via)\s+(?:an?\s+)?(?:translator|interpreter)\))?:\s+(?=\S)")
"""A tag at a paragraph's start: a name of capitalised words, a title, a colon."""
_VOCATIVE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*,\s+(?=\S)")
"""The guest addressed by name at the start of a question ("Mr. Mitarachi, Greek police have ...")."""
_QUESTIONER = {"q", "question", "questions"}
_ANSWERER = {"a", "answer"}


@dataclass(frozen=True)
class Turn:
    """One tagged paragraph."""

    body: int  # where the turn's words start, after the tag
    name: str  # the tag's name as written ("KAREN HOLLIS", "Mitarachi")
    title: str  # the title after it, from any turn of that tag ("" when none)
    answer: bool  # the tagged speaker's own words


def key(name: str) -> str:
    """A tag's name compared across turns: "KAREN HOLLIS" and "Karen Hollis" are one tag."""
    return " ".join(name.casefold().replace(".", " ").split())


def turns(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, Turn]:
    """The turns of a tagged layout, by the start of their paragraph; {} when the text is not one."""
    tagged = {}
    if text.count(": ") < MIN_TURNS:
        return {}
    for start, end in ranges:
        m = _TAG.match(text, start, end) if text.find(":", start, min(end, start + 160)) > 0 else None
        if m and not re.fullmatch(r"[\d.:]+(?:am|pm)?", m.group("name"), re.I):
            tagged[start] = (m, text[m.end() : end].rstrip())
    counts = Counter(key(m.group("name")) for m, _ in tagged.values())
    if len(tagged) < MIN_TURNS or max(counts.values(), default=0) < 2:
        return {}
    titles = {key(m.group("name")): m.group("title") for m, _ in reversed(tagged.values()) if m.group("title")}
    asked = Counter(key(m.group("name")) for m, words in tagged.values() if words.endswith("?"))
    questioner = {k for k in counts if k in _QUESTIONER}
    if not questioner and asked and not _ANSWERER & set(counts):
        questioner = {asked.most_common(1)[0][0]}
    out = {}
    for start, (m, _) in tagged.items():
        asking = key(m.group("name")) in questioner
        vocative = _VOCATIVE.match(text, m.end()) if asking else None
        out[start] = Turn(vocative.end() if vocative else m.end(), m.group("name"), titles.get(key(m.group("name")), ""),
                          not asking and (not titles or key(m.group("name")) in titles))
    last, following = None, sorted(out)
    for start, _end in sorted(ranges):  # an untagged paragraph between an answer and the next tag goes on with the answer
        if start in out:
            last = out[start]
        elif last and last.answer and following and start < following[-1]:
            out[start] = Turn(start, last.name, last.title, True)
    return out


_SIGN_OFF = re.compile(r"\n[^\S\n]*[—–]{1,2}[^\S\n]*(?P<name>[^\W\d_][^(\n]{1,60}?)[^\S\n]*\(@\w{1,30}\)[^\n]*$")
"""An embedded post's sign-off line: a dash, the author's name, their handle, maybe a date."""


def signed_posts(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """The embedded posts among the ranges: by the start of their paragraph, where the post's words
    end (before the sign-off line) and the author's name."""
    out = {}
    for start, end in ranges:
        if "(@" in text[start:end]:
            m = _SIGN_OFF.search(text, start, end)
            if m:
                out[start] = (m.start(), m.group("name"))
    return out
