"""Old ids that keep their URLs: a claim's ``aliases``, a source's or an actor's ``former_ids`` (pure).

An id is a URL (``/claims/<id>/``, ``/sources/<id>/``, ``/actors/<id>/``).  To
rename a claim, a source or an actor, its entry gets the new id and lists the
old one; the site then keeps a redirect page at the old URL (as Hugo's
``aliases`` and MkDocs' redirects plugin do).  An old id is checked against
every id of its kind: it may not be a current id, nor an old id of another
entry, since one URL can show or redirect to one page only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from idlibsite.errors import Loc, Problem
from idlibsite.schema import prefixed

Former = tuple[str, Loc]  # an old id, and where it is written


def former_problems(key: str, noun: str, olds: Iterable[tuple[str, Former]],
                    current: Mapping[str, str]) -> list[Problem]:
    """The old ids (``olds``: each entry's id, with one of its old ids) that are the entry's own id, another
    current id of its kind (``current``: each id -> where its entry is, as shown in a message) or an old id
    of an entry before it.  ``key`` names the list (``aliases``' item: "alias"), ``noun`` the kind."""
    problems = []
    first: dict[str, Loc] = {}
    article = "an" if key[0] in "aeiou" else "a"
    for owner, (old, loc) in olds:
        if old == owner:
            problems.append(loc.problem(f"{key} '{old}' is this {noun}'s own id", "remove it"))
        elif old in current:
            message = f"{key} '{old}' is the id of another {noun} ({current[old]})"
            hint = f"{article} {key} is an old id that redirects here; it cannot be a current id"
            problems.append(loc.problem(message, hint))
        elif old in first:
            where = first[old]
            message = f"{key} '{old}' is already {article} {key} at {where.path}:{where.line}"
            problems.append(loc.problem(message, f"an old id can redirect to only one {noun}"))
        else:
            first[old] = loc
    return problems


def renamed(olds: Iterable[tuple[str, Former]]) -> dict[str, str]:
    """Each old id -> the current id listing it (the first, when two list it: an error said elsewhere)."""
    out: dict[str, str] = {}
    for owner, (old, _) in olds:
        out.setdefault(old, owner)
    return out


def renamed_problem(loc: Loc, what: str, noun: str, old: str, new: str, where: str) -> Problem:
    """The error for a reference (``what``: its key, "" for none) to ``old``, a former id of the ``noun``
    now called ``new`` (listed in ``where``)."""
    return loc.problem(prefixed(what, f"{noun} id '{old}' was renamed: it is now '{new}'"),
                       f"write '{new}' (its former_ids in {where} keep the old URL working, not old references)")
