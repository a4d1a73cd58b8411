"""Input files known unchanged by their stat (filestats.py): read only when the stat differs, and the race."""

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

import idlibsite.filestats as filestats
from idlibsite.cache import CACHE_FILE, Cache
from idlibsite.filestats import Stats


def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files Cache.read reads from now on."""
    reads: list[str] = []
    real = Cache.read

    def read(self: Cache, path: Path | str, root: Path, shown: str,
             keep: bool = True) -> tuple[bytes | None, list[object]]:
        reads.append(shown)
        return real(self, path, root, shown, keep=keep)  # type: ignore[return-value]

    monkeypatch.setattr(Cache, "read", read)
    return reads


def build_once(folder: Path, files: list[tuple[Path, str]], root: Path,
               trust: bool = True) -> list[tuple[bytes | None, str | None, list[object]]]:
    """Stats.digests() as one build does it: a new Cache on the folder, the table stored, committed."""
    cache = Cache(folder, writable=True, remember=False, hand_over=True)
    stats = Stats(cache, "claims", trust)
    found = stats.digests(files, root)
    stats.store()
    cache.commit()
    cache.close()
    return found  # type: ignore[return-value]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, list[tuple[Path, str]]]:
    (tmp_path / "claims").mkdir()
    files = []
    for name in ("a", "b"):
        path = tmp_path / "claims" / f"{name}.yaml"
        path.write_bytes(f"id: {name}\n".encode())
        files.append((path, f"claims/{name}.yaml"))
    return tmp_path, files


def test_a_file_whose_stat_is_recorded_is_not_read_and_a_changed_one_is(
        project: tuple[Path, list[tuple[Path, str]]], monkeypatch: pytest.MonkeyPatch) -> None:
    root, files = project
    monkeypatch.setattr(filestats, "RACY_NS", 0)  # as if the files were written long before the build
    reads = counting(monkeypatch)
    first = build_once(root / "cache", files, root)
    assert first == [(b"id: a\n", sha(b"id: a\n"), []), (b"id: b\n", sha(b"id: b\n"), [])]
    assert reads == ["claims/a.yaml", "claims/b.yaml"]
    reads.clear()
    assert build_once(root / "cache", files, root) == [(None, sha(b"id: a\n"), []), (None, sha(b"id: b\n"), [])]
    assert reads == []  # neither read: their stats are the recorded ones
    files[1][0].write_bytes(b"id: c\n")  # the same size: the change time tells
    assert build_once(root / "cache", files, root)[1] == (b"id: c\n", sha(b"id: c\n"), [])
    assert reads == ["claims/b.yaml"]
    reads.clear()
    assert build_once(root / "cache", files, root, trust=False)[0] == (b"id: a\n", sha(b"id: a\n"), [])  # --full
    assert reads == ["claims/a.yaml", "claims/b.yaml"]


def test_a_file_changed_within_the_racy_window_is_not_recorded_so_a_second_write_is_seen(
        project: tuple[Path, list[tuple[Path, str]]], monkeypatch: pytest.MonkeyPatch) -> None:
    """The race: a write, a build, a second write of the same size within one tick of the file system's
    clock (simulated: its times set back to the first version's) cannot pass as unchanged."""
    root, files = project
    path, shown = files[0]
    real = filestats.signature
    monkeypatch.setattr(filestats, "signature", lambda name: (*real(name)[:4], 0))  # both writes in one tick
    reads = counting(monkeypatch)
    build_once(root / "cache", files, root)  # written just now: within RACY_NS, so nothing is recorded
    first = os.stat(path)
    path.write_bytes(b"id: z\n")
    os.utime(path, ns=(first.st_atime_ns, first.st_mtime_ns))
    reads.clear()
    assert build_once(root / "cache", files, root)[0] == (b"id: z\n", sha(b"id: z\n"), [])
    assert reads == ["claims/a.yaml", "claims/b.yaml"]


def test_links_and_unreadable_files_are_read_each_time_and_reported(
        project: tuple[Path, list[tuple[Path, str]]], monkeypatch: pytest.MonkeyPatch) -> None:
    root, files = project
    monkeypatch.setattr(filestats, "RACY_NS", 0)
    link = root / "claims" / "l.yaml"
    link.symlink_to(files[0][0])
    gone = root / "claims" / "gone.yaml"
    listed = [(link, "claims/l.yaml"), (gone, "claims/gone.yaml")]
    reads = counting(monkeypatch)
    build_once(root / "cache", listed, root)
    reads.clear()
    again = build_once(root / "cache", listed, root)
    assert reads == ["claims/l.yaml", "claims/gone.yaml"]
    assert again[0][:2] == (b"id: a\n", sha(b"id: a\n"))  # a link inside the project is followed
    assert again[1][:2] == (None, None) and again[1][2]  # a missing file: its problem, every time


def test_a_serving_cache_reads_as_before_and_records_nothing(
        project: tuple[Path, list[tuple[Path, str]]], monkeypatch: pytest.MonkeyPatch) -> None:
    root, files = project
    monkeypatch.setattr(filestats, "RACY_NS", 0)
    cache = Cache(root / "cache", writable=True, keep_reads=lambda path: True)
    stats = Stats(cache, "claims", True)
    assert stats.digests(files, root)[0] == (b"id: a\n", sha(b"id: a\n"), [])
    stats.store()
    cache.commit()
    with sqlite3.connect(root / "cache" / CACHE_FILE) as db:
        assert db.execute("SELECT count(*) FROM entries WHERE kind=?", (filestats.STAT_KIND,)).fetchone() == (0,)


def test_each_folder_is_one_table_read_once_and_a_change_in_either_folder_is_seen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two folders' tables in one cache, each read with one look-up and stored as one entry: after two
    builds no file is read; then a file changed, one replaced by a link, one removed and one added are
    read (the removed one's record gone from its table) and no other file is."""
    monkeypatch.setattr(filestats, "RACY_NS", 0)
    folders = {"claims": ["a.yaml", "b.yaml", "c.yaml"], "corpus": ["a.yaml", "b.yaml", "b.txt"]}
    for folder, names in folders.items():
        (tmp_path / folder).mkdir()
        for name in names:
            (tmp_path / folder / name).write_bytes(f"{folder}/{name}\n".encode())
    looked_up: list[str] = []
    get_many = Cache.get_many
    monkeypatch.setattr(Cache, "get_many", lambda self, kind, keys: looked_up.append(kind)
                        or get_many(self, kind, keys))

    def build() -> dict[str, list[tuple[bytes | None, str | None, list[object]]]]:
        cache = Cache(tmp_path / "cache", writable=True, remember=False, hand_over=True)
        found = {}
        for folder in folders:
            stats = Stats(cache, folder, True)
            found[folder] = stats.digests([(tmp_path / folder / n, f"{folder}/{n}") for n in folders[folder]],
                                          tmp_path)  # type: ignore[assignment]
            stats.store()
        cache.commit()
        cache.close()
        return found  # type: ignore[return-value]

    reads = counting(monkeypatch)
    build()
    assert sorted(reads) == sorted(f"{f}/{n}" for f, names in folders.items() for n in names)
    reads.clear()
    looked_up.clear()
    again = build()
    assert reads == [] and looked_up == [filestats.STAT_KIND] * 2  # one look-up per folder, no file read
    assert again["corpus"][2] == (None, sha(b"corpus/b.txt\n"), [])
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as db:
        assert db.execute("SELECT count(*) FROM entries WHERE kind=?", (filestats.STAT_KIND,)).fetchone() == (2,)
    (tmp_path / "claims" / "a.yaml").write_bytes(b"changed\n")
    (tmp_path / "claims" / "c.yaml").unlink()
    (tmp_path / "claims" / "c.yaml").symlink_to(tmp_path / "claims" / "b.yaml")
    (tmp_path / "corpus" / "b.yaml").unlink()
    (tmp_path / "corpus" / "c.yaml").write_bytes(b"added\n")
    folders["corpus"] = ["a.yaml", "b.txt", "c.yaml"]
    changed = build()
    assert sorted(reads) == ["claims/a.yaml", "claims/c.yaml", "corpus/c.yaml"]
    assert changed["claims"] == [(b"changed\n", sha(b"changed\n"), []), (None, sha(b"claims/b.yaml\n"), []),
                                 (b"claims/b.yaml\n", sha(b"claims/b.yaml\n"), [])]
    assert changed["corpus"][2] == (b"added\n", sha(b"added\n"), [])
    reads.clear()
    build()
    assert reads == ["claims/c.yaml"]  # a link is read each time
    cache = Cache(tmp_path / "cache")
    assert sorted(Stats(cache, "corpus", True).records) == ["corpus/a.yaml", "corpus/b.txt", "corpus/c.yaml"]
    assert sorted(Stats(cache, "claims", True).records) == ["claims/a.yaml", "claims/b.yaml"]
    assert Stats(cache, "claims", False).records == {}  # build --full: not read
    cache.close()
