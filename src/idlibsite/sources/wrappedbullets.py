"""A bulleted point wrapped over several lines, as a PDF's text copy gives it, read as one paragraph (pure).

A line that opens with a bullet ("• ") is a unit of its own (a caption's credit, a list's item), and the lines after it
were read as paragraphs of their own. In a report copied out of its PDF, a point runs on over the next lines, with no
blank line between: "• Some 948,000 people have been displaced since 1 December 2019, about 81 per cent of them" over
"women and children.". The lines after it continue the point when the bullet's line does not end a sentence and is
either full (as long as the longest line around it, give or take a word: the wrap cut it) or followed by a line in
lowercase. A short point without a stop ("• Five soldiers killed") over a line of its own stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from idlibsite.sources.reflow import PARAGRAPH_END

BULLETS = ("• ", "· ")  # the bullets a line of its own opens with (linekinds.CREDIT_LINE)
# A line at least this share of the longest line near it is full: the wrap, not the writer, ended it.
FULL_SHARE = 0.8
# Lines around a point read for the width it was wrapped at.
NEAR_LINES = 12


class _Unit(Protocol):
    @property
    def lines(self) -> tuple[tuple[int, int], ...]: ...

    @property
    def kind(self) -> str: ...


U = TypeVar("U", bound=_Unit)


def joined_bullets(text: str, units: Sequence[U], make: Callable[[tuple[tuple[int, int], ...], str], U]) -> list[U]:
    """``units`` with each one-line bulleted point joined to the unit on the next line that continues it, as a body
    paragraph (``make`` builds a unit from its lines and kind)."""
    out: list[U] = []
    for k, unit in enumerate(units):
        prev = out[-1] if out else None
        if prev is not None and unit.kind in ("", "body", "subheading") and _continued(text, units, k - 1):
            out[-1] = make(prev.lines + unit.lines, "body")
        else:
            out.append(unit)
    return out


def _continued(text: str, units: Sequence[_Unit], k: int) -> bool:
    """Whether unit ``k`` is a one-line bulleted point that the next unit, on the very next line, continues."""
    point, after = units[k], units[k + 1]
    if len(point.lines) != 1 or point.kind not in ("caption", "body", ""):
        return False
    (s, e), (s1, e1) = point.lines[0], after.lines[0]
    line, nxt = text[s:e].strip(), text[s1:e1].strip()
    if not line.startswith(BULLETS) or nxt.startswith(BULLETS) or PARAGRAPH_END.search(line) \
            or text[e:s1].count("\n") != 1:
        return False
    near = [text[a:b].rstrip() for u in units[max(0, k - NEAR_LINES):k + NEAR_LINES] for a, b in u.lines]
    return nxt[:1].islower() or len(text[s:e].rstrip()) >= FULL_SHARE * max(len(n) for n in near)
