"""What a record or a page holds beside its speakers' turns (pure): a stage direction in brackets and the
interjections inside it ("(Applause from the SPD - Sevim Dağdelen [DIE LINKE]: That is not true!)"), and an embedded
post signed off by its author ("— Kyriakos Mitsotakis (@kmitsotakis) March 1, 2020"), whose words before that line are
the author's own (:func:`signed_posts`).  :mod:`.turns` reads the tagged turns around them."""

from __future__ import annotations

import re
from collections.abc import Sequence


def stage_direction(text: str, start: int, end: int) -> bool:
    """A record's paragraph that is all in brackets: "(Applause from the CDU/CSU)", an interjection."""
    words = text[start:end].strip()
    return words.startswith("(") and words.endswith(")") and words.count("(") == words.count(")")


_INTERJECTION = re.compile(
    r"(?:\(|(?<=\s)[-–—]\s+)(?P<entry>(?:(?:Interjection|Heckling|Shout|Call|Exclamation)s?\s+(?:from|by)\s+)?"
    r"(?P<who>(?:the\s+|[Mm]embers\s+of\s+(?:the\s+)?)?[A-Z](?:(?!\s[-–—]\s)[^:()\[\]\n]){0,60}?)"
    r"(?:\s+\[(?P<party>[^\]\n]{1,40})\])?:\s+(?P<words>[^()\n]+?))(?=\s+[-–—]\s|\)$)")
"""An interjection in a record's brackets: "(Interjection from the AfD: Exactly!)", "(Applause from the
SPD - Sevim Dağdelen [DIE LINKE]: That is not true!)"."""


def interjections(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The interjections of a record's paragraph in brackets (:func:`stage_direction`): where each
    entry starts and ends (the whole bracket when it holds that one entry), who made it (a person's
    name, or for a group, "the AfD", the unnamed "members of the AfD") and their group."""
    if not stage_direction(text, start, end):
        return []
    words = text[start:end].rstrip()
    out = []
    for m in _INTERJECTION.finditer(words):
        who = m.group("who").strip()
        members = re.sub(r"^[Mm]embers\s+of\s+", "", who)
        if members != who or who.startswith("the ") or who.isupper():  # a group is nobody named
            who = "members of " + re.sub(r"^(?!the\s)", "the ", members)
        elif not re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}", who):  # not "(Additional reporting: ...)"
            continue
        whole = m.start() == 0 and m.end() == len(words) - 1  # "(Interjection from the AfD: Exactly!)"
        at, to = (0, len(words)) if whole else (m.start("entry"), m.end("words"))
        out.append((start + at, start + to, who, m.group("party") or ""))
    return out


_SIGN_OFF_LINE = r"[^\S\n]*[—–]{1,2}[^\S\n]*(?P<name>[^\W\d_][^(\n]{1,60}?)[^\S\n]*\(@\w{1,30}\)[^\n]*"
_SIGN_OFF = re.compile(r"\n" + _SIGN_OFF_LINE + "$")
"""An embedded post's sign-off line: a dash, the author's name, their handle, maybe a date."""
_SIGN_OFF_BELOW = re.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)+" + _SIGN_OFF_LINE + r"(?=\n|\Z)")
"""The same line as a paragraph of its own, just after the post's (a page saved as text puts a blank line between)."""


def is_sign_off(paragraph: str) -> bool:
    """Whether a paragraph is an embedded post's sign-off line alone ("— Name (@handle) March 3, 2020")."""
    return re.fullmatch(_SIGN_OFF_LINE, paragraph) is not None


def signed_posts(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """The embedded posts among the ranges: by the start of their paragraph, where the post's words
    end (before the sign-off line) and the author's name.  The sign-off closes the post's paragraph or
    is the paragraph after it."""
    out = {}
    for start, end in ranges:
        m = _SIGN_OFF.search(text, start, end) if "(@" in text[start:end] else None
        if m:
            out[start] = (m.start(), m.group("name"))
        elif below := _SIGN_OFF_BELOW.match(text, end):
            out[start] = (end, below.group("name"))
    return out
