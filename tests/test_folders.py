"""Pruning a tree, listing only the folders changed since it was recorded (output/folders.py)."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from idlibsite.output import folders, fs
from test_fs import files, marked


def test_prune_removes_everything_but_the_kept_files_and_says_when_a_folder_is_left_empty(tmp_path: Path) -> None:
    tree = marked(tmp_path / "site", {"a/index.html": b"a", "a/extra.css": b"x", "b/c/old.html": b"o",
                                      "top.txt": b"t"})
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"never deleted")
    (tree / "a" / "link.html").symlink_to(outside)  # a link, even to a kept name's target, is not a kept file
    (tree / "d").mkdir()
    found, latest = folders.prune(str(tree), {fs.MARKER, "a/index.html", "a/link.html"}, b"", ())
    assert files(tree) == {fs.MARKER: fs.MARKER_TEXT, "a/index.html": b"a"}
    assert sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*")) == [fs.MARKER, "a", "a/index.html"]
    assert outside.read_bytes() == b"never deleted"
    st = os.lstat(tree / "a")
    assert found == f"a\0{st.st_ino}:{st.st_mtime_ns}:{st.st_ctime_ns}".encode() and latest == st.st_ctime_ns
    empty = marked(tmp_path / "empty", {"x/y.html": b"y"})
    (empty / fs.MARKER).unlink()
    assert folders.prune(str(empty), set(), b"", ()) == (b"", 0) and list(empty.iterdir()) == []


KEEP = {fs.MARKER, "a/1.html", "a/2.html", "a/b/3.html", "c/4.html"}


@pytest.fixture
def recorded(tmp_path: Path) -> tuple[Path, bytes]:
    """A pruned tree and its folders as recorded."""
    tree = marked(tmp_path / "site", {p: p.encode() for p in KEEP - {fs.MARKER}})
    return tree, folders.prune(str(tree), KEEP, b"", ())[0]


def listed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders os.scandir lists."""
    seen: list[str] = []
    real = os.scandir

    def scandir(path: str) -> object:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(folders.os, "scandir", scandir)
    return seen


def test_an_unchanged_folder_is_not_listed_and_its_files_gone_are_removed_by_name(
    recorded: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    tree, known = recorded
    seen = listed(monkeypatch)
    again, _ = folders.prune(str(tree), KEEP, known, ())
    assert seen == [str(tree)] and again == known  # the tree's own folder alone
    seen.clear()
    found, _ = folders.prune(str(tree), KEEP - {"a/b/3.html", "c/4.html"}, known, ["a/b/3.html", "c/4.html"])
    assert sorted(seen) == [str(tree), *(str(tree / f) for f in ("a", "a/b", "c"))]  # to see what is left empty
    assert files(tree) == {fs.MARKER: fs.MARKER_TEXT, "a/1.html": b"a/1.html", "a/2.html": b"a/2.html"}
    assert found.split(b"\0")[0] == b"a" and len(found.split(b"\0")) == 2  # b/ went from a/, c/ went


@pytest.mark.parametrize("change", ["a file added", "added, its times set back", "a folder added",
                                    "a file replaced by a folder", "a folder replaced by a file",
                                    "a folder replaced by another"])
def test_whatever_is_added_to_a_recorded_folder_is_found_and_removed(
    recorded: tuple[Path, bytes], change: str
) -> None:
    tree, known = recorded
    b = tree / "a" / "b"
    st = os.lstat(b)
    if change.startswith("a file added"):
        (b / "extra.html").write_bytes(b"not ours")
    elif change == "added, its times set back":
        (b / "extra.html").write_bytes(b"not ours")
        os.utime(b, ns=(st.st_atime_ns, st.st_mtime_ns))  # the mtime is the recorded one; the ctime is not
    elif change == "a folder added":
        (b / "new" / "deep").mkdir(parents=True)
        (b / "new" / "deep" / "x.html").write_bytes(b"not ours")
    elif change == "a file replaced by a folder":
        (b / "3.html").unlink()
        (b / "3.html").mkdir()
        (b / "3.html" / "x").write_bytes(b"not ours")
    elif change == "a folder replaced by a file":
        (tree / "c" / "4.html").unlink()
        (tree / "c").rmdir()
        (tree / "c").write_bytes(b"not ours")
    else:
        os.rename(b, tree / "old-b")
        os.mkdir(b)
        (b / "3.html").write_bytes(b"another")
        (b / "x.html").write_bytes(b"not ours")
    folders.prune(str(tree), KEEP, known, ())
    left = files(tree)
    assert b"not ours" not in left.values() and set(left) <= KEEP


@pytest.mark.parametrize("damage", [b"a", b"a\0" + b"\xff" * 3 + b"\0b", b"a/b\0" + b"1:2"])
def test_a_damaged_record_of_folders_lists_every_folder_it_does_not_name_exactly(
    recorded: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    tree, known = recorded
    (tree / "a" / "b" / "extra.html").write_bytes(b"not ours")
    seen = listed(monkeypatch)
    assert folders.prune(str(tree), KEEP, damage, ())[0] == folders.prune(str(tree), KEEP, b"", ())[0]
    assert len(seen) == 2 * 4 and not (tree / "a" / "b" / "extra.html").exists()



def _as_dict(found: bytes) -> dict[bytes, bytes]:
    fields = found.split(b"\0")
    return dict(zip(fields[0::2], fields[1::2]))


def test_only_the_folders_changed_or_holding_a_file_gone_and_those_above_them_are_gone_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep = {fs.MARKER, *(f"{top}/{n}/v/{m}/index.html" for top in "pq" for n in range(3) for m in range(2))}
    tree = marked(tmp_path / "site", {p: b"x" for p in keep - {fs.MARKER}})
    known, _ = folders.prune(str(tree), keep, b"", ())
    (tree / "p" / "1" / "v" / "extra.html").write_bytes(b"not ours")  # p/1/v changed (by hand)
    gone = "q/2/v/0/index.html"  # a file of the record that the new site no longer has
    entered: list[str] = []
    real = folders._Walk.folder

    def folder(walk: folders._Walk, rel: str, path: str) -> bool:
        entered.append(rel)
        return real(walk, rel, path)

    monkeypatch.setattr(folders._Walk, "folder", folder)
    seen = listed(monkeypatch)
    found, _ = folders.prune(str(tree), keep - {gone}, known, [gone])
    monkeypatch.undo()
    assert files(tree) == {p: b"x" for p in keep - {fs.MARKER, gone}} | {fs.MARKER: fs.MARKER_TEXT}
    assert not (tree / "q" / "2" / "v" / "0").exists()
    # of the 26 recorded folders, those changed or holding a file gone, those above them, and the
    # subfolders of the one listed (each found unchanged at once); the changed one listed, those left
    # without a file looked into
    assert sorted(entered) == ["", "p", "p/1", "p/1/v", "p/1/v/0", "p/1/v/1", "q", "q/2", "q/2/v", "q/2/v/0"]
    assert sorted(seen) == [str(tree), *(str(tree / f) for f in ("p/1/v", "q/2/v", "q/2/v/0"))]
    assert _as_dict(found) == _as_dict(folders.prune(str(tree), keep - {gone}, b"", ())[0])  # as if all listed


def test_a_recorded_folder_made_a_link_has_every_folder_compared_and_nothing_outside_is_touched(
    recorded: tuple[Path, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree, known = recorded
    moved = tmp_path / "moved-a"
    os.rename(tree / "a", moved)  # its folders' stats (a/b's) as recorded, reached through the link
    (tree / "a").symlink_to(moved)
    seen = listed(monkeypatch)
    found, _ = folders.prune(str(tree), KEEP, known, ())
    assert seen == [str(tree)]  # the link removed, not followed; c/ as recorded
    assert not (tree / "a").exists() and files(moved) == {p[2:]: p.encode() for p in KEEP if p.startswith("a/")}
    assert files(tree) == {fs.MARKER: fs.MARKER_TEXT, "c/4.html": b"c/4.html"}
    assert list(_as_dict(found)) == [b"c"]


def test_a_record_of_many_folders_is_read_a_batch_at_a_time_and_given_back_as_its_very_bytes_but_those_gone_into(
    tmp_path: Path
) -> None:
    keep = {fs.MARKER, *(f"claims/{n:05}-{'x' * 20}/v/index.html" for n in range(3000))}
    tree = marked(tmp_path / "site", {p: b"x" for p in keep})
    known, _ = folders.prune(str(tree), keep, b"", ())
    assert len(known) > 100_000  # several batches (folders.CHUNK)
    tracemalloc.start()
    again, _ = folders.prune(str(tree), keep, known, ())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # nothing changed: the record itself, its entries never all made into strings at once (4.4 times its
    # size when they were, in a dict, copied, then joined and encoded again)
    assert again == known and peak < 1.5 * len(known)
    middle = "claims/01500-" + "x" * 20
    (tree / middle / "extra.html").write_bytes(b"not ours")  # one folder changed, in a batch past the first
    gone = f"{middle}/v/index.html"  # and a file gone below it
    found, _ = folders.prune(str(tree), keep - {gone}, known, [gone])
    assert not (tree / middle).exists() and not (tree / middle / "extra.html").exists()
    fields = found.split(b"\0")
    assert len(fields) == len(set(fields[0::2])) * 2  # each folder once
    assert _as_dict(found) == _as_dict(folders.prune(str(tree), keep - {gone}, b"", ())[0])  # as if all listed
