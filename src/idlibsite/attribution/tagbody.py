"""The body a headline's tag spells by its initials (pure): "...: FO" over "Foreign Office Spokesperson X said ..." is
the Foreign Office, "..., MEA says" over "the Ministry of External Affairs said" the ministry (LABELS Round 38: a headline
tagged by a body is the body's even when its spokesman speaks in the text)."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import ORG_NOUNS

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of|for|and|the)\s+[A-Z][\w’'-]*|\s+[A-Z][\w’'-]*)*")
"""A run of capitalised words, small joining words inside it ("Ministry of External Affairs")."""


def tag_body(tag: str, sentence: str) -> str:
    """The words of ``sentence`` whose capitals spell ``tag``, an acronym, and that name a body by a body's word
    ("Foreign Office" for "FO" in "Foreign Office Spokesperson Aisha Farooqui says ..."); "" when none."""
    tag = tag.strip()
    if not _ACRONYM.fullmatch(tag):
        return ""
    for run in _CAPITALISED.finditer(sentence):
        capitals = [w for w in re.findall(r"[\w’'-]+", run.group()) if w[:1].isupper()]
        for i in range(len(capitals) - len(tag) + 1):
            named = capitals[i : i + len(tag)]
            if "".join(w[0] for w in named) == tag and any(fold(w) in ORG_NOUNS for w in named):
                start = run.start() + run.group().index(named[0])
                end = sentence.index(named[-1], start) + len(named[-1])
                return sentence[start:end]
    return ""
