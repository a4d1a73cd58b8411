"""The site as data: every statement joined to its speaker, its source and its
anchored span, and what each page shows (pure; built once per build).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain

from markupsafe import Markup

from idlibsite.anchoring.grouping import Groupings, grouped
from idlibsite.anchoring.marks import Kind, pieces
from idlibsite.anchoring.spans import Anchor, Span
from idlibsite.anchoring.wording import Change, changes
from idlibsite.annotations.records import Actor, Annotations, Claim, Statement
from idlibsite.dates import PartialDate
from idlibsite.sources.display import to_display
from idlibsite.sources.highlight import context_pieces, pieces_html, text_fragment
from idlibsite.sources.records import Block, Blocks, Source


@dataclass(frozen=True)
class EvidenceStatus:
    """A label computed from the statements on a claim."""

    key: str  # both-sides, outlets or one-outlet (CSS class; the glossary's anchor is "evidence-<key>")
    label: str  # shown to readers: says what it counts, never what is true


@dataclass(frozen=True)
class Quote:
    """A statement, anchored, with everything its card shows."""

    claim: Claim  # the claim it bears on
    statement: Statement  # the annotation
    speaker: Actor  # who said it
    source: Source  # the article that reports it
    anchor: Anchor  # where its words are: one span per part of an elided quote

    @cached_property
    def span_ids(self) -> tuple[str, ...]:
        """Element ids of its highlighted parts on the source page (stable: from file offsets)."""
        return tuple(span_id(s.start, s.end) for s in self.anchor.spans)

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The paragraphs its words are in: more than one for a quote across paragraphs (unpacked
        anew on each use: kept, they would be a copy of each source's blocks per quote)."""
        spans = self.anchor.spans
        under = blocks_under(self.source.blocks, min(s.start for s in spans), max(s.end for s in spans))
        return tuple(b for b in under if any(s.start < b.end and b.start < s.end for s in spans))

    @cached_property
    def context(self) -> tuple[tuple[tuple[str, bool], ...], ...]:
        """For each of its paragraphs, the surrounding sentences as (text, highlighted) pieces."""
        return tuple(
            context_pieces(b, [(s.start, s.end) for s in self.anchor.spans if s.start < b.end and b.start < s.end])
            for b in self.blocks
        )

    @cached_property
    def context_html(self) -> Markup:
        """The context as HTML paragraphs, the quoted words in ``<mark>`` (what statement cards show)."""
        return Markup("".join(f"<p>{pieces_html(pieces)}</p>" for pieces in self.context))

    @cached_property
    def anchor_text(self) -> str:
        """The anchored words as a reader sees them, parts joined with " … "."""
        return shown_words(self.source, self.anchor.spans)

    @cached_property
    def as_typed(self) -> tuple[tuple[Kind, str], ...]:
        """The quote as typed, in pieces: the speaker's words, elisions and the quoting
        writer's insertions; empty when it has no insertion (the context shows it all)."""
        typed = pieces(self.statement.quote)
        return typed if any(kind == "insertion" for kind, _ in typed) else ()

    @cached_property
    def differences(self) -> tuple[Change, ...]:
        """How the typed words differ from the article's (typed → article); empty unless
        the quote was anchored approximately."""
        if self.anchor.method != "fuzzy":
            return ()
        return changes(self.statement.quote, " ".join(s.text for s in self.anchor.spans))

    @cached_property
    def role(self) -> str:
        return role_at(self.speaker, self.statement.said)

    @cached_property
    def original_link(self) -> str:
        first = self.anchor.spans[0]
        return text_fragment(self.source.meta.url, shown_text(self.source, first.start, first.end))


def span_id(start: int, end: int) -> str:
    return f"q-{start}-{end}"


def shown_words(source: Source, spans: Sequence[Span]) -> str:
    """The words of ``spans`` (an anchor's parts) as a reader sees them, joined with " … "."""
    return " … ".join(shown_text(source, s.start, s.end) for s in spans)


def shown_text(source: Source, start: int, end: int) -> str:
    """The display form of the file range [start, end), across blocks."""
    out = []
    for block in blocks_under(source.blocks, start, end):
        a, b = to_display(block.segments, max(start, block.start), min(end, block.end))
        out.append(block.display[a:b])
    return " ".join(out)


def blocks_under(blocks: Sequence[Block], start: int, end: int) -> list[Block]:
    """The blocks that the text range [start, end) touches, in order (blocks are sorted, disjoint):
    found by bisection, not by a pass over the article; of a source's packed blocks, only those
    are unpacked."""
    return [blocks[i] for i in _indexes_under(blocks, start, end)]


def kinds_under(blocks: Sequence[Block], start: int, end: int) -> list[str]:
    """The kinds of :func:`blocks_under`, without unpacking a source's packed blocks."""
    if isinstance(blocks, Blocks):
        return [blocks.kind(i) for i in _indexes_under(blocks, start, end)]
    return [blocks[i].kind for i in _indexes_under(blocks, start, end)]


def _indexes_under(blocks: Sequence[Block], start: int, end: int) -> range:
    starts = blocks.starts if isinstance(blocks, Blocks) else [b.start for b in blocks]
    ends = blocks.ends if isinstance(blocks, Blocks) else [b.end for b in blocks]
    first = max(0, bisect.bisect_right(starts, start) - 1)
    while first < len(starts) and ends[first] <= start:
        first += 1
    last = first
    while last < len(starts) and starts[last] < end:
        last += 1
    return range(first, last)


def role_at(actor: Actor, when: PartialDate) -> str:
    """The actor's title at ``when`` (its latest role if the date cannot tell)."""
    if not actor.roles:
        return ""
    if when.known:
        for role in actor.roles:
            if not when.before(role.start) and not role.until.before(when):  # unknown ends bound nothing
                return role.title
    return actor.roles[-1].title


def evidence_status(quotes: Sequence[Quote]) -> tuple[EvidenceStatus, ...]:
    """What the statements on a claim count: both sides, and how many outlets report them.

    The labels count, they do not judge: "reported by 5 outlets" says that five
    outlets carried statements on the claim, not that anything was confirmed.
    """
    sides = {q.statement.side for q in quotes}
    out = []
    if {"assertion", "counter"} <= sides:
        out.append(EvidenceStatus("both-sides", "statements on both sides"))
    outlets = {q.source.meta.outlet for q in quotes}
    if len(outlets) >= 2:
        out.append(EvidenceStatus("outlets", f"reported by {len(outlets)} outlets"))
    elif outlets:
        out.append(EvidenceStatus("one-outlet", "one outlet only"))
    return tuple(out)


def answered_pairs(quotes: Sequence[Quote]) -> list[tuple[Quote, Quote]]:
    """(assertion, counter) statements of which one ``responds_to`` the other, in the order of the
    first of each pair; a statement is in one pair at most (the first that names it)."""
    by_id = {q.statement.id: q for q in quotes}
    pairs: list[tuple[Quote, Quote]] = []
    paired: set[str] = set()
    for q in quotes:
        other = by_id.get(q.statement.responds_to)
        if other is None or {q.statement.id, other.statement.id} & paired:
            continue
        if {q.statement.side, other.statement.side} == {"assertion", "counter"}:
            pair = (q, other) if q.statement.side == "assertion" else (other, q)
            pairs.append(pair)
            paired.update(p.statement.id for p in pair)
    return sorted(pairs, key=lambda pair: min(quotes.index(pair[0]), quotes.index(pair[1])))


@dataclass(frozen=True)
class Site:
    """Everything the pages are made from."""

    sources: tuple[Source, ...]  # sorted by id
    annotations: Annotations
    quotes: tuple[Quote, ...]  # every anchored statement, by claim id then file order
    verdicts: Mapping[str, Anchor]  # claim id -> where its verdict's rating is anchored
    # the quotes by claim id as linking made them (None: grouped from ``quotes``): in serve an unchanged
    # claim's are the very tuple of the last build, so that a later stage takes its last result by identity
    by_claim: dict[str, tuple[Quote, ...]] | None = field(default=None, compare=False, repr=False)
    # serve: the groupings of the last build, each updated from the changed claims only (None: made afresh)
    groupings: Groupings | None = field(default=None, compare=False, repr=False)

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def actor_by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.annotations.actors}

    @cached_property
    def quotes_by_claim(self) -> dict[str, tuple[Quote, ...]]:
        # linking's groups only while they hold the very quotes of ``quotes`` (one pass in C): a Site made
        # by ``replace(site, quotes=...)`` is grouped afresh, never shown another site's quotes
        if self.by_claim is not None and list(map(id, chain.from_iterable(self.by_claim.values()))) == list(
                map(id, self.quotes)):
            return self.by_claim
        return grouped((q.claim.id, q) for q in self.quotes)

    @cached_property
    def quotes_by_actor(self) -> dict[str, tuple[Quote, ...]]:
        return self._quotes_grouped("quotes by actor", _by_speaker)

    @cached_property
    def quotes_by_source(self) -> dict[str, tuple[Quote, ...]]:
        return self._quotes_grouped("quotes by source", _by_source)

    @cached_property
    def claims_by_actor(self) -> dict[str, tuple[Claim, ...]]:
        """The claims each actor asserted."""
        return self._claims_grouped("claims by actor", _by_claimant)

    @cached_property
    def claims_by_topic(self) -> dict[str, tuple[Claim, ...]]:
        """The claims of each topic (in the order of their first claim)."""
        return self._claims_grouped("claims by topic", _by_topic)

    @cached_property
    def verdicts_by_source(self) -> dict[str, tuple[Claim, ...]]:
        """The claims whose verdict is published in each source."""
        return self._claims_grouped("verdicts by source", _by_verdict)

    def _quotes_grouped(self, name: str, pairs: Callable[[tuple[Quote, ...]], Iterable[tuple[str, Quote]]]
                        ) -> dict[str, tuple[Quote, ...]]:
        """The quotes by the keys ``pairs`` gives each claim's, in the order of ``quotes``; serve: the last
        build's, updated from the claims whose quotes linking did not give back as the very tuple."""
        if self.groupings is not None and self.quotes_by_claim is self.by_claim:
            return self.groupings.of(name).update(self.by_claim, pairs)
        return grouped(pairs(self.quotes))

    def _claims_grouped(self, name: str, pairs: Callable[[tuple[Claim, ...]], Iterable[tuple[str, Claim]]]
                        ) -> dict[str, tuple[Claim, ...]]:
        """The claims by the keys ``pairs`` gives each, in claim-id order; serve: the last build's, updated
        from the claims that are not the very record of the last build."""
        if self.groupings is not None and self.claim_by_id is not None:
            return self.groupings.of(name).update(self.claim_by_id, lambda claim: pairs((claim,)))
        return grouped(pairs(self.annotations.claims))

    @cached_property
    def claim_by_id(self) -> dict[str, Claim] | None:
        """Each claim by its id (None: two claims of one id, which the check reports)."""
        claims = self.annotations.claims
        by_id = {c.id: c for c in claims}
        return by_id if len(by_id) == len(claims) else None


def _by_speaker(quotes: tuple[Quote, ...]) -> list[tuple[str, Quote]]:
    return [(q.speaker.id, q) for q in quotes]


def _by_source(quotes: tuple[Quote, ...]) -> list[tuple[str, Quote]]:
    return [(q.source.id, q) for q in quotes]


def _by_claimant(claims: tuple[Claim, ...]) -> list[tuple[str, Claim]]:
    return [(c.actor, c) for c in claims]


def _by_topic(claims: tuple[Claim, ...]) -> list[tuple[str, Claim]]:
    return [(t, c) for c in claims for t in c.topics]


def _by_verdict(claims: tuple[Claim, ...]) -> list[tuple[str, Claim]]:
    return [(c.verdict.source, c) for c in claims if c.verdict is not None]
