"""Whether the page before a sentence names a name (pure): each name is looked for once per page, and every later
question of that page ("named before this sentence?") is a comparison with where it first stands."""

from __future__ import annotations

import functools
import re


def named_before(name: str, page: str, before: str) -> bool:
    """True when ``before``, a start of ``page`` (the page before the sentence read), holds ``name`` as whole words, as
    ``re.search(rf"\\b{re.escape(name)}\\b", before)`` tells; the page is searched once per name, not once per sentence."""
    end = _first_end(page, name)
    if 0 <= end < len(before):
        return True  # its first place on the page ends inside ``before``: the same match there
    return before.endswith(name) and _whole(name).search(before, max(0, len(before) - len(name) - 1)) is not None


@functools.lru_cache(maxsize=4096)
def _first_end(page: str, name: str) -> int:
    """Where ``name``'s first place on ``page`` ends, -1 when the page does not name it; kept for the names of the last
    pages read, as every title anaphor of a page asks again."""
    found = _whole(name).search(page)
    return found.end() if found else -1


@functools.lru_cache(maxsize=4096)
def _whole(name: str) -> re.Pattern[str]:
    """``name`` as whole words."""
    return re.compile(rf"\b{re.escape(name)}\b")
