"""What a list of claims shows about each claim, and which claims the home page leads with (pure).

A row holds plain values only (rows are hashed by ``pages.view``): the
claim's title, who asserted it, its evidence labels and its verdict.  The
verdict is part of every row, so that no list of claims hides that a
fact-checker rated one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from idlibsite.anchoring.grouping import Ranked
from idlibsite.anchoring.model import EvidenceStatus, Site, evidence_status, span_id
from idlibsite.annotations.records import Claim
from idlibsite.dates import PartialDate
from idlibsite.memo import Keep, fresh

DISPUTED_CLAIMS = 5  # claims in the home page's "most disputed" list


@dataclass(frozen=True)
class VerdictView:
    """A fact-checker's verdict as pages show it."""

    rating: str  # as the fact-checker words it ("Misleading")
    reviewer: str  # the fact-checker's name
    reviewer_id: str  # its actor id (the link to its page)
    date: PartialDate  # the date of the article that publishes the rating
    outlet: str  # the outlet of that article
    link: str  # site path of the rating's words: sources/<id>/#q-<start>-<end>


@dataclass(frozen=True)
class ClaimRow:
    """A claim as a row of a claims table."""

    id: str
    title: str
    actor: str  # the asserting actor's name
    date: PartialDate
    status: tuple[EvidenceStatus, ...]
    statements: int
    sources: int
    verdict: VerdictView | None  # None: no fact-checker in the corpus rated the claim
    assertion: int  # statements supporting the assertion
    counter: int  # statements supporting the counter-assertion


def verdict_view(site: Site, claim: Claim) -> VerdictView | None:
    """The claim's verdict with its reviewer, date and link, None when it has none."""
    verdict = claim.verdict
    if verdict is None:
        return None
    first = site.verdicts[claim.id].spans[0]
    source = site.source_by_id[verdict.source]
    return VerdictView(verdict.rating, site.actor_by_id[verdict.reviewer].name, verdict.reviewer,
                       source.meta.date, source.meta.outlet,
                       f"sources/{verdict.source}/#{span_id(first.start, first.end)}")


def claim_row(site: Site, claim: Claim) -> ClaimRow:
    quotes = site.quotes_by_claim.get(claim.id, ())
    sides = [q.statement.side for q in quotes]
    return ClaimRow(claim.id, claim.title, site.actor_by_id[claim.actor].name, claim.date, evidence_status(quotes),
                    len(quotes), len({q.source.id for q in quotes}), verdict_view(site, claim),
                    sides.count("assertion"), sides.count("counter"))


def newest(site: Site, kept: Keep = fresh) -> list[Claim]:
    """Most recently updated first; among claims updated on the same day, the latest asserted first
    (a claim whose date is unknown after those whose date is known).  serve (``kept``): the last build's
    order, updated from the claims that are not the very record of the last build."""
    by_id = site.claim_by_id
    if by_id is None:  # two claims of one id (the check reports it): both are listed
        return sorted(site.annotations.claims, key=_updated, reverse=True)
    # the ids make every key unique: most recent first is the reverse of the keys' order
    return kept(NEWEST, Ranked[Claim, tuple[str, str, str], Claim]).update(by_id, _by_updated)[::-1]


def _updated(claim: Claim) -> tuple[str, str, str]:
    return claim.updated.sort_key(), claim.date.iso, claim.id


def _by_updated(claim: Claim) -> tuple[tuple[str, str, str], Claim]:
    return _updated(claim), claim


def most_disputed(rows: Mapping[str, ClaimRow], kept: Keep = fresh, count: int = DISPUTED_CLAIMS) -> list[ClaimRow]:
    """Claims with statements on both sides, the most evenly and most heavily argued first.

    A claim is as disputed as its weaker side is strong: 3 statements against 3
    come before 1 against 9.  Ties go to the claim with more statements, then by id.
    ``rows``: each claim's by its id; serve (``kept``): the last build's order, updated from the rows
    that are not the very object of the last build (a claim taken again keeps its row).
    """
    return kept(DISPUTED, Ranked[ClaimRow, tuple[int, int, str], ClaimRow]).update(rows, _disputed)[:count]


def _disputed(row: ClaimRow) -> tuple[tuple[int, int, str], ClaimRow] | None:
    if not (row.assertion and row.counter):
        return None
    return (-min(row.assertion, row.counter), -(row.assertion + row.counter), row.id), row


NEWEST = ("plan", "newest")  # Cache.kept: the claims by when they were updated (a Ranked)
DISPUTED = ("plan", "most disputed")  # Cache.kept: the claims with both sides, most disputed first (a Ranked)
