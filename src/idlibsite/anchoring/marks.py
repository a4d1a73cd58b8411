"""The marks a quoting writer types into a quote: elisions and insertions (pure).

Journalists mark words they left out with ``...``, ``…``, ``[...]`` or
``[…]``, and words they put in themselves with square brackets: ``they
[Turkish forces] supported``, ``[sic]``.  An elision lets the next part start
further on in the source; an insertion is not the speaker's words, so it is
never matched against the source: the parts around it are anchored, and it is
shown as an insertion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["words", "elision", "insertion"]

# Normalized characters an insertion may stand in for: none when the writer
# added words ("they [Turkish forces] supported"), a short phrase when the
# bracketed words replace it ("[Erdogan] said" for "he said").  Four short
# words at most, so the parts around an insertion stay in one clause.
MAX_REPLACED = 30
# Parts of an elided quote lie within this many normalized characters of each
# other (about 80 words: a clause or a few sentences left out, not a page).
MAX_ELISION_GAP = 500

_MARK = re.compile(
    r"\s*(?:(?P<elision>\[\s*(?:\.{3,}|…)\s*\]|\.{3,}|…)"
    r"|(?P<insertion>\[[^\[\]]*[^\W_][^\[\]]*\](?!\()))\s*"  # "[text](url)" is a link
)


@dataclass(frozen=True)
class Mark:
    """One elision or insertion in a typed quote."""

    start: int  # offset in the typed quote, including the spaces around the mark
    end: int  # offset just past the mark and the spaces after it
    kind: Kind  # "elision" or "insertion"
    text: str  # the mark as typed, without the spaces around it
    gap: int  # how many normalized source characters may lie between the parts around it

    @property
    def bracketed(self) -> bool:
        """Is it one of the bracket conventions (``[...]``, ``[…]``, ``[words]``)?"""
        return self.text.startswith("[")


def marks(typed: str) -> list[Mark]:
    """Every elision and insertion of a typed quote, in order."""
    out = []
    for m in _MARK.finditer(typed):
        kind: Kind = "elision" if m.group("elision") else "insertion"
        text = m.group(kind)
        out.append(Mark(m.start(), m.end(), kind, text,
                        MAX_ELISION_GAP if kind == "elision" else MAX_REPLACED))
    return out


def pieces(typed: str) -> tuple[tuple[Kind, str], ...]:
    """The typed quote as (kind, text) pieces, for display: words, elisions (shown
    as "…") and insertions (as typed, brackets included)."""
    out: list[tuple[Kind, str]] = []
    at = 0
    for mark in marks(typed):
        if typed[at:mark.start].strip():
            out.append(("words", typed[at:mark.start].strip()))
        out.append((mark.kind, "…" if mark.kind == "elision" else mark.text))
        at = mark.end
    if typed[at:].strip():
        out.append(("words", typed[at:].strip()))
    return tuple(out)
