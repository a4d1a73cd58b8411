"""search.py: Pagefind's bundle in shards, made in memory, the same every time, redone only where changed."""

import gzip
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from conftest import copy_project
from idlibsite.build import build as build_site
from idlibsite.cache import Cache
from idlibsite.config import load_config
from idlibsite.site import search
from idlibsite.site.search import (
    BUNDLE,
    MERGE_SCRIPT,
    is_indexed,
    page_views,
    plan_shards,
    search_index,
    shard_count,
    shard_of,
)
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


def nothing_kept(key: str) -> None:
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
    cache = Cache(None)  # in memory: each shard's pages' views, kept by the first build for the second
    first = search_index(marked(MANY), MANY.__getitem__, nothing_kept, cache=cache)
    by_key: dict[str, dict[str, bytes]] = {}
    for path, key in first.keys.items():
        by_key.setdefault(key, {})[path] = first.files[path]
    edited = {**MANY, "claims/c7/index.html": page("Claim 7", "Edited.")}
    views = page_views(marked(edited), edited.__getitem__, None)
    (changed,) = [s for s in plan_shards(views, search.indexer()) if "claims/c7/index.html" in s.pages]
    read: list[str] = []

    def reader(path: str) -> bytes:
        read.append(path)
        return edited[path]

    reused: list[str] = []

    def keep(key: str) -> list[str] | None:
        paths = list(by_key[key]) if key in by_key else None
        reused.extend(paths or ())
        return paths

    second = search_index(marked(edited), reader, keep, cache=cache)
    assert sorted(read) == sorted([*changed.pages, "claims/c7/index.html"])  # the edited page: once for its view
    kept = {s.key for s in plan_shards(views, search.indexer())} - {changed.key}
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
