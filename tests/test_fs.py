"""output/fs.py: the file-system steps of writing a site, and that it deletes only what it made."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from idlibsite.errors import OutputError
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
        assert "relative" in problem.message and problem.path == str(path)
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
        with pytest.raises(OutputError, match="marker"):
            fs.remove_any(tmp_path / "notes" / name)
    assert files(tmp_path / "notes") == {"sub/deep.txt": b"deep"}
