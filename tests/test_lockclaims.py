"""Each unchanged claim's lock entries taken from the lock as read (anchoring/lockclaims.py): a fresh check
takes the entries of every claim whose entry key is the one stored for the lock, as the lock's very objects,
makes the others', and gives what :func:`snapshot` gives, in its order."""

import marshal
import re
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from test_spansindex import _generated, claim_files, fresh_check
from idlibsite.anchoring import lockclaims as lockclaims_module
from idlibsite.anchoring.lock import LOCK_NAME, snapshot
from idlibsite.anchoring.lockclaims import CLAIMS_KIND
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import CheckResult, check
from idlibsite.config import load_config


def retitled(claim: Path) -> None:
    claim.write_text(re.sub(r"^title: (.*)$", r"title: \1 (edited)", claim.read_text("utf-8"), count=1, flags=re.M),
                     "utf-8")


def spied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the claims whose entries are made from their quotes from now on (each one's verdict's
    entry is made once), not taken from the lock."""
    made: list[str] = []
    was = lockclaims_module.verdict_entry
    monkeypatch.setattr(lockclaims_module, "verdict_entry",
                        lambda claim, *a: (made.append(claim.id), was(claim, *a))[1])
    return made


def as_snapshot(checked: CheckResult) -> None:
    """The check's entries are snapshot's of its site, in its order."""
    assert list(checked.spans.items()) == list(snapshot(checked.site).items())


def test_a_fresh_check_takes_each_unchanged_claims_entries_from_the_lock_as_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a build's entries equal the lock as read (the second build: the first writes it), the next check
    takes every claim's entries from the lock but the edited claim's, the lock's very objects, equal to
    snapshot's in its order; a deleted claim's entries are gone and the others still taken; what is stored
    under another layout reads as none and every claim's entries are made."""
    project = _generated(tmp_path / "p")
    build(load_config(project))  # writes the lock
    build(load_config(project))  # reads it: its entries equal it, the claims' keys stored for it
    claims = claim_files(project)
    every = {c.id for c in fresh_check(project).site.annotations.claims}
    made = spied(monkeypatch)
    checked = fresh_check(project)
    assert made == [] and len(every) > 3
    as_snapshot(checked)
    assert all(checked.spans[k] is checked.locked[k] for k in checked.spans)  # (shared: the lock's objects)
    retitled(claims[3])
    checked = fresh_check(project)
    edited = [c.id for c in checked.site.annotations.claims if c.path.endswith(claims[3].name)]
    assert made == edited and len(edited) == 1
    as_snapshot(checked)
    assert checked.spans == checked.locked  # no anchor moved: the lock held as its rows (held.py)
    was = _entries(Cache(project / CACHE_DIR), CLAIMS_KIND)
    made.clear()
    checked = fresh_check(project)  # one claim made: nothing stored again, so it is made again
    assert made == edited and _entries(Cache(project / CACHE_DIR), CLAIMS_KIND) == was
    as_snapshot(checked)
    for claim in [c for c in claims if c != claims[3]][:16]:  # with the one edited, more than 36 // 64 + 16
        retitled(claim)
    made.clear()
    checked = fresh_check(project)
    assert len(made) == 17 and len(every) == 36
    as_snapshot(checked)
    made.clear()
    checked = fresh_check(project)  # more than a few made: their keys stored for the same lock, now taken
    assert made == [] and _entries(Cache(project / CACHE_DIR), CLAIMS_KIND) != was
    as_snapshot(checked)
    claims[5].unlink()
    checked = fresh_check(project)
    gone = every - {c.id for c in checked.site.annotations.claims}
    assert len(gone) == 1 and made == []
    as_snapshot(checked)
    (deleted,) = gone
    assert not any(k.startswith(f"{deleted}/") for k in checked.spans)
    assert checked.spans == check(load_config(project), cache=Cache(None)).spans  # a check without a cache


def _dumped(value: object) -> Callable[[dict], bytes]:  # type: ignore[type-arg]
    return lambda stored: value if isinstance(value, bytes) else marshal.dumps(value)


def _changed(i: int, change: Callable[[object], object]) -> Callable[[tuple], bytes]:  # type: ignore[type-arg]
    """The stored value with its ``i``-th part (ids, keys, bounds, places, verdicts) changed."""
    return lambda stored: marshal.dumps((*stored[:i], change(stored[i]), *stored[i + 1:]))


def _array(typecode: str, change: Callable[[list[int]], list[int]]) -> Callable[[object], bytes]:
    return lambda part: array(typecode, change(list(memoryview(part).cast(typecode)))).tobytes()  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [_dumped(b"not marshal"), _dumped(b"\x00"), _dumped(7), _dumped(("a", "b")),
                                   _dumped({"a": 1}), _dumped({"a": (1, 2)}), _dumped("rows"),
                                   _dumped({"a": ("k", ("a/s",), "")}),  # the first layout: a map of rows
                                   _changed(0, lambda ids: (*ids[:-1], ids[0])),  # an id twice
                                   _changed(0, lambda ids: "".join(ids)),  # not a tuple
                                   _changed(1, lambda keys: keys[:-1]),  # a key cut short
                                   _changed(2, lambda bounds: bounds[:-1]),  # not a multiple of 4 bytes
                                   _changed(2, _array("I", lambda b: [*b[:2], b[3], b[2], *b[4:]])),  # not in order
                                   _changed(2, _array("I", lambda b: b[:-1])),  # a claim's bounds missing
                                   _changed(3, _array("I", lambda p: [*p[:-1], 10 ** 6])),  # no entry there
                                   _changed(3, lambda places: list(memoryview(places).cast("I"))),  # not bytes
                                   _changed(4, _array("i", lambda v: [-2, *v[1:]]))])  # a verdict's place < -1
def test_claims_keys_of_another_layout_read_as_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    value: Callable[[dict], bytes]) -> None:  # type: ignore[type-arg]
    """A stored value that is not a map of claims' keys (or not the keys) takes no claim's entries: they
    are made from the quotes, equal to snapshot's, and the keys are stored again."""
    project = _generated(tmp_path / "p")
    build(load_config(project))
    build(load_config(project))
    cache = Cache(project / CACHE_DIR, writable=True, remember=False)
    stored = [(k, v) for k, v in _entries(cache, CLAIMS_KIND)]
    assert len(stored) == 1  # one lock read: one map
    name = stored[0][0]
    cache.put(CLAIMS_KIND, name, value(marshal.loads(stored[0][1])))  # type: ignore[arg-type]
    cache.commit()
    made = spied(monkeypatch)
    checked = fresh_check(project)
    assert sorted(made) == sorted(c.id for c in checked.site.annotations.claims)
    assert (project / "claims" / LOCK_NAME).exists()
    as_snapshot(checked)
    made.clear()
    fresh_check(project)  # stored again by the check before
    assert made == []


def _entries(cache: Cache, kind: str) -> list[tuple[str, object]]:
    """Every stored entry of ``kind``, by key (the cache's own table)."""
    assert cache.db is not None
    return [(k, cache.get(kind, k)) for (k,) in cache.db.execute("SELECT key FROM entries WHERE kind = ?", (kind,))]
