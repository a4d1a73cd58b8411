"""The quotation marks of a printed page read by OCR, as the readers know them, in a view of the same length (pure).

A newspaper page read from its image in a press archive gives the low opening mark as two commas and the closing mark as
two straight single marks (",,We will work together,'' he said."). Read as they stand, no sentence ends before the two
commas (they are no capital nor an opening mark), and the name after the closing marks stands after an apostrophe:
the quotation is the sentence before's, or its speaker is not read. :func:`printed_marks` writes the two commas as a
space and "“", and the two single marks as "”" and a space (or "””" before a stop or a comma), character for
character, so every offset is the text's own and nothing needs mapping back; evidence stays the text's.
"""

from __future__ import annotations

import re

_LOW_COMMAS = re.compile(r"(?:(?<=^)|(?<=[\s(\[:—–])),,(?=[^\s,])", re.M)
"""Two commas at a word's start (a line's, or after a space, a bracket, a colon or a dash), before a word."""
_CLOSING_APOSTROPHES = re.compile(r"(?<=[\w.,!?…])''(?![\w'])")
"""Two straight single marks at a word's end, after its letters or its last stop or comma."""


def printed_marks(text: str) -> str:
    """``text`` with an OCR'd page's ",," and "''" written as the curly marks they stand for, of the same length; the
    text itself when it has no two commas opening a word (the two single marks alone are a typist's, left as they are)."""
    if not _LOW_COMMAS.search(text):
        return text
    text = _LOW_COMMAS.sub(" “", text)
    return _CLOSING_APOSTROPHES.sub(lambda m: "” " if text[m.end() : m.end() + 1].isspace() or m.end() == len(text) else "””", text)
