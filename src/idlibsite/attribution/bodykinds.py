"""The words a page describes a body by, besides its name (pure), by which "the charity", "the agency" or "the group"
may call it later (LABELS rule 8, the body the text named before): an apposition ("UNHCR, the UN Refugee Agency,"),
a description before the name ("the medical charity UOSSM", "the aid agency Ruritania Relief"), and an indefinite
description that opens the paragraph before the one that opens with the name, as local pages introduce a body before
naming it ("A Huddersfield charity has sent 12 lorries ... / Crescent Relief Yorkshire, based in Lockwood, says ...").
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import words

_INDEFINITE = re.compile(r"(?:^|\n\n|\bas\s+)(?:[Aa]n?|[Oo]ne)\s+((?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w-]*)\s+(?:has|have|is|are|was|were|will|says|said|answers|sends|sent|plans|hopes)\b")
"""An indefinite description of one body as a clause's subject, at its paragraph's start or after "as" ("A Huddersfield
charity has sent ...", "..., as a small Clare charity answers ...")."""

_LINKS = frozenset("by of for to with from in on at as and or".split())
"""Words that part a noun phrase from the name after it ("a statement carried by Oman News Agency"): no description."""


def described_words(name: str, before: str) -> set[str]:
    """The folded words ``before`` describes the body named ``name`` by: its appositions ("Name, the UN Refugee Agency,"),
    the lowercase words after an article right before it ("the medical charity Name", not "a statement carried by
    Name"), and the indefinite description
    of the paragraph right before the one that opens with it (:data:`_INDEFINITE`); an empty set when none."""
    found = {w for m in re.finditer(rf"\b{re.escape(name)},\s+((?:the|an?)\s+[^,.;:\n]{{1,60}}),", before) for w in words(m.group(1))}
    found |= {w for m in re.finditer(rf"\b(?:the|an?)\s+((?:[a-z][\w-]*\s+){{1,3}}){re.escape(name)}\b", before)
              if not set(m.group(1).split()) & _LINKS and not re.search(r"(?:ed|ing)\s", m.group(1)) for w in words(m.group(1))}
    for opened in re.finditer(rf"(?<=\n\n){re.escape(name)}\b", before):
        end = opened.start() - 2
        paragraph = before[before.rfind("\n\n", 0, end) + 2 if "\n\n" in before[:end] else 0 : end]
        found |= {w for m in _INDEFINITE.finditer(paragraph) for w in words(m.group(1))}
    return found
