"""The whole pipeline, top to bottom: load → anchor → check → render → search → write.

Pages are written as they are made into a tree beside the site (the spare,
see output/publish.py), which is swapped in only once everything is known to be
good: a failed build raises with every problem and leaves the previous site
untouched.  The build holds only each file's path and SHA-256, never the site.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress
from operator import not_

from idlibsite.anchoring.grouping import dropped, patched, replaced
from idlibsite.anchoring.lock import LOCK_NAME, lock_written
from idlibsite.anchoring.lockkept import lock_equal
from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.versionfile import VERSIONS_NAME, store_versions, write_versions
from idlibsite.anchoring.versions import (VERSION_HEX_DIGITS, Appended, Version, appended, canonical, dated_as_before,
                                          snapshot, version_of)
from idlibsite.annotations.load import ACTORS_FILE
from idlibsite.annotations.topics import TOPICS_FILE
from idlibsite.annotations.records import Claim
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.keys import framed, framed_keyer
from idlibsite.check import CheckResult, check
from idlibsite.collector import uncollected
from idlibsite.config import Config
from idlibsite.errors import InputError
from idlibsite.held import held
from idlibsite.output.made import WriteReport
from idlibsite.output.publish import open_site
from idlibsite.site.claimtable import SectionTable
from idlibsite.site.hashes import changed as changed_since
from idlibsite.site.incremental import InputHashes, SectionKeys
from idlibsite.site.pages import Page, claim_deps, plan_sections
from idlibsite.site.render import render, template_files
from idlibsite.site.sections import HELD_SECTIONS, Sections
from idlibsite.site.search import BUNDLE, bundle_is_current, is_indexed, search_index
from idlibsite.site.shardsagain import ShardsAgain
from idlibsite.sources.corpus import SIDECAR_SUFFIX


@dataclass(frozen=True)
class BuildResult:
    """What a successful build did."""

    checked: CheckResult  # sources, annotations, anchors, warnings and coverage
    pages: int  # HTML pages in the site
    rendered: int  # files made anew (the rest were unchanged since the last build)
    written: WriteReport  # files written, unchanged and removed
    search_behind: bool = False  # the search index is the last site's, made before some pages changed


def build(
    config: Config,
    *,
    strict: bool = False,
    accept_source_changes: bool = False,
    full: bool = False,
    progress: Callable[[str], None] = lambda phase: None,
    cache: Cache | None = None,
    record_versions: bool = True,
    notice: Callable[[str], None] = lambda message: None,
    search_later: bool = False,
) -> BuildResult:
    """Build the site into ``config.output``; raise InputError/OutputError with every problem.

    Only pages whose inputs changed since the last build are rendered again,
    unless ``full``; the output is the same either way.  ``progress`` is told
    the name of each phase as it starts.  ``cache`` is the on-disk cache of
    parsed inputs and anchors (by default the project's); a process that
    builds repeatedly passes the same one and keeps its values in memory.
    Without ``record_versions`` (a preview), new versions of claims are shown
    but not added to the versions file.
    ``notice`` is told when a damaged cache or record is discarded, and of a claim changed without a new
    ``updated`` date.
    With ``search_later`` (``serve``, to show an edit sooner), the last site's
    search index is kept as it is, and ``search_behind`` says whether the
    pages changed since it was made: a build without it then catches up.
    """
    progress("checking")  # load sources and annotations, anchor every statement, compare with the lock
    cache = cache or Cache(config.root / CACHE_DIR, writable=True, notice=notice, remember=False,
                           hand_over=True)  # builds once: each input file read once
    with uncollected(cache.once):  # what check makes lives to the end of such a process: not scanned (collector.py)
        checked = check(config, accept_source_changes=accept_source_changes, cache=cache, trust_stats=not full)
    failing = checked.problems if strict else checked.errors
    if failing:
        raise InputError(failing)
    site = checked.site
    # what no page reads (the problems, the lock's entries new and as read), packed until the end (held.py)
    checked, end = held(checked) if cache.once else (checked, None)
    inputs = {  # the bytes that pages show as they are: each source's article (as checked: the source holds
        # its bytes) and its saved web page
        **{f"source:{s.id}": s.data for s in site.sources},
        **{f"page:{s.id}": _read(config, cache, _with_suffix(s.path, s.page.suffix))
           for s in site.sources if s.page},  # the saved web page or PDF, checked against its SHA-256
    }
    # serve: only the inputs made of the files reported changed since are hashed again (the others' kept),
    # unless a file the watcher does not report was read since (it may have changed unreported)
    last = cache.kept(INPUT_HASHES, InputHashes)
    hashes = last.hashes_of(config, _shown(config, cache, checked, inputs),
                            _again(config, cache, checked, cache.reported if cache.unkept == last.unkept else None),
                            template_files(config), cache.kept, _inputs(site))
    last.unkept = cache.unkept
    if cache.reads is not None:  # taken (a build that failed before leaves them): the hashes kept are the files'
        cache.reported = set()
    # every claim whose published content changed gets a new version (kept in the versions file); a renamed
    # claim's first version under its new id records the move from its old id, an alias (versions.reference)
    deps_of = _deps_of(site, cache)  # what each claim's page shows
    versions = appended(checked.versions, _snapshots(site, deps_of, hashes, cache), cache.kept,
                        {c.id: c.aliases for c in site.annotations.claims if c.aliases},
                        None if cache.reads is None else cache.kept(APPENDED_MADE, Appended), partial(_json, site))
    if record_versions:  # as the file will be written: the next build parses nothing
        store_versions(cache, config.claims / VERSIONS_NAME, config.rel(config.claims / VERSIONS_NAME), versions,
                       checked.versions)
        for v in dated_as_before(checked.versions, versions):
            notice(f"claim '{v.claim}' changed (version {v.id}) but kept the date of its last version, {v.date} "
                   "(its updated:), which \"Cite this\" gives: if the change is of another day, set updated: to it "
                   "and build again (docs/citing.md)")
    # a process that builds once: each unchanged claim's pages taken from one stored table, not planned
    table = SectionTable(cache, hashes["*shared*"], read=not full) if cache.once else None
    plan = partial(_plan, site, config, inputs, versions, deps_of, cache, hashes, full)
    planned, keys = plan(table)  # every page, with the inputs it depends on (but the claims the table gives)
    progress("rendering")
    with open_site(config.output, config.root, trust=not full, notice=notice, cache=cache) as aside:  # locked until swapped in
        indexed: dict[str, str] = {}  # the pages the search indexes: path -> SHA-256
        kept: set[str] = set()

        def keep(path: str) -> bool:
            """Keep a page made from the same key by a build still on disk: it is not rendered."""
            if path in kept:  # (a claim's page taken from the table, when every claim is planned again)
                return True
            made = None if full else aside.keep_page(path, keys[path])
            if made is not None:
                kept.add(path)
                if made[0]:  # indexed by the search: its SHA-256
                    indexed[path] = made[1]
            return made is not None

        def keep_all(paths: Sequence[str]) -> bool:
            """:func:`keep` of every page of ``paths``, those kept from the spare as recorded in one pass."""
            left = aside.keep_pages(paths, keys, indexed)
            kept.update(paths)
            kept.difference_update(left)
            return all(map(keep, left))

        # serve: the pages made from the same keys as in the last two builds are kept at once; the pages of
        # a section taken from the last plan are made again only when one of them is not kept
        carried = None if full else aside.carry(keys, indexed, cache.kept(KEY_MEMO, SectionKeys).rekeyed)
        todo: Sequence[Page] = (planned.pages(carried, keep) if len(keys) == planned.count
                                else planned.pages())  # (else a path planned twice: render says so)
        told = len(kept)  # kept so, not rendered
        if table is not None and table.pages and not keep_all(list(table.paths())):  # a claim's page not kept
            # from the site (edited by hand, removed): every claim planned, none taken
            planned, again = plan(SectionTable(cache, hashes["*shared*"], read=False))
            keys.update(again)  # (the same paths: carry() holds this dict)
            todo, table = planned.pages(), None
        taken = 0 if table is None else table.pages
        for path, data in render(todo, config, keep):  # each written aside as soon as it is made
            made = aside.put(path, data, keys.get(path, ""), is_indexed(path, data))
            if made.indexed:
                indexed[path] = made.sha
        html = planned.html + (0 if table is None else table.html())
        rendered = len(todo) + taken + told - len(kept)
        del planned, todo, deps_of, table  # the plan (as large as the model) is done with: what follows, at the end of
        # the build where its peak is, takes up the memory it held
        progress("indexing for search")
        bundle = aside.site_keys(BUNDLE) if search_later else None
        if bundle is not None and aside.keep_site(bundle):  # the last site's index, until a build catches up
            behind = not bundle_is_current(indexed, bundle, aside.read, aside.earlier(BUNDLE),
                                           cache.kept(SHARDS_MADE, ShardsAgain).plan)  # serve's last shards
        else:  # only the shards whose pages changed are indexed again, from the pages just written aside
            behind = False
            search_index(indexed, aside.read, partial(aside.keep_keyed, under=BUNDLE), aside.put,
                         aside.earlier(BUNDLE))  # each file put as its shard is made
        progress("writing")
        lock = (checked.spans, checked.locked) if end is None else end.lock()
        # the spans now published: written aside first (a lock that cannot be written stops the build
        # here), put in place once the site is swapped in
        with lock_written(config.claims / LOCK_NAME, *lock, partial(lock_equal, cache)):
            written = aside.finish()  # flushed, then swapped in; the old site is kept as the spare
        if search_later and not aside.carried:  # serve's first builds: a record made file by file has no last
            aside.now.keys_under(BUNDLE)  # answer to update; the next save's question (site_keys) asked now
    if record_versions:
        write_versions(config.claims / VERSIONS_NAME, versions, checked.versions)  # the versions now published
    cache.commit()
    if end is not None:  # the problems made again last: a build's peak, at 1,000 sources, is the commit
        checked = end.checked(checked, lock)
    return BuildResult(checked, html, rendered, written, behind)


def _plan(site: Site, config: Config, inputs: Mapping[str, bytes], versions: Sequence[Version],
          deps_of: Mapping[str, frozenset[str]], cache: Cache, hashes: Mapping[str, str], full: bool,
          table: SectionTable | None) -> tuple[Sections, dict[str, str]]:
    """Every page planned, but those of the claims ``table`` gives (site/claimtable.py), and every page's
    key; the table's rows stored.  A path planned twice: every claim planned, for render to say so."""
    # the pages of the sections made now held by a full build (every page rendered); other builds keep most
    # pages: an edit's few sections held, the others' made again if one is not kept (site/sections.py)
    planned = plan_sections(site, config, inputs, versions, deps_of, cache.kept, hashes, table,
                            hold=None if full else HELD_SECTIONS)
    keys = cache.kept(KEY_MEMO, SectionKeys).keys(planned, hashes)  # serve's: only changed sections keyed
    if table is None:
        return planned, keys
    if table.pages:
        keys.update(table.keys())
        if len(keys) != planned.count + table.pages:
            return _plan(site, config, inputs, versions, deps_of, cache, hashes, full,
                         SectionTable(cache, hashes["*shared*"], read=False))
    table.store(keys)
    return planned, keys


def _shown(config: Config, cache: Cache, checked: CheckResult,
           inputs: Mapping[str, bytes]) -> Iterator[tuple[str, tuple[bytes | str, ...]]]:
    """Everything a page can show of each input, and the path it shows, read as it is hashed: the
    bytes of the actors file are dropped once hashed (plan keeps only ``inputs``); a claim file or a
    sidecar is given as the SHA-256 the check found (filestats.py: often without reading it)."""
    site = checked.site
    for c in site.annotations.claims:
        yield _claim_shown(config, cache, checked, c)
    for s in site.sources:
        sidecar = _with_suffix(s.path, SIDECAR_SUFFIX)
        yield f"source:{s.id}", (s.path.encode(), inputs[f"source:{s.id}"],
                                 checked.hashed.get(sidecar) or _read(config, cache, sidecar))
    yield _actors_shown(config, cache)
    for t in site.annotations.topics:  # a topic's title, shown on its page, its claims' pages and the home page
        yield f"topic:{t.id}", (t.title.encode(),)  # (its description is a view)


def _inputs(site: Site) -> int:
    """How many inputs :func:`_shown` gives (ids are unique, or the check failed)."""
    return len(site.annotations.claims) + len(site.sources) + 1 + len(site.annotations.topics)


def _claim_shown(config: Config, cache: Cache, checked: CheckResult, c: Claim) -> tuple[str, tuple[bytes | str, ...]]:
    return f"claim:{c.id}", (c.path.encode(), checked.hashed.get(c.path) or _read(config, cache, c.path))


def _actors_shown(config: Config, cache: Cache) -> tuple[str, tuple[bytes | str, ...]]:
    actors = config.claims / ACTORS_FILE
    return "actors", (_read(config, cache, config.rel(actors)) if actors.exists() else b"",)


def _again(config: Config, cache: Cache, checked: CheckResult, reported: set[str] | None
           ) -> tuple[set[str], Iterator[tuple[str, tuple[bytes | str, ...]]]] | None:
    """serve: the keys of the inputs that the files ``reported`` changed since the last build's hashes
    made then or make now, and those of them there now (``InputHashes.hashes_of``); None (every input
    hashed) when not known which, or when a reported file is neither a claim file nor the actors file (a
    source's files: its id is in its sidecar; the topics).  A claim file's claim has its name as id (or
    the build failed), and no other file of claims/ (the lock, the versions, a README) is an input."""
    if reported is None or cache.reads is None:
        return None
    folder = str(config.claims) + os.sep
    keys = set()
    for path in reported:
        name = path[len(folder):] if path.startswith(folder) else os.sep
        if os.sep in name or name == TOPICS_FILE:  # the corpus, a folder under claims/ or the topics
            return None
        if name == ACTORS_FILE:
            keys.add("actors")
        elif name.endswith(".yaml"):
            keys.add(f"claim:{name.removesuffix('.yaml')}")
    return keys, _shown_again(config, cache, checked, sorted(keys))


def _shown_again(config: Config, cache: Cache, checked: CheckResult,
                 keys: Sequence[str]) -> Iterator[tuple[str, tuple[bytes | str, ...]]]:
    """What :func:`_shown` gives of those of ``keys`` (the actors, claims) that are inputs now."""
    for k in keys:
        if k == "actors":
            yield _actors_shown(config, cache)
        elif (claim := checked.site.annotations.claim(k.removeprefix("claim:"))) is not None:
            yield _claim_shown(config, cache, checked, claim)


def _deps_of(site: Site, cache: Cache) -> dict[str, frozenset[str]]:
    """Each claim's :func:`claim_deps`, in claim order; serve: the very set the last build made while the
    claim and its quotes are the same objects (all it reads: linking gives an unchanged claim's quotes back
    as the very tuple), so that the keys made of it later (sections of actors and topics) compare by
    identity.  The others are found by passes in C (``replaced``) and only they are gone through."""
    by_id = site.claim_by_id
    assert by_id is not None  # (two claims of one id: the check failed, nothing is built)
    quotes = site.quotes_by_claim
    last = cache.kept((DEPS_KIND, "by claim"), _Deps)
    changed = replaced(quotes, last.quotes)
    redo = {*replaced(by_id, last.claims), *changed, *dropped(quotes, last.quotes, changed)}
    made = {c: claim_deps(site, by_id[c]) for c in compress(by_id, map(redo.__contains__, by_id))}
    deps = patched(last.deps, by_id, made)
    last.claims, last.quotes, last.deps = by_id, quotes, deps  # whole or not at all
    return deps


class _Deps:
    """serve: each claim's deps as the last build made them, with the claims and quotes they were made of."""

    def __init__(self) -> None:
        self.claims: Mapping[str, Claim] = {}  # each claim by id
        self.quotes: Mapping[str, tuple[Quote, ...]] = {}  # each claim's quotes (claims with none: not there)
        self.deps: dict[str, frozenset[str]] = {}  # each claim's deps, in claim order


class _Made:
    """serve: each claim's snapshot as the last build made it, with its inputs, and the hashes it was made from."""

    def __init__(self) -> None:
        self.hashes: Mapping[str, str] = {}
        self.deps: Mapping[str, frozenset[str]] = {}  # each claim's deps (``_deps_of``)
        self.keys: dict[str, str] = {}  # each claim's snapshot's key, in claim order
        self.made: dict[str, bytes | str] = {}  # each claim's snapshot (its canonical JSON, or its version id alone)


def _snapshots(site: Site, deps_of: Mapping[str, frozenset[str]], hashes: Mapping[str, str],
               cache: Cache) -> dict[str, bytes | str]:
    """Each claim's snapshot, in claim order: its canonical JSON when made now, or its version id alone (the
    hash of that JSON, :func:`version_of`) from the cache when the inputs of its page (``deps_of``) are
    unchanged (a claim's page shows all of its snapshot, so its inputs are all the snapshot reads): a fresh
    build reads 14 hex digits a claim, not its JSON (6 MB at 1,000 sources), and hashes none of them again
    (versions.appended).  serve: the last build's, with its key, while its deps are the same and none of their
    hashes changed (all that its key names), without a look-up; those claims are found by passes in C, and
    their keys counted as used at once from the last build's."""
    of_framed = framed_keyer(SNAPSHOT_KIND)
    framed_deps: dict[str, bytes] = {}  # each input with its hash, framed once (every claim's deps hold "actors")

    def framed_dep(d: str) -> bytes:
        if d not in framed_deps:
            framed_deps[d] = framed((f"{d}={hashes.get(d, '')}",))
        return framed_deps[d]

    def key_of(deps: frozenset[str]) -> str:  # key(SNAPSHOT_KIND, "<dep>=<hash>", ...), of the deps sorted; made
        # only for a claim not taken again, so not kept (serve kept one per claim by a frozenset of its deps'
        # hashes, 2 MB at 1,000 sources, for a claim whose deps changed: one such key is never asked for again)
        return of_framed(b"".join(map(framed_dep, sorted(deps))))

    last = cache.kept(SNAPSHOTS_MADE, _Made)
    changed = changed_since(hashes, last.hashes)  # added, removed or changed (site/hashes.py)
    redo = {c for c in replaced(deps_of, last.deps) if last.deps.get(c) != deps_of[c]}  # new or other deps
    redo.update(compress(deps_of, map(not_, map(changed.isdisjoint, deps_of.values()))))  # a dep's hash changed
    keys = {c: key_of(deps_of[c]) for c in compress(deps_of, map(redo.__contains__, deps_of))}
    cached = cache.get_many(SNAPSHOT_KIND, keys.values())
    by_id = site.claim_by_id
    assert by_id is not None  # (two claims of one id: the check failed, nothing is built)
    made: dict[str, bytes | str] = {}
    for claim_id, k in keys.items():
        found = cached.get(k)
        if not (isinstance(found, str) and len(found) == VERSION_HEX_DIGITS):
            found = canonical(snapshot(site, by_id[claim_id]))
            cache.put(SNAPSHOT_KIND, k, version_of(found))
        made[claim_id] = found
    taken = bool(last.keys)  # some taken from the last build: their keys used, as if looked up (kept in the file)
    last.keys, last.made = patched(last.keys, deps_of, keys), patched(last.made, deps_of, made)
    if taken:
        cache.touch(SNAPSHOT_KIND, last.keys.values())  # (with those just looked up: the same set of keys)
    last.hashes, last.deps = hashes, deps_of
    return last.made


def _json(site: Site, claim_id: str) -> bytes:
    """The canonical JSON of a claim's snapshot (of a claim whose snapshot was read as its version id alone)."""
    by_id = site.claim_by_id
    assert by_id is not None  # (two claims of one id: the check failed, nothing is built)
    return canonical(snapshot(site, by_id[claim_id]))


DEPS_KIND = "claim-deps"  # Cache.kept: the inputs a claim's page shows
INPUT_HASHES = ("input hashes",)  # Cache.kept: the input hashes of the last build (one object)
APPENDED_MADE = ("versions appended",)  # Cache.kept: what appended() found of each claim in the last build
SNAPSHOTS_MADE = ("snapshots made",)  # Cache.kept: the claims' snapshots of the last build (one object)
SHARDS_MADE = ("search shards planned",)  # Cache.kept: the search's shards of the last build (one object)
KEY_MEMO = ("page-keys",)  # Cache.kept: the page keys of each section of the last build (one object, kept by a
# process that builds again)
SNAPSHOT_KIND = "snapshot-3"  # cache entries: a claim's snapshot for the versions file (3: as its version id, the
# hash of its canonical JSON), by its page's inputs


def _read(config: Config, cache: Cache, shown: str) -> bytes:
    """An input file (``shown``: its path as the check shows it, relative to the project) read again
    after the check (or as the check read it, with ``keep_reads``): refused as the check would, if it
    changed since.  Paths as strings: pathlib's cost a pass over every input of the project."""
    data, problems = cache.read(os.path.join(config.root, shown), config.root, shown)
    if data is None:
        raise InputError(problems)
    return data


def _with_suffix(path: str, suffix: str) -> str:
    """``path`` with its last suffix replaced (as Path.with_suffix, on a string)."""
    return os.path.splitext(path)[0] + suffix
