"""output/fs.py: the file-system steps of writing a site, and that it deletes only what it made."""

from __future__ import annotations

import errno
import os
import re
import time
from pathlib import Path

import pytest

from idlibsite.errors import OutputError, Problem
from idlibsite.output import fs


def files(path: Path) -> dict[str, bytes]:
    """Every file under ``path`` with its bytes, by POSIX relative path."""
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def marked(path: Path, content: dict[str, bytes]) -> Path:
    """A tree of ours at ``path``: the marker and ``content``."""
    for rel, data in {fs.MARKER: fs.MARKER_TEXT, **content}.items():
        (path / rel).parent.mkdir(parents=True, exist_ok=True)
        (path / rel).write_bytes(data)
    return path


def test_remove_tree_deletes_a_marked_tree_whole(tmp_path: Path) -> None:
    tree = marked(tmp_path / "ours", {"index.html": b"<h1>", "claims/a/index.html": b"a", "claims/b/x": b"b"})
    (tree / "empty").mkdir()
    os.symlink(tmp_path, tree / "link")  # a link is removed, never followed
    beside = marked(tmp_path / "beside", {"keep.html": b"k"})
    fs.remove_tree(tree)
    assert not os.path.lexists(tree)
    assert files(beside) == {fs.MARKER: fs.MARKER_TEXT, "keep.html": b"k"}


def test_remove_tree_refuses_a_folder_without_the_marker_and_deletes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "mine.txt").write_bytes(b"mine")
    (folder / "sub" / "deep.txt").write_bytes(b"deep")
    (folder / ".idlibsite.new").write_bytes(b"")  # a look-alike name is not the marker
    with pytest.raises(OutputError) as caught:
        fs.remove_tree(folder)
    (problem,) = caught.value.problems
    assert problem.path == str(folder) and "marker" in problem.message and problem.hint == fs.HINT_NOT_OURS
    assert files(folder) == {".idlibsite.new": b"", "mine.txt": b"mine", "sub/deep.txt": b"deep"}


def test_remove_tree_refuses_a_marker_that_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    (folder / fs.MARKER).mkdir(parents=True)
    (folder / "mine.txt").write_bytes(b"mine")
    with pytest.raises(OutputError, match="marker"):
        fs.remove_tree(folder)
    assert files(folder) == {"mine.txt": b"mine"}


def test_remove_tree_removes_an_empty_folder_left_by_a_cut_off_deletion(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    fs.remove_tree(tmp_path / "empty")
    assert os.listdir(tmp_path) == []


def test_remove_tree_and_remove_any_refuse_a_relative_or_empty_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marked(tmp_path / "ours", {"index.html": b"<h1>", "sub/f": b"f"})
    monkeypatch.chdir(tmp_path)
    for call, path in ((fs.remove_tree, Path("ours")), (fs.remove_tree, Path("")),
                       (fs.remove_any, Path("ours/sub")), (fs.remove_any, Path("ours/index.html"))):
        with pytest.raises(OutputError) as caught:
            call(path)
        (problem,) = caught.value.problems
        assert problem.message == f"refusing to delete {path}: the path is relative"
        assert problem.path == str(path) and problem.hint == fs.HINT_RELATIVE
    assert files(tmp_path / "ours") == {fs.MARKER: fs.MARKER_TEXT, "index.html": b"<h1>", "sub/f": b"f"}


def test_remove_any_removes_a_file_link_or_folder_inside_a_tree_of_ours(tmp_path: Path) -> None:
    tree = marked(tmp_path / "ours", {"staged/0": b"0", "staged/sub/1": b"1", "page.html": b"p"})
    os.symlink(tmp_path / "ours" / "staged", tree / "link")
    for name in ("staged", "page.html", "link", "missing"):
        fs.remove_any(tree / name)
    assert os.listdir(tree) == [fs.MARKER]


def test_remove_any_refuses_outside_a_tree_of_ours(tmp_path: Path) -> None:
    (tmp_path / "notes" / "sub").mkdir(parents=True)
    (tmp_path / "notes" / "sub" / "deep.txt").write_bytes(b"deep")
    for name in ("sub", "sub/deep.txt"):
        with pytest.raises(OutputError) as caught:
            fs.remove_any(tmp_path / "notes" / name)
        (problem,) = caught.value.problems
        assert problem.path == str(tmp_path / "notes" / name) and "marker" in problem.message
        assert problem.hint == fs.HINT_NOT_OURS
    assert files(tmp_path / "notes") == {"sub/deep.txt": b"deep"}


def swapped(tmp_path: Path) -> tuple[Path, Path]:
    """A site at ``site`` and the tree that replaces it beside it."""
    return (marked(tmp_path / "site", {"index.html": b"old"}),
            marked(tmp_path / ".site.tmp-1-0123abcd", {"index.html": b"new"}))


def test_swap_without_the_exchange_leaves_the_old_site_where_recover_deletes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fs, "_renameat2", None)
    assert fs.exchange(tmp_path / "a", tmp_path / "b") is False
    out, tree = swapped(tmp_path)
    old = fs.swap(tree, out)
    assert old is not None and files(out) == {fs.MARKER: fs.MARKER_TEXT, "index.html": b"new"}
    assert files(old) == {fs.MARKER: fs.MARKER_TEXT, "index.html": b"old"}
    fs.recover_leftovers(out)  # the old site has a leftover's name: with the site back, it goes
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_swap_puts_the_site_back_when_the_second_rename_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fs, "_renameat2", None)
    out, tree = swapped(tmp_path)
    rename = os.rename

    def failing(src: object, dst: object) -> None:
        if src == tree:
            raise OSError(errno.ENOSPC, "No space left on device")
        rename(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "rename", failing)
    with pytest.raises(OSError, match="No space"):
        fs.swap(tree, out)
    assert files(out) == {fs.MARKER: fs.MARKER_TEXT, "index.html": b"old"}
    assert sorted(os.listdir(tmp_path)) == [".site.tmp-1-0123abcd", "site"]


def test_swap_exchanges_the_two_trees_in_one_step(tmp_path: Path) -> None:
    out, tree = swapped(tmp_path)
    assert fs.swap(tree, out) == tree
    assert files(out) == {fs.MARKER: fs.MARKER_TEXT, "index.html": b"new"}
    assert files(tree) == {fs.MARKER: fs.MARKER_TEXT, "index.html": b"old"}


def test_exchange_takes_paths_relative_to_the_working_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marked(tmp_path / "a", {"x": b"a"})
    marked(tmp_path / "b", {"x": b"b"})
    monkeypatch.chdir(tmp_path)
    assert fs.exchange(Path("a"), Path("b")) is True
    assert (tmp_path / "a" / "x").read_bytes() == b"b" and (tmp_path / "b" / "x").read_bytes() == b"a"


def test_exchange_raises_the_system_error_or_says_it_cannot(tmp_path: Path) -> None:
    (tmp_path / "a" / "sub").mkdir(parents=True)
    with pytest.raises(OSError) as caught:
        fs.exchange(tmp_path / "a", tmp_path / "missing")
    assert caught.value.errno == errno.ENOENT and caught.value.strerror == os.strerror(errno.ENOENT)
    assert caught.value.filename == str(tmp_path / "missing")
    assert fs.exchange(tmp_path / "a", tmp_path / "a" / "sub") is False  # EINVAL: into itself
    assert os.listdir(tmp_path / "a") == ["sub"]


def test_recover_names_every_previous_site_when_it_cannot_choose(tmp_path: Path) -> None:
    out = tmp_path / "site"
    olds = [marked(tmp_path / f".site.old-{n}-0123abc{n}", {"index.html": b"v"}) for n in (1, 2)]
    with pytest.raises(OutputError) as caught:
        fs.recover_leftovers(out)
    (problem,) = caught.value.problems
    assert problem.path == str(out)
    assert problem.message == f"{out} is missing and several previous sites wait beside it: " + ", ".join(
        sorted(p.name for p in olds))
    assert problem.hint == "rename the one to keep to site, then build again"


def test_recover_deletes_trees_made_by_aside_path(tmp_path: Path) -> None:
    out = marked(tmp_path / "site", {"index.html": b"site"})
    for kind in ("tmp", "old"):
        path = fs.aside_path(out, kind)
        assert re.fullmatch(rf"\.site\.{kind}-{os.getpid()}-[0-9a-f]{{8}}", path.name)
        marked(path, {"half.html": b"<p"})
    fs.recover_leftovers(out)
    assert os.listdir(tmp_path) == ["site"]


def test_stamp_after_waits_until_a_new_change_gets_a_later_ctime(tmp_path: Path) -> None:
    for _ in range(3):
        made = tmp_path / "made"
        made.write_bytes(b"x")
        ctime = made.stat().st_ctime_ns
        fs.stamp_after(tmp_path / fs.NEW, ctime)
        made.write_bytes(b"y")  # an edit right after
        assert made.stat().st_ctime_ns > ctime
        assert sorted(os.listdir(tmp_path)) == ["made"]  # the probe is gone
        made.unlink()


def test_stamp_after_waits_for_a_ctime_ahead_of_the_clock(tmp_path: Path) -> None:
    ahead = time.time_ns() + 50_000_000
    fs.stamp_after(tmp_path / fs.NEW, ahead)
    (tmp_path / "made").write_bytes(b"x")
    assert (tmp_path / "made").stat().st_ctime_ns > ahead


def test_sync_filesystem_flushes_the_filesystem_of_the_path_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(os, "sync", lambda: calls.append("sync"))
    def syncfs(fd: int, result: int = 0) -> int:
        calls.append(os.readlink(f"/proc/self/fd/{fd}"))
        return result

    monkeypatch.setattr(fs, "_syncfs", syncfs)
    fs.sync_filesystem(tmp_path)
    assert calls == [str(tmp_path)]
    calls.clear()
    monkeypatch.setattr(fs, "_syncfs", lambda fd: syncfs(fd, -1))  # failed: sync everything
    fs.sync_filesystem(tmp_path)
    assert calls == [str(tmp_path), "sync"]
    calls.clear()
    monkeypatch.setattr(fs, "_syncfs", None)  # not on this system
    fs.sync_filesystem(tmp_path)
    assert calls == ["sync"]


def test_sync_takes_folders_only(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"x")
    for sync in (fs.sync_dir, fs.sync_filesystem):
        with pytest.raises(NotADirectoryError):
            sync(tmp_path / "file")


def test_os_error_reports_the_system_message_or_the_exception(tmp_path: Path) -> None:
    for exc, said in ((OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
                      (OSError("the disk fell off"), "the disk fell off")):
        (problem,) = fs.os_error(tmp_path, exc, "cannot write the new site", fs.HINT_OS).problems
        assert problem == Problem(str(tmp_path), None, None, f"cannot write the new site: {said}", fs.HINT_OS)
