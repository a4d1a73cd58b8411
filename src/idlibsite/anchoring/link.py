"""The extraction pass: anchor every statement (and verdict) in its source.

Each quote either becomes a :class:`~idlibsite.model.Quote` joined to its
speaker and source, or a problem located at the quote in the claim file,
naming the nearest candidate in the article with its line:column and score.
A fuzzy match is accepted but reported as a warning that shows, word by
word, how the typed quote differs from the article (``check --strict`` fails
on it); one that changes a name, a number or a negation is an error unless the
statement's ``anchor: accept:`` lists that change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import partial
from itertools import chain, compress, repeat
from operator import attrgetter, is_, is_not, itemgetter, not_
from typing import cast

from idlibsite.anchoring.grouping import Groupings
from idlibsite.anchoring.match import RULES, anchor
from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.spans import Anchor, AnchorFailure, Prepared, Span, prepare
from idlibsite.anchoring.wording import accepted_form, changes, forget, meaningful
from idlibsite.annotations.records import AnchorHint, Annotations, Claim
from idlibsite.cache import Cache, keyer
from idlibsite.errors import Loc, Problem, line_col
from idlibsite.pickled import maker
from idlibsite.problemrows import Run, run_of
from idlibsite.sources.records import Source

_HINTS = {
    "empty": "type the words the speaker said",
    "not-found": "copy the words exactly from the article (quote marks, line breaks and "
    "typography do not matter), or check the statement's source id",
    "low-score": "the article's words differ from the typed quote: copy them exactly",
    "ambiguous": "add `anchor:` with `prefix:` (words just before), `suffix:` or `occurrence:` "
    "to say which one is meant",
    "misquote": "copy the article's words exactly; if the article's words are wrong and the quote "
    "is right, say so with `anchor:` `accept:` and the change as shown",
}


def link(
    sources: Sequence[Source], annotations: Annotations, cache: Cache | None = None,
    entries: Callable[[Sequence[Claim], Mapping[str, Source]], Mapping[str, tuple[str, Stored | None]]] | None = None,
) -> tuple[Site, list[Run], dict[str, Stored]]:
    """Anchor every statement and verdict; the site model, every problem found, one packed run per
    claim that has some (problemrows.py: a fresh process makes no Problem of a claim taken as stored),
    and what was found anew for each claim ``entries`` keyed, as stored.

    Anchors come from ``cache`` when the source's bytes, the quote and its
    hints are unchanged; a source is normalized only when one of its quotes is
    not cached, and only while its quotes are anchored (memory stays flat).
    ``entries`` (claimentries.py) gives, for the claims not recalled, each one's key and what linking
    found for it as stored under it (a :class:`Stored`, or None): a claim found stored is taken as it is.
    """
    cache = cache or Cache(None)
    by_id = {s.id: s for s in sources}
    # serve: each claim's quotes and problems as the last build found them, while the claim, the sources
    # it cites and the actors are the same objects (the actors: the last build's tuple when equal, compared
    # once per build, in C while they are the very records: not hashed)
    last = cache.kept(LINKED_MADE, _Last)
    actors = last.actors if last.actors == annotations.actors else annotations.actors
    claims = annotations.claims
    ids = list(map(_ID, claims))
    claim_of = dict(zip(ids, claims))  # of two claims of one id, the last one's are taken
    # with the very sources and actors of the last build, a claim of the same object is all that is tested;
    # else each claim's sources too (a source changed, or the archive: every claim is held by them)
    same = last.actors is actors and len(last.sources) == len(sources) and all(map(is_, last.sources, sources))
    whole = same and len(claim_of) == len(ids) and last.ids == ids  # serve: the same claims in the same order
    if whole:  # each claim tested in C
        was = list(last.made.values())
        firsts = list(map(itemgetter(0), map(_HELD, was)))
        recalled = dict(compress(zip(ids, was), map(is_, claims, firsts)))
        pending = list(compress(claims, map(is_not, claims, firsts)))
    else:
        recalled = {i: w for i, c in claim_of.items() if (w := last.made.get(i)) is not None
                    and w.held[0] is c} if same else {}
        pending = [c for c in claims if c.id not in recalled]
    held = {c.id: (claim_of[c.id], actors, *map(by_id.get, cited(claim_of[c.id]))) for c in pending}
    recalled.update({i: w for i, objects in held.items() if (w := last.made.get(i)) is not None
                     and len(w.held) == len(objects) and all(map(is_, w.held, objects))})
    pending = [c for c in pending if c.id not in recalled]
    # a fresh process: each claim as linking found it, stored by everything that finding reads
    stored = entries(pending, by_id) if entries else {}
    for claim in pending:
        k, hit = stored.get(claim.id, ("", None))
        if hit is not None:
            recalled[claim.id] = hit.linked(claim, annotations, by_id, held[claim.id], k)
    pending = [c for c in pending if c.id not in recalled]
    jobs: dict[str, list[_Job]] = defaultdict(list)  # source id -> its quotes to anchor
    for claim in pending:
        for index, st in enumerate(claim.statements):
            if st.source in by_id and annotations.actor(st.speaker) is not None and st.quote.strip():
                jobs[st.source].append(_Job(claim.id, index, st.quote, st.anchor))
        verdict = claim.verdict
        if verdict is not None and verdict.source in by_id and verdict.quote.strip():
            jobs[verdict.source].append(_Job(claim.id, None, verdict.quote, None))
    # by claim id and statement position (ids may repeat in a refused claim), None for the verdict: key, result
    results: dict[tuple[str, int | None], tuple[str, Anchor | AnchorFailure]] = {}
    # the same source bytes and jobs give the same keys: a build in the same process reuses them (no SHA-256)
    keys = {source_id: cache.kept((ANCHOR_KIND, by_id[source_id].sha256, tuple(jobs[source_id])),
                                  partial(_keys, by_id[source_id], jobs[source_id]))
            for source_id in sorted(jobs)}
    cached = cache.get_many(ANCHOR_KIND, (k for ks in keys.values() for k in ks))  # all at once: few queries
    for source_id, source_keys in keys.items():
        source = by_id[source_id]
        prepared: Prepared | None = None
        for job, k in zip(jobs[source_id], source_keys, strict=True):
            result = cached.get(k)
            if not isinstance(result, (Anchor, AnchorFailure)):
                prepared = prepared or prepare(source.text)
                hint = job.hint
                result = anchor(prepared, job.quote, prefix=hint.prefix if hint else "",
                                suffix=hint.suffix if hint else "",
                                occurrence=hint.occurrence if hint else None,
                                accept=hint.accept if hint else ())
                result = cache.put(ANCHOR_KIND, k, result)
            results[(job.claim, job.statement)] = k, result
    problems: list[Problem] = []
    runs: list[Run] = []
    quotes: list[Quote] = []
    verdicts: dict[str, Anchor] = {}

    def report(done: tuple[str, Anchor | AnchorFailure], typed: str, loc: Loc, source: Source) -> Anchor | None:
        """_report's answer, the same for the same anchor key (source bytes, quote, hints), place and path."""
        k, result = done
        found, reported = cache.kept((ANCHOR_KIND, k, loc, source.path), partial(_report, result, typed, loc, source))
        problems.extend(reported)
        return found

    made: dict[str, Stored] = {}  # each claim linked anew that has a key, as stored

    def linked_anew(claim: Claim) -> _Linked:
        """What linking finds of a claim not recalled (its verdict's anchor put in ``verdicts``)."""
        its: list[Quote] = []
        problems.clear()
        for index, st in enumerate(claim.statements):
            done = results.get((claim.id, index))
            if done is not None and (found := report(done, st.quote, st.quote_loc, by_id[st.source])):
                speaker = annotations.actor(st.speaker)
                assert speaker is not None
                its.append(Quote(claim, st, speaker, by_id[st.source], found))
        done = results.get((claim.id, None))
        if done is not None and claim.verdict is not None:
            found = report(done, claim.verdict.quote, claim.verdict.quote_loc, by_id[claim.verdict.source])
            if found is not None:
                verdicts[claim.id] = found
        used = tuple(results[(claim.id, i)][0] for i in [*range(len(claim.statements)), None]
                     if (claim.id, i) in results)
        entry = stored[claim.id][0] if claim.id in stored else None
        linked = _Linked(tuple(its), verdicts.get(claim.id), run_of(problems), used, held[claim.id], entry)
        if entry is not None:
            made[claim.id] = Stored.of(claim, linked)
        return linked

    if whole:  # serve: every claim's part in C, the claims linked anew put in place
        was_recalled = list(map(recalled.__contains__, ids))
        every = list(map(recalled.get, ids))
        for at in compress(range(len(ids)), map(not_, was_recalled)):
            every[at] = linked_anew(claims[at])
        linked_all = cast(list[_Linked], every)
        now = dict(zip(ids, linked_all))
        again = list(compress(linked_all, was_recalled))
        touched = list(chain.from_iterable(map(_KEYS, again)))
        kept = [k for k in map(_STORED, again) if k is not None]
        quotes = list(chain.from_iterable(map(_QUOTES, linked_all)))
        every_run = list(map(_RUN, linked_all))
        runs = list(compress(every_run, map(_COUNT, every_run)))
        anchors = list(map(_VERDICT, linked_all))
        verdicts = dict(compress(zip(ids, anchors), map(is_not, anchors, repeat(None))))
        by_claim = dict(compress(zip(ids, map(_QUOTES, linked_all)), map(_QUOTES, linked_all)))
    else:
        touched, kept = [], []  # the anchors' cache entries of the claims recalled, still in use, and their own
        # entries (serve: recalled from memory, so not looked up)
        by_claim = {}  # each claim's quotes: a recalled claim's, the very tuple kept
        now = {}
        for claim in claims:
            linked = recalled.get(claim.id)
            if linked is not None:
                touched += linked.keys
                if linked.stored is not None:
                    kept.append(linked.stored)
                if linked.verdict is not None:
                    verdicts[claim.id] = linked.verdict
            else:
                linked = linked_anew(claim)
            now[claim.id] = linked
            quotes += linked.quotes
            if linked.run.count:
                runs.append(linked.run)
            _group_quotes(by_claim, claim.id, linked.quotes)
    cache.touch(ANCHOR_KIND, touched)
    cache.touch(CLAIM_KIND, kept)
    last.sources, last.actors, last.ids, last.made = tuple(sources), actors, ids, now  # whole or not at all
    # serve: the site's groupings kept, each updated from the claims linked again
    groupings = cache.kept(GROUPINGS, Groupings) if cache.reads is not None else None
    forget()  # the words' memos of this build's anchoring and reports, held to the end of the process else
    return Site(tuple(sources), annotations, tuple(quotes), verdicts, by_claim, groupings), runs, made


def _group_quotes(by_claim: dict[str, tuple[Quote, ...]], claim_id: str, quotes: tuple[Quote, ...]) -> None:
    """Add one claim's quotes to ``by_claim`` as :attr:`Site.quotes_by_claim` groups them (two claims of
    one id, an error reported elsewhere, share one group)."""
    if quotes:
        was = by_claim.get(claim_id)
        by_claim[claim_id] = quotes if was is None else was + quotes


def cited(claim: Claim) -> tuple[str, ...]:
    """The ids of the sources a claim's statements and verdict quote."""
    return (*(st.source for st in claim.statements), *((claim.verdict.source,) if claim.verdict else ()))


@dataclass(frozen=True)
class _Linked:
    """What linking one claim found: its quotes, its verdict's anchor, its problems and its anchor keys."""

    quotes: tuple[Quote, ...]
    verdict: Anchor | None
    run: Run  # its problems, packed
    keys: tuple[str, ...]
    held: tuple[object, ...]  # the claim, the actors and the sources it was linked with (keyed by their ids)
    stored: str | None  # its CLAIM_KIND key (None: its file's or a sidecar's hash unknown, not stored)


_ID = attrgetter("id")  # a claim's
_HELD, _KEYS, _STORED, _QUOTES, _RUN, _VERDICT = (attrgetter(name) for name in (  # a _Linked's
    "held", "keys", "stored", "quotes", "run", "verdict"))
_COUNT = attrgetter("count")  # a Run's


SpanRow = tuple[int, int, str, str, float, str, str]  # a Span's fields in order: a stored anchor's part
_SPAN_ROW = attrgetter(*(f.name for f in fields(Span)))  # a Span's row
_span, _anchor = maker(Span), maker(Anchor)  # a Span of its row, an Anchor of (its spans,): as pickle makes them


def _rows(anchor: Anchor) -> tuple[SpanRow, ...]:
    """``anchor``'s spans as rows of plain values (marshal stores them: claimentries.py)."""
    return tuple(map(_SPAN_ROW, anchor.spans))


def _anchored(rows: tuple[SpanRow, ...]) -> Anchor:
    """The Anchor of its spans' rows (:func:`_rows`)."""
    return _anchor((tuple(map(_span, rows)),))


@dataclass(frozen=True, slots=True)
class Stored:
    """A claim's _Linked as stored in the cache (in its claimentries entry): its quotes by statement
    position, their anchors as rows of plain values, made Anchors only by :meth:`linked`, and without the
    records they join (those of the build that reads it back)."""

    anchors: tuple[tuple[int, tuple[SpanRow, ...]], ...]  # (position of the statement in the claim, its anchor)
    verdict: tuple[SpanRow, ...] | None  # the verdict's anchor
    run: Run  # its problems, packed
    keys: tuple[str, ...]

    @classmethod
    def of(cls, claim: Claim, linked: _Linked) -> Stored:
        position = {id(st): i for i, st in enumerate(claim.statements)}
        return cls(tuple((position[id(q.statement)], _rows(q.anchor)) for q in linked.quotes),
                   None if linked.verdict is None else _rows(linked.verdict), linked.run, linked.keys)

    def linked(self, claim: Claim, annotations: Annotations, by_id: Mapping[str, Source],
               held: tuple[object, ...], stored: str) -> _Linked:
        """The _Linked of ``claim`` (the very claim it was stored from, by its file's hash) in this build."""
        quotes = []
        for i, rows in self.anchors:
            st = claim.statements[i]
            speaker = annotations.actor(st.speaker)
            assert speaker is not None  # the actor ids are part of the key
            quotes.append(Quote(claim, st, speaker, by_id[st.source], _anchored(rows)))
        return _Linked(tuple(quotes), None if self.verdict is None else _anchored(self.verdict), self.run,
                       self.keys, held, stored)


CLAIM_KIND = "claim-5"  # cache entries: one claim's entry, marshalled (claimentries.py: its Stored, its meaning)
LINKED_MADE = ("linked", "by claim")  # Cache.kept: the last build's _Last
GROUPINGS = ("site", "groupings")  # Cache.kept: the site's groupings of the last build (one object)


class _Last:
    """serve: what linking found for each claim in the last build (by claim id), and the sources and actors
    it was linked with."""

    def __init__(self) -> None:
        self.sources: tuple[Source, ...] = ()
        self.actors: object = None  # the actors' tuple
        self.ids: list[str] = []  # the claims' ids, in order
        self.made: dict[str, _Linked] = {}
ANCHOR_KIND = "anchor"


@dataclass(frozen=True)
class _Job:
    """One quote to anchor: a statement's (its position in the claim) or a verdict's (None)."""

    claim: str
    statement: int | None
    quote: str
    hint: AnchorHint | None


def _keys(source: Source, jobs: Sequence[_Job]) -> list[str]:
    """Each job's anchor key: the matching rules, the source's bytes (by hash), the quote
    and its hints."""
    key_of = keyer(RULES, source.sha256)
    return [key_of(job.quote, hint.prefix if hint else "", hint.suffix if hint else "",
                   str(hint.occurrence) if hint and hint.occurrence else "",
                   *(hint.accept if hint else ()))
            for job in jobs for hint in (job.hint,)]


def _report(
    result: Anchor | AnchorFailure, typed: str, loc: Loc, source: Source
) -> tuple[Anchor | None, tuple[Problem, ...]]:
    """The anchor, with a warning when fuzzy; None, with an error, when it failed."""
    problems: list[Problem] = []
    if isinstance(result, AnchorFailure):
        hint = _HINTS[result.reason]
        if result.reason == "misquote" and result.best is not None:
            accept = ", ".join(f'"{accepted_form(c)}"' for c in changes(typed, result.best.text)
                               if meaningful(c))
            hint += f" (here `accept: [{accept}]`)"
        problems.append(loc.problem(f"quote not anchored in {source.path}: {result.message}", hint))
        return None, tuple(problems)
    if result.method == "fuzzy":
        shown = " … ".join(span.text for span in result.spans)
        differs = ", ".join(str(c) for c in changes(typed, shown)) or "typography only"
        problems.append(
            loc.problem(
                f"quote anchored only approximately (score {result.score:.2f}) in {source.path}, "
                f"at {_where(source, result)}; it differs word by word (typed → article): {differs}",
                "copy the article's words exactly so the match is certain",
                severity="warning",
            )
        )
    return result, tuple(problems)


def _where(source: Source, found: Anchor) -> str:
    line, column = line_col(source.text, found.start)
    return f"{line}:{column}"
