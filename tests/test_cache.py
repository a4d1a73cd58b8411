"""The on-disk cache: values by (kind, key), swept to what the last build used, memoised in memory."""

from pathlib import Path

from idlibsite.cache import BATCH, Cache, key, keyer


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


def test_commit_sweeps_what_the_run_did_not_use_and_starts_counting_afresh(tmp_path: Path) -> None:
    cache = Cache(tmp_path, writable=True)
    cache.put("anchor", "old", 1)
    cache.put("anchor", "kept", 2)
    cache.commit()
    assert cache.used == {}
    assert cache.get("anchor", "kept") == 2  # this run uses only "kept"
    cache.commit()
    assert ("anchor", "old") not in cache.memo
    cache.close()
    fresh = Cache(tmp_path)
    assert fresh.get("anchor", "old") is None
    assert fresh.get("anchor", "kept") == 2


def test_a_keyer_gives_the_key_of_its_prefix_and_the_rest() -> None:
    parts = ("sha", "quote", b"prefix", "", "2")
    for cut in range(len(parts) + 1):
        assert keyer(*parts[:cut])(*parts[cut:]) == key(*parts)
    of_source = keyer("sha")
    assert of_source("ab", "c") != of_source("a", "bc")  # parts are told apart by their lengths
    assert of_source("q") != keyer("other sha")("q") != of_source("q ")


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
