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
from functools import partial

from idlibsite.anchoring.versions import Version, changes, reference
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


def history_rows(chained: Mapping[str, Sequence[Version]], kept: Keep = fresh) -> dict[str, tuple[HistoryRow, ...]]:
    """The rows of each claim's versions (its :func:`chains`), oldest first: made once for the claim
    pages and the version pages.  ``kept`` (serve's ``Cache.kept``): the rows of the same versions
    (the same objects: the versions file is read again only when it changed), made in the last build."""
    return {home: kept(("history", *map(id, chain)), partial(holding, chain, partial(_rows, chain)))[1]
            for home, chain in chained.items()}


def claim_histories(rows: Mapping[str, tuple[HistoryRow, ...]],
                    claims: Iterable[Claim]) -> dict[str, tuple[HistoryRow, ...]]:
    """Each claim's versions (``rows`` of :func:`history_rows`), newest first, by claim id."""
    return {claim.id: rows.get(claim.id, ())[::-1] for claim in claims}


def _current(annotations: Annotations) -> dict[str, str]:
    """The id each claim id, current or old, lives under now."""
    return {c.id: c.id for c in annotations.claims} | annotations.redirects()


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
        rows.append(HistoryRow(v.id, parse_partial_date(v.date), v.path, said, v.sources))
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
