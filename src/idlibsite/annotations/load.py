"""The loader of the hand annotations in claims/ (format: claims/README.md).

:func:`load_annotations` reads ``actors.yaml`` and one ``<claim-id>.yaml`` per
claim, checks every field and every cross-reference it can check alone
(actor ids, claim and statement ids, aliases), and returns the records with
every problem found.  Source ids are checked once the corpus is loaded
(references.py); quotes are anchored elsewhere.

Records with a bad value still come back (a placeholder stands in: "", an
unknown date, None) so that later checks run too; a caller must not publish
while any error is reported.  Only records without a usable id are dropped.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import partial
from pathlib import Path

from idlibsite.annotations.actors import load_actors
from idlibsite.annotations import claimrows
from idlibsite.annotations.claimfiles import Alias, ClaimFiles, Listing, Outcome
from idlibsite.annotations.gathered import Gathered
from idlibsite.annotations.statementchecks import duplicate_statements, unknown_responses
from idlibsite.annotations.topics import TOPICS_FILE, load_topics, topic_ref
from idlibsite.annotations.records import (
    SIDES,
    STATEMENT_KINDS,
    STATUS_VALUES,
    AnchorHint,
    Annotations,
    Claim,
    CounterAssertion,
    Review,
    Statement,
    Status,
    Verdict,
)
from idlibsite.cache import BATCH, Cache, key
from idlibsite.dates import UNKNOWN, PartialDate
from idlibsite.errors import Loc, Problem
from idlibsite.filestats import Stats, read_hashed
from idlibsite.formerids import former_problems, renamed, renamed_problem
from idlibsite.projectfiles import listing, shown_as
from idlibsite.schema import (
    close_matches,
    copied_text,
    enum,
    fields,
    located,
    partial_date,
    positive_int,
    prefixed,
    slug,
    text,
)
from idlibsite.sources.evidence import sha256_hex
from idlibsite.sources.records import BLOCK_KINDS
from idlibsite.yamlpos import YValue, load_yaml_bytes

ACTORS_FILE = "actors.yaml"
CLAIM_KIND = "claim-file-2"  # cache entries: a claim file parsed and checked (2: as claimrows.py's rows)
CLAIM_FILES = "claim-files"  # Cache.kept: what each claim file gave in the last build (serve)
CLAIM_KEYS = ("id", "title", "actor", "date", "date_note", "assertion", "counter_assertion", "topics", "verdict",
              "status", "updated", "aliases", "notes", "reviewed", "statements")
STATEMENT_KEYS = ("id", "speaker", "source", "quote", "kind", "side", "said", "said_note", "anchor", "responds_to")


def load_annotations(
    claims_dir: Path, display_root: Path, cache: Cache | None = None, *, trust_stats: bool = True,
    hashed: dict[str, str] | None = None,
) -> tuple[Annotations, list[Problem]]:
    """Read and check claims_dir/actors.yaml, claims_dir/topics.yaml and every other claims_dir/*.yaml.

    Problems name files relative to ``display_root`` (``claims/foo.yaml``) and
    come back sorted by file and position.  A claim file whose bytes (and the
    actor and topic ids it is checked against) are unchanged is taken from ``cache``;
    with ``trust_stats``, a claim file whose stat is the one recorded is not even read
    (filestats.py).  ``hashed`` is given the SHA-256 of each claim file, by its name as shown.
    """
    cache = cache or Cache(None)
    problems: list[Problem] = []
    actors_display = shown_as(claims_dir / ACTORS_FILE, display_root)
    actors = load_actors(claims_dir / ACTORS_FILE, actors_display, display_root, problems, cache)
    topics_display = shown_as(claims_dir / TOPICS_FILE, display_root)
    topics = load_topics(claims_dir / TOPICS_FILE, topics_display, display_root, problems)
    former = renamed((a.id, old) for a in actors.values() for old in a.former_ids)
    reader = _ClaimReader(actors, former, actors_display, topics, topics_display, problems)
    # serve: the listing, and each claim file not read again since, as the last build found them
    files = cache.kept((CLAIM_FILES, str(claims_dir), str(display_root), reader.actors_key), ClaimFiles)
    yml, paths = (_listing(claims_dir) if cache.reads is None else
                  files.listed(claims_dir, partial(_listing, claims_dir)))
    for path in yml:
        message = "a claim file must end in .yaml; this one is ignored"
        hint = f"rename it to {path.stem}.yaml"
        problems.append(Problem(shown_as(path, display_root), None, None, message, hint))
    stats = Stats(cache, shown_as(claims_dir, display_root), trust_stats)
    outcomes = files.outcomes(paths, cache.reads, partial(_read_claims, reader, cache, display_root, stats))
    stats.store()
    # serve: the last build's, with the claims of the files read again put in place, when that is all they change
    last, again = files.gathered, files.again
    gathered = last.again(outcomes, again[1], topics) if (isinstance(last, Gathered) and again is not None
                                                            and last.outcomes is again[0]) else None
    files.gathered = gathered = gathered or Gathered.of(outcomes, topics, _alias_problems)
    if cache.reads is not None:  # (else each file's key was looked up, or its entry put, by _read_claims)
        cache.touch(CLAIM_KIND, gathered.keys)  # used, as if looked up: kept in the cache file
    if hashed is not None:
        hashed.update(gathered.hashed)
    problems += gathered.problems
    annotations = Annotations(
        tuple(sorted(actors.values(), key=lambda a: a.id)),
        gathered.claims,
        tuple(sorted((topics or {}).values(), key=lambda t: t.id)),
    )
    return annotations, sorted(problems, key=lambda p: (p.path, p.line or 0, p.column or 0))


def _listing(claims_dir: Path) -> Listing:
    """The folder's *.yml files (refused) and its claim files (every *.yaml but actors and topics), by name:
    what a glob of each suffix finds, of one listing (two globs took 0.03 s at 3,000 sources)."""
    names = listing(claims_dir)
    return ([claims_dir / n for n in names if n.endswith(".yml")],
            [claims_dir / n for n in names if n.endswith(".yaml") and n not in (ACTORS_FILE, TOPICS_FILE)])


def _read_claims(reader: _ClaimReader, cache: Cache, display_root: Path, stats: Stats,
                 paths: Sequence[Path]) -> list[Outcome]:
    """What each claim file of ``paths`` gives, hashed (or known by its stat) and looked up in ``cache``
    BATCH files at a time (each entry unpickled once)."""
    out: list[Outcome] = []
    for at in range(0, len(paths), BATCH):
        shown = [(p, shown_as(p, display_root)) for p in paths[at:at + BATCH]]
        read = [(name, data, sha, found, reader.key(name, sha or "", cache))
                for (_, name), (data, sha, found) in zip(shown, stats.digests(shown, display_root))]
        # not kept in the cache's memory (nor those put): the claims made of them are (serve keeps them)
        hits = cache.get_many(CLAIM_KIND, [k for *_, k in read], remember=False)
        for (path, _), (display, data, sha, found, k) in zip(shown, read):
            hit = hits.get(k)
            if sha is not None and data is None and hit is None:  # known by its stat, not cached as a claim: read now
                data, more = read_hashed(cache, path, display_root, display)
                found = found + more
                if (now := None if data is None else sha256_hex(data)) != sha:  # changed since: as read now
                    sha, k = now, reader.key(display, now or "", cache)  # (else the same key, not cached: not
                    hit = cache.get_many(CLAIM_KIND, (k,), remember=False).get(k)  # looked up again, one query
                    # per file)
            claim, problems, aliases = (None, [], []) if data is None and hit is None else \
                reader.cached_claim(path, display, data or b"", k, cache, hit)
            out.append(Outcome(display, sha, k, (*found, *problems), claim, tuple(aliases)))
    return out


def _anchor(node: YValue, what: str, problems: list[Problem]) -> AnchorHint | None:
    f = fields(node, what, ("prefix", "suffix", "occurrence", "accept", "allow"), problems)
    if f is None:
        return None
    return AnchorHint(
        prefix=f.optional("prefix", copied_text, ""),
        suffix=f.optional("suffix", copied_text, ""),
        occurrence=f.optional("occurrence", positive_int, None),
        # as idlibsite.anchoring.wording.accepted_form writes it: "typed → article"
        accept=tuple(" ".join(a.replace("->", "→").split()) for a in f.optional_list("accept", copied_text)),
        allow=f.optional("allow", enum(*BLOCK_KINDS), ""),
    )


def _status(node: YValue, what: str, problems: list[Problem]) -> Status | None:
    f = fields(node, what, ("value", "date", "note"), problems)
    if f is None:
        return None
    return Status(
        value=f.required("value", enum(*STATUS_VALUES), ""),
        date=f.required("date", partial_date, UNKNOWN),
        note=f.optional("note", text, ""),
    )


def _review(node: YValue, what: str, problems: list[Problem]) -> Review | None:
    f = fields(node, what, ("by", "date"), problems)
    if f is None:
        return None
    return Review(by=f.required("by", text, ""), date=f.required("date", _known_date, UNKNOWN))


def _known_date(node: YValue, what: str, problems: list[Problem]) -> PartialDate | None:
    """A partial date that is not ``unknown`` (a review is always dated)."""
    when = partial_date(node, what, problems)
    if when is not None and not when.known:
        hint = "write the day of the review, YYYY-MM-DD"
        problems.append(node.loc.problem(prefixed(what, "a review date cannot be unknown"), hint))
        return None
    return when


class _ClaimReader:
    """Reads claim files, checking actor ids against actors.yaml and topic ids against topics.yaml as it goes."""

    def __init__(self, actors: Collection[str], former: Mapping[str, str], actors_display: str,
                 topics: Collection[str] | None, topics_display: str, problems: list[Problem]):
        self.actor_ids = frozenset(actors)  # empty when actors.yaml could not be read
        self.former = former  # each actor's former id -> its id now
        self.actors_display = actors_display  # for hints
        topic_ids = None if topics is None else sorted(topics)  # None when topics.yaml could not be read
        self.topic_ref = topic_ref(topic_ids, topics_display)  # a converter of a claim's topic ids
        self.problems = problems
        self.alias_sites: list[tuple[str, Loc, str]] = []  # every alias, checked at the end
        # what claims are checked against
        self.actors_key = key(actors_display, *sorted(self.actor_ids), repr(sorted(former.items())), topics_display,
                              repr(topic_ids))

    def key(self, display: str, sha: str, cache: Cache) -> str:
        """The cache key of a claim file: its name, the SHA-256 of its bytes and the actor and topic ids
        it is checked against (kept by ``serve``)."""
        return cache.kept((CLAIM_KIND, display, sha, self.actors_key), partial(key, display, sha, self.actors_key))

    def cached_claim(self, path: Path, display: str, data: bytes, k: str, cache: Cache,
                     hit: object) -> tuple[Claim | None, list[Problem], list[Alias]]:
        """The claim file at ``path`` (bytes ``data``, cache key ``k``), parsed and checked, or as cached
        (``hit``: what ``cache`` holds under ``k``, or None), with its problems and aliases."""
        parsed = claimrows.loads(hit) if isinstance(hit, bytes) else None
        if parsed is None:
            before = (len(self.problems), len(self.alias_sites))
            root, yaml_problems = load_yaml_bytes(display, data)
            self.problems += yaml_problems
            claim = None if root is None else self.claim(root, path.stem, display)
            problems, aliases = self.problems[before[0]:], self.alias_sites[before[1]:]
            del self.problems[before[0]:], self.alias_sites[before[1]:]
            # the records as read back from their rows, as a later build's: equal, their short texts interned
            parsed = claimrows.made(cache.put(CLAIM_KIND, k, claimrows.dumps((claim, problems, aliases)),
                                              remember=False))
        return parsed

    def claim(self, root: YValue, stem: str, display: str) -> Claim | None:
        f = fields(root, "", CLAIM_KEYS, self.problems)
        if f is None:
            return None
        claim_id = f.required("id", slug, "")
        if claim_id and claim_id != stem:
            message = f"id: '{claim_id}' does not match the file name '{stem}.yaml'"
            hint = "a claim's id is its file name without .yaml: rename the file or fix the id"
            self.problems.append(f.loc("id").problem(message, hint))
        aliases = f.optional_list("aliases", located(slug))
        statements = f.required_list("statements", self.statement)
        self.problems += duplicate_statements(statements) + unknown_responses(statements)
        claim = Claim(
            id=claim_id,
            title=f.required("title", text, ""),
            actor=f.required("actor", self.actor_ref, ""),
            date=f.required("date", partial_date, UNKNOWN),
            date_note=f.optional("date_note", text, ""),
            assertion=f.required("assertion", text, ""),
            counter_assertion=f.optional("counter_assertion", self.counter_assertion, None),
            topics=f.required_list("topics", self.topic_ref),
            verdict=f.optional("verdict", self.verdict, None),
            status=f.required("status", _status, Status("", UNKNOWN, "")),
            updated=f.required("updated", partial_date, UNKNOWN),
            aliases=tuple(alias for alias, _ in aliases),
            notes=f.optional("notes", text, ""),
            statements=tuple(s for s in statements if s.id),
            path=display,
            loc=f.node.loc,
            id_loc=f.loc("id"),
            reviewed=f.optional("reviewed", _review, None),
        )
        if not claim_id:
            return None
        self.alias_sites += [(alias, loc, claim_id) for alias, loc in aliases]
        return claim

    def actor_ref(self, node: YValue, what: str, problems: list[Problem]) -> str | None:
        """An actor id that must be in actors.yaml; close ids are named when it is not."""
        value = slug(node, what, problems)
        if value is None or value in self.actor_ids or not self.actor_ids:
            return value
        if value in self.former:
            problems.append(renamed_problem(node.loc, what, "actor", value, self.former[value], self.actors_display))
            return value
        close = close_matches(value, self.actor_ids, ids=True)
        message = f"unknown actor id '{value}'" + (
            f"; close ids: {', '.join(close)}" if close else ""
        )
        hint = f"use an id from {self.actors_display}, or add the actor there"
        problems.append(node.loc.problem(prefixed(what, message), hint))
        return value

    def counter_assertion(
        self, node: YValue, what: str, problems: list[Problem]
    ) -> CounterAssertion | None:
        f = fields(node, what, ("text", "actors"), problems)
        if f is None:
            return None
        return CounterAssertion(
            text=f.required("text", text, ""),
            actors=f.optional_list("actors", self.actor_ref),
        )

    def verdict(self, node: YValue, what: str, problems: list[Problem]) -> Verdict | None:
        f = fields(node, what, ("reviewer", "rating", "source", "quote"), problems)
        if f is None:
            return None
        return Verdict(
            reviewer=f.required("reviewer", self.actor_ref, ""),
            rating=f.required("rating", text, ""),
            source=f.required("source", slug, ""),
            quote=f.required("quote", copied_text, ""),
            loc=f.node.loc,
            source_loc=f.loc("source"),
            quote_loc=f.loc("quote"),
            rating_loc=f.loc("rating"),
        )

    def statement(self, node: YValue, what: str, problems: list[Problem]) -> Statement | None:
        f = fields(node, what, STATEMENT_KEYS, problems)
        if f is None:
            return None
        return Statement(
            id=f.required("id", slug, ""),
            speaker=f.required("speaker", self.actor_ref, ""),
            source=f.required("source", slug, ""),
            quote=f.required("quote", copied_text, ""),
            kind=f.required("kind", enum(*STATEMENT_KINDS), ""),
            side=f.required("side", enum(*SIDES), ""),
            said=f.required("said", partial_date, UNKNOWN),
            said_note=f.optional("said_note", text, ""),
            anchor=f.optional("anchor", _anchor, None),
            loc=f.node.loc,
            source_loc=f.loc("source"),
            quote_loc=f.loc("quote"),
            responds_to=f.optional("responds_to", slug, ""),
            responds_to_loc=f.loc("responds_to") if f.node.get("responds_to") is not None else None,
        )


def _alias_problems(aliases: list[Alias], claims: dict[str, Claim]) -> list[Problem]:
    """Aliases (each with where it is written and its claim's id) that are a current claim id, or an alias of
    another claim too."""
    return former_problems("alias", "claim", ((claim_id, (alias, loc)) for alias, loc, claim_id in aliases),
                           {claim_id: claim.path for claim_id, claim in claims.items()})
