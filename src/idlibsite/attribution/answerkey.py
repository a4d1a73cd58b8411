"""A quiz box's answer key (pure): whom a numbered quotation of a "Who said it?" box is given by the key under it.

A page may print a box of numbered quotations with no speaker next to them ('1. «Turkey will not retreat ...»') and, under
them, a line of answers that names each quotation's speaker by its number ("Answers: 1. Name; 2. Name; 3. Name."):
each quotation is the words of the speaker the key gives its number (LABELS, Round 53's questions: read as the name
following the quotation).
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"[^\S\n]*(?P<n>\d{1,2})[.)][^\S\n]*[«“\"]")
"""A line that opens with a number and a quotation mark: an item of the box ('1. «...»', '2) "..."')."""
_CLOSED = re.compile(r"[»”\"][^\S\n]*\.?[^\S\n]*(?:\n|$)")
"""The quotation's closing mark ending its line: the item is the quotation alone."""
_KEY = re.compile(r"(?im)^[^\S\n]*(?:answers?|answer[^\S\n]+key|key|solutions?)[^\S\n]*:[^\S\n]*(?P<key>[^\n]+)$")
"""The key's line: "Answers: 1. Name; 2. Name", "Key: 1) Name, 2) Name"."""
_ENTRY = re.compile(r"(?P<n>\d{1,2})[.)][^\S\n]*(?P<who>[^\W\d_][^;,\n]*?)[^\S\n]*(?=[;,]|[^\S\n]+\d{1,2}[.)]|\.?[^\S\n]*$)")
"""One answer of the key: its number and the name after it, up to a semicolon, a comma, the next number or the end."""
_PARAGRAPHS = 2
"""How many paragraphs from the item's own the key may be in: its box's, or the one right after it."""


def answered(text: str, end: int) -> str:
    """The speaker an answer key gives the numbered quotation ending at ``end`` (its closing mark right after), "" when
    the quotation is no numbered item alone on its line or no key below names its number."""
    line = text.rfind("\n", 0, end) + 1
    item = _NUMBERED.match(text, line)
    if item is None or item.end() > end or not _CLOSED.match(text, end):
        return ""
    stop = end
    for _ in range(_PARAGRAPHS):
        stop = text.find("\n\n", stop + 2) if stop >= 0 else -1
    key = _KEY.search(text, end, stop if stop >= 0 else len(text))
    entries = {m.group("n"): m.group("who") for m in _ENTRY.finditer(key.group("key"))} if key else {}
    return entries.get(item.group("n"), "")
