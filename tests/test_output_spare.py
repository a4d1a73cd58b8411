"""The spare tree: the site before last, brought up to date by writing only what changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import copy_project
from idlibsite.cache import CACHE_DIR
from idlibsite.config import load_config
from idlibsite.errors import OutputError
from idlibsite.output import fs, publish
from idlibsite.output.aside import WriteReport
from idlibsite.output.fs import MARKER
from idlibsite.output.publish import write_site
from idlibsite.output.records import RECORDS, Records, tree_id
from idlibsite.site.pages import Page
from idlibsite.site.render import STATIC, render
from test_output import on_disk, site, tree


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    return root


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file the writer writes (links are not counted)."""
    made: list[Path] = []
    real = fs.write_file

    def counting(path: Path, data: bytes) -> None:
        made.append(path)
        real(path, data)

    monkeypatch.setattr(fs, "write_file", counting)
    return made


def spare(project: Path) -> Path:
    return project / ".site.spare"


def test_a_one_page_change_writes_one_file_into_the_spare(project: Path, writes: list[Path]) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    write_site(site(1), out, project)  # the first site is now the spare
    ident = tree_id(spare(project), MARKER)
    writes.clear()
    changed = {**site(1), "claims/c007/index.html": b"edited"}
    report = write_site(changed, out, project)
    assert report == WriteReport(written=1, unchanged=len(changed) - 1, removed=0)
    assert writes == [spare(project) / fs.STAGED / "0"]  # then renamed into place
    assert tree_id(out, MARKER) == ident  # the spare was brought up to date and swapped in
    assert tree(out) == on_disk(changed)
    assert tree(spare(project)) == on_disk(site(1))  # the old site is the spare now


def test_the_two_trees_take_turns_and_removed_files_go(project: Path, writes: list[Path]) -> None:
    out = project / "site"
    idents = []
    for version in range(1, 6):
        write_site(site(version), out, project)
        idents.append(tree_id(out, MARKER))
        assert tree(out) == on_disk(site(version))
        if version % 2:
            assert not (out / "even").exists()  # emptied by the removal, so removed too
    assert idents[2] == idents[4] == idents[0] and idents[1] == idents[3] != idents[0]


def test_a_damaged_spare_is_mended(project: Path) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    write_site(site(2), out, project)
    (spare(project) / "index.html").write_bytes(b"damaged in place, another size")
    (spare(project) / "claims" / "c003" / "index.html").unlink()
    write_site(site(3), out, project)
    assert tree(out) == on_disk(site(3))


def test_a_spare_with_files_not_ours_is_left_alone(project: Path) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    spare(project).mkdir()
    (spare(project) / "notes.txt").write_bytes(b"mine")
    write_site(site(2), out, project)
    write_site(site(3), out, project)
    assert tree(out) == on_disk(site(3))
    assert tree(spare(project)) == {"notes.txt": b"mine"}
    assert sorted(os.listdir(project)) == [".idlibsite-cache", ".site.spare", "site"]


@pytest.mark.parametrize("loss", ["records", "spare", "unclean"])
def test_without_a_trusted_record_the_whole_tree_is_written_afresh(
    project: Path, writes: list[Path], loss: str
) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    write_site(site(2), out, project)
    if loss == "records":
        (project / CACHE_DIR / RECORDS).unlink()
    elif loss == "spare":
        shutil.rmtree(spare(project))
    else:  # as a build killed while changing the spare leaves it (both trees: a row set by hand fails its CRC)
        records = Records.open(project / CACHE_DIR, out.resolve())
        for ident in (tree_id(out.resolve(), MARKER), tree_id(spare(project), MARKER)):
            assert ident is not None and records.load(ident) is not None
            records.unclean(ident)
        records.close()
    writes.clear()
    write_site(site(3), out, project)
    assert tree(out) == on_disk(site(3))
    assert all(".site.tmp-" in str(path) for path in writes)  # a fresh tree, not the spare
    assert tree(spare(project)) == on_disk(site(2))


def test_a_copied_tree_is_not_taken_for_the_recorded_one(project: Path) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    write_site(site(2), out, project)
    copy = project / "copy"
    shutil.copytree(spare(project), copy)
    shutil.rmtree(spare(project))
    copy.rename(spare(project))  # same content and names, but not the tree the record describes
    (spare(project) / "index.html").write_bytes(b"changed")
    write_site(site(3), out, project)
    assert tree(out) == on_disk(site(3))


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ({"x/y.html": b"in a folder"}, {"x": b"now a file"}),
        ({"x": b"a file"}, {"x/y.html": b"now a folder"}),
    ],
)
def test_a_file_may_replace_a_folder_of_the_spare_and_back(
    project: Path, first: dict[str, bytes], then: dict[str, bytes]
) -> None:
    out = project / "site"
    write_site(first, out, project)
    write_site({"other.html": b""}, out, project)  # the first site is the spare now
    report = write_site(then, out, project)
    assert tree(out) == on_disk(then)
    assert report == WriteReport(written=1, unchanged=0, removed=1)
    write_site(first, out, project)
    assert tree(out) == on_disk(first)


def test_a_failed_write_into_the_spare_keeps_its_record_true(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    write_site(site(2), out, project)
    real, calls = fs.write_file, []

    def failing(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(fs, "write_file", failing)
    with pytest.raises(OutputError):
        write_site(site(3), out, project)
    assert tree(out) == on_disk(site(2))
    monkeypatch.setattr(fs, "write_file", real)
    write_site(site(3), out, project)
    assert tree(out) == on_disk(site(3))


def test_render_streams_pages_rather_than_returning_the_site(tmp_path: Path) -> None:
    """The first page comes out before the later ones are made: the build never holds them all."""
    made: list[str] = []

    def page(n: int) -> Page:
        return Page(f"p{n}.txt", (), "", dict, lambda: made.append(f"p{n}.txt") or b"x")

    stream = render([page(n) for n in range(50)], load_config(copy_project(tmp_path)))
    assert next(stream) == ("p0.txt", b"x")
    assert len(made) < 50
    assert [path for path, _ in stream][-len(STATIC):] == [f"static/{name}" for name in STATIC]  # after the pages
    assert len(made) == 50


def test_files_made_from_one_key_are_kept_together_without_being_read(project: Path) -> None:
    out = project / "site"
    shard = {"pagefind/1/a.pf": b"a", "pagefind/1/b.pf": b"b"}
    for _ in range(2):  # the second time, the first site is the spare
        with publish.open_site(out, project) as aside:
            for path, data in {**site(1), **shard}.items():
                aside.put(path, data, "K1" if path in shard else "page")
            aside.finish()
    with publish.open_site(out, project) as aside:
        assert aside.keep_keyed("K2") is None  # nothing made from it
        assert sorted(aside.keep_keyed("K1") or ()) == sorted(shard)
        for path, data in site(1).items():
            aside.put(path, data, "page")
        aside.finish()
    assert tree(out) == on_disk({**site(1), **shard})
    (out / "pagefind" / "1" / "b.pf").write_bytes(b"changed by hand")
    with publish.open_site(out, project) as aside:
        assert aside.keep_keyed("K1") is None  # all or nothing: one file is not as recorded
        aside.abandon()


def test_files_kept_from_one_key_can_be_recorded_as_made_from_another(project: Path) -> None:
    """The search keeps a shard made from the pages of an earlier tree, which its record gives with their
    SHA-256s, for pages that Pagefind reads alike: the files are recorded as made from the new key."""
    out = project / "site"
    shard = {"pagefind/1/a.pf": b"a", "pagefind/1/b.pf": b"b"}
    for version in (1, 2):  # the site is version 2's, the spare version 1's
        with publish.open_site(out, project) as aside:
            assert [tree.has("K1") for tree in aside.earlier("pagefind/")] == [True] * (version - 1)
            for path, data in {**site(version), **shard}.items():
                aside.put(path, data, "K1" if path in shard else "page")
            aside.finish()
    with publish.open_site(out, project) as aside:
        (now, spare) = aside.earlier("pagefind/")
        page = "odd.html"  # in version 1 only
        assert (now.sha(page), spare.sha(page)) == (None, hashlib.sha256(site(1)[page]).hexdigest())
        assert (now.read("index.html"), spare.read("index.html")) == (site(2)["index.html"], site(1)["index.html"])
        assert now.has("K1") and not now.has("K2") and not now.has("page")  # only the files under pagefind/
        assert sorted(aside.keep_keyed("K1", "K2") or ()) == sorted(shard)
        for path, data in site(3).items():
            aside.put(path, data, "page")
        aside.finish()
    assert tree(out) == on_disk({**site(3), **shard})
    with publish.open_site(out, project) as aside:
        assert [tree.has("K2") for tree in aside.earlier("pagefind/")] == [True, False]
        assert sorted(aside.keep_keyed("K2") or ()) == sorted(shard)  # the site's, by its new key
        aside.abandon()


def test_a_busy_records_database_is_reported_and_kept(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("idlibsite.output.records.BUSY_TIMEOUT", 0.1)
    out = project / "site"
    write_site(site(1), out, project)
    records = project / CACHE_DIR / RECORDS
    holder = sqlite3.connect(records, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(OutputError, match="build records cannot be used"):
            Records.open(project / CACHE_DIR, out.resolve())
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert Records.open(project / CACHE_DIR, out.resolve()).load(tree_id(out.resolve(), MARKER))


def test_a_spares_recorded_folders_are_not_listed_but_what_was_added_to_them_is_removed(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spare's folders were recorded when it was last pruned (output/folders.py): a later build
    lists only the folders changed since, and finds a file added to one of them by hand."""
    out = project / "site"

    def edited(n: int) -> dict[str, bytes]:  # the home page alone changes
        return {**site(1), "index.html": f"edit {n}".encode()}

    for n in (1, 2, 3, 4):  # both trees pruned once by a build: their folders are recorded
        write_site(edited(n), out, project)
    (spare(project) / "claims" / "c005" / "extra.html").write_bytes(b"not ours")
    listed: list[str] = []
    real = os.scandir
    within = str(spare(project))
    monkeypatch.setattr(os, "scandir", lambda path: (listed.append(os.path.relpath(path, within))
                                                     if str(path).startswith(within) else None, real(path))[1])
    write_site(edited(5), out, project)
    assert tree(out) == on_disk(edited(5))
    assert sorted(listed) == [".", "claims/c005"]  # the tree's own folder, and the one changed
    listed.clear()
    db = sqlite3.connect(project / CACHE_DIR / RECORDS)
    with db:
        db.execute("UPDATE folders SET stats=?", (b"damaged\0",))
    db.close()
    (spare(project) / "claims" / "c007" / "extra.html").write_bytes(b"not ours")
    write_site(edited(6), out, project)
    assert tree(out) == on_disk(edited(6))
    assert len(listed) == 3 + 20  # every folder: the tree, claims/, its 20 claims' and static/
