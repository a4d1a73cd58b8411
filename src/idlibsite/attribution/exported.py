"""The records of a news database's export, each read as a page of its own (pure).

A researcher saves a search of Factiva, Nexis or ProQuest as one text file: several articles, each with its headline,
its fields and its text, one after the other. Read as one page, an article's "the defence ministry" or "he" finds its
referent in the article before (a Reuters story from Ankara before an AFP story from Moscow). :func:`records` finds where
each record ends by the lines the databases print between them, and :func:`alone` gives a view of the text, of the same
length, with everything outside one record blanked, so that nothing of the other records is context.
"""

from __future__ import annotations

import re

_ENDS = re.compile(r"^[^\S\n]*(?:End[^\S\n]+of[^\S\n]+Document|Document[^\S\n]+(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{12,})[^\S\n]*$", re.M)
"""A line that closes a record: Nexis's "End of Document", Factiva's accession number "Document LBA0000020200228eg2s00d5k"."""
_STARTS = re.compile(r"^[^\S\n]*(?:Document[^\S\n]+\d+[^\S\n]+of[^\S\n]+\d+[^\S\n]*$|_{40,}[^\S\n]*\n(?=\s*[A-Z][\w /-]{1,30}:[^\S\n]))", re.M)
"""A line that opens a record: "Document 2 of 3" (Nexis, ProQuest), or a long rule over a field's label ("Title: ...")."""


def records(text: str) -> list[tuple[int, int]]:
    """Where each record of an export starts and ends, in text order; [] when the text holds fewer than two (an
    article, or one record: its database's lines change nothing of how it reads)."""
    cuts = sorted({m.end() for m in _ENDS.finditer(text)} | {m.start() for m in _STARTS.finditer(text)} | {0, len(text)})
    parts = [(start, end) for start, end in zip(cuts, cuts[1:]) if re.search(r"\w", text[start:end])]
    return parts if len(parts) > 1 else []


_KEPT_FIELDS = "Title|Headline|Highlight|Full text|Abstract"
"""A record's fields that hold its words (its headline, its deck, its text): read without their labels."""
_FIELD = re.compile(r"^[^\S\n]*(?:(?P<kept>(?:" + _KEPT_FIELDS + r"):)|(?:Authors?|Byline|Publication title|Publication date"
                    r"|Publication-Type|Publication type|Source type|Document type|Section|Dateline|Length|Load-Date|Language"
                    r"|Subject|Subjects|Location|Geographic|Company / organization|Copyright|Last updated|Document URL"
                    r"|ProQuest document ID|Database|Classification|Industry|Accession Number):[^\n]*)", re.M)
"""A database's field line in a record ("Copyright: Copyright 2020 The Associated Press. All Rights Reserved.",
"Load-Date: March 1, 2020", "Subject: Ceasefires; Armed forces"): nobody's words, and its capitalised words are no
speaker to take ("All Rights Reserved")."""


def alone(text: str, start: int, end: int) -> str:
    """``text`` with everything outside ``start``-``end`` written as spaces, and the database's field lines inside it
    (:data:`_FIELD`; of the fields that hold the record's words, their labels only), its newlines kept (the same
    length)."""
    record = _FIELD.sub(lambda m: " " * len(m.group()), text[start:end])
    return re.sub(r"[^\n]", " ", text[:start]) + record + re.sub(r"[^\n]", " ", text[end:])
