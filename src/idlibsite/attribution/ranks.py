"""Whether a title anaphor's office is one a speaker holds only as a lower rank of it (pure): "the Secretary-General" is
not an under- or assistant secretary-general, "the President" not the vice president."""

from __future__ import annotations

import re

_RANKS = r"vice|under|assistant"
_RANK = re.compile(rf"(?i)\b(?:{_RANKS})\b")
_BELOW = re.compile(rf"(?i)\b(?:{_RANKS})(?:[\s-]+[\w’'.]+){{0,2}}[\s-]+$")
"""A rank word before an office, at most two portfolio words between: "Vice-", "Under-Secretary-", "Assistant Secretary
of "."""


def outranked(phrase: str, head: str, role: str) -> bool:
    """True when ``role`` (what the page or the actors file calls a speaker) names ``head``, the office a title anaphor
    ``phrase`` stands for ("the Secretary-General": "secretary-general"), only under a lower rank ("Under-Secretary-General
    for ...", "Assistant Secretary-General Name", "Vice President Name"): the phrase names another office and never stands
    for that speaker (LABELS rule 8: "the minister" is the last *fitting* speaker).  False when the phrase has a rank
    itself ("the vice president"), when the role names the office plainly once, and when it does not name it at all
    (another rule judges that).  "Deputy" is no such rank: a deputy minister is "the minister" in many pages'
    shorthand (tests/test_suggest_bench_how.py's "Deputy Health Minister X ... The minister added")."""
    if not head or _RANK.search(phrase):
        return False
    places = [m.start() for m in re.finditer(rf"(?i)(?<![\w’']){re.escape(head)}(?![\w’'-])", role)]
    return bool(places) and all(_BELOW.search(role[:at]) for at in places)
