"""Dash dialogue: a paragraph's quoted words marked by dashes instead of quotation marks (pure).

The Russian and French press set a quotation between dashes before its speech clause ("- Both sides are raising the
stakes, - the expert told the paper."); Scandinavian pages open it with a dash and close it with the clause after a comma
("– My sister sent this at four. You can hear the planes, says Name, 52, who ...", LABELS Round 56).  Either is a direct
passage of the words, read by :func:`.statements.find_passages` as it reads a quotation in marks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.quotations import Quotation, word_count
from idlibsite.sources.speech import speech_verbs

_DASH_QUOTED = re.compile(r"[^\S\n]*[-–—][^\S\n]+(?P<words>[^\n]+?)[,.!?…]?[^\S\n]+[-–—][^\S\n]+(?P<clause>(?:[^-–—\s]+[^\S\n]+){0,7}[^-–—\s]+)[^\S\n]*")
"""A paragraph of quoted words between dashes, no quotation marks, its speech clause after the second dash
(the Russian and French press's dialogue style): "- Both sides are raising the stakes, - the expert told the paper.", or
with no stop before the second dash (the Croatian and Serbian press's: "- The border is safe - said Name.")."""


_DASH_OPENED = re.compile(r"[^\S\n]*[–—][^\S\n]+(?=\S)")
"""A paragraph opened by a dash, no quotation marks around its words: Scandinavian dialogue ("– Words, says Name, 52.",
"– Words, he says.")."""
_TAG_AFTER = re.compile(r",(?=[^\S\n]+(?P<first>[\w’'-]+)[^\S\n]+(?P<second>[\w’'-]+)(?P<rest>[^\n]*))")
"""A comma and the clause after it to the paragraph's end, its first two words read for a speech verb (a lookahead: each
comma of the paragraph is tried, "– Words, most of them ... Words, says Name.")."""


def dash_quotation(text: str, start: int, end: int, marked: Sequence[Quotation]) -> list[Quotation]:
    """The quotation of a paragraph of dash dialogue, [] when it is none: between dashes before a clause with a speech verb
    (:data:`_DASH_QUOTED`, only where no marks quote), or opened by a dash (:data:`_DASH_OPENED`), up to the comma before
    the last sentence's clause that opens with a speech verb or a subject and one ("..., says Name, 52, who ...",
    "..., he says.", "..., says the 34-year-old nurse."), outside any quotation in marks inside the words."""
    m = _DASH_QUOTED.fullmatch(text, start, end) if not marked else None
    if m is not None and speech_verbs(m.group("clause")) and word_count(m.group("words")) >= 2:
        return [Quotation(m.start("words"), m.end("words"), m.group("words"))]
    opened = _DASH_OPENED.match(text, start, end)
    if opened is None:
        return []
    for tag in _TAG_AFTER.finditer(text, opened.end(), end):
        first, second = tag.group("first"), tag.group("second")
        verb = speech_verbs(first) or (first[:1].isupper() or first in ("he", "she", "they")) and speech_verbs(second)
        if (verb and not any(q.start <= tag.start() < q.end for q in marked) and not re.search(r"[.!?…][^\S\n]+[A-Z]", tag.group("rest"))
                and word_count(text[opened.end() : tag.start()]) >= 2):
            return [Quotation(opened.end(), tag.start(), text[opened.end() : tag.start()])]
    return []


_NAMED_CLAUSE = re.compile(r"[^\S\n]+(?:(?P<verb>[\w’'-]+)[^\S\n]+)?(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,3})"
                           r"(?:[^\S\n]+(?P<after>[\w’'-]+))?")
"""The speaker a dash quotation's clause names, after its verb or before it (", says Ann Linde.", ", Linde says.")."""


def dash_answers(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """A press conference's answers in dash dialogue with no speech clause, each right after a paragraph that asks: the
    one speaker whom the dash quotations before it name ("– Words, says Ann Linde." ... "SvD: Is it blackmail?" / "– I do
    not want to use that word."), by the paragraph's start, where its words start and the speaker's fullest name;
    none after an earlier dash quotation of another speaker, nor before any."""
    out: dict[int, tuple[int, str]] = {}
    named: list[str] = []
    ordered = sorted(ranges)
    for (before, before_end), (start, end) in zip([(0, 0), *ordered], ordered):
        opened = _DASH_OPENED.match(text, start, end)
        quoted = dash_quotation(text, start, end, []) if opened else []
        clause = _NAMED_CLAUSE.match(text, quoted[0].end + 1, end) if quoted else None
        if clause and (speech_verbs(clause.group("verb") or "") or speech_verbs(clause.group("after") or "")):
            named.append(clause.group("name"))
        elif opened and not quoted and named and text[before:before_end].rstrip().endswith("?"):
            fullest = max(named, key=len)
            if all(set(n.split()) <= set(fullest.split()) for n in named):
                out[start] = (opened.end(), fullest)
    return out
