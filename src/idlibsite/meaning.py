"""Checks of meaning: is each statement given to the right speaker, with the right kind,
side and date?  Anchoring proves the words are in the article; these checks read the
words around them.  Every problem is a warning (``--strict`` makes it fail).

- wording: a direct statement must lie inside quotation marks, a reported one
  must not lie wholly inside them;
- attribution: the clause that reports a statement must not name another
  speaker, and a reported statement's sentence must report speech at all;
- claims: the claim's actor speaks on the assertion side, the claim's date
  agrees with the actor's own statements, every counter actor speaks on the
  counter side; no statement is said after its source was published (latesaid.py);
- shared spans: the same words are not given to two speakers (unless the
  sentence names them together), nor to both sides of one claim;
- aliases: no alias of one actor also names another (annotations/aliases.py).

The rules are general (news-prose conventions, see
:mod:`idlibsite.sources.clauses`), never tuned to one corpus.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, compress, repeat
from operator import attrgetter, is_not, itemgetter, or_
from typing import TYPE_CHECKING, Protocol, cast

from idlibsite.anchoring.grouping import dropped, replaced
from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.placement import misplaced
from idlibsite.annotations.aliases import alias_clashes, alias_problems
from idlibsite.annotations.records import Actor, Claim
from idlibsite.cache import Cache, keyer
from idlibsite.memo import holding
from idlibsite.dates import PartialDate
from idlibsite.errors import Problem
from idlibsite.latesaid import said_late
from idlibsite.paragraphs import Bounds, Paragraph, Paragraphs, prepared
from idlibsite.problemrows import Run, run_of
from idlibsite.sources.clauses import Names, around, main_attribution, named, names_of, quote_attribution, speaks
from idlibsite.sources.quotations import Quotation
from idlibsite.sources.records import Source

if TYPE_CHECKING:  # a type only: sources/statements.py and its parsers are imported where passages are found
    from idlibsite.sources.statements import Passage

_MARKS_ONLY = re.compile(r"[\s\"“”«»‘’',.;:!?…]*")  # what a span may add around a quotation


MEANING_KIND = "meaning"  # cache entries: what the checks of one statement found
ALIASES_KIND = "alias problems"  # Cache.kept: the warnings of actors' names that clash, by the actors
RULES = "meaning-3"  # changed with the checks, so that no cached answer of older checks is used


class ClaimFound(Protocol):
    """Each claim's entry (claimentries.ClaimEntries): what the checks found, as read, and where to store it."""

    @property
    def checked(self) -> Mapping[str, Whole]:
        """By claim id: meaning's part of the claim's entry, as read."""

    @property
    def anchored(self) -> Mapping[str, int]:
        """By claim id: how many of its statements linking anchored, as its entry read holds them."""

    def put(self, claim_id: str, found: Whole) -> None: ...


_Finding = tuple[tuple[tuple[str, str], ...], frozenset[str]]  # one statement's: (message, hint)s, actors named
# a claim's findings stored whole (claimentries.py): the actors each statement's clause names, and every problem
# of the claim's checks (its statements' warnings, its own, and the errors of its misplaced quotes), packed: a
# fresh process makes no Problem of them (problemrows.py)
Whole = tuple[tuple[frozenset[str], ...], Run]
_ByClaim = Mapping[str, tuple[Quote, ...]]  # each claim's quotes (Site.quotes_by_claim)


@dataclass(frozen=True)
class _Found:
    """What the checks found for one claim (kept while ``held`` is the same objects, in ``serve``)."""

    held: tuple[Claim, tuple[Quote, ...]] | str  # the claim and its quotes (keeping nothing: an entry's, its id)
    keys: tuple[str, ...]  # its statements' cache entries (none when the claim's entry was read)
    speakers: tuple[frozenset[str], ...]  # the actors each statement's attribution clause names
    run: Run  # its problems packed: its statements' warnings, the claim's own (:func:`_claim`), and
    # placement.misplaced's errors


def meaning_problems(site: Site, passages: Mapping[str, Sequence[Passage]],
                     cache: Cache | None = None, entries: ClaimFound | None = None,
                     overlapping: Mapping[str, tuple[Quote, ...]] | None = None) -> tuple[list[Problem], list[Run]]:
    """Every warning of the checks above, for the whole site: those of each claim's statements and of
    the claim itself, with the errors of its misplaced quotes (anchoring/placement.py), as one packed run
    per claim (problemrows.py); the others (spans shared across claims, actors' names) as Problems.
    ``passages``: each source's passages as coverage found them (its quotations are read from there, not found again).

    What the checks of each statement found comes from ``cache`` when
    everything they read is unchanged: the source's bytes, the paragraph, the
    statement, its span, its speaker and every actor's names.  With ``entries`` (claimentries.py), what
    they found for a claim is taken whole from the claim's entry, as read by linking, and what they find
    anew is given to it to store.  ``overlapping``: the quotes of only the sources two of whose spans overlap
    (spansindex.py; None: every source's are gone through for spans shared).
    """
    cache = cache or Cache(None)
    every_name = actor_names(site.annotations.actors)
    names = repr(every_name)
    names = cache.kept((MEANING_KIND, names), lambda: names)  # the last build's string when equal: compared once
    key_of = keyer(RULES, names)
    bounds = Bounds()

    def key(quote: Quote) -> str:
        spans = tuple((s.start, s.end) for s in quote.anchor.spans)
        return key_of(quote.source.sha256, quote.source.meta.outlet, repr(bounds.first(quote)),
                      quote.statement.id, quote.statement.kind, quote.speaker.id, repr([*spans]))

    # serve: what the checks found for each claim (every one of its statements, then the claim's own
    # checks), kept while the claim and its quotes (linking gives an unchanged claim's back as the very
    # tuple) are the same objects and the names the same
    last = cache.kept((MEANING_KIND, "by claim"), _Last)
    claims = site.annotations.claims
    ids = list(map(_ID, claims))
    by_claim = site.quotes_by_claim
    quotes_of: list[tuple[Quote, ...]] | None = None  # each claim's (None: see quotes_at)
    was: list[_Found | None]
    if cache.reads is None:  # a process that keeps nothing (builds once): no claim is the last build's
        was, todo = [None] * len(ids), list(range(len(ids)))
    elif last.names is names and site.claim_by_id is not None and last.ids == ids:
        # the same claims in the same order: those whose claim or quotes are not the last's found in C
        quotes_of = list(map(by_claim.get, ids, repeat((), len(ids))))
        was = list(last.made.values())
        held = list(map(_HELD, was))
        todo = list(compress(range(len(ids)), map(or_, map(is_not, claims, map(itemgetter(0), held)),
                                                  map(is_not, quotes_of, map(itemgetter(1), held)))))
    else:  # by id: two identity tests per claim
        quotes_of = list(map(by_claim.get, ids, repeat((), len(ids))))
        was_found = last.made if last.names is names else {}
        was = [w if (w := was_found.get(c.id)) is not None and w.held[0] is c and w.held[1] is q else None
               for c, q in zip(claims, quotes_of)]
        todo = [at for at, w in enumerate(was) if w is None]
    # a fresh process: each claim's findings stored whole in its entry, so that no statement is keyed (nor
    # its source's blocks unpacked) while the claim file and its sources are the same
    stored = entries.checked if entries is not None else {}
    # a claim linked from its entry read has as many quotes as its anchors (two claims of one id share a group)
    anchored = entries.anchored if entries is not None and site.claim_by_id is not None else None

    def stored_of(claim_id: str) -> Whole | None:
        hit = stored.get(claim_id)  # (read with its anchors)
        return hit if hit is not None and len(hit[0]) == (
            len(by_claim.get(claim_id, ())) if anchored is None else anchored[claim_id]) else None

    def quotes_at(at: int) -> tuple[Quote, ...]:  # a claim's quotes, read only for one checked anew
        return by_claim.get(ids[at], ()) if quotes_of is None else quotes_of[at]

    # the keys (a SHA-256 each) and the cache are asked only for the other claims' statements
    keys = {id(quote): key(quote) for at in todo if stored_of(ids[at]) is None for quote in quotes_at(at)}
    cached = cache.get_many(MEANING_KIND, keys.values())  # all at once: few queries
    found_names = last.compiled if last.names is names else None  # made only when a statement is checked anew
    paragraphs = Paragraphs(passages)
    same: dict[frozenset[str], frozenset[str]] = {}  # equal sets of actors named, held once (each found is a copy)
    for at in todo:
        claim = claims[at]
        hit = stored_of(claim.id)
        used: tuple[str, ...]
        if hit is not None:  # stored whole: its statements' own entries are not needed, no Problem made
            who, run = hit
            used = ()
            its = claim.id if quotes_of is None else (claim, quotes_of[at])  # what its _Found holds
        else:
            quotes = quotes_at(at)
            its = (claim, quotes)
            findings: list[_Finding] = []
            for quote in quotes:
                k = keys[id(quote)]
                found = cached.get(k)
                if not (isinstance(found, tuple) and len(found) == 2):
                    found_names = found_names or names_of(every_name)
                    para = paragraphs.get(quote.source, *bounds.first(quote))  # where its words begin
                    warned, ids_named = _attribution(quote, para, found_names, site)
                    found = (tuple(_wording(quote, para) + warned), frozenset(ids_named))
                    found = cache.put(MEANING_KIND, k, found)
                findings.append(found)
            used = tuple(keys[id(q)] for q in quotes)
            who = tuple(named_ for _, named_ in findings)
            run = run_of([*(_warn(quote, message, hint) for quote, (messages, _)
                            in zip(quotes, findings, strict=True) for message, hint in messages),
                          *_claim(claim, quotes), *misplaced(quotes)])
            if entries is not None:
                entries.put(claim.id, (who, run))
        was[at] = _Found(its, used, tuple(same.setdefault(named_, named_) for named_ in who), run)
    made = cast(list[_Found], was)
    recalled = bytearray([1]) * len(made)  # whether each claim's findings were the last build's
    for at in todo:
        recalled[at] = 0
    # the cache entries of the claims recalled, still in use (not looked up)
    cache.touch(MEANING_KIND, chain.from_iterable(map(_KEYS, compress(made, recalled))))
    now = dict(zip(ids, made))
    every_run = list(map(_RUN, made))
    runs = list(compress(every_run, map(_COUNT, every_run)))  # (most claims have none: no empty run to unpack)
    # each source's spans shared, made again for a source whose statements are not the very tuple of the last
    # build (the groupings give an untouched source's back), in the order of site.quotes
    by_source = site.quotes_by_source if overlapping is None else overlapping
    shared = dict(last.shared) if last.names is names else {}  # (the keys of the last build's by_source)
    changed = replaced(by_source, last.by_source if last.names is names else {})
    for gone in dropped(by_source, shared, changed):
        del shared[gone]
    for source_id in changed:
        shared[source_id] = _shared_spans(by_source[source_id], _speakers(by_source[source_id], now, by_claim))
    problems = list(chain.from_iterable(map(shared.__getitem__, by_source)))
    # whole or not at all: an interrupted check leaves the last build's (serve: the names compiled, at its quiet moment)
    last.names, last.ids, last.made, last.by_source, last.shared, last.compiled = (
        names, ids, now, by_source, shared, prepared(found_names, every_name, bool(last.ids)))
    actors = site.annotations.actors
    k = key_of("aliases")  # every actor's names, in order: all that the clashes depend on
    cache.touch(MEANING_KIND, (k,))  # used, as if looked up (serve may keep its problems)
    # serve: the very problems of the last build while the actors are the same objects (their names and
    # places): so that the problems sorted again are only those of what changed
    problems += cache.kept((ALIASES_KIND, *map(id, actors)),
                           partial(holding, actors, partial(_alias_problems, actors, cache, k)))[1]
    return problems, runs


def _alias_problems(actors: Sequence[Actor], cache: Cache, k: str) -> list[Problem]:
    """:func:`alias_problems` of ``actors``, their clashes stored under ``k``."""
    clashes = cache.get(MEANING_KIND, k)
    if not isinstance(clashes, list):
        clashes = alias_clashes(actors)
        clashes = cache.put(MEANING_KIND, k, clashes)
    return alias_problems(actors, clashes)


class _Last:
    """serve: what the checks found for each claim in the last build, by claim id (in the claims' order), the
    names they read, and the spans shared on each source, with the statements on it they were found of."""

    def __init__(self) -> None:
        self.names = ""
        self.compiled: Names | None = None  # ``names`` compiled, when made
        self.ids: list[str] = []  # the claims' ids, in order
        self.made: dict[str, _Found] = {}
        self.by_source: Mapping[str, tuple[Quote, ...]] = {}
        self.shared: dict[str, list[Problem]] = {}


def _speakers(quotes: Iterable[Quote], found: Mapping[str, _Found], by_claim: _ByClaim) -> dict[int, frozenset[str]]:
    """id(quote) -> the actors its attribution clause names, for each of ``quotes``, from what the checks
    ``found`` of its claim (of its quotes, as ``by_claim`` groups them when its id alone is held)."""
    speakers: dict[int, frozenset[str]] = {}
    for claim_id in {q.claim.id for q in quotes}:
        its = found[claim_id]
        held = by_claim[claim_id] if isinstance(its.held, str) else its.held[1]
        speakers.update(zip(map(id, held), its.speakers, strict=True))
    return speakers


_ID, _HELD, _KEYS, _RUN, _COUNT = (attrgetter("id"), attrgetter("held"), attrgetter("keys"), attrgetter("run"),
                                   attrgetter("count"))


def actor_names(actors: Iterable[Actor]) -> list[tuple[str, str]]:
    """Every actor name and alias with its actor id (a shared alias appears once per actor)."""
    return [(name, actor.id) for actor in actors for name in (actor.name, *actor.aliases)]


def _warn(quote: Quote, message: str, hint: str) -> Problem:
    return quote.statement.quote_loc.problem(f"statements '{quote.statement.id}': {message}", hint, "warning")


def _wording(quote: Quote, para: Paragraph) -> list[tuple[str, str]]:
    """A direct statement outside quotation marks, or a reported one inside them."""
    spans = [s for s in quote.anchor.spans if para.start <= s.start < para.end]
    if quote.statement.kind == "direct":
        text = quote.source.text
        for s in spans:
            if not any(_within(text, s.start, s.end, q) for q in para.quotations):
                outside = quote.source.text[s.start : s.end]
                return [(f"a direct statement reaches outside the quotation marks: {_excerpt(outside)!r}",
                         "quote only the words inside the marks; the reporter's words around them are "
                         "not the speaker's (make it kind: reported if it paraphrases)")]
    elif spans and all(any(q.closed and q.start <= s.start and s.end <= q.end for q in para.quotations)
                       for s in spans):
        return [("a reported statement lies wholly inside quotation marks",
                 "the speaker's own words are a direct statement: set kind: direct")]
    return []


def _within(text: str, start: int, end: int, q: Quotation) -> bool:
    """True when [start, end) is inside the quotation, give or take its own marks and punctuation."""
    if not (start < q.end and q.start < end):
        return False
    return _MARKS_ONLY.fullmatch(text[start : q.start]) is not None and \
        _MARKS_ONLY.fullmatch(text[q.end : end]) is not None


def _attribution(quote: Quote, para: Paragraph, names: Names, site: Site) -> tuple[list[tuple[str, str]], set[str]]:
    """A clause naming another speaker, or a reported statement with no speech of its own."""
    b = para.start
    start, end = quote.anchor.start - b, min(quote.anchor.spans[-1].end, para.end) - b
    text = para.masked
    s, e = around(para.sentences, start, end)
    reported = quote.statement.kind == "reported"
    if reported:  # read by its own clauses first, then by its sentence's
        clause = main_attribution(text, (s, e), (start, end), names)
    else:
        quoted = next(((q.start - b, q.end - b) for q in para.quotations if q.start <= quote.anchor.start < q.end),
                      (start, end))
        clause = quote_attribution(text, s, e, quoted)
    ids = named(text[clause.subject_start : clause.subject_end], names) if clause else set()
    speaker = quote.speaker
    problems: list[tuple[str, str]] = []
    if ids and speaker.id not in ids:
        who = ", ".join(sorted(site.actor_by_id[i].name for i in ids))
        phrase = _excerpt(quote.source.text[b + clause.subject_start : b + clause.verb_end]) if clause else ""
        problems.append((f"its attribution clause {phrase!r} names {who}, not the speaker {speaker.name}",
                         "give the statement to the speaker its sentence names, or quote only the words "
                         "that speaker said"))
    if reported and not speaks(text, s, e) and not _own_words(speaker, quote.source):
        problems.append(("its sentence reports no speech (no speech verb, no \"according to\"): "
                         "the attribution belongs to another sentence",
                         "quote the sentence that says who said it, or the reporter's words are given "
                         "to the speaker"))
    return problems, ids


def _own_words(speaker: Actor, source: Source) -> bool:
    """True when the speaker is the publisher itself (an outlet's own finding needs no "said")."""
    outlet = source.meta.outlet.casefold()
    return any(name.casefold() == outlet for name in (speaker.name, *speaker.aliases))


def _claim(claim: Claim, quotes: tuple[Quote, ...]) -> list[Problem]:
    """The actor on the assertion side, the date among its statements, counter actors on the counter side, and
    no statement said after its source was published."""
    problems = []
    own = [q for q in quotes if q.speaker.id == claim.actor and q.statement.side == "assertion"]
    if not own:
        problems.append(claim.loc.problem(
            f"the claim's actor '{claim.actor}' has no statement on the assertion side",
            "quote the actor asserting it, or make the actor the one whose words the statements are", "warning"))
    dates = [q.statement.said for q in own if q.statement.said.known]
    if claim.date.known and dates:
        earlier = any(d.before(claim.date) for d in dates)
        # before every dated one: wrong only when none is undated (an undated one may be the first)
        too_early = len(dates) == len(own) and all(claim.date.before(d) for d in dates)
        if earlier or too_early:
            first = min(dates, key=PartialDate.sort_key)
            problems.append(claim.loc.problem(
                f"the claim is dated {claim.date.iso}, but its actor's own statements begin {first.iso}",
                "date the claim when the actor first asserted it, as its statements show "
                "(a month or a year when they are not more precise)", "warning"))
    counter = {q.speaker.id for q in quotes if q.statement.side == "counter"}
    if claim.counter_assertion is not None:
        for actor in claim.counter_assertion.actors:
            if actor not in counter:
                problems.append(claim.loc.problem(
                    f"counter_assertion names '{actor}', who has no statement on the counter side",
                    "add the actor's counter statement, or remove the actor from counter_assertion.actors",
                    "warning"))
    return problems + said_late(quotes)


def _shared_spans(quotes: Iterable[Quote], speakers: Mapping[int, frozenset[str]]) -> list[Problem]:
    """Overlapping spans given to two speakers, or to both sides of one claim."""
    by_source: dict[str, list[tuple[int, int, Quote]]] = defaultdict(list)
    for q in quotes:
        for s in q.anchor.spans:
            by_source[q.source.id].append((s.start, s.end, q))
    problems = []
    seen: set[tuple[int, int, str]] = set()
    for spans in by_source.values():
        spans.sort(key=lambda t: (t[0], t[1]))
        for i, (s1, e1, q1) in enumerate(spans):
            for s2, e2, q2 in spans[i + 1 :]:
                if s2 >= e1:
                    break
                for message, hint in _conflict(q1, q2, speakers):
                    k = (id(q1), id(q2), message)
                    if k not in seen:
                        seen.add(k)
                        problems.append(_warn(q2, message, hint))
    return problems


def _conflict(a: Quote, b: Quote, speakers: Mapping[int, frozenset[str]]) -> list[tuple[str, str]]:
    where = f"{a.claim.path}, statement '{a.statement.id}'"
    if a.speaker.id != b.speaker.id:
        joint = {a.speaker.id, b.speaker.id} <= speakers[id(a)] | speakers[id(b)]
        if not joint:
            return [(f"the same words are given to {a.speaker.name} in {where}",
                     "words have one speaker: give both statements the speaker the article names")]
    elif a.claim.id == b.claim.id and {a.statement.side, b.statement.side} == {"assertion", "counter"}:
        return [((f"the same words are on the {a.statement.side} side in {where}, and on the "
                 f"{b.statement.side} side here"), "a statement cannot support and dispute one claim: pick one side")]
    return []


def _excerpt(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
