"""Page keys (the anchor keys are tested in test_link.py): each changes exactly when something its value shows changes.

A key that ignores one of its inputs reuses a stale value (an anchor for the
wrong occurrence, a page with the old language or the old actor name), so
every input is varied here on its own.
"""

import hashlib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from idlibsite import __version__
from idlibsite.anchoring.model import Site
from idlibsite.anchoring.versions import append, snapshot
from idlibsite.check import check
from idlibsite.config import Config, load_config
from idlibsite.site.incremental import SectionKeys, input_hashes, page_keys
from idlibsite.site.pages import Page, actor_deps, claim_deps, plan, source_deps
from idlibsite.site.planned import packed
from idlibsite.site.sections import Section, Sections, section


@pytest.fixture(scope="module")
def config() -> Config:
    return load_config(ROOT)


@pytest.fixture(scope="module")
def site(config: Config) -> Site:
    return check(config).site


# --- input hashes (site/incremental.py) ------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [{"title": "Another title"}, {"language": "fr"}, {"base_url": "https://mirror.example.org/"},
     {"directory_urls": False}],
    ids=lambda c: next(iter(c)),
)
def test_every_configured_value_a_page_shows_changes_the_shared_hash(config: Config, change: dict[str, object]) -> None:
    changed = replace(config, **change)  # type: ignore[arg-type]
    assert input_hashes(changed, (), [])["*shared*"] != input_hashes(config, (), [])["*shared*"]


def test_a_template_changes_the_shared_hash_by_name_and_by_bytes(config: Config) -> None:
    shared = [input_hashes(config, (), shaping)["*shared*"] for shaping in (
        [], [("footer.html", b"<p>a</p>")], [("header.html", b"<p>a</p>")], [("footer.html", b"<p>b</p>")],
        [("footer.html", b"<p>a</p>"), ("header.html", b"")],
    )]
    assert len(set(shared)) == len(shared)


def test_the_tool_version_is_in_the_shared_hash(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    before = input_hashes(config, (), [])["*shared*"]
    monkeypatch.setattr("idlibsite.site.incremental.__version__", __version__ + ".1")
    assert input_hashes(config, (), [])["*shared*"] != before


def test_each_input_is_hashed_by_its_bytes(config: Config) -> None:
    hashes = input_hashes(config, {"claim:a": (b"x",), "claim:b": (b"x",), "source:c": (b"y",),
                                   "source:d": (b"x", b"y"), "source:e": (b"xy",)}.items(), [])
    assert set(hashes) == {"claim:a", "claim:b", "source:c", "source:d", "source:e", "*shared*"}
    assert hashes["claim:a"] == hashes["claim:b"] != hashes["source:c"]
    assert hashes["source:d"] != hashes["source:e"]  # each part on its own: no two lists of parts collide


def test_a_page_key_changes_with_each_of_its_inputs_and_with_no_other() -> None:
    hashes = {"*shared*": "s", "claim:a": "1", "actors": "2", "source:x": "3", "claim:b": "4"}
    pages = [Page("a.html", packed({"claim:a", "actors"}), "t", dict),
             Page("a.json", packed({"claim:a", "actors"}), "", dict),
             Page("x.html", packed({"source:x"}), "t", dict)]
    keys = page_keys(pages, hashes)
    assert keys["a.html"] == keys["a.json"] != keys["x.html"]
    for changed, affected in [("claim:a", {"a.html", "a.json"}), ("actors", {"a.html", "a.json"}),
                              ("source:x", {"x.html"}), ("claim:b", set()), ("*shared*", set(keys))]:
        again = page_keys(pages, {**hashes, changed: "changed"})
        assert {p for p in keys if keys[p] != again[p]} == affected, changed
    missing = page_keys(pages, {k: v for k, v in hashes.items() if k != "source:x"})
    assert missing["x.html"] != keys["x.html"]  # an input that is gone is a change too


def test_a_page_key_names_which_input_has_which_hash() -> None:
    """Swapping the hashes of two inputs is a change (each hash is fed with its input's name)."""
    page = [Page("p", packed({"claim:a", "claim:b"}), "t", dict)]
    assert page_keys(page, {"*shared*": "s", "claim:a": "1", "claim:b": "2"}) != page_keys(
        page, {"*shared*": "s", "claim:a": "2", "claim:b": "1"})


def test_a_page_key_lists_its_inputs_sorted_however_they_were_given() -> None:
    """A page's key is made from ``name=hash`` lines in sorted order, whatever order its dependencies were
    gathered in (:func:`packed` sorts them, once each), so equal sets of inputs give equal keys."""
    hashes = {"*shared*": "s", "claim:a": "1", "actors": "2", "source:x": "3"}
    given = ["source:x", "claim:a", "actors", "claim:a"]
    keys = page_keys([Page("p", packed(given), "t", dict), Page("q", packed(reversed(given)), "t", dict)], hashes)
    listed = "actors=2\nclaim:a=1\nsource:x=3\n"
    assert keys == {"p": hashlib.sha256(("s" + listed).encode()).hexdigest(), "q": keys["p"]}


def test_every_planned_page_holds_its_dependencies_packed(config: Config, site: Site) -> None:
    """Each page holds its dependencies as a sorted tuple, each key once (a frozenset took 216 bytes even
    for the one key of a version page or a redirect, 728 for five), and the pages of a claim that show
    the same inputs share one."""
    versions = append(check(config).versions, {c.id: snapshot(site, c) for c in site.annotations.claims})
    pages = plan(site, config, {}, versions)
    for page in pages:
        assert type(page.deps) is tuple and list(page.deps) == sorted(set(page.deps)), page.path
    by_path = {p.path: p for p in pages}
    for claim in site.annotations.claims:
        data = [by_path[f"claims/{claim.id}/{name}"].deps for name in ("cite.bib", "cite.json", "claim.json")]
        assert data[0] is data[1] is data[2] and set(data[0]) >= claim_deps(site, claim), claim.id


INPUTS = ("claim:a", "claim:b", "source:x", "actors", "topic:t", "view:v")
_PAGES = st.lists(st.tuples(st.sampled_from(("a", "b", "c", "d", "e", "f", "g")),  # few paths: some twice
                            st.frozensets(st.sampled_from(INPUTS))), max_size=4)
_builds = st.lists(st.tuples(
    st.dictionaries(st.sampled_from(("*shared*", *INPUTS[:-1])), st.sampled_from("123"), min_size=1),
    st.lists(st.integers(0, 3), max_size=4, unique=True),  # the sections of the pool taken again, in order
    st.lists(_PAGES, max_size=3),  # sections made anew
    _PAGES), min_size=1, max_size=6)  # loose pages


def _section(pages: list[tuple[str, frozenset[str]]]) -> Section:
    return section(None, lambda: [Page(path, packed(deps), "t", dict) for path, deps in pages], dict)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PAGES, min_size=4, max_size=4), _builds)
def test_section_keys_kept_from_build_to_build_equal_keys_made_afresh(pool: list, builds: list) -> None:  # type: ignore[type-arg]
    """serve's SectionKeys, after any sequence of builds (inputs changed, added, removed; the shared hash
    changed; sections taken again as the very objects, made anew or gone; loose pages; a path planned
    twice), gives the keys page_keys makes of the plan's pages; and it keeps the sections of the last
    build only, from the second build on (a process that builds once keys each page).  The paths it says
    were keyed otherwise than in the last build's keys (``rekeyed``, when it knows) are exactly those."""
    memo = SectionKeys()
    kept = [_section(pages) for pages in pool]
    last: dict[str, str] = {}
    for n, (hashes, again, new, loose) in enumerate(builds):
        hashes = {"*shared*": "s", **hashes}
        planned = Sections()
        for s in [*(kept[i] for i in again), *map(_section, new)]:
            planned.again(s)
        for path, deps in loose:
            planned.page(Page(path, packed(deps), "t", dict))
        keys = memo.keys(planned, hashes)
        assert keys == page_keys(planned.pages(), hashes)
        assert memo.made is None if n == 0 else set(memo.made) == {id(s) for s in planned.made}
        rekeyed = memo.rekeyed(last)
        assert rekeyed is None or rekeyed == {p for p, _ in keys.items() ^ last.items()}
        assert memo.rekeyed(dict(last)) is None  # an equal dict, not the very one copied: not known
        last = keys


def test_section_keys_say_which_paths_were_keyed_otherwise_from_the_paths_taken_out_and_put_in_alone() -> None:
    """From the third build on (the second keeps every section's keys), the paths whose key changed since
    the last build's keys are found among the sections keyed again, gone and the loose pages: a stale key
    planted in the copied keys of a section taken whole is not seen (no pass over every page); the keys of
    a build before the last, or of a build whose shared hash changed, are not known."""
    a = _section([("a/index.html", frozenset({"claim:a", "actors"})), ("a/claim.json", frozenset({"claim:a"}))])
    b = _section([("b/index.html", frozenset({"claim:b"}))])
    planned = Sections()
    planned.again(a)
    planned.again(b)
    planned.page(Page("about.html", ("claim:b",), "t", dict))
    hashes = {"*shared*": "s", "claim:a": "1", "claim:b": "1", "actors": "1"}
    memo = SectionKeys()
    first = memo.keys(planned, hashes)
    second = memo.keys(planned, hashes)
    assert memo.rekeyed(first) is None  # the second build's keys are copied section by section
    second["b/index.html"] = "planted"  # behind SectionKeys' back: b is taken whole, its key not looked at
    third = memo.keys(planned, {**hashes, "claim:a": "2"})
    assert memo.rekeyed(second) == {"a/index.html", "a/claim.json"}  # about.html: put in again, the same key
    assert third["b/index.html"] == "planted" and memo.rekeyed(first) is None
    memo.keys(planned, {**hashes, "*shared*": "t"})
    assert memo.rekeyed(third) is None


def test_section_keys_take_a_sections_keys_again_only_while_its_inputs_hashes_are_the_same() -> None:
    """A kept section's keys (seeded here, to tell them apart) are taken as a whole while none of its
    inputs' hashes changed, and never once one did, nor once the shared hash changed."""
    a = _section([("a/index.html", frozenset({"claim:a", "actors"})), ("a/claim.json", frozenset({"claim:a"}))])
    b = _section([("b/index.html", frozenset({"claim:b", "actors"}))])
    planned = Sections()
    planned.again(a)
    planned.again(b)
    planned.page(Page("about.html", (), "t", dict))
    hashes = {"*shared*": "s", "claim:a": "1", "claim:b": "1", "actors": "1"}
    memo = SectionKeys()
    memo.keys(planned, hashes)
    memo.keys(planned, hashes)  # from the second build on, kept
    assert memo.made is not None
    assert memo.all is not None
    for s, stale in ((a, "stale a"), (b, "stale b")):
        memo.made[id(s)] = (s, memo.made[id(s)][1], tuple(stale for _ in s.paths))
        memo.all = {**memo.all, **{p: stale for p in s.paths}}  # (the last build's keys: copied whole)
    changed = {**hashes, "claim:a": "2"}
    keys = memo.keys(planned, changed)
    assert keys == {**page_keys(planned.pages(), changed), "b/index.html": "stale b"}  # b's taken as a whole
    memo.made[id(b)] = (b, memo.made[id(b)][1], ("stale b",))
    assert memo.all is not None
    memo.all = {**memo.all, "b/index.html": "stale b"}
    assert memo.keys(planned, {**changed, "*shared*": "t"}) == page_keys(planned.pages(), {**changed, "*shared*": "t"})


def test_section_keys_keep_no_set_of_a_sections_inputs_and_a_shared_dependency_tuple_as_itself() -> None:
    """What SectionKeys keeps of a section to tell whether its inputs changed holds no set (a frozenset per
    section took 5.9 MB at 1,000 sources in serve): for pages sharing one dependency tuple (a claim's), that very
    tuple; for pages of different ones, their inputs each once, sorted; and an input changed in either is seen."""
    shared = packed({"claim:a", "actors"})
    a = section(None, lambda: [Page("a/index.html", shared, "t", dict), Page("a/claim.json", shared, "t", dict)],
                dict)
    b = _section([("b/index.html", frozenset({"claim:b", "actors"})), ("b/x.json", frozenset({"source:x"}))])
    planned = Sections()
    planned.again(a)
    planned.again(b)
    hashes = {"*shared*": "s", "claim:a": "1", "claim:b": "1", "actors": "1", "source:x": "1"}
    memo = SectionKeys()
    memo.keys(planned, hashes)
    memo.keys(planned, hashes)  # from the second build on, kept
    assert memo.made is not None
    assert memo.made[id(a)][1] is shared
    assert memo.made[id(b)][1] == ("actors", "claim:b", "source:x")
    for changed in ("claim:a", "source:x", "actors"):
        now = {**hashes, changed: "2"}
        assert memo.keys(planned, now) == page_keys(planned.pages(), now)
        hashes = now


def test_input_hashes_kept_are_the_hashes_made_afresh(config: Config) -> None:
    kept: dict[object, str] = {}
    parts = {"claim:a": (b"x",), "source:d": (b"x", b"y")}
    first = input_hashes(config, parts.items(), [], lambda k, make: kept.setdefault(k, make()))
    assert first == input_hashes(config, parts.items(), [])
    changed = {**parts, "claim:a": (b"z",)}
    assert input_hashes(config, changed.items(), [], lambda k, make: kept.setdefault(k, make())) == \
        input_hashes(config, changed.items(), [])


# --- page dependencies (site/pages.py) -------------------------------------------------


def test_a_claims_pages_depend_on_its_file_the_actors_and_every_source_it_cites(site: Site) -> None:
    for claim in site.annotations.claims:
        cited = {st.source for st in claim.statements if st.source in site.source_by_id}
        if claim.verdict is not None:
            cited.add(claim.verdict.source)
        assert claim_deps(site, claim) == {f"claim:{claim.id}", "actors", *(f"source:{s}" for s in cited)}, claim.id


def test_a_source_page_depends_on_its_file_the_actors_and_every_claim_quoting_or_rating_from_it(
    site: Site,
) -> None:
    for source in site.sources:
        claims = {c.id for c in site.annotations.claims
                  if any(st.source == source.id for st in c.statements)
                  or (c.verdict is not None and c.verdict.source == source.id)}
        assert source_deps(site, source) == {f"source:{source.id}", "actors",
                                             *(f"claim:{c}" for c in claims)}, source.id


def test_an_actor_page_depends_on_the_actors_and_the_claims_and_sources_of_its_statements(site: Site) -> None:
    for actor in site.annotations.actors:
        said = [(c, st) for c in site.annotations.claims for st in c.statements if st.speaker == actor.id]
        asserted = [c for c in site.annotations.claims if c.actor == actor.id]  # rows with verdict and labels
        assert actor_deps(site, actor) == {"actors", *(f"claim:{c.id}" for c, _ in said),
                                           *(f"source:{st.source}" for _, st in said)}.union(
            *(claim_deps(site, c) for c in asserted)), actor.id
        assert all(f"claim:{c.id}" in actor_deps(site, actor) for c in asserted)


def test_pages_with_the_same_dependencies_are_hashed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[bytes] = []
    real = hashlib.sha256

    def counting(data: bytes = b"") -> "hashlib._Hash":
        made.append(data)
        return real(data)

    monkeypatch.setattr("idlibsite.site.incremental.hashlib.sha256", counting)
    deps = packed({"claim:a", "actors"})
    pages = [Page(f"claims/a/{name}", deps, "t", dict) for name in ("index.html", "cite.bib", "claim.json")]
    keys = page_keys([*pages, Page("about.html", (), "t", dict)], {"*shared*": "s", "claim:a": "1"})
    assert len(made) == 2  # one digest per set of dependencies
    assert len(set(keys.values())) == 2 and len(keys) == 4


def test_pages_with_no_anchored_quote_still_depend_on_their_verdicts_and_asserted_claims(site: Site) -> None:
    """As if no quote had anchored: what is left is the verdicts and who asserted which claim."""
    bare = replace(site, quotes=())
    rated = [c for c in bare.annotations.claims if c.verdict is not None]
    assert rated
    for claim in bare.annotations.claims:
        verdict = {f"source:{claim.verdict.source}"} if claim.verdict is not None else set()
        assert claim_deps(bare, claim) == {f"claim:{claim.id}", "actors", *verdict}
    for source in bare.sources:
        assert source_deps(bare, source) == {f"source:{source.id}", "actors", *(
            f"claim:{c.id}" for c in rated if c.verdict is not None and c.verdict.source == source.id)}
    for actor in bare.annotations.actors:
        asserted = [c for c in bare.annotations.claims if c.actor == actor.id]
        assert actor_deps(bare, actor) == {"actors", *(f"claim:{c.id}" for c in asserted), *(
            f"source:{c.verdict.source}" for c in asserted if c.verdict is not None)}


def test_section_keys_copy_the_last_builds_keys_and_key_again_only_the_sections_touched() -> None:
    """serve: the keys of the sections taken whole come from the last build's keys of every page as they
    were (seeded here, to tell them apart), not from each section's; a section keyed again, a section
    gone and the loose pages have theirs taken out and made again."""
    a = _section([("a/index.html", frozenset({"claim:a", "actors"})), ("a/claim.json", frozenset({"claim:a"}))])
    b = _section([("b/index.html", frozenset({"claim:b", "actors"}))])
    c = _section([("c/index.html", frozenset({"claim:c"}))])
    hashes = {"*shared*": "s", "claim:a": "1", "claim:b": "1", "claim:c": "1", "actors": "1"}

    def plan(*sections: Section, loose: str = "about.html") -> Sections:
        planned = Sections()
        for s in sections:
            planned.again(s)
        planned.page(Page(loose, packed({"claim:c"}), "t", dict))
        return planned

    memo = SectionKeys()
    memo.keys(plan(a, b, c), hashes)
    memo.keys(plan(a, b, c), hashes)  # from the second build on, kept
    assert memo.all is not None
    memo.all = {**memo.all, "b/index.html": "stale b", "a/index.html": "stale a", "c/index.html": "stale c",
                "about.html": "stale loose"}
    changed = {**hashes, "claim:a": "2", "claim:c": "2"}
    keys = memo.keys(plan(a, b, loose="contact.html"), changed)  # c gone, another loose page
    assert keys == {**page_keys(plan(a, b, loose="contact.html").pages(), changed), "b/index.html": "stale b"}


def test_a_section_keeps_no_page_and_makes_its_pages_again_only_when_one_is_not_kept() -> None:
    """A section holds its pages' paths and dependencies, not the pages (each with the call that renders it);
    a plan asked for pages makes a section taken from the last plan again only when one of its pages asked
    for is not kept, each kept one told once, in order; the pages made again are those made first."""
    made: list[int] = []

    def make() -> list[Page]:
        made.append(1)
        own = packed({"claim:a"})  # (a claim's pages share one tuple)
        return [Page("a/index.html", packed({"claim:a", "actors"}), "claim.html", dict),
                Page("a/claim.json", own, "", dict, bytes), Page("a/cite.bib", own, "", dict)]

    first: list[list[Page]] = []
    a = section(None, make, dict, first.append)
    assert made == [1] and [p.path for p in first[0]] == list(a.paths) and a.html == 1
    assert a.deps == tuple(p.deps for p in first[0]) and a.deps[1] is a.deps[2]  # the very tuples
    assert not any(isinstance(held, Page) or (isinstance(held, (list, tuple)) and any(isinstance(p, Page) for p in held))
                   for held in (getattr(a, field) for field in Section.__slots__))
    planned = Sections()
    planned.again(a)
    about = Page("about/index.html", (), "about.html", dict)
    planned.page(about)
    assert (planned.count, planned.html) == (4, 2)
    told: list[str] = []
    assert planned.pages({"a/index.html", "a/cite.bib", "about/index.html"}, lambda p: told.append(p) or True) == [about]
    assert told == ["a/index.html", "a/cite.bib"] and made == [1]  # all kept: nothing made
    again = planned.pages({"a/claim.json", "a/cite.bib"}, lambda p: p != "a/claim.json")
    assert made == [1, 1] and [p.path for p in again] == ["a/claim.json", "a/cite.bib"]
    assert [(p.path, p.deps, p.template) for p in planned.pages()] == [
        *((p.path, p.deps, p.template) for p in first[0]), ("about/index.html", (), "about.html")]
    assert list(planned.pairs()) == [*zip(a.paths, a.deps), ("about/index.html", ())]
