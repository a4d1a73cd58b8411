"""The pages of published versions: ``claims/<id>/v/<version>/`` for every version ever
published, and the history each claim page shows (pure).

A version page is made from the snapshot kept in the versions file, never
from the current annotations, so it shows what was published then even after
the claim is edited, renamed or deleted.  It depends on nothing else that can
change but whether it is still the newest version, where the claim now lives
and which of its sources are still archived here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import compress, repeat
from operator import is_, is_not

from idlibsite.anchoring.versions import Version, changes, latest_by_claim, reference
from idlibsite.annotations.records import Annotations, Claim
from idlibsite.memo import Keep, fresh, holding
from idlibsite.config import Config
from idlibsite.dates import PartialDate, parse_partial_date
from idlibsite.site.citation import Citation


@dataclass(frozen=True)
class HistoryRow:
    """One line of a claim's history."""

    version: str  # the version id
    date: PartialDate  # when it was published (the claim's ``updated`` then)
    path: str  # its page, claims/<id>/v/<version>/
    changes: tuple[str, ...]  # what changed from the version before, in words
    sources: tuple[str, ...] = ()  # ids of the sources its snapshot shows, sorted (read with the rest: each
    # snapshot is parsed once per build)


@dataclass(frozen=True)
class VersionView:
    """What a version page shows besides the snapshot itself."""

    version: Version  # the version shown
    date: PartialDate  # when it was published
    changes: tuple[str, ...]  # what it changed
    current: str  # the claim's page now (claims/<id>/), "" when the claim was deleted
    latest: str  # the newest version's page (itself when it is the newest)
    archived: tuple[str, ...]  # ids of its sources still archived on the site (their pages exist), sorted

    @property
    def key(self) -> tuple[object, ...]:
        """Everything the page shows, as plain values (the snapshot by its hash)."""
        v = self.version
        # the newest version's address is shown only once the claim is gone (else the page links to it)
        newest = self.latest if not self.current else ""
        return (v.claim, v.id, self.date, self.changes, self.current, self.is_latest, newest, self.archived)

    @property
    def is_latest(self) -> bool:
        return self.latest == self.version.path


def chains(versions: Sequence[Version], annotations: Annotations) -> dict[str, list[Version]]:
    """Each claim's versions, under its id and its old ids, in the order given, by the id it lives
    under now (a deleted claim's by its last id).  A claim's old ids are its aliases while it is published;
    once it is gone, the moves its versions record (``moved_from``): a gone id that moved to another gone id
    is the same claim's (:func:`_gone_moves`)."""
    current = _current(annotations)
    moves = _gone_moves(versions, current)
    found: dict[str, list[Version]] = {}
    for v in versions:
        home = current.get(v.claim, v.claim)
        while home in moves:
            home = moves[home]
        found.setdefault(home, []).append(v)
    return found


def _gone_moves(versions: Sequence[Version], current: Mapping[str, str]) -> dict[str, str]:
    """Each id of a claim no longer published (neither a claim's id nor an alias) that a version moved to another
    such id (the first version there records it): to that id.  An id moved from twice (its address taken over
    by a second claim once the first was gone) follows the later move.  Following them ends: a move goes to an
    id whose first version comes after the first of the id it leaves (it moves from a version before it)."""
    moves: dict[str, str] = {}
    for v in versions:
        if v.moved_from and v.moved not in current and v.claim not in current:
            moves[v.moved] = v.claim
    return moves


# a plan's chains, their rows and each claim's history, newest first (:class:`Histories`)
Planned = tuple[dict[str, list[Version]], dict[str, tuple[HistoryRow, ...]], dict[str, tuple[HistoryRow, ...]]]


def history_rows(chained: Mapping[str, Sequence[Version]], kept: Keep = fresh,
                 last: Planned | None = None) -> dict[str, tuple[HistoryRow, ...]]:
    """The rows of each claim's versions (its :func:`chains`), oldest first: made once for the claim
    pages and the version pages.  ``kept`` (serve's ``Cache.kept``): the rows of the same versions
    (the same objects: the versions file is read again only when it changed), made in the last build;
    ``last`` (serve's :class:`Histories`): the last plan's, taken again for a chain of the very same versions
    under the same id (its kept rows are not looked up while the plan takes it whole)."""
    was_chains, was_rows = last[:2] if last is not None else ({}, {})
    return {home: was_rows[home] if _same(was_chains.get(home), chain) else _kept_rows(chain, kept)
            for home, chain in chained.items()}


def _same(was: Sequence[Version] | None, chain: Sequence[Version]) -> bool:
    """``was`` holds the very versions of ``chain``, in order."""
    return was is not None and len(was) == len(chain) and all(map(is_, was, chain))


def _kept_rows(chain: Sequence[Version], kept: Keep) -> tuple[HistoryRow, ...]:
    """:func:`_rows` of ``chain``, the last build's for the very same versions (``kept``)."""
    return kept(("history", *map(id, chain)), partial(holding, chain, partial(_rows, chain)))[1]


class Histories:
    """serve (``Cache.kept``): :func:`chains`, :func:`history_rows` and :func:`claim_histories` of the last
    plan, updated from the versions that are not the very objects of the last (a claim edited in a preview
    is given a new version at each build, at the same place among them) while the claims keep their ids
    and aliases: no pass in Python over every claim or version.  Whole or not at all."""

    def __init__(self) -> None:
        # the versions, each claim by id, and what was made of them
        self.made: tuple[Sequence[Version], Mapping[str, Claim] | None, Planned] | None = None

    def of(self, versions: Sequence[Version], annotations: Annotations, by_id: Mapping[str, Claim] | None,
           kept: Keep = fresh) -> Planned:
        """The chains, their rows and each claim's history (newest first) of ``versions``; ``by_id``:
        ``annotations``' claims by id (None: two claims of one id)."""
        made = self._again(versions, by_id, kept)
        if made is None:
            chained = chains(versions, annotations)
            rows = history_rows(chained, kept, self.made[2] if self.made is not None else None)
            made = chained, rows, claim_histories(rows, annotations.claims)
        self.made = versions, by_id, made
        return made

    def _again(self, versions: Sequence[Version], by_id: Mapping[str, Claim] | None, kept: Keep
               ) -> Planned | None:
        """The last plan's, with the versions replaced put in place (None: it cannot be, all is made)."""
        if self.made is None or by_id is None:
            return None
        was, was_by_id, (chained, rows, histories) = self.made
        if was_by_id is None or list(was_by_id) != list(by_id):  # the same ids, in order
            return None
        # each claim's place among the chains: its id and aliases (all that chains reads of the annotations)
        if any(by_id[c].aliases != was_by_id[c].aliases
               for c in compress(by_id, map(is_not, by_id.values(), map(was_by_id.get, by_id)))):  # pass in C
            return None
        replaced = list(compress(range(len(versions)), map(is_not, versions, was)))  # a pass in C (to the shorter)
        if len(was) != len(versions):  # a claim given its first new version (or its last taken back)
            return _spliced(was, versions, replaced[0] if replaced else min(len(was), len(versions)), by_id,
                            (chained, rows, histories), kept)
        if len(replaced) > 16:
            return None
        chained, rows, histories = dict(chained), dict(rows), dict(histories)
        for at in replaced:
            old, new = was[at], versions[at]
            # under the same id, moved from nothing (the moves, read from those that are, stay the same): in the
            # same chain, the one of its id when it is there (a version is in one chain)
            if old.claim != new.claim or old.moved_from or new.moved_from:
                return None
            home = old.claim
            chain = chained.get(home, [])
            if sum(map(is_, chain, repeat(old))) != 1:  # not there once (an alias's chain, say): all is made
                return None
            chained[home] = [new if v is old else v for v in chain]
            rows[home] = _kept_rows(chained[home], kept)
            if home in histories:
                histories[home] = rows[home][::-1]
        return chained, rows, histories


PATCHED = 16  # versions replaced at most for the newest ones to be updated in place (else made whole)


def _spliced(was: Sequence[Version], versions: Sequence[Version], first: int, by_id: Mapping[str, Claim],
             made: Planned, kept: Keep) -> Planned | None:
    """``made`` (the plan of ``was``) for ``versions``, which hold the very versions of ``was`` up to
    ``first`` and others from there (the new versions a preview adds after those read, in claim-id
    order: one more claim edited shifts those after it), each of a chain there is already, under the id of a
    claim, moved from nothing: each chain touched loses the versions from ``first`` on and is given those of
    ``versions``, in order (as :func:`chains` puts them: after all its others).  None: it cannot be."""
    gone, added = was[first:], versions[first:]
    if len(gone) + len(added) > PATCHED:
        return None
    chained, rows, histories = dict(made[0]), dict(made[1]), dict(made[2])
    touched: dict[str, list[Version]] = {}
    for v in gone:
        chain = chained.get(v.claim, [])
        if v.moved_from or v.claim not in by_id or sum(map(is_, chain, repeat(v))) != 1:  # not once under its id
            return None
        touched.setdefault(v.claim, [])
    for v in added:
        if v.moved_from or v.claim not in by_id or v.claim not in chained:
            return None
        touched.setdefault(v.claim, []).append(v)
    for home, new in touched.items():
        chain = [v for v in chained[home] if not any(map(is_, gone, repeat(v)))] + new
        if not chain:  # a chain gone: its place among the others too
            return None
        chained[home] = chain
        rows[home] = _kept_rows(chain, kept)
        if home in histories:
            histories[home] = rows[home][::-1]
    return chained, rows, histories


class Latest:
    """serve (``Cache.kept``): :func:`latest_by_claim` of the last plan's versions, updated from the versions
    that are not the very objects of the last under the same claim id (a claim edited in a preview is given a
    new version at each build, at the same place among them): no pass in Python over every version."""

    def __init__(self) -> None:
        self.versions: Sequence[Version] = ()  # those ``latest`` was made from (none: made whole next)
        self.latest: dict[str, Version] = {}

    def of(self, versions: Sequence[Version]) -> Mapping[str, Version]:
        """Each claim id's newest version of ``versions``."""
        was, self.versions = self.versions, ()  # (an interrupted update: made whole next)
        replaced = list(compress(range(len(versions)), map(is_not, versions, was))) if len(was) == len(versions) \
            else None  # a pass in C
        if (not was or replaced is None or len(replaced) > PATCHED
                or any(was[at].claim != versions[at].claim for at in replaced)):
            self.latest = latest_by_claim(versions)
        else:
            for at in replaced:  # the newest of its claim while it was: at the same place, it still is
                if self.latest[was[at].claim] is was[at]:
                    self.latest[was[at].claim] = versions[at]
        self.versions = versions
        return self.latest


def claim_histories(rows: Mapping[str, tuple[HistoryRow, ...]],
                    claims: Iterable[Claim]) -> dict[str, tuple[HistoryRow, ...]]:
    """Each claim's versions (``rows`` of :func:`history_rows`), newest first, by claim id."""
    return {claim.id: rows.get(claim.id, ())[::-1] for claim in claims}


def _current(annotations: Annotations) -> dict[str, str]:
    """The id each claim id, current or old, lives under now."""
    return {c.id: c.id for c in annotations.claims} | annotations.redirects()


_date = cache(parse_partial_date)  # a version's date, one record per date (a fresh plan parsed one per version
# of every claim: 9,000 at 3,000 sources, of a few hundred dates; a version's date is one ``_rows`` wrote)


def _rows(chain: Sequence[Version]) -> tuple[HistoryRow, ...]:
    """The rows of one claim's versions, oldest first: each from what its version stores, its changes
    compared again only where the version before it in the chain is not the one it was made after (a
    claim moved to another id before moves were recorded, whose first version there follows nothing)."""
    rows = []
    before = None
    for v in chain:
        if before is None or (before.claim, before.id) == (v.claim, v.previous) or v.moved_from == reference(before):
            said = v.changes  # v.previous: "" when before is None
        else:
            said = changes(before.snapshot, v.snapshot)
        rows.append(HistoryRow(v.id, _date(v.date), v.path, said, v.sources))
        before = v
    return tuple(rows)


def version_views(chain: Sequence[Version], rows: tuple[HistoryRow, ...], current: str,
                  source_ids: frozenset[str]) -> list[VersionView]:
    """One view per version of one claim's ``chain`` (a version published twice, after a revert,
    once); ``rows`` are the chain's :func:`history_rows`, ``current`` the claim's page now ("" once
    deleted), ``source_ids`` the sources archived on the site."""
    out = []
    seen = set()
    for v in chain:
        if (v.claim, v.id) in seen:
            continue
        seen.add((v.claim, v.id))
        row = next(r for r in rows if r.path == v.path)
        out.append(VersionView(v, row.date, row.changes, current, rows[-1].path,
                               tuple(s for s in row.sources if s in source_ids)))
    return out


def cited_by(rows: Sequence[HistoryRow]) -> frozenset[str]:
    """The sources any of a claim's versions shows (``rows``: their :func:`history_rows`)."""
    return frozenset().union(*(row.sources for row in rows))


def version_citation(config: Config, shown: VersionView) -> Citation:
    """The citation of a version page: that version, from its snapshot."""
    snap = shown.version.snapshot
    return Citation(
        key=f"idlibsite-{shown.version.claim}-{shown.version.id}",
        claim=snap["title"],
        claimant=snap["claimant"],
        claim_date=parse_partial_date(snap["date"]),
        site=config.title,
        url=config.base_url + (shown.current or shown.latest),
        version=shown.version.id,
        version_url=config.base_url + shown.version.path,
        published=shown.date,
        language=config.language,
    )
