"""What pages the site has, what each one shows and which inputs it depends on (pure).

:func:`plan` lists every output file as a :class:`Page`: its path, the input
keys it depends on (``claim:<id>``, ``source:<id>``, ``topic:<id>``, ``actors``) and how to
make it — a template with its context, or bytes.  The renderer makes only the
pages whose inputs changed.

No page shows the whole site, so no page is made again on every edit.  The
claims are listed by topic (``topics/<slug>/``), the statements by month
(``timeline/<yyyy-mm>/``), the annotations by source, and no listing page
holds more than a bounded number of items (site/lists.py); the home page, the
timeline, the indexes and ``claims.json`` are catalogues of those pages.  A
catalogue shows a little about many inputs (a title, a count): it depends on
a :func:`view` of exactly what it shows, so editing one claim re-makes it only
when its row changes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from functools import partial
from itertools import chain, compress, repeat
from operator import attrgetter, itemgetter

from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.versions import Version
from idlibsite.annotations.records import Actor, Claim
from idlibsite.memo import Keep, fresh, holding
from idlibsite.config import Config
from idlibsite.site import lists, timeline
from idlibsite.site.actorpages import actor_pages, whole_deps
from idlibsite.site.catalogue import Chunks, catalogue_json
from idlibsite.site.claimtable import SectionTable
from idlibsite.site.claimpage import ClaimPart, archived, gone_pages, json_bytes, markdown
from idlibsite.site.exports import FEED_ENTRIES, annotation_collection, annotation_page, atom_feed, dumps
from idlibsite.site.planned import NO_INPUTS as NO_INPUTS
from idlibsite.site.planned import Current, Later, Runs, Whole, dep, listed_view, moved, packed, redirect
from idlibsite.site.planned import Page as Page
from idlibsite.site.planned import neighbours as neighbours
from idlibsite.site.planned import view as view
from idlibsite.site.rows import ClaimRow, most_disputed, newest
from idlibsite.site.sections import Again, Made, Planned, Section, Sections
from idlibsite.site.sourcepage import evidence_name, source_context
from idlibsite.site.versioned import Histories, HistoryRow, Latest
from idlibsite.sources.records import Source

NEWEST_CLAIMS = 20  # claims listed on the home page, most recently updated first
NEWEST_LEAD = 5  # of those, the ones shown first, above the fold, beside the most disputed


def plan(site: Site, config: Config, inputs: Mapping[str, bytes], versions: Sequence[Version],
         deps_of: Mapping[str, frozenset[str]] | None = None, kept: Keep = fresh,
         hashes: Mapping[str, str] | None = None) -> list[Page]:
    """Every file of the site (:func:`plan_sections`' pages)."""
    return plan_sections(site, config, inputs, versions, deps_of, kept, hashes).pages()


def plan_sections(site: Site, config: Config, inputs: Mapping[str, bytes], versions: Sequence[Version],
                  deps_of: Mapping[str, frozenset[str]] | None = None, kept: Keep = fresh,
                  hashes: Mapping[str, str] | None = None, table: SectionTable | None = None,
                  hold: int | None = None) -> Sections:
    """Every file of the site, in its sections (kept whole in serve: site/sections.py).  ``inputs`` maps ``claim:<id>``/``source:<id>`` to file bytes;
    ``versions`` are every claim's published versions, the current ones included; ``deps_of``
    each claim's :func:`claim_deps`, when the caller made them already; ``kept`` (serve's
    ``Cache.kept``): the histories of unchanged versions as the last build made them, and with
    ``hashes`` (each input's, as site/incremental.py makes them) the pages of each claim whose
    record, history and inputs are unchanged, and each timeline of unchanged statements.  With
    ``table`` (a process that builds once), each section (claim, source, actor, topic, speaker) whose row
    it has is not planned (its pages are not in the plan: site/claimtable.py), and each one planned is
    given to it.  With ``hold``, the pages of the sections made now past the first ``hold`` are made again when
    one is asked for and not kept (:class:`Sections`), not held from the plan on."""
    plan = Sections(kept, hold)
    md = kept(("plan", "markdown"), markdown)  # serve: one parser, not one held by the sections of each plan
    latest = kept(("plan", "latest"), Latest).of(versions)  # serve: updated from the versions replaced
    current = kept(("plan", "current site"), Current)  # kept pages are made from this build's site
    same_config = kept(("plan", "config", config), lambda: config)  # the last build's when equal

    def add(path: str, deps: Iterable[str], template: str, **context: object) -> None:
        plan.page(Page(path, packed(deps), template, lambda: context))

    def add_bytes(path: str, deps: Iterable[str], make: Callable[[], bytes]) -> None:
        plan.page(Page(path, packed(deps), "", dict, make))

    deps_of = deps_of or {claim.id: claim_deps(site, claim) for claim in site.annotations.claims}  # topics too
    current.site, current.inputs, current.deps_of = site, inputs, deps_of
    # every claim's versions, deleted claims' too, their rows and each claim's history (serve: the last
    # plan's, with the versions replaced since put in place)
    chained, version_rows, histories = kept(("plan", "histories"), Histories).of(
        versions, site.annotations, site.claim_by_id, kept)
    hash_of = (hashes or {}).get
    # the sources archived on the site, under their ids and former ids (which redirect): old versions link to them
    ids = frozenset(site.source_by_id).union(map(_FIRST, chain.from_iterable(map(_FORMER_IDS, site.sources))))
    source_ids = kept(("plan", "source ids", ids), lambda: ids)  # serve: the last build's when equal (sections hold it)
    rows: dict[str, ClaimRow] = {}  # each claim's row of the claims tables
    catalogue: list[str] = []  # and its line of claims.json's view
    again = kept(("plan", "claims"), Again)  # serve: each claim's section and row, taken again while the same
    again.start(hashes or {}, source_ids)
    claim_keys: dict[str, str] = {}  # with a table: each claim's row's key
    if table is not None:
        table.start(hashes or {})

    def section(name: tuple[str, str], shows: Callable[[], tuple[tuple[object, ...], list[str]]],
                parts: Callable[[], Iterable[str]], key: Callable[[], Hashable], held: object,
                make: Callable[[], Sequence[Page]]) -> Made:
        """The section ``name`` made by its ``key()`` (:meth:`Sections.make`); with a table, as stored while made
        from the same ``parts`` (what it shows of its own, with ``claims_shown``), taken without making them
        while it ``shows()`` the same of its own and the same claims, none made again (:meth:`SectionTable.shown`)."""
        if table is None:
            return plan.make(key(), held, make)
        n = " ".join(name)
        own, claims = shows()
        made_from = table.shown(own, claims)
        if (taken := table.shows_unchanged(n, made_from, claims)) is not None:
            return taken.section, None
        stored = table.key_of(n, parts())
        if (taken := table.get(n, stored, made_from)) is not None:
            return taken.section, None
        made = plan.make(key(), held, make)
        table.planned_section(n, stored, made[0], made_from=made_from)
        return made

    def kind_sections(kind: str, shows: str, ids: list[str], very: tuple[Sequence[object], ...],
                      equal: tuple[Sequence[object], ...], one: Callable[[int], Made]) -> None:
        """The sections of one kind, in order (serve: ``again.sections``, the last plan's taken again)."""
        if table is None:
            again.sections(plan, kind, shows, ids, very, equal, one)
        else:
            for at in range(len(ids)):
                plan.again(*one(at))

    def claims_shown(quotes: Sequence[Quote], claims: Sequence[Claim] = ()) -> list[str]:
        """The keys of the claims of ``quotes`` (with each statement) and of ``claims``, in order."""
        return ["|", *(f"{claim_keys[q.claim.id]} {q.statement.id}" for q in quotes), "|",
                *(claim_keys[c.id] for c in claims)]

    def _hashed(deps: Iterable[str]) -> list[str]:
        return [f"{d}={hash_of(d, '')}" for d in sorted(deps)]

    def claim_section(claim: Claim, its_rows: tuple[HistoryRow, ...], quotes: tuple[Quote, ...]
                      ) -> tuple[Section, Sequence[Page] | None, tuple[ClaimRow, str], Planned | None]:
        """The section of a claim not taken again, its pages when made now, its row and catalogue line, and
        what :class:`Again` keeps of it (None: taken from the table)."""
        if table is not None:  # taken by what its key was made from, without making it, or by its key
            name, own = f"claim {dep('claim', claim.id)}", hash_of(dep("claim", claim.id), "")
            made_from = table.made_from(own, its_rows)
            if own and (taken := table.unchanged(name, made_from, claim.id)) is not None:
                assert taken.row is not None  # (a claim's row has one)
                claim_keys[claim.id] = taken.key
                return taken.section, None, taken.row, None
        history = histories[claim.id]
        shown_history = kept(("view", id(its_rows)), partial(holding, its_rows, partial(view, history)))[1]
        deps = deps_of[claim.id] | {shown_history}
        shown = packed(deps.union(dep("topic", t) for t in claim.topics))
        if table is not None:
            stored = claim_keys[claim.id] = table.key(site, claim.id, [(d, hash_of(d, "")) for d in shown],
                                                      archived(its_rows, source_ids), quotes)
            if (taken := table.get(name, stored, made_from)) is not None:
                assert taken.row is not None
                return taken.section, None, taken.row, None
        its_versions = chained.get(claim.id, [])
        part = ClaimPart(current, config, md, claim, history, latest[claim.id], packed(deps), shown, its_versions,
                          its_rows, quotes, source_ids)
        # made, not kept by a key of its inputs and their hashes (serve: :class:`Again` takes an unchanged
        # claim's section and row again; such a key held by the first build, one per claim, 3.5 MB at 1,000
        # sources alive through the first edit, was found again only after a source was added or removed)
        held = (claim, its_rows, same_config, quotes)
        made, pages = plan.make(None, held, part.pages, part.changed)
        found = Planned(held, shown, made, part.row())
        if table is not None:
            table.planned_section(name, stored, made, found.row, made_from)
        return made, pages, found.row, found

    claims = site.annotations.claims
    claim_ids = list(map(_ID, claims))
    rows_of = list(map(version_rows.get, claim_ids, repeat((), len(claims))))  # kept by the chain of versions
    quotes_of = list(map(site.quotes_by_claim.get, claim_ids, repeat((), len(claims))))
    # serve: the claims whose claim, versions' rows or quotes are not the very objects of the last plan, or
    # whose inputs changed, found in C; the others' sections, rows and lines taken whole from it
    both = again.unchanged(claim_ids, (claims, rows_of, repeat(same_config), quotes_of)) if table is None else None
    if both is None:
        for claim, its_rows, quotes in zip(claims, rows_of, quotes_of):
            found = again.get(claim.id, (claim, its_rows, same_config, quotes))
            if found is None:
                made, made_pages, row, found = claim_section(claim, its_rows, quotes)
                plan.again(made, made_pages)
            else:
                plan.again(found.section)
                row = found.row
            if found is not None:
                again.put(claim.id, found)
            rows[claim.id], catalogue_line = row
            catalogue.append(catalogue_line)
    else:
        planned, missed = both
        sections = list(map(_SECTION, planned))
        pages_of: list[Sequence[Page] | None] = [None] * len(planned)
        for at in missed:
            sections[at], pages_of[at], _, found = claim_section(claims[at], rows_of[at], quotes_of[at])
            assert found is not None  # (no table)
            planned[at] = found
        plan.extend(sections, pages_of)
        again.put_all(claim_ids, planned)
        made_rows = list(map(_ROW, planned))
        rows.update(zip(claim_ids, map(itemgetter(0), made_rows)))
        catalogue += map(itemgetter(1), made_rows)
    # the versions of the claims gone from the annotations (deleted, or renamed with no alias), and their addresses
    for lives, its_versions in chained.items():
        if lives not in histories:
            its_rows = version_rows[lives]
            plan.add(("versions", id(its_rows), id(same_config), archived(its_rows, source_ids)),
                     (its_rows, same_config), partial(gone_pages, config, md, its_versions, its_rows, source_ids))
    sources = site.sources
    source_names = list(map(_ID, sources))
    annotated = list(compress(source_names, map(site.quotes_by_source.__contains__, source_names)))
    near = dict(zip(annotated, neighbours(annotated, ""), strict=True))
    besides = list(map(near.get, source_names))
    again.touched()  # serve: the sections of sources, actors and topics no changed claim shows are taken again

    def source_section(at: int) -> Made:
        source, beside = sources[at], besides[at]
        quotes = site.quotes_by_source.get(source.id, ())
        verdicts = site.verdicts_by_source.get(source.id, ())
        return section(("source", dep("source", source.id)),
                       lambda: ((beside, len(quotes)), [*map(_CLAIM_OF, quotes), *map(_ID, verdicts)]),
                       lambda: [*_hashed(_source_deps(source, quotes, verdicts)), repr(beside),
                                *claims_shown(quotes, verdicts)],
                       lambda: ("source", id(source), id(same_config), beside, *map(id, quotes), "",
                                *map(id, verdicts)),
                       (source, quotes, verdicts, same_config),
                       partial(_source_pages, current, config, source, quotes, verdicts, beside))

    # serve: kept while the source, its statements and the claims it gives a verdict on are the same
    # objects, between the same annotated sources
    kind_sections("source", "source", source_names, (sources, [same_config] * len(sources)), (besides,), source_section)
    actors = site.annotations.actors

    def actor_section(at: int) -> Made:
        actor = actors[at]
        said = site.quotes_by_actor.get(actor.id, ())
        asserted = site.claims_by_actor.get(actor.id, ())
        return section(("actor", dep("actor", actor.id)),
                       lambda: ((len(said),), [*map(_CLAIM_OF, said), *map(_ID, asserted)]),
                       lambda: [*_hashed({"actors"}), repr(actor), *claims_shown(said, asserted)],
                       lambda: ("actor", actor, *map(id, said), "", *map(id, asserted),
                                *(deps_of[c.id] for c in asserted)),
                       (actor, said, asserted), partial(actor_pages, current, actor, said, asserted))

    # serve: kept while the actor is equal, its statements and its claims the same objects, the claims
    # showing the same inputs (by their deps)
    kind_sections("actor", "actor", list(map(_ID, actors)), (), (actors,), actor_section)
    topics = lists.claims_by_topic(site)
    recent = newest(site, kept)
    home = ([(topic, site.annotations.topic_title(topic), len(claims)) for topic, claims in topics],
            [rows[c.id] for c in recent[:NEWEST_CLAIMS]], most_disputed(rows, kept))
    add("index.html", frozenset({view(home)}), "index.html", section="claims", topics=home[0], newest=home[1],
        disputed=home[2], lead=NEWEST_LEAD)
    descriptions = [getattr(site.annotations.topic(topic), "description", "") for topic, _ in topics]
    titles = [site.annotations.topic_title(topic) for topic, _ in topics]  # (a description: its page's alone)
    owns = [frozenset({dep("topic", topic), view(described)}) for (topic, _), described in zip(topics, descriptions)]

    def topic_section(at: int) -> Made:
        (topic, claims), title, own = topics[at], titles[at], owns[at]
        return section(("topic", dep("topic", topic)), lambda: ((title, own), list(map(_ID, claims))),
                       lambda: [*_hashed(own), repr(title), *claims_shown((), claims)],
                       lambda: ("topic", topic, title, own, *map(id, claims), *(deps_of[c.id] for c in claims)),
                       claims,
                       partial(lists.topic_pages, current, topic, title, descriptions[at], claims, own))

    # serve: kept while its claims are the same objects showing the same inputs (by their deps)
    kind_sections("topic", "topic", [topic for topic, _ in topics], (), (titles, owns), topic_section)
    groups, groups_view, speakers = _actor_lists(site, kept)
    add("actors/index.html", frozenset({groups_view}), "actors.html", section="actors", groups=groups)
    plan.add(("sources", *map(id, sources), *map(len, map(site.quotes_by_source.get, source_names, repeat(())))),
             site.sources, partial(lists.source_list_pages, site.sources, site.quotes_by_source))
    periods = timeline.periods(site, kept)
    months = [(p.key, p.label, len(p.quotes)) for p in periods]
    narrowed = timeline.claims(site, kept)
    # up to BOUND claims, each is listed, as it always was; past it, the claims are found by topic (each
    # claim's page links to its timeline), so that the index stays bounded
    by_claim = (narrowed, []) if len(narrowed) <= lists.BOUND else ([], home[0])
    narrow = (speakers, *by_claim)
    add("timeline/index.html", frozenset({view((months, narrow))}), "timeline.html", section="timeline",
        periods=months, speakers=narrow[0], claims=narrow[1], topics=narrow[2])
    for period, around in zip(periods, neighbours([(p.key, p.label) for p in periods], None), strict=True):
        for key, held, make in kept(("period sections", id(period), around),
                                    partial(holding, period, partial(lists.period_sections, period, around)))[1]:
            plan.add(key, held, make)  # serve: a long month's days whose statements are the same taken again
    speaking = [actor_id for actor_id, _, _ in narrow[0]]
    headings = [f"Statements by {name}" for _, name, _ in narrow[0]]

    def speaker_section(at: int) -> Made:
        quotes, heading = site.quotes_by_actor[speaking[at]], headings[at]
        path = f"timeline/speakers/{speaking[at]}/"
        return section(("speaker", dep("actor", speaking[at])),
                       lambda: ((path, heading), list(map(_CLAIM_OF, quotes))),
                       lambda: [*_hashed({"actors"}), repr((path, heading)), *claims_shown(quotes)],
                       lambda: (path, heading, *map(id, quotes)), quotes,
                       partial(lists.narrowed_pages, path, heading, quotes))

    # serve: kept while its statements are the same objects (linking keeps an unchanged claim's)
    kind_sections("speaker", "actor", speaking, (), (headings,), speaker_section)
    add("about/index.html", NO_INPUTS, "about.html", section="about")
    add("search/index.html", NO_INPUTS, "search.html", section="search")
    add("404.html", NO_INPUTS, "404.html", section="")
    add_bytes("claims.json", frozenset({"actors", listed_view(catalogue, kept(("plan", "catalogue view"), Runs))}),
              Whole(catalogue_json, site, config.base_url,
                    kept(("plan", "catalogue"), Chunks).planned(site, config.base_url)))
    ends = (len(site.quotes), annotated[0] if annotated else "", annotated[-1] if annotated else "")
    add_bytes("annotations.jsonld", frozenset({view(ends)}),
              lambda: dumps(annotation_collection(*ends, config.base_url)).encode())
    in_feed = tuple(recent[:FEED_ENTRIES])
    feed_dates = {c.id: (histories[c.id][-1].date, histories[c.id][0].date) for c in in_feed}
    add_bytes("feed.xml", frozenset({view([c.id for c in in_feed]), view(feed_dates),
                                     *(dep("claim", c.id) for c in in_feed)}),
              lambda: atom_feed(site, in_feed, feed_dates, config.title, config.base_url).encode())
    plan.page(plan.sitemap(config.base_url))
    again.end()
    add_bytes("robots.txt", NO_INPUTS,
              lambda: f"User-agent: *\nAllow: /\nSitemap: {config.base_url}sitemap.xml\n".encode())
    return plan


def _actor_lists(site: Site, kept: Keep) -> tuple[list[tuple[str, list[tuple[Actor, int]]]], str,
                                                  list[tuple[str, str, int]]]:
    """The actors' index by affiliation (:func:`lists.actors_by_affiliation`) and its :func:`view`, and the
    timeline's speakers (:func:`timeline.speakers`): all they read is each actor and how many statements it
    said.  serve (``kept``): the last build's while the actors are the very records, in order, each with as
    many statements; not made again at every edit (the view's repr of every actor record is Python's)."""
    actors = site.annotations.actors
    counts = tuple(map(len, map(site.quotes_by_actor.get, map(_ID, actors), repeat(()))))
    return kept(("plan", "actor lists", *map(id, actors), counts),
                partial(holding, actors, partial(_made_actor_lists, site)))[1]


def _made_actor_lists(site: Site) -> tuple[list[tuple[str, list[tuple[Actor, int]]]], str,
                                          list[tuple[str, str, int]]]:
    groups = lists.actors_by_affiliation(site)
    return groups, view(groups), timeline.speakers(site)


_ID, _SECTION, _ROW = attrgetter("id"), attrgetter("section"), attrgetter("row")  # a claim's; a Planned's
_CLAIM_OF = attrgetter("claim.id")  # a quote's claim's id
_FORMER_IDS, _FIRST = attrgetter("meta.former_ids"), itemgetter(0)  # a source's


def _source_pages(current: Current, config: Config, source: Source, quotes: Sequence[Quote],
                  verdicts: Sequence[Claim], near: tuple[str, str] | None) -> list[Page]:
    """A source's page, its article and its saved web page, and its annotations when it has any (``near``:
    the annotated sources before and after it): read from the ``current`` site and inputs when made."""
    own = (dep("source", source.id),)
    pages = [Page(f"sources/{source.id}/index.html", packed(_source_deps(source, quotes, verdicts)), "source.html",
                  Later(current.of, source_context, source, config)),
             Page(f"sources/{source.id}/article.txt", own, "", dict, Later(current.read, dep("source", source.id)))]
    if source.page:  # the saved page as text/plain: evidence to download, never a page of this site
        pages.append(Page(f"sources/{source.id}/{evidence_name(source.page)}", own, "", dict,
                          Later(current.read, f"page:{source.id}")))
    pages += [page for old, _ in source.meta.former_ids  # its old URL redirects; its text files are there too
              for page in (redirect(f"sources/{old}/", f"sources/{source.id}/", "source", source.meta.title, own[0]),
                           *(moved(file, f"sources/{old}/") for file in pages[1:]))]
    if near is not None:
        quoting = {dep("claim", q.claim.id) for q in quotes}
        pages.append(Page(f"sources/{source.id}/annotations.jsonld",
                          packed({dep("source", source.id), "actors", *quoting, view(near)}), "", dict,
                          Later(json_bytes, Later(current.of, annotation_page), source, *near, config.base_url)))
    return pages


def claim_deps(site: Site, claim: Claim) -> frozenset[str]:
    sources = {q.source.id for q in site.quotes_by_claim.get(claim.id, ())}
    if claim.verdict is not None:
        sources.add(claim.verdict.source)
    return frozenset({dep("claim", claim.id), "actors", *(dep("source", s) for s in sources)})


def source_deps(site: Site, source: Source) -> frozenset[str]:
    return _source_deps(source, site.quotes_by_source.get(source.id, ()), site.verdicts_by_source.get(source.id, ()))


def _source_deps(source: Source, quotes: Sequence[Quote], verdicts: Sequence[Claim]) -> frozenset[str]:
    """What a source's page shows: the source, its statements' claims and the claims it gives a verdict on."""
    claims = {q.claim.id for q in quotes} | {c.id for c in verdicts}
    return frozenset({dep("source", source.id), "actors", *(dep("claim", c) for c in claims)})


def actor_deps(site: Site, actor: Actor, deps_of: Mapping[str, frozenset[str]] | None = None) -> frozenset[str]:
    """What an actor's page shows when it is one page (site/actorpages.py); ``deps_of``: each claim's
    :func:`claim_deps`, when made already."""
    asserted = site.claims_by_actor.get(actor.id, ())
    return whole_deps(site, actor, deps_of or {c.id: claim_deps(site, c) for c in asserted})
