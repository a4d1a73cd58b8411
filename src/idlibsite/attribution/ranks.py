"""Whether a title anaphor's office is one a speaker holds only as a lower rank of it (pure): "the foreign minister" is
not the deputy foreign minister, "the Secretary-General" not an under-secretary-general, "the President" not the vice
president."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import TITLES

_RANKS = r"deputy|vice|under|assistant|associate"
_RANK = re.compile(rf"(?i)\b(?:{_RANKS})\b")
_BELOW = re.compile(rf"(?i)\b(?:{_RANKS})(?:[\s-]+[\w’'.]+){{0,2}}[\s-]+$")
"""A rank word before an office, at most two portfolio words between: "Deputy Foreign ", "Vice-", "Under-Secretary-"."""
_JOINED = re.compile(r"(?:[A-Z][\w’'.-]*[^\S\n]+){1,3}(?:and|&)[^\S\n]+$")
"""A title joined by "and" to the one after it: "Foreign Minister and " (Deputy Prime Minister Name)."""


def outranked(phrase: str, head: str, role: str) -> bool:
    """True when ``role`` (what the page or the actors file calls a speaker) names ``head``, the office a title anaphor
    ``phrase`` stands for ("the foreign minister": "minister"), only under a lower rank ("Deputy Foreign Minister Name",
    "Under-Secretary-General for ...", "Vice President Name"): the phrase names another office and never stands for that
    speaker (LABELS rule 8: "the minister" is the last *fitting* speaker).  False when the phrase has a rank itself ("the
    deputy minister"), when the role names the office plainly once ("Foreign Minister and Deputy Prime Minister"), and
    when it does not name it at all (another rule judges that)."""
    if not head or _RANK.search(phrase):
        return False
    places = [m.start() for m in re.finditer(rf"(?i)(?<![\w’']){re.escape(head)}(?![\w’'-])", role)]
    return bool(places) and all(_BELOW.search(role[:at]) for at in places)


def with_joined(role: str, text: str) -> str:
    """A role as the page billed it (``role``, the last of it in ``text``), with the title "and" joins before it, which a
    reading of the title may leave out: "Foreign Minister and Deputy Prime Minister Name" for "Deputy Prime Minister Name"
    (he is a minister, plainly); the role alone when the page has none so joined."""
    at = text.rfind(role.strip()) if role.strip() else -1
    joined = _JOINED.search(text[max(0, at - 80) : at]) if at > 0 else None
    titled = joined is not None and fold(joined.group().split()[-2]) in TITLES  # "Minister and", not "Sergei Lavrov and"
    return f"{joined.group()}{role}" if titled else role
