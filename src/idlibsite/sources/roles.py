"""Role tags of a broadcast's captions: "host:", "guest:", "caller:" (pure).

A call-in show's captions tag each turn with a role, often in lower case and one turn a line under a timestamp
("8:31 am\\nhost: we are joined now by Dana Whitfield ...\\nguest: good morning."): :func:`turn_lines` parts such a
block into its lines.  A role tag stands for the person the page introduces in that role: the one the asking turn
right before names ("we are joined now by X", "X is in Dayton, Ohio", "good morning, X.", "X, is he bluffing?",
"X?"), else whom the same role stood for last (the guest, answering a viewer's question the host reads out)
(:func:`introduced`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

ROLE_TAGS = frozenset({"host", "guest", "caller", "listener", "viewer", "interviewer", "reporter", "correspondent",
                       "anchor", "presenter", "moderator", "q", "a", "question", "answer"})
"""The roles a caption's tag may give in lower case ("host:", "guest:", "caller:")."""
LOWER_TAG = re.compile(r"(?P<name>" + "|".join(sorted(ROLE_TAGS, key=len, reverse=True)) + r")[^\S\n]?:\s+(?=\S)")
"""A role tag in lower case at a line's start."""
_TIMESTAMP = re.compile(r"[^\S\n]*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[^\S\n]*(?:[ap]\.?m\.?)?[^\S\n]*", re.I)
"""A caption's timestamp on a line of its own ("8:31 am"): no turn's words."""
_LINE = re.compile(r"[^\n]+")
_NAME = r"[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2}"
_INTRODUCING = (
    re.compile(r"(?i:joined(?:\s+now)?\s+by|with\s+us(?:\s+\w+){0,2}\s+is|our\s+guest\s+is|welcome)\s+(?P<who>" + _NAME + ")"),
    re.compile(r"(?:^|(?<=[.?!]\s))(?P<who>" + _NAME + r")(?:[,?]|\s+is\s+(?:in|from|on)\b)"),
    re.compile(r"(?i:morning|afternoon|evening|hello|hi|welcome|thanks|thank\s+you),\s+(?P<who>" + _NAME + r")[.!?]"),
)
"""Where an asking turn names the one who answers next: introduced, addressed at a sentence's start ("Dana Whitfield,
is he bluffing?", "Margaret, Fairfax, Virginia") or after a greeting ("good morning, Ron.")."""


def turn_lines(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with each block of two lines or more that open with a lower-case role tag parted into its lines,
    a timestamp's line left out; the ranges as given when no block is one."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end)]
        if sum(bool(LOWER_TAG.match(text, at, to)) for at, to in lines) < 2:
            out.append((start, end))
            continue
        out += [(at, to) for at, to in lines if not _TIMESTAMP.fullmatch(text, at, to)]
    return out


def introduced(asking: str) -> str:
    """The one whom an asking turn's words name as the next to answer (the last so named), "" when none."""
    found = [(m.start("who"), m.group("who")) for pattern in _INTRODUCING for m in pattern.finditer(asking)]
    return max(found)[1] if found else ""


def role_holders(order: Sequence[tuple[str, bool, str]]) -> list[str]:
    """Whom each turn's tag stands for, the turns in order as (tag as written, answer or not, words): an answering
    lower-case role tag ("guest") is the one the asking turn right before it introduces, else whom that role stood
    for last; any other tag stands for itself."""
    out: list[str] = []
    last: dict[str, str] = {}
    for at, (name, answer, _words) in enumerate(order):
        if not (answer and name.islower() and name in ROLE_TAGS):
            out.append(name)
            continue
        before = order[at - 1] if at else None
        who = introduced(before[2]) if before and not before[1] else ""
        last[name] = who or last.get(name, name)
        out.append(last[name])
    return out
