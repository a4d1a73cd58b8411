"""A body no state owns, called by its kind alone (pure): "the association said", "the group said", "the monitor said"
when no speaker named before fits the kind, is the last body of that kind the page named in full near it, whatever
its place in its sentence ("a fundraiser organized by the Michigan chapter of the X Society ... The group said",
"said Name, who organized the drive with the X Association ... The association says"): LABELS rule 8, the body the
text named before.

A state's bodies ("the ministry", "the embassy", "the government") are left to the rules of a country's own body
(:mod:`.bodytable`), whose bare kind a national page's country owns, but for those each of which has a name of its own
(:data:`OWN_NAMED`: "Leeds City Council", "the UN Security Council", "the Republican People's Party"); a kind the page
named no body of gives nothing (the speaker stays nobody named).
"""

from __future__ import annotations

from idlibsite.annotations.records import Actor
from idlibsite.attribution.bodykinds import described_words
from idlibsite.attribution.bodytable import STATE_KINDS, BodyTable
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.kinds import kin
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.wordlists import ORG_WORDS, TITLES

PRIVATE_KINDS = frozenset("association society foundation organisation organization network coalition charity federation"
                          " committee institute group ngo league movement".split())
"""Kinds of a body no state owns, which news prose calls "the group" in turn ("the International Rescue Committee ...
the group said", "the X Medical Society ... the group said")."""


OWN_NAMED = frozenset(("council", "municipality", "party"))
"""Kinds of a state's or a polity's bodies that no country owns by its bare kind: each is the body the page named."""
_STATE_OWNED = STATE_KINDS - OWN_NAMED
"""Kinds whose bare anaphor the rules of a country's own body read (:mod:`.bodytable`), not this module."""


def fitting_kinds(head: str) -> frozenset[str]:
    """The kinds of body an anaphor's head word may stand for: its own and its kin ("monitor": "observatory",
    "watchdog"); "group" any kind of :data:`PRIVATE_KINDS`."""
    return kin(head) | (PRIVATE_KINDS if head == "group" else frozenset())


def body_of_kind(head: str, table: BodyTable, alias: Actor | None, near: str, nation: str = "") -> str:
    """The full name of the last body of ``table`` (the bodies named in ``near``: the page before the sentence, or for
    "the group", a word of many kinds, its paragraph and the one before) whose kind the anaphor's head ``head`` fits
    (:func:`fitting_kinds`), when that kind is no state's (or one of :data:`OWN_NAMED`) and the name has words of its own
    besides its kind and titles ("Great Lakes Refugee Association", not "Association"); when the bare anaphor is a known
    actor's alias (``alias``: "the centre"), only a body named after the last mention of that actor's names in
    ``near``; for an anaphor with a nation ("the Turkish group"), only a body of that nation; "" when none."""
    if head in _STATE_OWNED:
        return ""
    kinds = fitting_kinds(head)
    named = [b for b in table.bodies if (b.kind in kinds or kinds & described_words(b.name, near)) and b.kind not in _STATE_OWNED
             and set(words(b.name)) - TITLES - ORG_WORDS - {b.kind} and (not nation or read_phrase(b.name).nation == nation)]
    if not named:
        return ""
    last = named[-1].name
    if alias is not None:
        after = fold(near[near.rfind(last) + len(last) :])
        if any(fold(n) in after for n in (alias.name, *alias.aliases) if len(words(n)) > 1):
            return ""
    return last
