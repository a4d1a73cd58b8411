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


READER = "reader's comment"
"""The title a reader's comment's passages carry beside the commenter's nickname: a site's user known only by a
nickname names nobody (LABELS, Round 50)."""
_COMMENT_HEADER = re.compile(r"[^\S\n]*(?P<nick>[^\W\d_][^\n:]{0,40}?)[^\S\n]+says:[^\S\n]*\n(?:[^\S\n]*\n)*"
                             r"[^\S\n]*[^\n]{0,40}?\b\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*")
"""A reader's comment's header: the nickname and "says:" on a line of its own, then the time it was posted ("March 3,
2020 at 2:14 pm") on the next, just before the comment's words."""


def signed_posts(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[int, int, str, str]]:
    """The embedded posts and readers' comments among the ranges: by the start of their paragraph, where the words
    start and end (before a post's sign-off line), the author's name and title (:data:`READER` for a comment).  The
    sign-off closes the post's paragraph or is the paragraph after it; a comment's header ("Nickname says:" over its
    time stamp) is the lines just before its words, and a paragraph of no words itself."""
    out = {}
    headers = {m.end(): m for m in _COMMENT_HEADER.finditer(text)} if "says:" in text else {}
    for start, end in ranges:
        m = _SIGN_OFF.search(text, start, end) if "(@" in text[start:end] else None
        if m:
            out[start] = (start, m.start(), m.group("name"), "")
        elif below := _SIGN_OFF_BELOW.match(text, end):
            out[start] = (start, end, below.group("name"), "")
        elif start in headers:  # 'Bermy Boy says:' over 'March 3, 2020 at 2:14 pm': the comment's words, the reader's
            out[start] = (start, end, headers[start].group("nick").strip(), READER)
        elif any(h.start("nick") <= start < h.end() for h in headers.values()):
            out[start] = (start, start, "", "")  # the header itself: no words
    return out
