"""Actors' names that clash: an alias (or name) of one actor whose words also name another.

A warning of the checks of meaning (meaning.py), about the actors file alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from idlibsite.annotations.records import Actor
from idlibsite.errors import Problem

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def alias_problems(actors: Iterable[Actor], clashes: list[tuple[int, str, str, str]] | None = None) -> list[Problem]:
    """An alias (or name) of one actor whose words also name another actor.

    ``clashes`` are :func:`alias_clashes` of the same actors, when known already.
    """
    actors = list(actors)
    return [actors[i].loc.problem(
        f"alias {alias!r} of '{actors[i].id}' also names '{other}' ({name!r})",
        "an alias must name one actor: remove it, or make it specific "
        "(\"the Foreign Ministry\", not \"the ministry\")", "warning")
        for i, alias, other, name in (alias_clashes(actors) if clashes is None else clashes)]


def alias_clashes(actors: Sequence[Actor]) -> list[tuple[int, str, str, str]]:
    """(actor's position, its alias, the other actor's id, the other's name) for each alias that also
    names another actor (pure: a function of the actors' ids, names and aliases)."""
    owners: list[tuple[int, str, str]] = []  # (offset in the joined names, actor id, name)
    parts = []
    offset = 0
    for other in actors:
        for name in (other.name, *other.aliases):
            owners.append((offset, other.id, name))
            parts.append(name)
            offset += len(name) + 1
    joined = "\n".join(parts)
    starts = [o for o, _, _ in owners]
    clashes = []
    for i, actor in enumerate(actors):
        for alias in (actor.name, *actor.aliases):
            core = _LEADING_ARTICLE.sub("", alias.strip())
            pattern = re.compile(rf"(?<!\w){re.escape(core)}(?!\w)(?!['’]s\b)", re.IGNORECASE)
            hit = next((owners[bisect_right(starts, m.start()) - 1] for m in pattern.finditer(joined)
                        if owners[bisect_right(starts, m.start()) - 1][1] != actor.id), None)
            if hit is not None:
                clashes.append((i, alias, hit[1], hit[2]))
    return clashes
