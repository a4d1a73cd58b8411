"""The on-disk cache: values by (kind, key), swept to what the last build used, memoised in memory."""

import hashlib
import os
import pickle
import random
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
import idlibsite.cache as cache_module
import idlibsite.keys as keys_module
from idlibsite import keptreads, projectfiles
from idlibsite.cache import BATCH, CACHE_FILE, Cache, code_digest, key, keyer
from idlibsite.anchoring.spans import Span
from idlibsite.dates import PartialDate
from idlibsite.pickled import _restore, dumps
from idlibsite.sources.records import Segment


def test_a_committed_value_is_read_back_by_a_later_process(tmp_path: Path) -> None:
    writer = Cache(tmp_path, writable=True)
    writer.put("source", key("a"), ("parsed", [1, 2]))
    writer.commit()
    writer.close()
    assert Cache(tmp_path).get("source", key("a")) == ("parsed", [1, 2])
    assert Cache(tmp_path).get("source", key("b")) is None


def test_a_reused_cache_answers_from_memory(tmp_path: Path) -> None:
    cache = Cache(tmp_path, writable=True)
    cache.put("anchor", "k1", ("anchor", 1))
    cache.commit()
    reader = Cache(tmp_path, writable=True)
    first = reader.get("anchor", "k1")
    reader.close()  # no database any more: only the memo can answer
    assert reader.get("anchor", "k1") is first


def test_a_cache_that_does_not_remember_keeps_no_value_in_memory_yet_stores_and_reads_them(tmp_path: Path) -> None:
    once = Cache(tmp_path, writable=True, remember=False)  # a process that builds once
    text = "“Curly” quotes: non-ASCII"
    kept = once.put("source", key("a"), ("parsed", text))
    assert kept == ("parsed", text) and once.memo == {}
    once.commit()
    assert once.get("source", key("a")) == ("parsed", text)  # read back from the file
    assert once.memo == {} and once.used == {"source": {bytes.fromhex(key("a"))}}  # packed: keys.packed_key
    once.close()
    assert Cache(tmp_path).get("source", key("a")) == ("parsed", text)


def test_a_value_read_or_put_without_remember_is_not_kept_in_memory_yet_stored_and_read_from_the_file(
        tmp_path: Path) -> None:
    """A process that builds again keeps what it reads or puts, unless the reader says not to (it keeps what it
    made of the value): then the value is still stored, counted as used at commit, and read from the file."""
    cache = Cache(tmp_path, writable=True, keep_reads=lambda path: True)
    cache.put("entry", key("a"), b"a's entry", remember=False)
    cache.put("entry", key("b"), b"b's entry")
    assert cache.memo == {"entry": {key("b"): b"b's entry"}}
    cache.commit()
    assert cache.get_many("entry", [key("a"), key("b")], remember=False) == {key("a"): b"a's entry",
                                                                          key("b"): b"b's entry"}
    assert cache.memo == {"entry": {key("b"): b"b's entry"}}  # b's from memory, a's from the file, not kept
    cache.commit()  # both used: neither swept
    assert cache.memo == {} and cache.get_many("entry", [key("a")]) == {key("a"): b"a's entry"}
    assert cache.memo == {"entry": {key("a"): b"a's entry"}}  # read as before: kept


class _PickledBeforeSlots:
    """Pickles as a Segment did before records had __slots__: its fields as a dict."""

    def __reduce_ex__(self, protocol: object) -> tuple[object, ...]:
        return object.__new__, (Segment,), {"display_start": 0, "display_end": 4, "source_start": 10,
                                                 "source_end": 14, "verbatim": True}


def test_an_entry_stored_before_records_had_slots_is_never_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as before:
        before.setattr(keys_module, "FORMAT", b"cache-format-2")
        old_key = key("corpus/a.txt", b"bytes")
        writer = Cache(tmp_path, writable=True)
        writer.put("source", old_key, _PickledBeforeSlots())
        writer.commit()
        writer.close()
        misread = Cache(tmp_path).get("source", old_key)
        assert isinstance(misread, Segment) and misread.display_start == "display_start"  # what is avoided
    assert key("corpus/a.txt", b"bytes") != old_key
    assert Cache(tmp_path).get("source", key("corpus/a.txt", b"bytes")) is None  # computed again, not misread
    fresh = Segment(0, 4, 10, 14, True)
    assert pickle.loads(pickle.dumps(fresh)) == fresh


def test_put_gives_back_the_value_as_read_from_its_pickle(tmp_path: Path) -> None:
    cache = Cache(tmp_path, writable=True)
    value = ["“quoted”", {"k": ("v", 1)}]
    kept = cache.put("anchor", key("a"), value)
    assert kept == value and kept is not value  # a copy: the pickled original keeps a UTF-8 copy of its text
    assert cache.get("anchor", key("a")) is kept
    value.append("changed after put")
    cache.commit()
    assert Cache(tmp_path).get("anchor", key("a")) == kept


def test_commit_sweeps_what_the_run_did_not_use_and_starts_counting_afresh(tmp_path: Path) -> None:
    cache = Cache(tmp_path, writable=True)
    cache.put("anchor", "old", 1)
    cache.put("anchor", "kept", 2)
    cache.commit()
    assert cache.used == {}
    assert cache.get("anchor", "kept") == 2  # this run uses only "kept"
    cache.commit()
    assert "old" not in cache.memo["anchor"] and cache.memo["anchor"]["kept"] == 2
    cache.close()
    fresh = Cache(tmp_path)
    assert fresh.get("anchor", "old") is None
    assert fresh.get("anchor", "kept") == 2


def test_a_watching_cache_sweeps_at_commit_from_the_keys_it_knows_without_reading_every_key(tmp_path: Path) -> None:
    cache = Cache(tmp_path, writable=True, keep_reads=lambda path: True)
    cache.put("anchor", "a", 1)
    cache.put("anchor", "b", 2)
    cache.commit()  # the first commit reads the kind's keys
    asked: list[str] = []
    assert cache.db is not None
    cache.db.set_trace_callback(asked.append)
    assert cache.get("anchor", "a") == 1
    cache.put("anchor", "c", 3)
    cache.commit()  # "b" unused: swept
    cache.touch("anchor", ["c"])  # a value kept in memory, made from "c"
    cache.commit()  # "a" unused: swept
    assert not [q for q in asked if q.startswith("SELECT key FROM entries")]
    cache.close()
    fresh = Cache(tmp_path)
    assert [fresh.get("anchor", k) for k in "abc"] == [None, None, 3]


# one build: each key of a few got, put, or touched (a value kept in memory made from it, stored or not)
_runs = st.lists(st.lists(st.tuples(st.sampled_from(["get", "put", "touch"]), st.sampled_from("abcdef")), max_size=8),
                 min_size=1, max_size=5)


@settings(max_examples=examples(60), deadline=None)
@given(_runs)
def test_a_watching_cache_knows_after_each_commit_the_very_keys_it_stores(tmp_path_factory, runs) -> None:  # type: ignore[no-untyped-def]
    cache = Cache(tmp_path_factory.mktemp("watching"), writable=True, keep_reads=lambda path: True)
    for run in runs:
        for what, k in run:
            if what == "get":
                cache.get("anchor", k)
            elif what == "put":
                cache.put("anchor", k, k)
            else:
                cache.touch("anchor", [k])
        cache.commit()
        assert cache.db is not None
        stored = {row[0] for row in cache.db.execute("SELECT key FROM entries WHERE kind='anchor'")}
        assert cache.stored.get("anchor", stored) == stored  # (a run that used none: those the last commit knew)
    cache.close()


def _stored_once(folder: Path, count: int) -> list[str]:
    """``count`` keys as key() makes them, each stored under "anchor" by a process that built once."""
    writer = Cache(folder, writable=True, remember=False)
    keys = [key(str(n)) for n in range(count)]
    for k in keys:
        writer.put("anchor", k, 0)
    writer.commit()
    writer.close()
    return keys


def _commit_peak(cache: Cache) -> int:
    """The bytes traced at the peak of ``cache``'s commit (then closed)."""
    tracemalloc.start()
    try:
        cache.commit()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        cache.close()


def test_a_cache_that_builds_once_sweeps_without_holding_every_stored_key(tmp_path: Path) -> None:
    """The sweep at commit, the very end of a build where its peak is, holds only the stale keys:
    a set of every key of the kind (3 MB for these 20,000) is never made."""
    keys = _stored_once(tmp_path, 20_000)
    once = Cache(tmp_path, writable=True, remember=False)
    assert len(once.get_many("anchor", keys[1:])) == len(keys) - 1  # every key used but the first
    assert _commit_peak(once) < 1 << 20
    fresh = Cache(tmp_path)
    assert fresh.get("anchor", keys[0]) is None  # swept
    assert len(fresh.get_many("anchor", keys)) == len(keys) - 1


def test_a_cache_that_builds_once_sweeps_every_stale_key_after_a_code_change_holding_only_their_rows(
        tmp_path: Path) -> None:
    """A build after a code change uses none of the stored keys (each holds the code's digest): its commit
    sweeps them all, holding each stale entry's rowid (8 bytes), not its key and a (kind, key) pair (~180
    bytes: 70 MB at 10,000 sources, at the very end of the build where its peak is)."""
    old = _stored_once(tmp_path, 20_000)
    once = Cache(tmp_path, writable=True, remember=False)
    assert once.get_many("anchor", ["new"]) == {}  # the kind used, none of its stored keys
    once.put("anchor", "new", 1)
    assert _commit_peak(once) < 1 << 19
    fresh = Cache(tmp_path)
    assert fresh.get_many("anchor", [*old, "new"]) == {"new": 1}  # every old key swept


def test_a_cache_that_builds_once_holds_the_keys_it_used_packed_and_none_it_put(tmp_path: Path) -> None:
    """What a build that runs once holds of its keys to its end (its peak): each key used as its 32 bytes
    and no second set of the keys put; its commit still keeps every key used and sweeps the rest."""
    writer = Cache(tmp_path, writable=True, remember=False)
    keys = [key(str(n)) for n in range(2_000)]
    for k in keys:
        writer.put("anchor", k, 0)
    writer.put("anchor", "not a digest", 1)
    assert writer.put_keys == {}
    assert writer.used["anchor"] == {*map(bytes.fromhex, keys), "not a digest"}
    writer.commit()
    writer.close()
    once = Cache(tmp_path, writable=True, remember=False)
    assert len(once.get_many("anchor", keys[1:])) == len(keys) - 1  # every key used but the first
    once.touch("anchor", ["not a digest"])
    once.commit()
    once.close()
    fresh = Cache(tmp_path)
    assert fresh.get("anchor", keys[0]) is None  # swept
    assert fresh.get("anchor", "not a digest") == 1 and len(fresh.get_many("anchor", keys)) == len(keys) - 1
    assert keys_module.packed_key("AB" * 32) == "AB" * 32  # not as key() makes keys: held as it is


def test_recall_gives_what_kept_or_keep_had_and_keeps_it_one_more_build() -> None:
    cache = Cache(None, keep_reads=lambda path: True)
    assert cache.recall("k") is None
    assert cache.keep("k", "a") == "a"
    cache.commit()
    assert cache.recall("k") == "a"
    assert cache.kept("k", lambda: "b") == "a"
    cache.commit()
    assert cache.recall("k") == "a"  # asked for in the last build
    cache.commit()
    cache.commit()  # a build that did not ask for it: dropped
    assert cache.recall("k") is None
    once = Cache(None)  # a process that builds once keeps nothing
    assert (once.keep("k", "c"), once.recall("k")) == ("c", None)


def test_a_keyer_gives_the_key_of_its_prefix_and_the_rest() -> None:
    parts = ("sha", "quote", b"prefix", "", "2")
    for cut in range(len(parts) + 1):
        assert keyer(*parts[:cut])(*parts[cut:]) == key(*parts)
    of_source = keyer("sha")
    assert of_source("ab", "c") != of_source("a", "bc")  # parts are told apart by their lengths
    assert of_source("q") != keyer("other sha")("q") != of_source("q ")


def test_a_framed_keyer_gives_the_key_of_the_rest_framed_in_pieces() -> None:
    parts = ("sha", "quote", b"prefix", "", "2", "é")
    for cut in range(len(parts) + 1):
        for at in range(cut, len(parts) + 1):  # the rest framed as two pieces joined, one of them made once
            framed = keys_module.framed(parts[cut:at]) + keys_module.framed(parts[at:])
            assert keys_module.framed_keyer(*parts[:cut])(framed) == key(*parts)
    assert keys_module.framed(("ab", "c")) != keys_module.framed(("a", "bc"))


def test_a_key_is_the_sha256_of_the_code_and_its_parts_each_framed_by_its_length() -> None:
    """The bytes a key hashes, spelled out (key() hashes the code and format once per process): a key made
    by any code of this layout is the same key."""
    for parts in [(), ("",), ("claims/a.yaml", "f" * 64, "actors"), (b"\0" * 9, "\u00e9", ""), ("x" * 300,)]:
        spelled = b"".join(len(d).to_bytes(8, "big") + d for d in (keys_module.FORMAT, *(
            p.encode() if isinstance(p, str) else p for p in parts)))
        assert key(*parts) == hashlib.sha256(keys_module.CODE + spelled).hexdigest()
        assert keys_module.framed(parts) == spelled[8 + len(keys_module.FORMAT):]


def test_get_many_reads_any_number_of_keys_and_skips_missing_and_damaged_entries(tmp_path: Path) -> None:
    writer = Cache(tmp_path, writable=True)
    stored = {key(str(i)): i for i in range(2 * BATCH + 3)}  # more than one batch
    for k, v in stored.items():
        writer.put("anchor", k, v)
    writer.put("source", key("0"), "another kind")
    writer.commit()
    assert writer.db is not None
    with writer.db:
        writer.db.execute("UPDATE entries SET value=? WHERE key=?", (b"not a pickle", key("7")))
    writer.close()
    reader = Cache(tmp_path)
    wanted = [*stored, key("missing"), key("0")]  # a key twice
    found = reader.get_many("anchor", wanted)
    assert found == {k: v for k, v in stored.items() if k != key("7")}
    assert reader.used == {"anchor": set(wanted)}  # asked for, so kept at the next commit
    reader.close()
    assert reader.get_many("anchor", [key("1"), key("7")]) == {key("1"): 1}  # from memory now


def damage(cache_file: Path, flips: int, seed: int) -> None:
    """Flip ``flips`` random bits of the file, as a failing disk does."""
    data = bytearray(cache_file.read_bytes())
    rng = random.Random(seed)
    for _ in range(flips):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    cache_file.write_bytes(bytes(data))


def test_an_entry_with_a_flipped_bit_is_recomputed_with_a_notice_and_stored_again(tmp_path: Path) -> None:
    writer = Cache(tmp_path, writable=True)
    writer.put("source", key("a"), "the parsed source " * 50)
    writer.put("source", key("b"), "another source")
    writer.commit()
    assert writer.db is not None
    with writer.db:
        (blob,) = writer.db.execute("SELECT value FROM entries WHERE key=?", (key("a"),)).fetchone()
        flipped = blob[:-5] + bytes([blob[-5] ^ 4]) + blob[-4:]  # still a valid pickle, of other text
        writer.db.execute("UPDATE entries SET value=? WHERE key=?", (flipped, key("a")))
    writer.close()
    notices: list[str] = []
    again = Cache(tmp_path, writable=True, notice=notices.append)
    assert again.get_many("source", [key("a"), key("b")]) == {key("b"): "another source"}
    assert notices == [".idlibsite-cache/cache.sqlite: 1 damaged entry of kind 'source' did not match its "
                       "checksum: discarded and computed again"]
    again.put("source", key("a"), "the parsed source " * 50)
    again.commit()
    again.close()
    assert Cache(tmp_path).get("source", key("a")) == "the parsed source " * 50


@pytest.mark.parametrize("seed", range(4))
def test_a_damaged_cache_file_is_discarded_with_a_notice_and_made_again(tmp_path: Path, seed: int) -> None:
    writer = Cache(tmp_path, writable=True)
    for i in range(300):
        writer.put("anchor", key(str(i)), f"value {i}")
    writer.commit()
    writer.close()
    damage(tmp_path / CACHE_FILE, 40, seed)
    notices: list[str] = []
    reader = Cache(tmp_path, writable=True, notice=notices.append)
    found = reader.get_many("anchor", [key(str(i)) for i in range(300)])
    assert all(v == f"value {i}" for i in range(300) if (v := found.get(key(str(i)))) is not None)  # never wrong
    assert len(found) < 300 and notices  # something was damaged, and said so
    for i in range(300):
        reader.put("anchor", key(str(i)), f"value {i}")
    reader.commit()
    reader.close()
    repaired = Cache(tmp_path, notice=notices.append).get_many("anchor", [key(str(i)) for i in range(300)])
    assert repaired == {key(str(i)): f"value {i}" for i in range(300)}


def test_a_watching_cache_reads_a_file_again_only_once_it_is_reported_changed(tmp_path: Path) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    a, b = folder / "a.yaml", folder / "b.yaml"
    a.write_bytes(b"one")
    b.write_bytes(b"one")
    cache = Cache(None, keep_reads=lambda path: True)
    assert cache.read(a, tmp_path, "claims/a.yaml") == (b"one", [])
    assert cache.read(b, tmp_path, "claims/b.yaml") == (b"one", [])
    a.write_bytes(b"two")
    b.write_bytes(b"two")
    assert cache.read(a, tmp_path, "claims/a.yaml") == (b"one", [])  # not reported yet: trusted
    cache.changed({str(a)})
    assert cache.read(a, tmp_path, "claims/a.yaml") == (b"two", [])
    assert cache.read(b, tmp_path, "claims/b.yaml") == (b"one", [])
    cache.changed({str(folder)})  # a folder reported (moved, deleted): every file under it is read again
    assert cache.read(b, tmp_path, "claims/b.yaml") == (b"two", [])
    b.write_bytes(b"three")
    cache.changed(None)  # in doubt: every file
    assert cache.read(b, tmp_path, "claims/b.yaml") == (b"three", [])


def test_unseen_forgets_the_reads_of_the_files_whose_stat_changed_and_keeps_the_others_and_their_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """serve's first change or quiet moment: a file written while the first build ran, after it was read, and
    not reported, is read again (its stat changed), and so is the folder's value made of it; an unchanged
    file is not read again, nor its folder's value made again; a file too recent for its stat to tell (a
    second write in the same tick), removed, or unreadable is read again."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    a, b, c, gone = (folder / name for name in ("a.txt", "b.txt", "c.txt", "d.txt"))
    for path in (a, b, gone):
        path.write_bytes(b"one")
    monkeypatch.setattr(keptreads, "RACY_NS", 0)  # a, b and gone: written before the process started
    started = time.time_ns()
    while time.time_ns() - started < 20_000_000:  # past the file system clock's tick
        time.sleep(0.005)
    c.write_bytes(b"one")  # c: written since (as if within RACY_NS of its read)
    cache = Cache(None, keep_reads=lambda path: True)
    cache.started = started
    made: list[int] = []

    def load() -> dict[Path, bytes]:
        made.append(1)
        return {p: cache.read(p, tmp_path, p.name)[0] or b"" for p in sorted(folder.iterdir())}

    shown = cache.unchanged(folder, load)
    assert set(shown) == {a, b, c, gone} and len(made) == 1
    cache.reported = set()  # taken by the build (build.py)
    cache.unseen()
    assert cache.reads is not None and set(cache.reads) == {str(a), str(b), str(gone)}  # c: too recent to tell
    assert cache.reported == {str(c)}
    assert cache.unchanged(folder, load)[a] == b"one" and len(made) == 2  # made again: c was forgotten
    cache.unseen()  # c read again just now, its stat kept: not old enough yet
    assert str(c) not in cache.reads
    monkeypatch.setattr(keptreads, "RACY_NS", -10**12)  # as if every stat were old enough
    assert cache.unchanged(folder, load)[c] == b"one" and len(made) == 3
    cache.reported = set()
    cache.unseen()
    assert set(cache.reads) == {str(a), str(b), str(c), str(gone)} and cache.reported == set()
    assert cache.unchanged(folder, load)[a] == b"one" and len(made) == 3  # nothing changed: kept, not made
    a.write_bytes(b"two!")  # not reported: written after the read, its stat is another
    assert cache.read(a, tmp_path, a.name) == (b"one", [])  # trusted until told
    cache.unseen()
    assert set(cache.reads) == {str(b), str(c), str(gone)} and cache.reported == {str(a)}  # as if reported
    assert cache.unchanged(folder, load)[a] == b"two!" and len(made) == 4
    gone.unlink()
    cache.reported = set()
    cache.unseen()
    assert str(gone) not in cache.reads and cache.reported == {str(gone)}
    assert set(cache.unchanged(folder, load)) == {a, b, c} and len(made) == 5
    plain = Cache(None)  # a process that keeps no read: nothing to forget
    plain.unseen()
    assert plain.reads is None


def test_a_watching_cache_keeps_a_files_sha256_and_stat_and_its_bytes_only_for_a_reader_that_asks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    a, b = folder / "a.yaml", folder / "b.yaml"
    a.write_bytes(b"one")
    b.write_bytes(b"one")
    one, two = (hashlib.sha256(data).hexdigest() for data in (b"one", b"two"))
    cache = Cache(None, keep_reads=lambda path: True)
    assert cache.digest(a, tmp_path, "claims/a.yaml") == (b"one", one, [])  # read: its bytes not kept
    assert cache.reads is not None and cache.reads[str(a)].data is None
    assert cache.digest(a, tmp_path, "claims/a.yaml") == (None, one, [])  # the same stat: not read
    assert cache.read(a, tmp_path, "claims/a.yaml", keep=False) == (b"one", [])  # read again from the disk
    assert cache.reads[str(a)].data is None and cache.unkept == 0
    a.write_bytes(b"two")  # not reported (yet): found by its stat, read as new, and counted as not kept
    assert cache.digest(a, tmp_path, "claims/a.yaml") == (b"two", two, [])
    assert cache.unkept == 1
    stat = keptreads.signature(str(a))
    monkeypatch.setattr(keptreads, "signature", lambda name: stat)  # written again within one tick
    a.write_bytes(b"one")
    assert cache.digest(a, tmp_path, "claims/a.yaml") == (None, two, [])  # the stat is the one kept
    assert cache.read(a, tmp_path, "claims/a.yaml") == (b"one", [])  # but the bytes read are not the kept two
    assert cache.unkept == 2 and cache.reads[str(a)].data == b"one"  # asked to keep them: kept
    assert cache.read(b, tmp_path, "claims/b.yaml") == (b"one", [])
    b.write_bytes(b"two")
    assert cache.read(b, tmp_path, "claims/b.yaml") == (b"one", [])  # its bytes kept: not reported yet, trusted
    assert cache.digest(b, tmp_path, "claims/b.yaml") == (b"one", one, [])


def test_a_file_the_watcher_does_not_report_or_a_link_is_read_every_time(tmp_path: Path) -> None:
    hidden, target, link = tmp_path / ".hidden.yaml", tmp_path / "target.yaml", tmp_path / "link.yaml"
    hidden.write_bytes(b"one")
    target.write_bytes(b"one")
    link.symlink_to(target)
    cache = Cache(None, keep_reads=lambda path: not Path(path).name.startswith("."))
    assert cache.read(hidden, tmp_path, ".hidden.yaml")[0] == cache.read(link, tmp_path, "link.yaml")[0] == b"one"
    hidden.write_bytes(b"two")
    target.write_bytes(b"two")  # reported under target.yaml, not link.yaml
    assert cache.read(hidden, tmp_path, ".hidden.yaml")[0] == cache.read(link, tmp_path, "link.yaml")[0] == b"two"
    plain = Cache(None)  # a process told of no change reads every time
    assert plain.read(target, tmp_path, "target.yaml")[0] == b"two"
    target.write_bytes(b"three")
    assert plain.read(target, tmp_path, "target.yaml")[0] == b"three"


def test_what_a_folder_gave_is_kept_until_a_path_under_it_is_reported_or_it_lists_other_names(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"one")
    cache = Cache(None, keep_reads=lambda path: not Path(path).name.startswith("."))
    made: list[bytes] = []

    def load() -> bytes:
        data = b"".join(cache.read(p, tmp_path, p.name)[0] or b"" for p in sorted(folder.iterdir()))
        made.append(data)
        return data

    assert cache.unchanged(folder, load) == cache.unchanged(folder, load) == b"one"
    assert len(made) == 1
    (folder / "a.txt").write_bytes(b"two")
    cache.changed({str(tmp_path / "claims" / "x.yaml")})  # elsewhere: the folder's value stands
    assert cache.unchanged(folder, load) == b"one"
    cache.changed({str(folder / "a.txt")})
    assert cache.unchanged(folder, load) == b"two"
    (folder / ".hidden.txt").write_bytes(b"+")  # not reported by the watcher, but listed
    assert cache.unchanged(folder, load) == b"+two"
    (folder / ".hidden.txt").write_bytes(b"-")  # a file read but not watched: never kept
    assert cache.unchanged(folder, load) == b"-two"
    (folder / ".hidden.txt").unlink()
    assert cache.unchanged(folder, load) == b"two"
    assert cache.unchanged(folder, load) == b"two" and len(made) == 5
    (folder / "a.txt").write_bytes(b"three")
    cache.changed({str(folder)})  # the folder itself (moved, deleted)
    assert cache.unchanged(folder, load) == b"three"
    (folder / "a.txt").write_bytes(b"four")
    cache.changed(None)  # in doubt: made again
    assert cache.unchanged(folder, load) == b"four"
    once = Cache(None)  # a process that builds once keeps nothing
    assert [once.unchanged(folder, lambda: 1), once.unchanged(folder, lambda: 2)] == [1, 2]


def test_a_folder_is_not_listed_again_while_its_stat_stands_for_its_names(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: a folder whose stat (taken before it was listed) is the same is not listed again; an entry added,
    even one the watcher does not report, changes it (then the folder is listed and what it gave made again);
    a folder whose times are not FOLDER_RACY_NS old is listed each time."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"one")
    cache = Cache(None, keep_reads=lambda path: not Path(path).name.startswith("."))
    listed: list[str] = []
    real = os.listdir
    monkeypatch.setattr(os, "listdir", lambda path: listed.append(os.fspath(path)) or real(path))

    def load() -> bytes:  # (not listing the folder)
        return b"".join(cache.read(p, tmp_path, p.name)[0] or b"" for name in (".hidden.txt", "a.txt")
                        if (p := folder / name).exists())

    assert [cache.unchanged(folder, load) for _ in range(3)] == [b"one"] * 3
    assert len(listed) == 3  # just made: listed each time
    monkeypatch.setattr(projectfiles, "FOLDER_RACY_NS", 0)
    listed.clear()
    assert [cache.unchanged(folder, load) for _ in range(3)] == [b"one"] * 3
    assert len(listed) == 1  # its stat taken with that listing stands for the next
    time.sleep(0.01)  # a tick of the clock later
    (folder / ".hidden.txt").write_bytes(b"+")  # not reported by the watcher
    assert cache.unchanged(folder, load) == b"+one" and len(listed) == 2


def test_kept_values_last_while_asked_for_in_each_build_of_a_watching_process() -> None:
    made: list[str] = []

    def make(value: str) -> str:
        made.append(value)
        return value

    cache = Cache(None, keep_reads=lambda path: True)
    assert cache.kept(("k", 1), lambda: make("a")) == "a"
    assert cache.kept(("k", 1), lambda: make("b")) == "a"  # an equal key: not made again
    cache.commit()
    assert cache.kept(("k", 1), lambda: make("c")) == "a"  # asked for in the last build: kept
    cache.commit()
    cache.commit()  # a build that did not ask for it: dropped
    assert cache.kept(("k", 1), lambda: make("d")) == "d"
    assert made == ["a", "d"]
    once = Cache(None)  # a process that builds once keeps nothing
    assert [once.kept("k", lambda: make("e")), once.kept("k", lambda: make("f"))] == ["e", "f"]


def test_values_past_the_memory_budget_wait_in_a_temporary_file_and_reach_the_cache_only_at_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "SPILL", 1000)
    before = Cache(tmp_path, writable=True)
    before.put("anchor", "kept", "the last build's")
    before.commit()
    before.close()
    refused = Cache(tmp_path, writable=True)  # a build that stores much, then is refused: no commit
    values = {key(str(i)): ("value", i, "x" * (i % 300)) for i in range(400)}
    refused.put("anchor", "kept", "overwritten")
    for k, v in values.items():
        refused.put("anchor", k, v)
    assert refused.spilled is not None and refused.pending_size <= 1000 + 400  # most of it out of memory
    assert Cache(tmp_path).get_many("anchor", [*values, "kept"]) == {"kept": "the last build's"}
    refused.put("anchor", "kept", "this build's")  # put again, after the first was spilled: the last wins
    refused.commit()
    assert refused.spilled is None and refused.pending == []
    refused.close()
    assert Cache(tmp_path).get_many("anchor", [*values, "kept"]) == {**values, "kept": "this build's"}


def test_the_code_digest_changes_with_any_python_file_of_the_package(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "a.py").write_text("RULE = 1\n", "utf-8")
    (package / "sub" / "b.py").write_text("WORDS = ('said',)\n", "utf-8")
    (package / "notes.txt").write_text("not code\n", "utf-8")
    first = code_digest(package)
    assert code_digest(package) == first
    (package / "notes.txt").write_text("still not code\n", "utf-8")
    assert code_digest(package) == first
    (package / "sub" / "b.py").write_text("WORDS = ('said', 'told')\n", "utf-8")
    second = code_digest(package)
    assert second != first
    (package / "sub" / "b.py").rename(package / "b.py")  # the same bytes under another path
    assert code_digest(package) not in (first, second)


def test_records_with_slots_pickle_as_restore_calls_that_load_equal_and_shared() -> None:
    segment = Segment(0, 4, 10, 14, True)
    data = dumps([segment, segment, {"k": ("v", 1)}])
    assert b"_restore" in data  # not the class's own __setstate__, which calls fields() per record
    back = pickle.loads(data)
    assert back == [segment, segment, {"k": ("v", 1)}] and back[0] is back[1]  # shared once, as pickle does
    assert dumps({"k": ("v", 1)}) == pickle.dumps({"k": ("v", 1)}, protocol=pickle.HIGHEST_PROTOCOL)
    with pytest.raises(pickle.UnpicklingError):  # a record whose class lost a field: the entry is recomputed
        _restore(Segment, (0, 4, 10, 14))
    with pytest.raises(pickle.UnpicklingError):  # a class by that name that is no longer such a record
        _restore(Path, ("a",))
    assert _restore(Segment, (0, 4, 10, 14, True)) == segment  # once the class's maker is made, as before


def test_short_texts_of_records_from_separate_pickles_load_as_one_object() -> None:
    """Each cache entry is its own pickle: a kind, a side, a date or an id that many records hold must not
    come back as one copy per entry."""
    long = "a sentence of the claim that is longer than any id, kind or date"

    def made(n: int) -> Span:  # texts made at run time, as a parser makes them: equal, not the same object
        return Span(n, n + 5, "".join(["wor", "ds"]), "".join(["fuz", "zy"]), 0.9, "".join(["x", "y"]), long + "")

    first, second = (pickle.loads(dumps(made(n))) for n in (1, 2))
    assert first.text is second.text and first.method is second.method and first.prefix is second.prefix
    assert (first.start, first.text, first.method, first.suffix) == (1, "words", "fuzzy", long)
    date, again = (pickle.loads(dumps(PartialDate("".join(["2026-", "11-22"]), "day"))) for _ in range(2))
    assert date == PartialDate("2026-11-22", "day") and date.iso is again.iso


def test_a_building_cache_hands_the_first_read_of_a_file_to_the_second_once(tmp_path: Path) -> None:
    path = tmp_path / "claims" / "a.yaml"
    path.parent.mkdir()
    path.write_bytes(b"checked")
    cache = Cache(None, hand_over=True)
    assert cache.read(path, tmp_path, "claims/a.yaml") == (b"checked", [])
    path.write_bytes(b"edited between the check and the build")
    assert cache.read(str(path), tmp_path, "claims/a.yaml") == (b"checked", [])  # the bytes that were checked
    assert cache.read(path, tmp_path, "claims/a.yaml") == (b"edited between the check and the build", [])
    cache.commit()  # the next build reads afresh
    path.write_bytes(b"next build")
    assert cache.read(path, tmp_path, "claims/a.yaml") == (b"next build", [])
    assert Cache(None).read(path, tmp_path, "claims/a.yaml") == (b"next build", [])
    missing = tmp_path / "claims" / "gone.yaml"
    assert cache.read(missing, tmp_path, "claims/gone.yaml")[0] is None
    missing.write_bytes(b"made")
    assert cache.read(missing, tmp_path, "claims/gone.yaml")[0] is None  # as the check found it: refused alike
