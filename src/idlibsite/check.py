"""Everything `idlibsite check` and every build verify before anything is written.

load sources -> load annotations -> cross-check references -> anchor -> coverage.
The result carries the linked site (when usable), every problem, and the
coverage of attributed passages (quotations and reported speech) per source.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress, repeat
from operator import attrgetter, is_, is_not
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idlibsite.anchoring.link import link
from idlibsite.anchoring.lock import LOCK_NAME, Locked, read_lock_rows, shared, stealth_edits, swapped_ids
from idlibsite.anchoring.lockclaims import snapshot_taken
from idlibsite.anchoring.lockkept import read_kept, snapshot_kept
from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.published import lost_ids, renamed_claims
from idlibsite.anchoring.versionfile import VERSIONS_NAME, read_versions
from idlibsite.anchoring.versions import Version
from idlibsite.annotations.load import load_annotations
from idlibsite.annotations.references import References, references
from idlibsite.annotations.records import Claim
from idlibsite.cache import CACHE_DIR, Cache, key
from idlibsite.claimentries import ClaimEntries
from idlibsite.memo import Same
from idlibsite.config import Config
from idlibsite.errors import InputError, Problem, problem_at
from idlibsite.meaning import meaning_problems
from idlibsite.problemrows import Problems, Run, errors_of, joined, merged, merged_again, run_of
from idlibsite.quotedpassages import PASSAGES_KIND, Passages, ranges_and_key
from idlibsite.spansindex import SpansIndex
from idlibsite.sources.corpus import declared_ids, former_source_ids, load_corpus
from idlibsite.sources.records import Source
from idlibsite.unlisted import answered

if TYPE_CHECKING:  # a type only: sources/statements.py and its parsers are imported where passages are found
    from idlibsite.sources.statements import Passage

COVERAGE_MADE = ("coverage made",)  # Cache.kept: what coverage found of each source in the last build (one object)
SHARED_KIND = "lock shared"  # Cache.kept: the lock as read, its entries held once with the spans
SWAPPED_KIND = "swapped ids"  # Cache.kept: the sources swapped, by the sources and the lock as read
_ID = attrgetter("id")  # a source's
REFERENCES_MADE = ("references checked",)  # Cache.kept: each claim's problems of references (one object)
SORTED_MADE = ("problems sorted",)  # Cache.kept: the last check's problems, sorted (one object)
MERGED_MADE = ("problems merged",)  # Cache.kept: the last check's loose problems and runs, and their merge
JOINED_KIND = "runs joined"  # Cache.kept: the runs of one path joined into one, by the runs
COVERED_KIND = "covered-3"  # cache entries: how many passages a source has, how many are covered and not
# listed on purpose, and the warnings for those no span covers (2: as one packed Run, problemrows.py; 3: with
# the sidecar's not_listed, unlisted.py)


@dataclass(frozen=True)
class Coverage:
    """How many attributed passages (quotations, reported speech) of one source some statement covers."""

    source_id: str
    annotated: int  # passages some statement covers
    total: int
    not_listed: int = 0  # passages no statement covers that the sidecar's not_listed answers (unlisted.py)


@dataclass(frozen=True)
class CheckResult:
    """The outcome of loading, linking and checking a project."""

    site: Site
    problems: Sequence[Problem]  # errors and warnings, sorted (a problemrows.Problems: its runs packed)
    coverage: tuple[Coverage, ...]  # one per source, by id
    spans: Mapping[str, Locked]  # every anchored span, as the anchor lock records it
    locked: Mapping[str, Locked]  # the anchor lock as read (empty when missing or damaged)
    versions: tuple[Version, ...]  # every claim's published versions as read (empty when missing or damaged)
    hashed: Mapping[str, str]  # the SHA-256 (hex) of each claim file and corpus file read, by its name as shown
    # the lock as read as the cache holds its rows (anchoring/lock.py's lock_rows; None: no cache, no lock)
    locked_rows: bytes | None = None

    @property
    def errors(self) -> tuple[Problem, ...]:
        return errors_of(self.problems)


def check(config: Config, *, accept_source_changes: bool = False, cache: Cache | None = None,
          claims_shown_from: Path | None = None, trust_stats: bool = True) -> CheckResult:
    """Load, cross-check, anchor and compare with the anchor lock; write nothing.

    ``cache`` holds parsed inputs and anchors from earlier builds (by default
    the project's cache, read only).  ``claims_shown_from``: the folder claim
    files are named from (default the project root); the editing layer checks a
    copy of claims/ as claims/, so its files are named and cached as the real ones.  Without
    ``trust_stats``, every claim and corpus file is read and hashed, even one whose stat was recorded unchanged.
    """
    cache = cache or Cache(config.root / CACHE_DIR)
    # serve: the last build's sources (and the hashes of the files they were read from), when no file of the
    # corpus was reported changed since
    sources, problems, corpus_hashed = cache.unchanged(config.corpus, partial(_corpus, config, cache, trust_stats))
    hashed = dict(corpus_hashed)
    problems = list(problems)
    annotations, found = load_annotations(config.claims, claims_shown_from or config.root, cache,
                                          trust_stats=trust_stats, hashed=hashed)
    source_ids = {s.id for s in sources}
    if any(p.severity == "error" for p in problems):
        # a source that failed to load is reported once, not again at every statement citing it
        source_ids |= declared_ids(config.corpus, config.root)
    problems += found
    # serve: only the claims changed, or naming a source or reviewer changed, are checked again
    problems += references(annotations, source_ids, former_source_ids(sources),
                           None if cache.reads is None else cache.kept(REFERENCES_MADE, References))
    locked_rows: bytes | None
    try:
        locked, locked_rows = read_kept(config.claims / LOCK_NAME, config.rel(config.claims / LOCK_NAME), cache,
                                        read_lock_rows)
    except InputError as exc:  # a damaged lock: report it with the rest, compare with nothing
        problems += exc.problems
        locked, locked_rows = {}, None
    # one error each; their quotes are not anchored in the wrong text (serve: kept while both are the very objects)
    swapped = cache.kept((SWAPPED_KIND, Same(sources), Same(locked)), partial(swapped_ids, sources, locked))
    problems += swapped.values()
    entries = ClaimEntries(cache, annotations, hashed)  # one key and one entry per claim, for link and meaning
    site, linked, entries.linked = link([s for s in sources if s.id not in swapped] if swapped else sources,
                                        annotations, cache, entries.read)  # problems packed per claim
    try:
        versions = read_kept(config.claims / VERSIONS_NAME, config.rel(config.claims / VERSIONS_NAME), cache,
                             read_versions)
    except InputError as exc:  # edited by hand: report it with the rest
        problems += exc.problems
        versions = ()
    problems += lost_ids(sources, source_ids, annotations, locked, versions,
                         partial(_text, config, config.claims / LOCK_NAME),
                         partial(_text, config, config.claims / VERSIONS_NAME), cache.kept)
    problems += renamed_claims(site, versions, cache.kept)
    spans = snapshot_kept(site, cache, partial(snapshot_taken, site, cache, locked, locked_rows, entries.keys))
    locked = _shared(locked, spans, cache)  # held until the build writes the lock: the unchanged entries once
    problems += stealth_edits(site, locked, accept=accept_source_changes, now=spans, kept=cache.kept)
    # a process that builds once: the spans on each source and coverage's keys of each, stored (spansindex.py)
    index = SpansIndex.of(site, cache, entries.keys, hashed) if cache.once else None
    coverage, runs, passages = _coverage(site, cache, index)  # each source's warnings as one packed run
    if index is not None:
        index.store()
    found, claim_runs = meaning_problems(site, passages, cache, entries,  # reads the quotations coverage found
                                         None if index is None else index.overlapping(site.quotes_by_claim))
    problems += found
    runs += linked + claim_runs  # each claim's problems of linking and of meaning, packed
    # the runs are placed whole among the others, sorted: a fresh build makes no Problem of them
    return CheckResult(site, _merged_kept(problems, runs, cache, entries), coverage, spans, locked, versions, hashed,
                       locked_rows)


def _corpus(config: Config, cache: Cache, trust_stats: bool
            ) -> tuple[tuple[Source, ...], list[Problem], Mapping[str, str]]:
    """:func:`load_corpus`, with the SHA-256 of each file it read, by its name as shown."""
    hashed: dict[str, str] = {}
    sources, problems = load_corpus(config.corpus, config.root, cache, trust_stats=trust_stats, hashed=hashed)
    return sources, problems, hashed


def _text(config: Config, path: Path) -> tuple[str, str]:
    """A committed record's name as shown, and its text."""
    return config.rel(path), path.read_text("utf-8")


def unreviewed(site: Site) -> tuple[Claim, ...]:
    """The claims no second reader has reviewed yet (no ``reviewed:``), by id."""
    return tuple(c for c in site.annotations.claims if c.reviewed is None)


def _shared(locked: dict[str, Locked], spans: Mapping[str, Locked], cache: Cache) -> dict[str, Locked]:
    """:func:`shared`; serve: the last build's while the lock read is the very same object (its file
    unchanged), without a pass over every entry.  What it gives equals ``locked`` whatever ``spans``
    (only held once with them): an unchanged statement's entries are the very objects again (snapshot
    keeps them), so comparing with the lock before writing it still takes them by identity."""
    return cache.kept((SHARED_KIND, Same(locked)), partial(shared, locked, spans))


def _sorted(problems: Sequence[Problem], cache: Cache) -> tuple[Problem, ...]:
    """``problems`` sorted by :meth:`Problem.sort_key`; serve: the last check's sorted problems, less
    those not found again and with those found anew put in place, when few changed (most problems are
    the very objects each stage kept, compared by their ids in C: a sort of 65,000 took 0.08 s at 3,000
    sources; so are the problems gone and new found, and only those are gone through).  A problem put in
    place after another of the same key is equal to it (else all are sorted), so the order is a full sort's."""
    last = cache.kept(SORTED_MADE, _Sorted)
    was, was_ids = last.made  # one attribute: an interrupted check leaves both or neither
    if was_ids is None:  # none sorted yet, or one was there twice: every problem is put in place
        was, was_ids = (), {}
    by_id = dict(zip(map(id, problems), problems))  # the last problems are held: no new one has an old one's id
    gone, new = was_ids.keys() - by_id.keys(), by_id.keys() - was_ids.keys()
    made = None
    if len(by_id) == len(problems) and len(gone) + len(new) <= len(problems) // 16 + 16:  # none twice, few changed
        made = _merged(was, [was_ids[i] for i in gone], [by_id[i] for i in new])
    if made is None:
        made = tuple(sorted(problems, key=Problem.sort_key))
    last.made = made, by_id if len(by_id) == len(problems) else None
    return made


def _merged_kept(problems: Sequence[Problem], runs: Sequence[Run], cache: Cache, entries: ClaimEntries) -> Problems:
    """:func:`merged`; serve: the last build's merge, with the runs an edit replaced put in place
    (:func:`merged_again`), while the loose problems are the very objects, and the runs too but those
    of a path placed whole."""
    last = cache.kept(MERGED_MADE, _Merge)
    join = partial(_joined, cache=cache, entries=entries)
    made = merged_again(last.made[2], problems, runs, last.made[:2], join) if last.made is not None else None
    if made is None:
        made = merged(problems, runs, partial(_sorted, cache=cache), join)
    else:
        cache.recall(SORTED_MADE)  # the last sort kept for the next build that sorts
    last.made = tuple(problems), tuple(runs), made  # one attribute: an interrupted check leaves the last whole
    return made


class _Merge:
    """serve: the last check's loose problems and runs, and their merge."""

    def __init__(self) -> None:
        self.made: tuple[tuple[Problem, ...], tuple[Run, ...], Problems] | None = None


def _joined(runs: Sequence[Run], cache: Cache, entries: ClaimEntries) -> Run:
    """:func:`joined`; a fresh process: as stored in the claim's entry (claimentries.py); serve: the last
    build's run of the same runs (a claim's, of linking and of meaning, kept while it is unchanged), not
    unpacked and packed again at every build."""
    return entries.joined(runs) or cache.kept((JOINED_KIND, *runs), partial(joined, runs))


def _merged(was: Sequence[Problem], gone: Sequence[Problem], new: Sequence[Problem]) -> tuple[Problem, ...] | None:
    """``was`` (sorted) without the very objects ``gone`` and with ``new`` put in place, copied slice by
    slice (an insertion into a list of 65,000 moves them all); None when a new problem would follow one
    of its key that differs from it (the order is then a full sort's: all are sorted)."""
    key = Problem.sort_key
    dropped = set()
    for p in gone:
        at = bisect_left(was, key(p), key=key)
        while was[at] is not p:  # among those of its key
            at += 1
        dropped.add(at)
    added: dict[int, list[Problem]] = {}
    for p in sorted(new, key=key):
        k = key(p)
        at = bisect_right(was, k, key=key)
        back = at - 1  # the last kept problem before it
        while back in dropped:
            back -= 1
        before = added[at][-1] if at in added else was[back] if back >= 0 else None
        if before is not None and key(before) == k and before != p:
            return None
        added.setdefault(at, []).append(p)
    made: list[Problem] = []
    start = 0
    for at in sorted(dropped | added.keys()):
        made += was[start:at]
        made += added.get(at, ())
        start = at + 1 if at in dropped else at
    made += was[start:]
    return tuple(made)


class _Sorted:
    """serve: the last check's problems, sorted, and each by its id (None: one was there twice)."""

    def __init__(self) -> None:
        self.made: tuple[tuple[Problem, ...], dict[int, Problem] | None] = ((), None)


def _coverage(
    site: Site, cache: Cache, index: SpansIndex | None = None
) -> tuple[tuple[Coverage, ...], list[Run], Mapping[str, Sequence[Passage]]]:
    """Attributed passages in each source, which no statement overlaps (as warnings, one run per source), and the passages
    (each source's read or found only when asked for: a fresh process finds what it reports about an
    unchanged source, with the same spans, stored as a whole, COVERED_KIND).  serve: with the very sources
    of the last build, only those whose statements are not the very tuple of the last build (found in C)
    are gone through; the others' coverage, run and keys are the last build's, in place.  With ``index``
    (a process that builds once, which keeps no last build), every source is gone through, the spans on it
    are the index's (the statements are not grouped by source), and an unchanged source's keys its stored ones."""
    last = cache.kept(COVERAGE_MADE, _Covered)
    sources, n = site.sources, len(site.sources)
    if index is None:
        quotes = list(map(site.quotes_by_source.get, map(_ID, sources), repeat((), n)))
        whole = n == len(last.sources) and all(map(is_, sources, last.sources))
    else:
        quotes, whole = [], False
    todo = list(compress(range(n), map(is_not, quotes, last.quotes))) if whole else range(n)

    def spans(at: int) -> tuple[tuple[int, int], ...]:
        return _spans(quotes[at]) if index is None else index.spans.get(sources[at].id, ())

    # the last build's for a source of the same object (its bytes, sidecar and blocks): its passages' key (not its
    # ranges, 9 MB at 3,000 sources: found again if its passages are not stored), and with the same statements
    # (linking gives an unchanged claim's back) its coverage's key and what it found (neither made nor keyed again)
    was = [w if (w := last.made.get(sources[at].id)) is not None and w[0] is sources[at] else None for at in todo]
    same = [w is not None and w[1] == quotes[at] for at, w in zip(todo, was)]
    # a source's keys as the index stored them, while its files (and spans) are the same: its ranges found
    # only if its passages are read
    indexed = [None if index is None else index.keys_of(sources[at]) for at in todo]
    made = [w[2] if w is not None else (None, i[0]) if i is not None else ranges_and_key(sources[at])
            for at, w, i in zip(todo, was, indexed)]
    # by position, not id: two sources with one id (an error reported elsewhere) keep their own ranges
    passages = Passages(cache, last.passages if whole else {s.id: (s, *m) for s, m in zip(sources, made)})
    # what coverage reports of a source is a function of its passages (by their key), its path and the spans
    # on it: kept by those in serve, stored under their hash
    keys = [w[3] if kept and w is not None else i[1] if i is not None and i[1] is not None
            else _covered_key(cache, sources[at], spans(at), k)
            for at, (_, k), w, kept, i in zip(todo, made, was, same, indexed)]
    stored = cache.get_many(COVERED_KIND, [k for k, kept in zip(keys, same) if not kept])  # few queries
    blank: list[Any] = [None] * n  # (every position is given its own below: todo is each one)
    out, runs, every_key, now = ((list(last.out), list(last.runs), list(last.keys), dict(last.made)) if whole
                                 else (blank, list(blank), list(blank), {}))
    for at, (source_ranges, k), covered_key, w, kept in zip(todo, made, keys, was, same):
        source = sources[at]
        found = w[4] if kept and w is not None else stored.get(covered_key)
        if not (isinstance(found, tuple) and len(found) == 4 and isinstance(found[3], Run)):
            found = cache.put(COVERED_KIND, covered_key, _found(
                source, passages.of(source, source_ranges, k), spans(at)))
        total, annotated, not_listed, missing = found
        runs[at], every_key[at] = missing, covered_key
        out[at] = Coverage(source.id, annotated, total, not_listed)
        if index is None:  # kept without its ranges (above)
            now[source.id] = source, quotes[at], (None, k), covered_key, found
        else:
            index.made(source, k, covered_key)
    cache.touch(COVERED_KIND, every_key)  # used, as if looked up
    passage_keys = last.passage_keys if whole else [k for _, k in made]
    if index is None:
        unranged: dict[str, tuple[Source, list[tuple[int, int]] | None, str]] = (
            last.passages if whole else {i: (s, None, k) for i, (s, _, k) in passages.made.items()})
        last.sources, last.quotes, last.passages, last.passage_keys, last.out, last.runs, last.keys, last.made = (
            sources, quotes, unranged, passage_keys, out, runs, every_key, now)  # whole or not at all
    cache.touch(PASSAGES_KIND, passage_keys)  # kept for the next build, read or not
    return tuple(out), list(runs), passages


def _spans(quotes: Sequence[Quote]) -> tuple[tuple[int, int], ...]:
    """The spans of ``quotes`` on their source, in order."""
    return tuple((s.start, s.end) for q in quotes for s in q.anchor.spans)


def _covered_key(cache: Cache, source: Source, its: tuple[tuple[int, int], ...], k: str) -> str:
    """The key of what coverage reports of ``source``, whose passages' key is ``k`` and spans ``its``: with its
    ``not_listed`` entries' words and where the sidecar gives them (not their notes: no warning or count reads them)."""
    unlisted = tuple((n.quote, n.loc) for n in source.meta.not_listed)
    return cache.kept((COVERED_KIND, k, source.path, its, unlisted),
                      partial(key, COVERED_KIND, k, source.path, repr(its), repr(unlisted)))


def _found(source: Source, passages: Sequence[Passage], spans: Sequence[tuple[int, int]]
           ) -> tuple[int, int, int, Run]:
    """How many ``passages`` the source has, how many ``spans`` cover, how many its sidecar's ``not_listed``
    answers, and the problems: a warning for each of the others, and those of the entries."""
    on_purpose, problems = answered(source, passages, spans)
    missing = _uncovered(source, passages, spans, on_purpose)
    return (len(passages), len(passages) - len(missing) - len(on_purpose), len(on_purpose),
            run_of((*missing, *problems)))


# what coverage found of one source: the source, its statements, its passages' key (its quoted blocks' ranges: None),
# its coverage's key, and how many passages it has, are covered and are not listed on purpose, with its
# problems (packed): a warning for each passage left, and those of its not_listed entries
_Made = tuple[Source, tuple[Quote, ...], tuple[list[tuple[int, int]] | None, str], str, tuple[int, int, int, Run]]


class _Covered:
    """serve: what coverage found of each source in the last build, by id, and by position: the sources,
    their statements, passages' keys, coverage, runs and coverage keys; each passages' source and key (not ranges)."""

    def __init__(self) -> None:
        self.sources: Sequence[Source] = ()
        self.quotes: list[tuple[Quote, ...]] = []
        self.passages: dict[str, tuple[Source, list[tuple[int, int]] | None, str]] = {}
        self.passage_keys, self.keys = [], []  # type: list[str], list[str]
        self.out: list[Coverage] = []
        self.runs: list[Run] = []
        self.made: dict[str, _Made] = {}


def _uncovered(source: Source, passages: Sequence[Passage], spans: Sequence[tuple[int, int]],
               on_purpose: Collection[int] = ()) -> tuple[Problem, ...]:
    """A warning for each of the source's attributed passages that no span overlaps, but those (by their
    index) ``on_purpose`` not listed."""
    problems = []
    for i, q in enumerate(passages):
        if i in on_purpose or any(s < q.end and q.start < e for s, e in spans):
            continue
        what = "attributed quotation" if q.kind == "direct" else "reported speech"
        excerpt = " ".join(source.text[q.start : q.end].split())
        excerpt = excerpt if len(excerpt) <= 70 else excerpt[:67] + "..."
        problems.append(
            problem_at(
                source.path,
                source.text,
                q.start,
                f"{what} not covered by any statement: {excerpt!r}",
                "add a statement quoting it to the claim it bears on",
                severity="warning",
            )
        )
    return tuple(problems)
