"""output/aside.py through open_site: which tree a build fills, what it keeps, reads back and removes."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from idlibsite.errors import OutputError, Problem
from idlibsite.output import fs
from idlibsite.output.aside import WriteReport
from idlibsite.output.publish import open_site, write_site
from test_output import on_disk, site, tree
from test_output_reuse import build, keyed
from test_output_spare import project, spare, writes  # noqa: F401  (fixtures)


def test_pages_the_spare_itself_holds_are_kept_unwritten(project: Path, writes: list[Path]) -> None:  # noqa: F811
    out = project / "site"
    build(out, project, keyed(1))
    build(out, project, keyed(2))  # every page but the stylesheet written anew: the spare's files stay intact
    writes.clear()
    kept, _ = build(out, project, keyed(1))
    assert kept == sorted(keyed(1)) and writes == []
    assert tree(out) == on_disk(site(1))


def test_the_same_bytes_put_again_are_kept_from_the_spare_with_their_new_key(
        project: Path, writes: list[Path]) -> None:  # noqa: F811
    out = project / "site"
    for n, data in enumerate((b"one", b"two", b"one")):
        with open_site(out, project) as aside:
            assert aside.put("index.html", data, f"key {n}", indexed=n == 2).indexed is (n == 2)
            aside.put("notes.txt", b"no key")
            aside.finish()
        if n == 1:
            writes.clear()
    assert writes == []  # both files were still in the spare, unchanged
    with open_site(out, project) as aside:
        assert aside.site_keys("") == {"index.html": "key 2", "notes.txt": ""}
        aside.finish()


def test_a_page_of_the_site_is_linked_over_an_older_one_of_the_spare(project: Path) -> None:  # noqa: F811
    out = project / "site"
    for version in (1, 2, 2):
        build(out, project, keyed(version))
    assert tree(out) == on_disk(site(2))
    assert tree(spare(project)) == on_disk(site(2))


def test_read_gives_the_bytes_put_whether_written_in_place_or_staged(project: Path) -> None:  # noqa: F811
    out = project / "site"
    for data in (b"one", b"two", b"three"):  # a fresh tree twice, then the spare (staged)
        with open_site(out, project) as aside:
            aside.put("index.html", data)
            assert aside.put("same.html", b"same").indexed is False
            assert aside.put("indexed.html", b"i", indexed=True).indexed is True
            assert aside.read("index.html") == data and aside.read("same.html") == b"same"
            aside.finish()
    assert tree(out) == on_disk({"index.html": b"three", "same.html": b"same", "indexed.html": b"i"})


def test_keep_site_keeps_recorded_intact_files_all_or_nothing(project: Path) -> None:  # noqa: F811
    out = project / "site"
    shard = {"search/a": b"a", "search/b": b"b"}
    with open_site(out, project) as aside:
        assert aside.site_keys("search/") is None  # no site yet
        for path, data in shard.items():
            aside.put(path, data, f"key of {path}")
        aside.put("index.html", b"<h1>")
        aside.finish()
    with open_site(out, project, trust=False) as aside:
        assert aside.site_keys("search/") is None and aside.keep_site(list(shard)) is False
        aside.abandon()
    with open_site(out, project) as aside:
        assert aside.site_keys("search/") == {"search/a": "key of search/a", "search/b": "key of search/b"}
        assert aside.keep_site(list(shard)) is True
        aside.put("index.html", b"<h2>")
        aside.finish()
    assert tree(out) == on_disk({**shard, "index.html": b"<h2>"})
    replaced = out / "search/b"
    (out / "new").write_bytes(b"b")
    os.replace(out / "new", replaced)  # the same bytes, another file: no longer the recorded one
    for paths in (["search/a", "search/missing"], list(shard)):
        with open_site(out, project) as aside:
            assert aside.keep_site(paths) is False
            aside.put("index.html", b"<h3>")
            aside.finish()
        assert tree(out) == on_disk({"index.html": b"<h3>"})  # nothing was kept
        write_site({**shard, "index.html": b"<h3>"}, out, project)
        os.replace(out / "search/b", out / "new")
        os.link(out / "new", replaced)
        os.unlink(out / "new")


def test_a_failed_build_leaves_no_tree_of_its_own(project: Path) -> None:  # noqa: F811
    out = project / "site"
    for _ in range(3):  # a fresh tree twice, then the spare
        with pytest.raises(RuntimeError), open_site(out, project) as aside:
            aside.put("index.html", b"half")
            aside.put("claims/a/index.html", b"half")
            raise RuntimeError("a template failed")
        assert not os.path.lexists(out) or tree(out) == on_disk({"index.html": b"<h1>"})
        assert [n for n in os.listdir(project) if n.startswith(".site.tmp")] == []
        if os.path.lexists(spare(project)):
            assert tree(spare(project)) == on_disk({"index.html": b"<h1>"})  # staged files gone
        write_site({"index.html": b"<h1>"}, out, project)


def test_a_full_build_starts_a_fresh_tree_whatever_the_spare(project: Path, writes: list[Path]) -> None:  # noqa: F811
    out = project / "site"
    build(out, project, keyed(1))
    build(out, project, keyed(2))
    writes.clear()
    build(out, project, keyed(1), trust=False)
    assert any(w.name == fs.MARKER for w in writes)
    assert all(w.relative_to(project).parts[0].startswith(".site.tmp-") for w in writes)
    assert tree(out) == on_disk(site(1))


def test_a_link_in_place_of_the_spare_is_neither_used_nor_followed(project: Path) -> None:  # noqa: F811
    out = project / "site"
    build(out, project, keyed(1))
    build(out, project, keyed(2))
    moved = project.parent / "moved"
    spare(project).rename(moved)
    spare(project).symlink_to(moved)
    kept = tree(moved)
    build(out, project, keyed(1))
    assert spare(project).is_symlink() and tree(moved) == kept
    assert tree(out) == on_disk(site(1))


def test_a_fresh_tree_that_cannot_be_made_is_reported(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fs, "write_file", full)
    with pytest.raises(OutputError) as caught, open_site(project / "site", project):
        pass
    (problem,) = caught.value.problems
    assert re.fullmatch(r"\.site\.tmp-\d+-[0-9a-f]{8}", Path(problem.path).name)
    assert problem == Problem(problem.path, None, None, "cannot write the new site: No space left on device",
                              fs.HINT_OS)


def test_put_refuses_a_path_outside_the_site(project: Path) -> None:  # noqa: F811
    with open_site(project / "site", project) as aside:
        with pytest.raises(OutputError) as caught:
            aside.put("../escape.html", b"x")
        hint = "site paths are relative POSIX paths such as claims/foo/index.html"
        assert list(caught.value.problems) == [Problem("../escape.html", None, None, "cannot write this page: the path "
                                                       "has an empty, '.' or '..' component", hint)]
        with pytest.raises(OutputError) as caught:
            aside.put("claims\\a.html", b"x")
        assert list(caught.value.problems) == [Problem("claims\\a.html", None, None, "cannot write this page: the path "
                                                       "holds a backslash or a NUL", hint)]
    assert not (project / "escape.html").exists()


def test_folders_and_links_the_new_site_no_longer_has_are_removed(project: Path) -> None:  # noqa: F811
    out = project / "site"
    outside = project.parent / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_bytes(b"keep")
    write_site(site(2), out, project)  # has even/only.html
    write_site(site(1), out, project)
    (spare(project) / "linked").symlink_to(outside)  # added by hand
    write_site(site(1), out, project)  # on the spare, which had even/
    assert sorted(os.listdir(out)) == sorted([fs.MARKER, "claims", "index.html", "odd.html", "static"])
    assert tree(outside) == {"keep.txt": b"keep"}


@pytest.mark.parametrize("filename", [None, "/nowhere/file"])
@pytest.mark.parametrize("failing", ["write_file", "sync_filesystem"])
def test_a_failed_write_or_flush_is_reported_with_its_path(
        project: Path, monkeypatch: pytest.MonkeyPatch, failing: str, filename: str | None) -> None:  # noqa: F811
    real = fs.write_file

    def full(path: Path, *args: object) -> None:
        if failing == "write_file" and path.name == fs.MARKER:
            real(path, *args)
            return
        raise OSError(28, "No space left on device", filename)

    monkeypatch.setattr(fs, failing, full)
    with pytest.raises(OutputError) as caught, open_site(project / "site", project) as aside:
        aside.put("index.html", b"<h1>")
        aside.finish()
    (problem,) = caught.value.problems
    assert re.fullmatch(r"\.site\.tmp-\d+-[0-9a-f]{8}", Path(problem.path).name) if filename is None \
        else problem.path == filename
    assert (problem.message, problem.hint) == ("cannot write the new site: No space left on device", fs.HINT_OS)
    assert sorted(os.listdir(project)) == [".idlibsite-cache"]


def test_the_first_build_reports_every_file_written(project: Path) -> None:  # noqa: F811
    _, report = build(project / "site", project, keyed(1))
    assert report == WriteReport(written=len(keyed(1)), unchanged=0, removed=0)


def test_a_spare_cut_off_while_its_files_were_moved_is_trusted_no_more(
        project: Path, monkeypatch: pytest.MonkeyPatch, writes: list[Path]) -> None:  # noqa: F811
    out = project / "site"
    build(out, project, keyed(1))
    build(out, project, keyed(2))
    rename = os.rename

    def failing(src: object, dst: object) -> None:
        if fs.STAGED in str(src):
            raise OSError(28, "No space left on device")
        rename(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "rename", failing)
    with pytest.raises(OutputError):
        build(out, project, keyed(3))
    monkeypatch.setattr(os, "rename", rename)
    assert tree(out) == on_disk(site(2))
    writes.clear()
    build(out, project, keyed(1))
    assert any(w.name == fs.MARKER for w in writes)  # a fresh tree: the spare's record is doubtful
    assert tree(out) == on_disk(site(1))


def test_the_same_bytes_as_the_site_are_linked_with_their_new_key_even_under_full(
        project: Path, writes: list[Path]) -> None:  # noqa: F811
    out = project / "site"
    with open_site(out, project) as aside:
        aside.put("index.html", b"<h1>", "first key")
        aside.finish()
    for trust in (True, False):
        writes.clear()
        with open_site(out, project, trust=trust) as aside:  # a fresh tree: no spare yet, then --full
            assert aside.put("index.html", b"<h1>", f"key {trust}", indexed=trust).indexed is trust
            aside.finish()
        assert [w.name for w in writes] == [fs.MARKER]  # linked from the site, compared under --full
        with open_site(out, project) as aside:
            assert aside.site_keys("") == {"index.html": f"key {trust}"}
            aside.abandon()


def test_a_file_kept_from_the_site_is_recorded_with_the_sites_own_entry(project: Path) -> None:  # noqa: F811
    """A build of a fresh process keeping the site's files in the spare, which holds them already (linked
    by the build before, so the spare's record no longer matches them), records each with the very entry
    of the site's record, not a copy of it."""
    out = project / "site"
    pages = keyed(1)
    for _ in range(2):  # the site, then a fresh tree of links to its files, so that the site's record is stale
        build(out, project, pages)
    with open_site(out, project) as aside:
        for path, (key, _) in sorted(pages.items()):
            assert aside.keep_page(path, key) is not None
        assert aside.site is not None and all(aside.now.packed(p) is aside.site.packed(p) for p in pages)
        aside.finish()
    assert tree(out) == on_disk(site(1))
    _, report = build(out, project, pages)
    assert report.written == 0


def test_a_fresh_tree_makes_each_folder_once_without_looking_at_the_folders_above(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """A cold build puts every page in a folder of its own: the folders are made as the paths need them,
    each once, with no failed write and no make_room (a stat of each folder above); a file of the build
    where a later path has a folder is still replaced by that folder, as make_room does."""
    made_rooms: list[str] = []
    real = fs.make_room
    monkeypatch.setattr(fs, "make_room", lambda tree, path: (made_rooms.append(path), real(tree, path))[1])
    mkdirs: list[str] = []
    real_mkdir = os.mkdir
    monkeypatch.setattr(os, "mkdir", lambda path, *a, **k: (mkdirs.append(str(path)), real_mkdir(path, *a, **k))[1])
    out = project / "site"
    files = {"claims/a/index.html": b"a", "claims/a/v/1/index.html": b"v1", "claims/a/v/2/index.html": b"v2",
             "claims/b/index.html": b"b", "index.html": b"home", "static/site.css": b"css"}
    with open_site(out, project, trust=False) as aside:
        assert aside.fresh
        for path, data in files.items():
            aside.put(path, data)
        aside.put("x", b"a file, then a folder")
        aside.put("x/y.html", b"y")
        aside.finish()
    assert made_rooms == ["x/y.html"]  # only where a file of the build stood
    folders = sorted(p.removeprefix(str(aside.tree) + "/") for p in mkdirs if p.startswith(str(aside.tree) + "/"))
    assert folders == ["claims", "claims/a", "claims/a/v", "claims/a/v/1", "claims/a/v/2", "claims/b", "static",
                       "x", "x"]  # x: tried where the file stood, then made by make_room
    assert tree(out) == on_disk({**files, "x/y.html": b"y"})
    assert all(os.stat(out / f).st_mode & 0o777 == fs.DIR_MODE for f in ("claims", "claims/a/v/2", "x"))
