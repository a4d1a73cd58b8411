"""Pages kept by their key (output/aside.py): an incremental build asks the tree beside the site
whether it still holds a page made from the same inputs, and keeps it unread and unwritten; a page
whose key changed, or whose file was edited since, is made again."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from idlibsite.cache import Cache
from idlibsite.output import aside as aside_module
from idlibsite.output import folders, fs
from idlibsite.output.aside import WriteReport
from idlibsite.output.publish import open_site
from test_output import on_disk, site, tree
from test_output_spare import project, spare, writes  # noqa: F401  (fixtures)


def keyed(version: int) -> dict[str, tuple[str, bytes]]:
    """Each page of ``site(version)`` with a key: the bytes' own text, as a build's input hash would be."""
    return {path: (f"key of {data!r}", data) for path, data in site(version).items()}


def build(out: Path, project: Path, pages: dict[str, tuple[str, bytes]], *, trust: bool = True,
          cache: Cache | None = None) -> tuple[list[str], WriteReport]:
    """A build that keeps what it can by key and writes the rest: the paths it kept, and its report."""
    kept = []
    with open_site(out, project, trust=trust, cache=cache) as aside:
        for path, (key, data) in sorted(pages.items()):
            made = aside.reuse(path, key)
            if made is None:
                aside.put(path, data, key)
            else:
                assert made.key == key
                kept.append(path)
        report = aside.finish()
    if cache is not None:
        cache.commit()  # as a build ends
    return kept, report


def test_pages_of_the_same_key_are_kept_from_the_site_then_from_the_spare(
    project: Path, writes: list[Path]  # noqa: F811
) -> None:
    out = project / "site"
    pages = keyed(1)
    build(out, project, pages)
    for turn in ("linked from the site into a fresh tree", "kept in the spare, which holds them"):
        writes.clear()
        kept, report = build(out, project, pages)
        assert kept == sorted(pages), turn
        assert [w for w in writes if w.name != fs.MARKER] == [], turn  # a fresh tree's marker aside
        assert report == WriteReport(written=0, unchanged=len(pages), removed=0), turn
        assert tree(out) == on_disk(site(1)), turn


def test_a_page_whose_key_changed_is_made_again(project: Path, writes: list[Path]) -> None:  # noqa: F811
    out = project / "site"
    build(out, project, keyed(1))
    build(out, project, keyed(1))  # the first site is the spare now
    pages = {**keyed(1), "index.html": ("another key", b"<h1>new</h1>")}
    writes.clear()
    kept, report = build(out, project, pages)
    assert kept == sorted(set(pages) - {"index.html"})
    assert writes == [spare(project) / fs.STAGED / "0"]  # staged in the spare, then renamed into place
    assert report == WriteReport(written=1, unchanged=len(pages) - 1, removed=0)
    assert tree(out) == on_disk({**site(1), "index.html": b"<h1>new</h1>"})


@pytest.mark.parametrize("where", ["site", "spare"])
def test_a_page_edited_by_hand_is_not_kept(project: Path, where: str) -> None:  # noqa: F811
    """Edited in place a second later, to the same size: the record's stat tells it."""
    out = project / "site"
    build(out, project, keyed(1))
    build(out, project, keyed(1))
    edited = (out if where == "site" else spare(project)) / "index.html"
    before = edited.stat()
    edited.write_bytes(b"<h1>VERSION 1</h1>")
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
    kept, _ = build(out, project, keyed(1))
    assert "index.html" not in kept and len(kept) == len(keyed(1)) - 1
    assert tree(out) == on_disk(site(1))


def test_a_full_build_keeps_nothing_by_key(project: Path) -> None:  # noqa: F811
    out = project / "site"
    build(out, project, keyed(1))
    build(out, project, keyed(1))
    kept, report = build(out, project, keyed(1), trust=False)
    assert kept == [] and report.unchanged == len(keyed(1))
    assert tree(out) == on_disk(site(1))


def test_a_build_after_a_full_one_keeps_every_page(project: Path, writes: list[Path]) -> None:  # noqa: F811
    """A full build fills a fresh tree with links to the site's files while the spare (the site before)
    shares them too.  Deleting that spare once the new site was recorded would stamp those inodes' ctime
    after the record: the next build would trust no file and write every page again."""
    out = project / "site"
    build(out, project, keyed(1))
    build(out, project, keyed(1))  # the spare holds the first site's files, links of the site's own
    build(out, project, keyed(1), trust=False)
    writes.clear()
    kept, report = build(out, project, keyed(1))
    assert kept == sorted(keyed(1))
    assert [w for w in writes if w.name != fs.MARKER] == []
    assert report == WriteReport(written=0, unchanged=len(keyed(1)), removed=0)
    assert tree(out) == on_disk(site(1))


def test_keyed_files_are_kept_all_or_nothing(project: Path) -> None:  # noqa: F811
    """One search shard's files, made from one key: kept together, or made again together."""
    out = project / "site"
    shard = {"search/a.pf": b"first part", "search/b.pf": b"second part"}
    for _ in range(2):
        with open_site(out, project) as aside:
            for path, data in shard.items():
                aside.put(path, data, "shard key")
            aside.finish()
    with open_site(out, project) as aside:
        assert aside.keep_keyed("another key") is None
        assert sorted(aside.keep_keyed("shard key") or []) == sorted(shard)
        aside.finish()
    assert tree(out) == on_disk(shard)
    (out / "search/b.pf").write_bytes(b"second PART")  # edited in the site: that tree's keyed files are not all intact
    with open_site(out, project) as aside:
        kept = aside.keep_keyed("shard key")
        if kept is None:
            for path, data in shard.items():
                aside.put(path, data, "shard key")
        aside.finish()
    assert tree(out) == on_disk(shard)


def test_keyed_files_are_looked_for_under_their_folder_only(project: Path) -> None:  # noqa: F811
    """A search shard's files are found by their key without grouping every page of the records by
    its key (each page has its own: at 10,000 sources, tens of MB held to the end of the build)."""
    out = project / "site"
    shard = {"search/a.pf": b"first part", "search/b.pf": b"second part"}
    pages = {f"claims/{n}/index.html": (f"page key {n}", b"page %d" % n) for n in range(3_000)}
    pages["claims/shard-key/index.html"] = ("shard key", b"a page made from the shard's key")
    for _ in range(2):
        with open_site(out, project) as aside:
            for path, (key, data) in pages.items():
                aside.put(path, data, key)
            for path, data in shard.items():
                aside.put(path, data, "shard key")
            aside.finish()
    with open_site(out, project) as aside:
        tracemalloc.start()
        try:
            kept = aside.keep_keyed("shard key", under="search/")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert sorted(kept or []) == sorted(shard)
        assert peak < 100_000  # grouping the records' 3,000 pages by key took 1 MB
        for path, (key, _) in pages.items():
            aside.reuse(path, key)
        aside.finish()
    assert tree(out) == on_disk({**shard, **{path: data for path, (_, data) in pages.items()}})


def test_a_process_that_builds_again_trusts_the_records_it_saved_without_a_stat_or_a_walk(
    project: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    """serve: the files of a tree it recorded itself are kept by their record alone, and what the new
    site no longer has is removed by the record, with the folders it leaves empty."""
    out = project / "site"
    cache = Cache(None, keep_reads=lambda path: True)
    build(out, project, keyed(1), cache=cache)
    build(out, project, keyed(2), cache=cache)  # both trees' records are this process's now
    stats: list[str] = []
    real, real_packed = aside_module.intact, aside_module.intact_packed
    monkeypatch.setattr(aside_module, "intact", lambda path, e: (stats.append(str(path)), real(path, e))[1])
    monkeypatch.setattr(aside_module, "intact_packed",
                        lambda path, packed: (stats.append(str(path)), real_packed(path, packed))[1])
    walk = folders.prune
    monkeypatch.setattr(folders, "prune", lambda *args: pytest.fail("the tree was walked"))
    before = 2
    for version, kept_files in ((2, len(keyed(2))), (1, 1), (1, len(keyed(1)))):  # linked, written, linked
        kept, _ = build(out, project, keyed(version), cache=cache)
        assert (len(kept), stats) == (kept_files, []), version
        assert tree(out) == on_disk(site(version)), version
        assert tree(spare(project)) == on_disk(site(before)), version  # the site before, as it was
        assert (out / "even").is_dir() == (version == 2), version  # a folder left empty is removed
        before = version
    monkeypatch.setattr(folders, "prune", walk)
    fresh = Cache(None)  # a process that builds once stats every page it keeps
    kept, _ = build(out, project, keyed(1), cache=fresh)
    assert len(stats) >= len(kept) > 0


def build_carried(out: Path, project: Path, pages: dict[str, tuple[str, bytes]],
                  cache: Cache) -> set[str] | None:
    """A build as `serve` makes it (build.py): the pages carried at once from the last builds, the
    rest kept one by one or written; what ``carry`` left to do."""
    with open_site(out, project, cache=cache) as aside:
        todo = aside.carry({path: key for path, (key, _) in pages.items()}, {})
        for path in sorted(pages if todo is None else todo):
            key, data = pages[path]
            if aside.keep_page(path, key) is None:
                aside.put(path, data, key)
        aside.finish()
    cache.commit()
    return todo


def test_serve_carries_the_pages_of_the_same_key_as_in_its_last_builds_and_no_other(project: Path) -> None:  # noqa: F811
    """Pages made from the same key by the last build, whose files the site and the spare record
    alike, are kept at once; a page the last build changed is not (the spare holds its older bytes),
    though its key is the same again, nor one whose key changed."""
    out = project / "site"
    cache = Cache(None, keep_reads=lambda path: True)
    todos = []
    for version in (1, 1, 1, 2, 2, 2, 2, 1):
        todos.append(build_carried(out, project, keyed(version), cache))
        assert tree(out) == on_disk(site(version)), version
    changed = {p for p in keyed(1).keys() | keyed(2).keys() if keyed(1).get(p) != keyed(2).get(p)}
    assert todos[:2] == [None, None]  # no spare of this process's yet
    assert todos[2] == keyed(1).keys()  # the second build linked the first's files: the records differ
    # the pages of new keys, then those the last build changed (the spare holds older bytes), then those
    # it linked into the other tree (the records differ in their ctime) until both records agree
    assert todos[3:6] == [changed & keyed(2).keys()] * 3
    assert todos[6] == set()
    assert todos[7] == changed & keyed(1).keys()


def test_the_kept_pages_pass_keeps_the_spares_intact_files_and_leaves_every_other_to_keep_page(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """A fresh build's pages taken from its table are kept in one pass (output/kept.py) when the spare holds
    the file made from the same key with its recorded stat.  A file edited by hand (its size and mtime
    put back), removed (which stamps the ctime of the site's link of it), or made from another key is left
    to ``keep_page``, and made again."""
    out = project / "site"
    pages = {path: (hashlib.sha256(data).hexdigest(), data) for path, data in site(1).items()}

    def made(pages: dict[str, tuple[str, bytes]]) -> tuple[list[str], dict[str, str], list[str]]:
        """A build's pass, then keep_page or put of each page left: those left, the indexed pages' SHA-256s,
        and the paths keep_page was asked of."""
        asked: list[str] = []
        keep_page = aside_module.Aside.keep_page
        monkeypatch.setattr(aside_module.Aside, "keep_page", lambda self, path, key: (asked.append(path),
                                                                                       keep_page(self, path, key))[1])
        indexed: dict[str, str] = {}
        with open_site(out, project) as aside:
            keys = {p: k for p, (k, _) in pages.items()}
            left = aside.keep_pages(sorted(pages), keys, indexed)
            for path in left:
                found = aside.keep_page(path, keys[path])
                if found is None:
                    found = aside.put(path, pages[path][1], keys[path], indexed=path.endswith(".html"))[1:3][::-1]
                if found[0]:
                    indexed[path] = found[1]
            aside.finish()
        return left, indexed, asked

    for _ in range(3):  # the site, then the spare, recorded; then the spare holding the site's files
        made(pages)
    left, indexed, asked = made(pages)
    assert left == [] and asked == []
    assert indexed == {p: hashlib.sha256(data).hexdigest() for p, (_, data) in pages.items() if p.endswith(".html")}
    assert tree(out) == on_disk(site(1))
    edited, removed, rekeyed = sorted(p for p in pages if p.endswith(".html"))[:3]
    target = spare(project) / edited  # (a link of the site's file: both are edited)
    before = target.stat()
    target.write_bytes(target.read_bytes().upper())
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert target.stat().st_size == before.st_size
    (spare(project) / removed).unlink()
    pages[rekeyed] = ("cd" * 32, pages[rekeyed][1])
    left, indexed, asked = made(pages)
    assert left == asked == sorted([edited, removed, rekeyed])
    assert indexed == {p: hashlib.sha256(data).hexdigest() for p, (_, data) in pages.items() if p.endswith(".html")}
    assert tree(out) == on_disk(site(1))
    lefts = [made(pages)[0] for _ in range(4)]  # linked from the site where they were made, then recorded
    assert lefts[-1] == [] and all(set(left) <= {edited, removed, rekeyed} for left in lefts)  # in the spare
    assert tree(out) == on_disk(site(1))
