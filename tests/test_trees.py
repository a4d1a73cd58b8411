"""The records of our output trees (output/trees.py): a file is trusted only while its stat
is the one recorded, and a record describes one tree only."""

import os
import sqlite3
import weakref
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idlibsite.cache import Cache
from idlibsite.errors import OutputError
from idlibsite.output import fs, trees
from idlibsite.output.buckets import bucket_of
from idlibsite.output.records import BUSY_TIMEOUT, RECORDS, Records, tree_id
from idlibsite.output.trees import Entry, entry, intact, intact_packed


def recorded(path: Path, data: bytes) -> Entry:
    path.write_bytes(data)
    return entry("key", "sha", True, os.lstat(path))


def test_an_untouched_file_is_intact(tmp_path: Path) -> None:
    e = recorded(tmp_path / "page.html", b"<p>one</p>")
    assert intact(tmp_path / "page.html", e)
    assert intact(str(tmp_path / "page.html"), e)


def test_a_packed_entry_is_intact_exactly_when_its_entry_is(tmp_path: Path) -> None:
    """intact_packed (a fresh build's pass over its kept pages) reads the packed stat as intact the entry."""
    path = tmp_path / "page.html"
    e = recorded(path, b"<p>one</p>")
    packed = trees.Tree([("page.html", e)]).packed("page.html")
    assert packed is not None and intact_packed(str(path), packed)
    for other in (e._replace(ino=e.ino + 1), e._replace(size=e.size + 1), e._replace(mtime_ns=e.mtime_ns + 1),
                  e._replace(ctime_ns=e.ctime_ns + 1)):
        assert not intact_packed(str(path), trees.Tree([("p", other)]).packed("p"))  # type: ignore[arg-type]
    path.write_bytes(b"<p>edited</p>")
    assert not intact_packed(str(path), packed) and not intact(path, e)
    path.unlink()
    assert not intact_packed(str(path), packed)


def test_an_in_place_edit_of_the_same_size_is_caught_by_its_mtime(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    e = recorded(path, b"<p>one</p>")
    with path.open("r+b") as f:  # same inode, same size
        f.write(b"<p>two</p>")
    os.utime(path, ns=(e.mtime_ns, e.mtime_ns + 1_000_000))  # even if the clock barely moved
    assert (os.lstat(path).st_ino, os.lstat(path).st_size) == (e.ino, e.size)
    assert not intact(path, e)


def test_an_in_place_edit_with_its_size_and_mtime_restored_is_caught_by_its_ctime(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    e = recorded(path, b"<p>one</p>")
    fs.stamp_after(tmp_path / "probe", e.ctime_ns)  # as a build does before publishing
    with path.open("r+b") as f:  # same inode, same size
        f.write(b"<p>two</p>")
    os.utime(path, ns=(e.mtime_ns, e.mtime_ns))  # touch -r: the old mtime exactly
    st = os.lstat(path)
    assert (st.st_ino, st.st_size, st.st_mtime_ns) == (e.ino, e.size, e.mtime_ns)
    assert not intact(path, e)


def test_the_filesystem_stamps_later_than_a_recorded_ctime_once_stamp_after_returns(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    for _ in range(20):  # each round records a file just made, so within the clock's current tick
        e = recorded(path, b"<p>one</p>")
        fs.stamp_after(tmp_path / "probe", e.ctime_ns)
        os.utime(path, ns=(e.mtime_ns, e.mtime_ns))
        assert os.lstat(path).st_ctime_ns > e.ctime_ns
        assert not (tmp_path / "probe").exists()
        path.unlink()


def test_records_of_an_older_version_are_started_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    db = sqlite3.connect(cache / RECORDS)
    db.execute("CREATE TABLE trees (id TEXT PRIMARY KEY, output TEXT, clean INTEGER)")
    db.execute("CREATE TABLE files (tree TEXT, path TEXT, key TEXT, sha TEXT, indexed INTEGER, ino INTEGER, "
               "size INTEGER, mtime_ns INTEGER, PRIMARY KEY (tree, path)) WITHOUT ROWID")  # no ctime
    db.execute("INSERT INTO trees VALUES ('t1', ?, 1)", (str(tmp_path / "site"),))
    db.execute("INSERT INTO files VALUES ('t1', 'a', 'k', 's', 0, 1, 2, 3)")
    db.commit()
    db.close()
    records = Records.open(cache, tmp_path / "site")
    try:
        assert records.load("t1") is None  # unknown, so every file is checked again
        records.save("t1", {}, {"a": Entry("k", "s", False, 1, 2, 3, 4)}, keep=())
        assert records.load("t1") == {"a": Entry("k", "s", False, 1, 2, 3, 4)}
    finally:
        records.close()


def test_a_change_of_size_is_caught_even_with_the_old_mtime(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    e = recorded(path, b"<p>one</p>")
    with path.open("ab") as f:
        f.write(b"!")
    os.utime(path, ns=(e.mtime_ns, e.mtime_ns))
    assert not intact(path, e)


def test_a_replaced_file_is_caught_by_its_inode(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    e = recorded(path, b"<p>one</p>")
    other = tmp_path / "other.html"
    other.write_bytes(b"<p>one</p>")
    keep_alive = tmp_path / "old.html"
    os.link(path, keep_alive)  # the old inode stays in use, so the new file cannot reuse its number
    os.replace(other, path)
    os.utime(path, ns=(e.mtime_ns, e.mtime_ns))
    assert os.lstat(path).st_ino != e.ino
    assert not intact(path, e)


def test_a_missing_file_a_folder_or_a_link_is_not_intact(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    e = recorded(path, b"<p>one</p>")
    link = tmp_path / "link.html"
    link.symlink_to(path)
    assert not intact(link, e._replace(ino=os.lstat(link).st_ino, size=os.lstat(link).st_size,
                                       mtime_ns=os.lstat(link).st_mtime_ns))
    folder = tmp_path / "folder"
    folder.mkdir()
    st = os.lstat(folder)
    assert not intact(folder, e._replace(ino=st.st_ino, size=st.st_size, mtime_ns=st.st_mtime_ns))
    path.unlink()
    assert not intact(path, e)


def test_a_tree_is_named_by_its_marker_file(tmp_path: Path) -> None:
    assert tree_id(tmp_path, ".marker") is None
    (tmp_path / ".marker").mkdir()
    assert tree_id(tmp_path, ".marker") is None  # a folder is no marker
    (tmp_path / ".marker").rmdir()
    (tmp_path / ".marker").write_bytes(b"")
    st = os.lstat(tmp_path / ".marker")
    assert tree_id(tmp_path, ".marker") == f"{st.st_dev}:{st.st_ino}:{st.st_ctime_ns}"


def test_records_keep_each_tree_of_an_output_apart_and_drop_the_others(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    a = {"index.html": Entry("k1", "s1", True, 1, 2, 3, 13), "about.html": Entry("k2", "s2", False, 4, 5, 6, 16)}
    records = Records.open(cache, tmp_path / "site")
    try:
        assert records.load(None) is None and records.load("t1") is None
        records.unclean("t1")
        assert records.load("t1") is None  # unclean until saved
        records.save("t1", {}, a, keep=())
        assert records.load("t1") == a
        b = {"index.html": Entry("k3", "s3", True, 7, 8, 9, 19)}
        records.save("t2", {}, b, keep={"t1"})
        assert records.load("t1") == a and records.load("t2") == b
        changed = {**a, "index.html": Entry("k4", "s4", False, 1, 2, 4, 14)}
        del changed["about.html"]
        records.save("t1", a, changed, keep=())  # t2 is not kept
        assert records.load("t1") == changed
        assert records.load("t2") is None
    finally:
        records.close()
    other = Records.open(cache, tmp_path / "other-site")
    try:
        assert other.load("t1") is None  # another output's records are not this one's
    finally:
        other.close()
    assert (cache / ".gitignore").read_text("utf-8") == "*\n"


def test_a_records_file_that_is_not_a_database_is_started_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / RECORDS).write_bytes(b"not a database" * 100)
    records = Records.open(cache, tmp_path / "site")
    try:
        assert records.load("t1") is None
        records.save("t1", {}, {"a": Entry("k", "s", False, 1, 2, 3, 13)}, keep=())
    finally:
        records.close()
    again = Records.open(cache, tmp_path / "site")  # the new file holds this output's records
    try:
        assert again.load("t1") == {"a": Entry("k", "s", False, 1, 2, 3, 13)}
    finally:
        again.close()


def test_a_records_file_that_stays_broken_is_reported_not_retried_forever(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / RECORDS).write_bytes(b"not a database" * 100)
    monkeypatch.setattr(Path, "unlink", lambda self, missing_ok=False: None)  # it cannot be removed
    with pytest.raises(OutputError) as caught:
        Records.open(cache, tmp_path / "site")
    (problem,) = caught.value.problems
    assert problem.path == str(cache / RECORDS)
    assert problem.message == "the build records cannot be used: file is not a database"


def test_a_busy_records_file_is_reported_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    Records.open(cache, tmp_path / "site").close()
    holder = sqlite3.connect(cache / RECORDS, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another build, writing
    monkeypatch.setattr("idlibsite.output.records.BUSY_TIMEOUT", 0.05)
    try:
        with pytest.raises(OutputError) as caught:
            Records.open(cache, tmp_path / "site")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    (problem,) = caught.value.problems
    assert problem.path == str(cache / RECORDS)
    assert problem.message == "the build records cannot be used: database is locked"
    assert problem.hint == ("wait for the other build of this site to finish, or free disk space, "
                            "then build again")
    assert (cache / RECORDS).stat().st_size > 0  # kept: only the other build's records are in it


def test_a_records_path_that_cannot_be_opened_is_reported(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / RECORDS).mkdir()  # a folder where the database should be
    with pytest.raises(OutputError) as caught:
        Records.open(cache, tmp_path / "site")
    (problem,) = caught.value.problems
    assert problem.path == str(cache / RECORDS)
    assert problem.message.startswith("the build records cannot be used: unable to open database file")
    assert problem.hint.startswith("wait for the other build of this site to finish")


def test_an_entry_records_what_made_the_file_and_its_stat(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<p>one</p>")
    st = os.lstat(path)
    assert entry("k", "s", True, st) == Entry("k", "s", True, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    assert entry("", "t", False, st) == Entry("", "t", False, st.st_ino, 10, st.st_mtime_ns, st.st_ctime_ns)


def test_saving_writes_only_the_rows_that_changed_and_keeps_the_others(tmp_path: Path) -> None:
    a = {f"p{n}/index.html": Entry(f"k{n}", f"s{n}", True, n, n, n, n + 10) for n in range(5)}
    records = Records.open(tmp_path / "cache", tmp_path / "site")
    try:
        assert records.db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT * 1000  # waits for a build
        records.save("t1", {}, a, keep=())
        before = records.db.total_changes
        b = {**a, "p1/index.html": Entry("k9", "s9", False, 9, 9, 9, 19),
             "new/index.html": Entry("", "s", False, 1, 1, 1, 11)}
        del b["p4/index.html"]
        records.save("t1", a, b, keep=())
        assert records.load("t1") == b
        assert records.db.total_changes - before == 4  # the buckets of p1/, new/ and p4/ (each alone), the tree row
        assert len({bucket_of(p) for p in b.keys() | a.keys()}) == 6
        assert bucket_of("p1/a.html") == bucket_of("p1/index.html")  # a folder's files are one bucket's
    finally:
        records.close()


def test_a_tree_recorded_anew_drops_every_row_of_an_older_record_under_its_name(tmp_path: Path) -> None:
    records = Records.open(tmp_path / "cache", tmp_path / "site")
    try:
        records.save("t1", {}, {"old.html": Entry("k", "s", True, 1, 1, 1, 11)}, keep=())
        records.save("t1", {}, {"new.html": Entry("k", "s", True, 2, 2, 2, 12)}, keep=())  # before = {}: a new tree
        assert records.load("t1") == {"new.html": Entry("k", "s", True, 2, 2, 2, 12)}
    finally:
        records.close()


def test_a_record_kept_in_memory_is_read_again_once_another_build_saved_it(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    kept = Cache(None, keep_reads=lambda path: False)  # a process that builds again, as serve's
    a = {"index.html": Entry("k1", "s1", True, 1, 2, 3, 13)}
    b = {"index.html": Entry("k2", "s2", True, 4, 5, 6, 16)}
    records = Records.open(folder, tmp_path / "site", cache=kept)
    try:
        records.save("t1", {}, a, keep=())
        records.db.execute("DELETE FROM files")  # the rows alone: the record saved is kept in memory
        assert records.load("t1") == a
        kept.commit()  # the next build of the same process
        assert records.load("t1") == a
    finally:
        records.close()
    other = Records.open(folder, tmp_path / "site")  # another process saves t1 anew
    try:
        other.save("t1", {}, b, keep=())
    finally:
        other.close()
    records = Records.open(folder, tmp_path / "site", cache=kept)
    try:
        assert records.load("t1") == b
        records.unclean("t1")
        assert records.load("t1") is None
    finally:
        records.close()


def test_serve_keeps_the_tree_it_saved_as_its_record_not_a_copy_and_not_the_tree_it_was_made_of(tmp_path: Path) -> None:
    """serve's new site (its spare's record without some paths, then set) is kept as the record it saved: the
    very tree, no copy of every entry, which no longer holds its base (the spare's record, kept alive a build
    longer so, and that one its own base); the record read back is the one saved, its paths set since unknown."""
    kept = Cache(None, keep_reads=lambda path: False)  # a process that builds again, as serve's
    old, new = Entry("k1", "1" * 64, True, 1, 2, 3, 13), Entry("k2", "2" * 64, True, 4, 5, 6, 16)
    base = trees.Tree([(f"p{n}/index.html", old) for n in range(4)])
    records = Records.open(tmp_path / "cache", tmp_path / "site", cache=kept)
    try:
        records.save("t1", {}, dict(base.items()), keep=())  # (kept as another tree: ``base`` is held here alone)
        now = base.without(["p3/index.html"])
        now["p1/index.html"] = new
        assert now.since(base) == {"p1/index.html", "p3/index.html"}
        records.save("t1", base, now, keep=())
        gone = weakref.ref(base)
        del base
        assert gone() is None  # the record saved does not hold the tree it was made of
        loaded = records.load("t1")
        assert loaded is now and records.own(loaded)  # the very tree: nothing copied
        assert dict(loaded) == {"p0/index.html": old, "p1/index.html": new, "p2/index.html": old}
        records.db.execute("DELETE FROM files")  # kept in memory, not read back
        assert records.load("t1") is now
    finally:
        records.close()
    other = Records.open(tmp_path / "cache", tmp_path / "site")  # and as saved in the file
    try:
        assert other.load("t1") is None  # its rows deleted above: the tree's count of files no longer matches
    finally:
        other.close()


def test_serve_lets_go_of_the_record_a_tree_had_and_of_what_its_build_said_once_the_tree_is_saved_over(
        tmp_path: Path) -> None:
    """serve reads the spare's record at a build's start and saves the tree over it at the end: the record read
    (and what the build that saved it said of it) is stale from then on, and no longer held by the cache, where
    it stayed to the next commit, through the next build's peak; the other tree's record is kept."""
    kept = Cache(None, keep_reads=lambda path: False)  # a process that builds again, as serve's
    old, new = Entry("k1", "1" * 64, True, 1, 2, 3, 13), Entry("k2", "2" * 64, True, 4, 5, 6, 16)
    records = Records.open(tmp_path / "cache", tmp_path / "site", cache=kept)
    try:
        records.save("spare", {}, trees.Tree([("index.html", old)]), keep=(), made_with="spare's build")
        records.save("site", {}, trees.Tree([("index.html", new)]), keep=("spare",), made_with="site's build")
        kept.commit()  # the next build of the same process
        site, held = records.load_pair("site", "spare")
        assert held is not None and records.made_with(held) == "spare's build"
        now = held.without(["index.html"])
        now["index.html"] = new
        records.save("spare", held, now, keep=("site",), made_with="this build")
        gone = weakref.ref(held)
        del held
        assert gone() is None  # nor by what its build said of it (a key holding it)
        assert records.load("spare") is now and records.made_with(now) == "this build"
        assert records.load("site") is site and records.made_with(site) == "site's build"
    finally:
        records.close()


def test_serve_checks_the_records_file_whole_again_only_once_another_process_wrote_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    kept = Cache(None, keep_reads=lambda path: False)  # a process that builds again, as serve's
    statements: list[str] = []
    connect = sqlite3.connect

    def traced(*args: object, **kwargs: object) -> sqlite3.Connection:
        db = connect(*args, **kwargs)  # type: ignore[arg-type]
        db.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(sqlite3, "connect", traced)

    def build(cache: Cache | None, n: int) -> bool:
        """One build's use of the records: whether it checked the file whole."""
        statements.clear()
        records = Records.open(folder, tmp_path / "site", cache=cache)
        try:
            records.save("t1", {}, {"index.html": Entry(f"k{n}", "s", True, 1, 2, n, 13)}, keep=())
        finally:
            records.close()
        if cache is not None:
            cache.commit()
        return any("quick_check" in s for s in statements)

    assert build(kept, 1)  # the first open
    assert not build(kept, 2)  # as this process's last build left it
    assert not build(kept, 3)
    assert build(None, 4)  # another process, which checks it too, wrote it since
    assert build(kept, 5)
    assert not build(kept, 6)
    with sqlite3.connect(folder / RECORDS) as db:  # written by hand
        db.execute("DELETE FROM files")
    assert build(kept, 7)
    assert build(None, 8)  # a process that builds once always checks it


@pytest.mark.parametrize("key", ["", "k", "a longer key é", "k" * 300, "0f" * 32, "0F" * 32, "0g" * 32, "0f" * 16])
def test_packed_entries_answer_as_their_unpacked_entries(key: str) -> None:
    """The packed passes of a build (trees.py) read a key, the search flag, the SHA-256 and the
    file of an entry as unpacking it would, whatever the key's length."""
    made = Entry(key, "ab" * 32, True, 7, 1234, 5, 6)
    other = Entry(key + "x", "cd" * 32, False, 7, 1234, 9, 9)
    tree = trees.Tree([("a.html", made), ("b.html", other)])
    packed = tree.packed("a.html")
    assert packed is not None and tree.made_from("a.html", trees.key_tag(key)) == packed
    assert tree.made_from("a.html", trees.key_tag(key + "x")) is None
    assert tree.made_from("b.html", trees.key_tag(key)) is None  # a key that only begins the same
    assert tree.made_from("c.html", trees.key_tag(key)) is None
    assert trees.indexed_sha(packed) == (True, "ab" * 32)
    assert trees.same_file(packed, tree.packed("b.html"))  # type: ignore[arg-type]
    assert not trees.same_file(packed, trees.Tree([("a", made._replace(ino=8))]).packed("a"))  # type: ignore[arg-type]
    assert tree.keys_under("b") == {"b.html": key + "x"}


@pytest.mark.parametrize("sha", ["ab" * 32, "AB" * 32, "", "not a sha"])
@pytest.mark.parametrize("key", ["0f" * 32, "0F" * 32, " " + "0f" * 31 + "0", "", "key é"])
def test_keys_and_hashes_are_held_as_digests_and_given_back_exactly(key: str, sha: str) -> None:
    """A record's SHA-256 keys and hashes (64 lowercase hex digits) are held as their 32 bytes: an
    entry of a page takes 101 bytes where it took 165; any other text is held, and given back, as it is."""
    made = Entry(key, sha, False, 7, 1234, 5, 6)
    tree = trees.Tree([("a.html", made)])
    assert tree["a.html"] == made and tree.get("a.html") == made
    assert trees.Tree([("a.html", made)]).same_bytes(tree) == 1
    digests = sum(len(text) == 64 and text == text.lower() and " " not in text for text in (key, sha))
    assert len(tree.packed("a.html") or b"") == 37 + len(key.encode()) + len(sha.encode()) - 32 * digests
    assert tree.made_from("a.html", trees.key_tag(key)) is not None
    assert tree.made_from("a.html", trees.key_tag(key.swapcase() if key.swapcase() != key else key + "x")) is None


def test_same_bytes_counts_the_paths_both_trees_record_with_the_same_sha() -> None:
    one = trees.Tree([("a", Entry("k", "1" * 64, False, 1, 1, 1, 1)), ("b", Entry("k", "2" * 64, False, 1, 1, 1, 1)),
                      ("c", Entry("k", "3" * 64, False, 1, 1, 1, 1))])
    two = trees.Tree([("a", Entry("other key", "1" * 64, True, 2, 2, 2, 2)),  # same bytes, made otherwise
                      ("b", Entry("k", "9" * 64, False, 1, 1, 1, 1)), ("d", Entry("k", "3" * 64, False, 1, 1, 1, 1))])
    assert one.same_bytes(two) == two.same_bytes(one) == 1
    assert one.same_bytes(one) == 3


_PATHS = ["a", "b", "c", "d", "e"]  # and "f", never in the base
_ENTRIES = st.builds(Entry, st.sampled_from(["k", "l"]), st.sampled_from(["1" * 64, "2" * 64]), st.booleans(),
                     st.integers(1, 3), st.just(9), st.just(5), st.integers(5, 6))
_STEPS = st.lists(st.tuples(st.sampled_from(["set", "set_packed", "set_all", "base's", "delete"]),
                            st.sampled_from(_PATHS), _ENTRIES), max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(_PATHS), _ENTRIES), st.sets(st.sampled_from(_PATHS)), _STEPS,
       st.dictionaries(st.sampled_from(_PATHS), _ENTRIES), st.sampled_from(["", "b", "f"]), st.booleans(),
       st.booleans())
def test_a_copy_made_without_some_paths_knows_every_path_set_since(
        held: dict[str, Entry], dropped: set[str], steps: list[tuple[str, str, Entry]], site: dict[str, Entry],
        prefix: str, asked: bool, asked_midway: bool) -> None:
    """serve's new site is its spare's record without some paths, then set file by file: the rows
    saved (changed_from), the files gone (gone_from), the files counted alike (same_bytes of the paths set since, the others
    being the spare's) and the keys of the files under a prefix (kept from the base's, when it was
    asked before the copy was made, and the copy's own, when asked midway) are those a pass over
    every entry finds, whatever was set, set back or deleted."""
    base = trees.Tree(held.items())
    if asked:
        base.keys_under(prefix)
    now = base.without(dropped)
    if asked_midway:
        now.keys_under(prefix)
    for step, path, e in steps:
        if step == "set":
            now[path] = e
        elif step == "set_packed":
            now.set_packed(path, trees.Tree([(path, e)]).packed(path) or b"")
        elif step == "set_all":
            now.set_packed_all([path, "f"], [trees.Tree([(path, e)]).packed(path) or b"", base.packed(path) or b""])
        elif step == "base's":  # given back the base's very entry: as if never set
            now.set_packed_all([path], [base.packed(path) or b""])
        elif path in now:
            del now[path]
    since = now.since(base)
    assert since is not None and now.since(now) is None and now.copy().since(base) is None
    assert dict(now.changed_from(base)) == dict(now.copy().changed_from(base))  # the copy: a pass over every entry
    assert now.gone_from(base) == base.keys() - now.keys() == now.copy().gone_from(base)
    other = trees.Tree(site.items())
    untouched = [p for p in now if p not in since]
    assert all(now.packed(p) == base.packed(p) for p in untouched)
    assert all(now.packed(p) == base.packed(p) for p in base if p not in since | dropped)  # deleted: said too
    assert now.same_bytes(other) == now.same_bytes(other, untouched) + now.same_bytes(other, since)
    afresh = trees.Tree.of_packed(dict(now._packed)).keys_under(prefix)  # a pass over every entry
    assert now.keys_under(prefix) == afresh and now.keys_under(prefix) == afresh  # asked again: kept
    assert now.copy().keys_under(prefix) == afresh  # the record saved is a copy: it keeps what the copy knows
    saved = now.copy()
    saved["b"] = Entry("m", "3" * 64, False, 1, 1, 1, 1)
    assert saved.keys_under(prefix) == trees.Tree.of_packed(dict(saved._packed)).keys_under(prefix)


def test_the_keys_under_a_prefix_are_kept_from_the_base_as_it_was_when_copied_and_until_a_change() -> None:
    """A stale value planted where it must not be used: the base's keys asked again after a change
    made since the copy (the copy holds the base's entries as they were), the copy's own after a set."""
    old, new = Entry("k", "1" * 64, False, 1, 1, 1, 1), Entry("l", "2" * 64, False, 2, 1, 1, 1)
    base = trees.Tree([("p/a", old), ("p/b", old), ("q", old)])
    assert base.keys_under("p/") == {"p/a": "k", "p/b": "k"}
    now = base.without(["p/b"])
    base["p/a"] = new  # after the copy: the base's keys are made again; the copy's are those of the base it had
    assert base.keys_under("p/") == {"p/a": "l", "p/b": "k"}
    assert now.keys_under("p/") == {"p/a": "k"}
    now._under["p/"] = {"p/a": "stale"}  # planted: taken while the copy is unchanged, dropped at its next set
    assert now.keys_under("p/") == {"p/a": "stale"}
    now["q"] = new
    assert now.keys_under("p/") == {"p/a": "k"}
    now.set_packed_all(["p/c"], [base.packed("p/a") or b""])
    assert now.keys_under("p/") == {"p/a": "k", "p/c": "l"}


def test_a_copy_goes_through_the_paths_set_since_alone_and_a_planted_entry_is_seen_once_set() -> None:
    """What serve's passes take without a look is the base's: an entry planted behind the copy's
    back is not gone through (the proof that the passes use what the copy knows), one set is."""
    old, new = Entry("k", "1" * 64, False, 1, 1, 1, 1), Entry("l", "2" * 64, False, 2, 1, 1, 1)
    base = trees.Tree([("a", old), ("b", old)])
    now = base.without(["b"])
    now._packed["a"] = trees.Tree([("a", new)]).packed("a") or b""  # planted: not set through the tree
    assert dict(now.changed_from(base)) == {} and now.same_bytes(base, now.since(base)) == 0
    now["a"] = new
    assert dict(now.changed_from(base)) == {"a": now.packed("a")} and now.since(base) == {"a", "b"}  # b: left out


def test_the_files_gone_from_a_copy_are_found_among_the_paths_set_since_alone() -> None:
    """serve removes from the spare, and from its rows, the files its new site no longer has: a path
    dropped behind the copy's back is not gone through (the proof that no pass over every path is made),
    one left out or deleted is; a tree not made from that base is compared path by path."""
    e = Entry("k", "1" * 64, False, 1, 1, 1, 1)
    base = trees.Tree([("a", e), ("b", e), ("c", e), ("d", e)])
    now = base.without(["b", "x"])
    del now._packed["c"]  # planted: not deleted through the tree
    del now["d"]
    now["y"] = e
    assert now.gone_from(base) == {"b", "d"}
    assert trees.Tree.of_packed(dict(now._packed)).gone_from(base) == {"b", "c", "d"}


def _entries(*rows: tuple[str, int]) -> list[tuple[str, bytes]]:
    """Packed entries of pages, each made at its own ctime."""
    packed = trees.Tree((path, Entry("k" + path, "ab" * 32, False, 7, 10, 11, ctime)) for path, ctime in rows)
    return [(path, packed.packed(path) or b"") for path in packed]


def test_a_record_read_sharing_another_holds_the_same_entries_and_the_others_alike_objects() -> None:
    """A record read with another's (the spare's with the site's) is the record read alone, each path
    the other records being the other's string, each equal entry the other's bytes, in any order."""
    site = dict(_entries(("a.html", 1), ("b.html", 1), ("d.html", 1)))
    rows = {"".join(p): e for p, e in reversed(_entries(("a.html", 1), ("b.html", 2), ("c.html", 1), ("d.html", 1)))}
    assert not any(p is q for p in rows for q in site)  # read from a file: strings of their own
    shared = trees.sharing(rows, site)
    assert shared == rows
    paths = {p: p for p in shared}
    assert all(paths[p] is next(q for q in site if q == p) for p in ("a.html", "b.html", "d.html"))
    assert shared["a.html"] is site["a.html"] and shared["d.html"] is site["d.html"]
    assert shared["b.html"] is not site["b.html"]  # another ctime: its own entry


def test_records_read_as_a_pair_share_each_bucket_alike_whole_and_the_others_file_by_file(tmp_path: Path) -> None:
    """The spare's record read after the site's (load_pair) is the record read alone: each bucket alike is the
    site's very dict, so each file it holds is the site's path and entry; in the others, each file alike."""
    a = {f"p{n % 500}/{n}.html": Entry(f"k{n}", f"s{n}", True, n, n, n, n + 10) for n in range(3000)}
    b = {**a, "p7/7.html": Entry("k7", "s7", True, 7, 7, 7, 99), "new.html": Entry("k", "s", True, 1, 1, 1, 1)}
    del b["p9/9.html"]
    records = Records.open(tmp_path / "cache", tmp_path / "site")
    try:
        records.save("t1", {}, a, keep=())
        records.save("t2", {}, b, keep={"t1"})
        site, spare = records.load_pair("t1", "t2")
        assert site == a and spare == b and records.paired is None  # the buckets held between the two reads only
        assert spare is not None and site is not None
        names, site_names = {p: p for p in spare}, {p: p for p in site}
        alike = [p for p in a if p in b and p != "p7/7.html"]
        assert all(spare.packed(p) is site.packed(p) and names[p] is site_names[p] for p in alike)
        assert spare.packed("p7/7.html") is not site.packed("p7/7.html") and names["p7/7.html"] is site_names["p7/7.html"]
        assert records.load_pair("t1", None)[1] is None and records.load_pair(None, "t2")[0] is None
    finally:
        records.close()


def test_records_read_like_another_are_those_read_alone(tmp_path: Path) -> None:
    a = {"index.html": Entry("k1", "s1", True, 1, 2, 3, 13), "about.html": Entry("k2", "s2", False, 4, 5, 6, 16)}
    b = {**a, "index.html": Entry("k1", "s1", True, 1, 2, 3, 14), "new.html": Entry("k3", "s3", True, 7, 8, 9, 19)}
    records = Records.open(tmp_path / "cache", tmp_path / "site")
    try:
        records.save("t1", {}, a, keep=())
        records.save("t2", {}, b, keep={"t1"})
        site = records.load("t1")
        assert site is not None
        spare = records.load("t2", like=site)
        assert spare == b and spare.packed("about.html") is site.packed("about.html")
        assert spare.packed("index.html") is not site.packed("index.html")
    finally:
        records.close()


def test_restamped_takes_the_ctime_a_deleted_link_stamped_and_nothing_else(tmp_path: Path) -> None:
    """Deleting another link of a recorded file changes its ctime only: the record takes that ctime.  A file
    edited since (its mtime moved) keeps its old entry, so it is still not intact."""
    kept, edited = tmp_path / "kept.html", tmp_path / "edited.html"
    for file in (kept, edited):
        file.write_bytes(b"<p>same size</p>")
        os.link(file, tmp_path / f"other-{file.name}")
    record = trees.Tree((f.name, trees.entry("k", "s", False, f.stat())) for f in (kept, edited))
    fs.stamp_after(tmp_path / "probe", max(record[f.name].ctime_ns for f in (kept, edited)))
    for file in (kept, edited):
        (tmp_path / f"other-{file.name}").unlink()  # stamps the ctime
    before = edited.stat()
    edited.write_bytes(b"<p>SAME SIZE</p>")
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
    assert not trees.intact(kept, record["kept.html"])
    changed, latest = trees.restamped(record, tmp_path)
    assert list(changed) == ["kept.html"] and latest == kept.stat().st_ctime_ns
    record.set_packed_all(list(changed), list(changed.values()))
    assert trees.intact(kept, record["kept.html"])
    assert record["kept.html"][:6] == trees.entry("k", "s", False, kept.stat())[:6]
    assert not trees.intact(edited, record["edited.html"])
