"""The on-disk cache: values by (kind, key), swept to what the last build used, memoised in memory."""

from pathlib import Path

from idlibsite.cache import Cache, key


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
