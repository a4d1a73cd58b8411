"""The body a heading's acronym spells (pure): "FO urges ...", "MEA says ...", "MoFA: ..." over a body the page names
only inside a person's title ("Foreign Office Spokesperson Name said", "External Affairs Ministry spokesperson Name",
"the Ministry of Foreign Affairs' spokesman").

LABELS Round 27: a ministry's acronym in a headline is the body the article names, not its spokesperson.  The page
writes the body's name in capitalised words whose initials, small words left out, are the acronym's capitals in order
("Ministry of Foreign Affairs" for "MoFA", "Foreign Office" for "FO"), one of them a body's word (office, ministry,
department, council ...); the acronym read as a title's initials would give the person billed with that title
instead."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import ORG_WORDS, PERSON_NOUNS

_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,3}[A-Z]")
"""A body's acronym as headlines write it: "FO", "MEA", "MoFA", "MoD"."""
_SMALL = frozenset("of for and the on".split())
"""Small words a body's name holds that its acronym leaves out ("Ministry of Foreign Affairs": "MoFA")."""
_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:" + "|".join(sorted(_SMALL)) + r")\s+)*[A-Z][\w’'-]*)+")
"""Capitalised words in a row, maybe with small words between ("Ministry of Foreign Affairs")."""


def spells(acronym: str, run: list[str]) -> bool:
    """True when the capitals of ``acronym`` are the initials of the words of ``run``, in order, its small words left out
    (:data:`_SMALL`): "MoFA" of "Ministry of Foreign Affairs", "AU" of "African Union"."""
    initials = "".join(w[0] for w in run if w.lower() not in _SMALL)
    return initials == "".join(c for c in acronym if c.isupper())


def spelled_body(acronym: str, text: str) -> str:
    """The body's name the page writes whose initials a heading's acronym is, the longest such run of words that holds a
    body's word ("Foreign Office" of "Foreign Office Spokesperson Aisha X", "Ministry of External Affairs"); "" when the phrase is no acronym, or the
    page writes no such name, or two different ones, or a title it spells as well ("FM" of "Foreign Minister Name":
    the title's holder, :data:`.headroles.TITLE_INITIALS`)."""
    if not _ACRONYM.fullmatch(acronym) or sum(c.isupper() for c in acronym) < 2:
        return ""
    names: set[str] = set()
    titles = False
    for m in _RUN.finditer(text):
        tokens = [re.sub(r"[’']s?$", "", t) for t in m.group().split()]  # "the Ministry of Foreign Affairs' spokesperson"
        for start in range(len(tokens)):
            for end in range(start + 1, len(tokens) + 1):
                run = tokens[start:end]
                if run[0].lower() in _SMALL or not spells(acronym, run):
                    continue
                names.update([" ".join(run)] if ORG_WORDS.intersection(map(fold, run)) else [])
                titles = titles or fold(run[-1]) in PERSON_NOUNS  # "FM" for "Foreign Minister": a title's initials
    longest = {n for n in names if not any(n != o and n in o for o in names)}
    return longest.pop() if len(longest) == 1 and not titles else ""
