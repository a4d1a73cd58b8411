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

from idlibsite.anchoring.versions import Version, changes
from idlibsite.annotations.records import Annotations, Claim
from idlibsite.cache import Keep, fresh
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


def history_rows(versions: Sequence[Version], annotations: Annotations,
                 kept: Keep = fresh) -> dict[str, tuple[HistoryRow, ...]]:
    """Each claim's versions, under its id and its old ids, oldest first, by the id it lives under
    now (a deleted claim's by its last id): made once for the claim pages and the version pages.
    ``kept`` (serve's ``Cache.kept``): the rows of the same versions, made in the last build."""
    current = _current(annotations)
    chains: dict[str, set[str]] = {}  # every id of a claim's history, by the id it now lives under
    for v in versions:
        chains.setdefault(current.get(v.claim, v.claim), set()).add(v.claim)
    index = _positions(versions)
    rows = {}
    for home, ids in chains.items():
        chain = tuple(versions[i] for i in sorted(i for claim in ids for i in index.get(claim, ())))
        rows[home] = kept(("history", chain), partial(_rows, chain))
    return rows


def claim_histories(rows: Mapping[str, tuple[HistoryRow, ...]],
                    claims: Iterable[Claim]) -> dict[str, tuple[HistoryRow, ...]]:
    """Each claim's versions (``rows`` of :func:`history_rows`), newest first, by claim id."""
    return {claim.id: rows.get(claim.id, ())[::-1] for claim in claims}


def _current(annotations: Annotations) -> dict[str, str]:
    """The id each claim id, current or old, lives under now."""
    return {c.id: c.id for c in annotations.claims} | annotations.redirects()


def _positions(versions: Sequence[Version]) -> dict[str, list[int]]:
    """The positions of each claim id's versions: one pass, so that no claim scans them all."""
    index: dict[str, list[int]] = {}
    for i, v in enumerate(versions):
        index.setdefault(v.claim, []).append(i)
    return index


def _rows(chain: Sequence[Version]) -> tuple[HistoryRow, ...]:
    """The rows of one claim's versions, oldest first."""
    rows = []
    before = None
    for v in chain:
        snap = v.snapshot  # parsed once: versions keep only their JSON (``v.date`` would parse it again)
        rows.append(HistoryRow(v.id, parse_partial_date(str(snap["updated"])), v.path, changes(before, snap)))
        before = snap
    return tuple(rows)


def version_views(versions: Sequence[Version], annotations: Annotations, source_ids: frozenset[str],
                  rows: Mapping[str, tuple[HistoryRow, ...]], kept: Keep = fresh) -> list[VersionView]:
    """One view per published version (a version published twice, after a revert, once);
    ``rows`` are the versions' :func:`history_rows`; ``kept``: the sources of the same version
    read from its snapshot in the last build."""
    current = _current(annotations)
    out = []
    seen = set()
    for v in versions:
        if (v.claim, v.id) in seen:
            continue
        seen.add((v.claim, v.id))
        home = current.get(v.claim, v.claim)
        row = next(r for r in rows[home] if r.path == v.path)
        sources = kept(("version-sources", v), partial(_sources, v))
        out.append(VersionView(v, row.date, row.changes,
                               f"claims/{home}/" if home in current else "",
                               rows[home][-1].path, tuple(sorted(sources & source_ids))))
    return out


def _sources(version: Version) -> frozenset[str]:
    """The ids of the sources a version's snapshot shows."""
    snap = version.snapshot
    sources = {s["source"] for s in snap["statements"]}
    if snap["verdict"]:
        sources.add(snap["verdict"]["source"])
    return frozenset(sources)


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
