"""The references of claims checked once the corpus is loaded: each statement's and verdict's source id,
and a verdict's rating against its reviewer's scale (actor and topic ids are checked as a claim file is read:
load.py).

:func:`references` checks every claim.  A process that builds again (``serve``) keeps a
:class:`References`: each claim's problems from the last build, with the source and reviewer ids it names,
so that a build checks again only the claims that changed, those naming a source id added, removed or
renamed or a reviewer whose name or scale changed, and those with a problem of references (whose close
ids may change whenever a source id does).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import chain, compress
from operator import attrgetter, is_not

from idlibsite.annotations.records import Actor, Annotations, Claim
from idlibsite.errors import Loc, Problem
from idlibsite.formerids import renamed_problem
from idlibsite.schema import close_matches

Former = Mapping[str, tuple[str, str]]  # a former id of a source -> the source's id and its sidecar
_ID = attrgetter("id")  # a claim's


def references(annotations: Annotations, source_ids: Collection[str], former: Former | None = None,
               last: References | None = None) -> list[Problem]:
    """A problem for every statement or verdict whose source id is not in ``source_ids``: naming the id it
    has now when it is a former id of a source (``former``), and for every verdict whose rating is not on
    its reviewer's scale.  ``last`` (serve): the last build's, of which only what changed is checked again."""
    former = former or {}
    if last is not None:
        return last.problems(annotations, source_ids, former)
    return [p for claim in annotations.claims for p in claim_references(annotations, claim, source_ids, former)]


def claim_references(annotations: Annotations, claim: Claim, source_ids: Collection[str],
                     former: Former) -> tuple[Problem, ...]:
    """The problems of :func:`references` of one claim."""
    problems = []
    sites = [(s.source, s.source_loc) for s in claim.statements]
    if claim.verdict is not None:
        sites.append((claim.verdict.source, claim.verdict.source_loc))
    for source, loc in sites:
        if source in source_ids or not source:  # "": refused where it was read, and said there
            continue
        problems.append(_unknown_source(loc, source, source_ids, former))
    reviewer = annotations.actor(claim.verdict.reviewer) if claim.verdict else None
    if claim.verdict and reviewer and reviewer.rating_scale and claim.verdict.rating not in reviewer.rating_scale:
        problems.append(claim.verdict.rating_loc.problem(
            f"'{claim.verdict.rating}' is not on the rating scale of {reviewer.name} "
            f"({', '.join(reviewer.rating_scale)}; {reviewer.rating_scale_loc.path} line "
            f"{reviewer.rating_scale_loc.line})",
            "write the rating exactly as it appears on the reviewer's scale in actors.yaml, or add it there"))
    return tuple(problems)


def _unknown_source(loc: Loc, source: str, source_ids: Collection[str], former: Former) -> Problem:
    if source in former:
        return renamed_problem(loc, "", "source", source, *former[source])
    close = close_matches(source, source_ids, ids=True)
    message = f"unknown source id '{source}'" + (f"; close ids: {', '.join(close)}" if close else "")
    hint = "use the `id:` written in a corpus/*.yaml sidecar (`idlibsite check` lists them)"
    return loc.problem(message, hint)


def _named(claim: Claim) -> frozenset[tuple[str, str]]:
    """The source ids a claim's statements and verdict name, and its reviewer's id: ("source"|"actor", id)."""
    named = {("source", s.source) for s in claim.statements}
    if claim.verdict is not None:
        named |= {("source", claim.verdict.source), ("actor", claim.verdict.reviewer)}
    return frozenset(named)


def _reviewed(actor: Actor) -> tuple[str, tuple[str, ...], Loc]:
    """What a verdict's check reads of its reviewer."""
    return actor.name, actor.rating_scale, actor.rating_scale_loc


class References:
    """serve (``Cache.kept``): each claim's problems of references in the last build, by claim id, with the
    claim they were found of (held: taken again by one identity test), the ids it names, and what they were
    found against."""

    def __init__(self) -> None:
        self.made: dict[str, tuple[Claim, tuple[Problem, ...]]] = {}
        self.naming: dict[tuple[str, str], set[str]] = {}  # ("source"|"actor", id) -> the claims naming it
        self.source_ids: frozenset[str] | None = None  # None: none checked yet
        self.former: dict[str, tuple[str, str]] = {}
        self.reviewers: dict[str, tuple[str, tuple[str, ...], Loc]] = {}  # each actor as a reviewer
        self.claims: Sequence[Claim] = ()  # the last build's claims, in order
        self.found: list[tuple[Problem, ...]] = []  # the problems of each, by position
        self.at: dict[str, int] = {}  # the position of each claim id (the last of two of one id)

    def problems(self, annotations: Annotations, source_ids: Collection[str], former: Former) -> list[Problem]:
        """:func:`references` of ``annotations``: the last build's problems of each claim that is the very
        same object and names no id changed since (nor has a problem, when a source id changed)."""
        ids, former = frozenset(source_ids), dict(former)
        reviewers = {a.id: _reviewed(a) for a in annotations.actors}
        if self.source_ids is None:
            again: set[str] | None = None  # every claim
        else:
            added_or_removed = ids ^ self.source_ids  # in C; so are the others
            changed = {("source", i) for i in added_or_removed}
            changed |= {("source", i) for i, _ in former.items() ^ self.former.items()}
            changed |= {("actor", a) for a, _ in reviewers.items() ^ self.reviewers.items()}
            again = {c for name in changed for c in self.naming.get(name, ())}
            if added_or_removed:  # the close ids an unknown id is given may differ: each claim with a problem
                again |= {c for c, (_, found) in self.made.items() if found}
        claims = annotations.claims
        named: list[tuple[Claim, Claim | None]] = []  # claims checked again, with the last build's of their id
        todo = self._positions(claims, again)
        if todo is not None:  # the same claim ids in the same order: only those at ``todo`` gone through
            made, found = dict(self.made), list(self.found)
            for at in todo:
                claim = claims[at]
                named.append((claim, self.claims[at]))
                checked = claim, claim_references(annotations, claim, ids, former)
                made[claim.id], found[at] = checked, checked[1]
            gone: list[Claim] = []
            at_id = self.at
        else:
            last, made, found = self.made, {}, []
            for claim in claims:
                was = last.get(claim.id)
                if was is None or was[0] is not claim or again is None or claim.id in again:
                    named.append((claim, None if was is None else was[0]))
                    was = claim, claim_references(annotations, claim, ids, former)
                made[claim.id] = was
                found.append(was[1])
            gone = [last[c][0] for c in last.keys() - made.keys()]
            at_id = dict(zip(map(_ID, claims), range(len(claims))))
        self._index(named, gone, fresh=again is None)
        self.made, self.source_ids, self.former, self.reviewers = made, ids, former, reviewers
        self.claims, self.found, self.at = claims, found, at_id
        return list(chain.from_iterable(found))

    def _positions(self, claims: Sequence[Claim], again: set[str] | None) -> list[int] | None:
        """The positions of the claims to check again when ``claims`` have the last build's ids in the same
        order, none twice (found in C by the claims that are not the very objects): those, and those ``again``
        names; None (each claim looked up by its id) otherwise."""
        if again is None or len(claims) != len(self.claims) or len(self.made) != len(claims):
            return None
        todo = sorted({*compress(range(len(claims)), map(is_not, claims, self.claims)),
                       *(self.at[c] for c in again if c in self.at)})
        return todo if all(claims[at].id == self.claims[at].id for at in todo) else None

    def _index(self, named: Iterable[tuple[Claim, Claim | None]], gone: Iterable[Claim], fresh: bool) -> None:
        """The ids each claim names, updated for the claims checked again and those gone."""
        if fresh:
            self.naming = {}
        for claim, before in [*named, *((None, c) for c in gone)]:
            if before is not None and not fresh:
                for name in _named(before):
                    self.naming.get(name, set()).discard(before.id)
            if claim is not None:
                for name in _named(claim):
                    self.naming.setdefault(name, set()).add(claim.id)
