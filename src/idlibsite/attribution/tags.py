"""Who each speaker tag of a page stands for: one reading of every tag's form (pure).

A transcript's tag is a short label at a paragraph's start (:mod:`idlibsite.sources.turns` finds them: a tag is one
where the same form opens two turns or more).  Whatever its form, the label is resolved against what the page gives:

- a mark of an answer ("A:", "R:") is the one whom the header names with a role ("Foreign Ministry Spokesperson
  Geng Shuang's Regular Press Conference", "Remarks by ...");
- a role ("Deputy Spokesperson") is the one the page names with that role;
- a name with titles or their abbreviations ("Mrs. SHAHEEN", "StS Seibert", "Amb. NORDQVIST", "P.ZLOBIN") is the
  one full name the page gives with that surname (and initial), the titles dropped;
- else the label itself, a new speaker when it reads as a person's name.

Questioners' and narrators' tags ("Q:", "FRAGE JUNG:", "NEWSREADER:") are no answers at all (:mod:`.turns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from idlibsite.attribution.context import NAME_RUN, full_name, initialled
from idlibsite.attribution.names import fold, read_phrase, title_case
from idlibsite.attribution.page import principal_of, role_tag, tag_holder
from idlibsite.attribution.wordlists import PERSON_NOUNS
from idlibsite.sources.turns import ANSWERERS, TITLES, header_principal, key


@dataclass(frozen=True)
class Holder:
    """Whom one speaker tag stands for."""

    name: str  # the speaker's name as the page gives it ("Steffen Seibert"), "" for nobody named
    title: str  # their title or role ("" when none)
    principal: str  # the principal a spokesperson's title speaks for ("the Secretary-General"), "" when none


_ROLES = PERSON_NOUNS - {"he", "she", "him"}
_POSSESSIVE = re.compile(r"[’']s\b.*")


def respondent(header: str) -> str:
    """The one whom a header names with a role, or after "by", as the one who answers: "Geng Shuang" in
    "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference"; "" when none."""
    by = header_principal(header)
    if by:
        return read_phrase(by).name or by  # "by Ambassador X": X
    for run in NAME_RUN.finditer(header):
        parts = _POSSESSIVE.sub("", run.group()).split()
        at = next((i for i, w in enumerate(parts) if fold(w) in _ROLES), -1)
        name = " ".join(parts[at + 1 :]) if at >= 0 else ""
        if len(name.split()) >= 2 and read_phrase(name).person:
            return name
    return ""


def holder(text: str, header: str, label: str, title: str) -> Holder:
    """Whom a tag ``label`` (with its ``title``) stands for on the page ``text`` whose header (before the first tag)
    is ``header``."""
    said = key(label).split()
    if said and set(said) <= ANSWERERS:
        return Holder(respondent(header), "", "")
    if role_tag(label):
        return Holder(*tag_holder(text, label))
    kept = [w for w in label.split() if fold(w.rstrip(".")) not in TITLES] or label.split()
    bare = " ".join(kept)
    if len(kept) < len(label.split()) and fold(read_phrase(title_case(label)).name) == fold(bare):
        return Holder(title_case(label) if bare.isupper() else label, title, principal_of(title))  # "SENATOR REED": a title read as such
    full = initialled(text, bare)
    if full == bare and len(kept) < len(label.split()):  # "StS Seibert", "Amb. NORDQVIST": the full name the page gives
        full = full_name(text, title_case(kept[-1])) or bare
    return Holder(full, title, principal_of(title))


def holders(text: str, header: str, tags: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Holder]:
    """Who each tag of a page stands for, by its label and title."""
    return {(label, title): holder(text, header, label, title) for label, title in set(tags)}
