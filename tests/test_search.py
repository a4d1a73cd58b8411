"""search.py: Pagefind's bundle in shards, made in memory, the same every time, redone only where changed."""

import gzip
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import copy_project, examples
from idlibsite.build import build as build_site
from idlibsite.config import load_config
from idlibsite.site import search
from idlibsite.site.search import (
    BUNDLE,
    MERGE_SCRIPT,
    is_indexed,
    plan_shards,
    search_index,
    shard_count,
    shard_of,
)
from idlibsite.site import searchview
from idlibsite.site.searchview import view

PAGE = (
    '<!doctype html><html lang="en"><head><title>{title}</title></head>'
    "<body><nav>Claims Actors Sources</nav>{main}</body></html>"
)


def page(title: str, text: str, marked: bool = True) -> bytes:
    attribute = " data-pagefind-body" if marked else ""
    return PAGE.format(
        title=title, main=f"<main{attribute}><h1>{title}</h1><p>{text}</p></main>"
    ).encode()


FILES = {
    "sources/a-source/index.html": page("A source", "Kremlin spokesman Peskov spoke."),
    "claims/a-claim/index.html": page("A claim", "Peskov said the ceasefire holds."),
    "timeline/index.html": page("Timeline", "Every statement by date.", marked=False),
    "static/site.css": b"main { data-pagefind-body: none }",  # not HTML, never indexed
}
MANY = {f"claims/c{i}/index.html": page(f"Claim {i}", f"Statement number {i}.") for i in range(40)}


def marked(files: Mapping[str, bytes]) -> dict[str, str]:
    """The pages to index, as the build records them: site path -> SHA-256 of the bytes."""
    return {path: hashlib.sha256(data).hexdigest() for path, data in files.items() if is_indexed(path, data)}


def nothing_kept(key: str, as_key: str) -> None:
    return None


def build(files: Mapping[str, bytes], keep: search.Keep = nothing_kept) -> search.SearchIndex:
    return search_index(marked(files), files.__getitem__, keep)


def page_counts(bundle: Mapping[str, bytes]) -> dict[str, int]:
    """Each shard's folder -> the pages its index holds."""
    return {
        path[: -len("pagefind-entry.json")]: sum(
            lang["page_count"] for lang in json.loads(data)["languages"].values()
        )
        for path, data in bundle.items()
        if path.endswith("pagefind-entry.json")
    }


def test_only_the_marked_pages_are_indexed_and_the_bundle_is_under_pagefind() -> None:
    bundle = build(FILES).files
    assert all(path.startswith(BUNDLE) for path in bundle)
    assert {
        "pagefind/pagefind.js",
        "pagefind/pagefind-component-ui.js",
        "pagefind/pagefind-component-ui.css",
        MERGE_SCRIPT,
    } <= set(bundle)
    assert page_counts(bundle) == {BUNDLE: 2}
    fragments = [data for path, data in bundle.items() if path.startswith("pagefind/fragment/")]
    assert len(fragments) == 2
    assert b"mergeIndex = [].map" in bundle[MERGE_SCRIPT]  # one shard: nothing to merge


def test_the_bundle_is_the_same_bytes_every_time_whatever_the_order_of_the_files() -> None:
    assert build(FILES) == build(dict(reversed(list(FILES.items()))))


def test_nothing_marked_gives_no_bundle() -> None:
    assert build({"index.html": page("Home", "Welcome.", marked=False)}).files == {}


def test_shards_are_a_power_of_two_of_at_most_the_pages_per_shard_and_at_most_the_maximum() -> None:
    per = search.PAGES_PER_SHARD
    assert [shard_count(n) for n in (0, 5, per, per + 1, 2 * per, 2 * per + 1)] == [1, 1, 1, 2, 2, 4]
    assert shard_count(10**9) == search.MAX_SHARDS


def test_a_pages_shard_depends_only_on_its_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "PAGES_PER_SHARD", 10)
    indexed = marked(MANY)
    half = dict(list(indexed.items())[::-1][:31])  # a site with fewer pages, but as many shards
    assert shard_count(len(half)) == shard_count(len(indexed))
    where = {p: s.folder for s in plan_shards(indexed) for p in s.pages}
    assert all(where[p] == s.folder for s in plan_shards(half) for p in s.pages)
    assert {shard_of(path, 8) for path in MANY} == set(range(8))  # and spreads the pages
    assert plan_shards(indexed) == plan_shards(dict(reversed(list(indexed.items()))))


def test_another_pagefind_binary_makes_every_shard_anew() -> None:
    indexed = marked(MANY)
    before, after = plan_shards(indexed, "pagefind:1"), plan_shards(indexed, "pagefind:2")
    assert [s.pages for s in before] == [s.pages for s in after]
    assert not {s.key for s in before} & {s.key for s in after}


def test_a_shards_key_changes_with_its_pages_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "PAGES_PER_SHARD", 10)
    before = {s.folder: s.key for s in plan_shards(marked(MANY))}
    edited = {**MANY, "claims/c7/index.html": page("Claim 7", "Edited.")}
    after = {s.folder: s.key for s in plan_shards(marked(edited))}
    assert before.keys() == after.keys() and len(before) == 4
    assert [f for f in before if before[f] != after[f]] == [
        s.folder for s in plan_shards(marked(edited)) if "claims/c7/index.html" in s.pages
    ]


def test_every_shard_is_indexed_and_only_the_primary_carries_the_ui(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search, "PAGES_PER_SHARD", 10)
    shards = plan_shards(marked(MANY))
    bundle = build(MANY).files
    assert page_counts(bundle) == {s.folder: len(s.pages) for s in shards}
    assert sum(page_counts(bundle).values()) == len(MANY)
    others = [s.folder for s in shards[1:]]
    assert shards[0].folder == BUNDLE and others
    for folder in others:
        assert not any(p.startswith(folder) and p.endswith((".js", ".css", ".pagefind")) for p in bundle)
    merged = json.dumps([f[len(BUNDLE):] for f in others]).encode()
    assert merged in bundle[MERGE_SCRIPT]


def test_unchanged_shards_are_reused_and_their_pages_never_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search, "PAGES_PER_SHARD", 10)
    first = build(MANY)
    by_key: dict[str, dict[str, bytes]] = {}
    for path, key in first.keys.items():
        by_key.setdefault(key, {})[path] = first.files[path]
    edited = {**MANY, "claims/c7/index.html": page("Claim 7", "Edited.")}
    (changed,) = [s for s in plan_shards(marked(edited), search.indexer()) if "claims/c7/index.html" in s.pages]
    read: list[str] = []

    def reader(path: str) -> bytes:
        read.append(path)
        return edited[path]

    reused: list[str] = []

    def keep(key: str, as_key: str) -> list[str] | None:
        assert as_key == key  # no earlier tree given: a shard is kept only by its own key
        paths = list(by_key[key]) if key in by_key else None
        reused.extend(paths or ())
        return paths

    second = search_index(marked(edited), reader, keep)
    assert sorted(read) == sorted(changed.pages)  # no view of any page is needed
    kept = {s.key for s in plan_shards(marked(edited), search.indexer())} - {changed.key}
    assert set(reused) == {p for p, key in first.keys.items() if key in kept} != set()
    assert not set(reused) & set(second.files)  # only the redone shard's files are made
    published = {**{p: first.files[p] for p in reused}, **second.files}
    assert published == build(edited).files  # the same bundle as a build from nothing


def test_a_label_and_its_value_are_separate_words_in_the_index(tmp_path: Path) -> None:
    """Pagefind joins adjacent elements' text: "Asserted by</dt><dd>Peskov" would index "byPeskov"."""
    config = load_config(copy_project(tmp_path))
    build_site(config)
    contents = []
    for fragment in (config.output / "pagefind" / "fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(fragment.read_bytes())
        contents.append(json.loads(raw[raw.index(b"{"):])["content"])
    claim = next(c for c in contents if c.startswith("Turkish troops are in Syria without the Syrian government"))
    assert "Asserted by Russian Foreign Ministry." in claim


def test_a_claims_new_title_indexes_again_only_the_shards_whose_pages_pagefind_reads_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages of the sources it quotes change too, mostly only where Pagefind does not read (their
    list of citing claims, the tooltips of their highlights): the shards of those are kept, and the
    bundle is a full build's, byte for byte."""
    monkeypatch.setattr(search, "PAGES_PER_SHARD", 3)
    config = load_config(copy_project(tmp_path / "edited"))
    build_site(config)
    before = {p.relative_to(config.output).as_posix(): p.read_bytes() for p in config.output.rglob("*.html")}
    claim = config.claims / "rebels-must-implement-idlib-ceasefire.yaml"
    text = claim.read_text("utf-8")
    claim.write_text(text.replace("\ntitle: The rebels", "\ntitle: Now the rebels", 1), "utf-8")
    ran: list[tuple[str, ...]] = []
    index = search._pagefind

    def counted(binary: Path, scratch: Path, pages: tuple[str, ...], read: object) -> dict[str, bytes]:
        ran.append(tuple(pages))
        return index(binary, scratch, pages, read)  # type: ignore[arg-type]

    monkeypatch.setattr(search, "_pagefind", counted)
    build_site(config)
    after = {p.relative_to(config.output).as_posix(): p.read_bytes() for p in config.output.rglob("*.html")}
    changed = {p for p in after if before.get(p) != after[p] and is_indexed(p, after[p])}
    read = {p for p in changed if view(before[p]) != view(after[p])}  # (the claim's page, at least)
    shards = plan_shards(marked(after))
    redone = [s.pages for s in shards if read & set(s.pages)]
    assert "claims/rebels-must-implement-idlib-ceasefire/index.html" in read
    assert any(not set(s.pages) & read for s in shards if set(s.pages) & changed)  # a shard changed, not read
    assert sorted(ran) == sorted(redone)  # only the shards of pages Pagefind reads otherwise are redone
    full = load_config(copy_project(tmp_path / "full"))
    (full.claims / claim.name).write_text(claim.read_text("utf-8"), "utf-8")
    build_site(full, full=True)
    assert tree(config.output / "pagefind") == tree(full.output / "pagefind")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class Built:
    """A site as a build left it, as search.py sees an earlier tree: its pages, and its bundle's files with
    the key each was recorded as made from."""

    def __init__(self, pages: Mapping[str, bytes], files: Mapping[str, tuple[bytes, str]]) -> None:
        self.pages, self.files = dict(pages), dict(files)

    def sha(self, path: str) -> str | None:
        return hashlib.sha256(self.pages[path]).hexdigest() if path in self.pages else None

    def read(self, path: str) -> bytes:
        return self.pages[path]

    def has(self, key: str) -> bool:
        return any(k == key for _, k in self.files.values())


def built_after(pages: Mapping[str, bytes], earlier: list[Built]) -> Built:
    """The site a build makes of ``pages`` when ``earlier`` are the site and the spare: a shard's files are
    kept from the first tree that has them, recorded as the build says (as Aside.keep_keyed does)."""
    files: dict[str, tuple[bytes, str]] = {}

    def keep(key: str, as_key: str) -> list[str] | None:
        for tree in earlier:
            paths = [p for p, (_, k) in tree.files.items() if k == key]
            if paths:
                files.update((p, (tree.files[p][0], as_key)) for p in paths)
                return paths
        return None

    made = search_index(marked(pages), pages.__getitem__, keep, earlier=earlier)
    files.update((p, (data, made.keys[p])) for p, data in made.files.items())
    return Built(pages, files)


def claim(i: int, text: int, cited: int) -> bytes:
    """A claim page: ``text`` changes what Pagefind reads, ``cited`` only what it ignores."""
    return PAGE.format(title=f"Claim {i}", main=(
        f"<main data-pagefind-body><h1>Claim {i}</h1><p>Statement {i}, version {text}.</p>"
        f"<section data-pagefind-ignore><p>Cited by {cited} sources</p></section></main>")).encode()


EDIT = st.tuples(st.integers(-1, 11), st.booleans())  # a page (-1: all), and whether its text changes (else
# only what Pagefind ignores)


@settings(max_examples=examples(10), deadline=None)
@example([[], [(3, False)], [(3, True), (5, False)]])
@example([[(-1, False)], [(-1, True)], [(-1, False), (2, True)]])
@given(st.lists(st.lists(EDIT, max_size=4), min_size=1, max_size=3))
def test_after_any_edits_the_bundle_is_a_full_builds_and_only_changed_text_is_indexed_again(
    steps: list[list[tuple[int, bool]]],
) -> None:
    """A cold build computes no view; a build after edits computes views only of the pages that changed,
    keeps every shard whose pages Pagefind reads as before (from the site or the spare, recorded under
    the new key), indexes the others, and publishes exactly the bundle of a build from nothing."""
    versions = {i: [0, 0] for i in range(12)}
    pages = {f"claims/c{i:02}/index.html": claim(i, *versions[i]) for i in versions}
    ran: list[tuple[str, ...]] = []
    viewed: list[bytes] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "PAGES_PER_SHARD", 3)
        index, scan = search._pagefind, searchview.view
        patch.setattr(search, "_pagefind", lambda binary, scratch, shard, read: ran.append(tuple(shard))
                      or index(binary, scratch, shard, read))
        patch.setattr(search, "view", lambda data: viewed.append(data) or scan(data))
        site, spare = built_after(pages, []), None
        assert len(ran) == len(plan_shards(marked(pages))) and viewed == []  # a cold build: every shard
        # indexed, no view computed
        for n, edits in enumerate(steps, 1):
            for i, text in edits:
                for j in range(12) if i < 0 else [i]:
                    versions[j][0 if text else 1] = n
            pages = {f"claims/c{i:02}/index.html": claim(i, *versions[i]) for i in versions}
            changed = {p for p in pages if site.pages[p] != pages[p]}
            reads_otherwise = {p for p in changed if view(site.pages[p]) != view(pages[p])}
            ran.clear()
            viewed.clear()
            before = [t for t in (site, spare) if t is not None]
            site, spare = built_after(pages, before), site
            shards = plan_shards(marked(pages))
            assert sorted(ran) == sorted(s.pages for s in shards if reads_otherwise & set(s.pages)), steps[:n]
            assert len(set(viewed)) == len(viewed)  # each page's bytes scanned once at most, and only a
            # changed page's, old and new
            assert set(viewed) <= {d for t in before for p, was in t.pages.items() if pages[p] != was
                                   for d in (was, pages[p])}
            ran.clear()
            full = built_after(pages, [])  # from nothing
            assert {p: d for p, (d, _) in site.files.items()} == {p: d for p, (d, _) in full.files.items()}
            assert {p: k for p, (_, k) in site.files.items()} == {p: k for p, (_, k) in full.files.items()}


def test_a_shard_is_indexed_anew_when_an_earlier_page_cannot_be_read_or_is_not_as_recorded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search, "PAGES_PER_SHARD", 3)
    pages = {f"claims/c{i:02}/index.html": claim(i, 0, 0) for i in range(12)}
    site = built_after(pages, [])
    edited = {**pages, "claims/c03/index.html": claim(3, 0, 1)}  # changed only where Pagefind does not read
    full = built_after(edited, [])
    (shard,) = [s.pages for s in plan_shards(marked(edited)) if "claims/c03/index.html" in s.pages]
    ran: list[tuple[str, ...]] = []
    index = search._pagefind
    monkeypatch.setattr(search, "_pagefind", lambda binary, scratch, pages, read: ran.append(tuple(pages))
                        or index(binary, scratch, pages, read))
    assert built_after(edited, [site]).files == full.files and ran == []  # Pagefind reads it alike: kept
    # the file at its path gone, or edited by hand to read as the new page does (as recorded, it does not)
    for damage, now in ((FileNotFoundError, claim(3, 0, 1)), (claim(3, 1, 5), claim(3, 1, 0))):
        class Damaged(Built):
            def read(self, path: str) -> bytes:
                if path != "claims/c03/index.html":
                    return super().read(path)
                if isinstance(damage, bytes):
                    return damage
                raise damage(path)

        edited = {**pages, "claims/c03/index.html": now}
        full = built_after(edited, [])
        ran.clear()
        after = built_after(edited, [Damaged(site.pages, site.files)])
        assert ran == [shard] and after.files == full.files
