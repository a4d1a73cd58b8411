"""Who asks in a tagged layout's turns besides an interviewer (pure): a press conference's round of reporters, each asking
once, and a record whose Members are tagged with their parties ("Salma El Idrissi (PAM):", "Anne Berg (SD):"), whose
questions and declarations are on the record as any turn is (moved out of :mod:`.turns`, which reads them)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

PARTY_TITLE = re.compile(r"[A-ZÀ-Þ]|[A-ZÀ-Þ][A-Za-zÀ-ÿ./-]{0,3}[A-ZÀ-Þ][A-Za-zÀ-ÿ./-]{0,4}|Lab|Con|Ind")
"""A tag's title that is a party's acronym in brackets ("PAM", "PJD", "CDU/CSU", "LD", "Lab", Sweden's "M"): a Member's,
no office."""

MIN_MEMBERS = 2
"""Tags with a party's acronym a layout needs to be a record of Members (one is a guest's party in an interview)."""


def key(name: str) -> str:
    """A tag's name compared across turns: "KAREN HOLLIS" and "Karen Hollis" are one tag; so are "Q3 Chair" and
    "Chair" (a committee record numbers each question before the tag)."""
    return " ".join(_QUESTION_NUMBER.sub("", name.casefold().replace(".", " ")).split())


_QUESTION_NUMBER = re.compile(r"^\s*q\d+\s+(?=\S)")


def members_record(tagged: Iterable[tuple[tuple[str, str, int], str]]) -> bool:
    """True when :data:`MIN_MEMBERS` tags or more carry a party's acronym as their title: a record of proceedings, where the
    Member who asks most is no interviewer (her turns, questions and declarative sentences, are hers)."""
    return len({key(name) for (name, title, _), _ in tagged if PARTY_TITLE.fullmatch(title)}) >= MIN_MEMBERS


def round_of_askers(tagged: Iterable[tuple[tuple[str, str, int], str]], counts: Counter[str]) -> set[str]:
    """Tags (by key) with no title that open one turn each and ask in it, two or more, beside one tag that never asks and
    opens as many turns as they: a press conference's reporters tagged by their outlet ("NRK:", "VG:", "Dagbladet:"),
    each asking the minister once, whose tag answers them all; {} for any other layout (a debate's guests who ask each
    other; a record's Members, each tagged with a party or a seat, "Baroness Cox (CB):", whose turns are on the record)."""
    tagged = list(tagged)
    asking = Counter(key(name) for (name, _, _), words in tagged if words.endswith("?"))
    titled = {key(name) for (name, title, _), _ in tagged if title}
    once = {k for k, n in asking.items() if n == counts[k] == 1 and k not in titled}
    answering = [k for k in counts if not asking[k]]
    return once if len(once) >= 2 and len(answering) == 1 and counts[answering[0]] >= len(once) else set()
