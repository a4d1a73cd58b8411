"""The on-disk cache: values by (kind, key), swept to what the last build used, memoised in memory."""

import random
from pathlib import Path

import pytest

from idlibsite.cache import BATCH, CACHE_FILE, Cache, key, keyer


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
