"""Each unchanged claim's lock entries taken from the lock as read (anchoring/lockclaims.py): a fresh check
takes the entries of every claim whose entry key is the one stored for the lock, as the lock's very objects,
makes the others', and gives what :func:`snapshot` gives, in its order."""

import re
from pathlib import Path

import pytest

from idlibsite.anchoring import lockclaims as lockclaims_module
from idlibsite.anchoring.lock import LOCK_NAME, snapshot
from idlibsite.anchoring.lockclaims import CLAIMS_KIND
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import CheckResult, check
from idlibsite.config import load_config


def _generated(root: Path) -> Path:
    from bench.scale.generate import generate

    generate(root, 12, 3, 20200213)
    return root


def claim_files(project: Path) -> list[Path]:
    return sorted(p for p in (project / "claims").glob("*.yaml") if p.name not in ("actors.yaml", "topics.yaml"))


def retitled(claim: Path) -> None:
    claim.write_text(re.sub(r"^title: (.*)$", r"title: \1 (edited)", claim.read_text("utf-8"), count=1, flags=re.M),
                     "utf-8")


def fresh_check(project: Path) -> CheckResult:
    """A check as a process that builds once makes it, storing what it found (as a build does)."""
    cache = Cache(project / CACHE_DIR, writable=True, remember=False)
    checked = check(load_config(project), cache=cache)
    cache.commit()
    return checked


def spied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the claims whose entries are taken from the lock from now on."""
    taken: list[str] = []
    was = lockclaims_module._taken
    monkeypatch.setattr(lockclaims_module, "_taken", lambda claim_id, *a: (
        found := was(claim_id, *a), found is not None and taken.append(claim_id))[0])
    return taken


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
    taken = spied(monkeypatch)
    checked = fresh_check(project)
    assert set(taken) == every and len(every) > 3
    as_snapshot(checked)
    assert all(checked.spans[k] is checked.locked[k] for k in checked.spans)  # (shared: the lock's objects)
    taken.clear()
    retitled(claims[3])
    checked = fresh_check(project)
    edited = {c.id for c in checked.site.annotations.claims if c.path.endswith(claims[3].name)}
    assert set(taken) == every - edited and len(edited) == 1
    as_snapshot(checked)
    assert checked.spans == checked.locked  # no anchor moved: the lock held as its rows (held.py)
    taken.clear()
    checked = fresh_check(project)  # the edited claim's key stored for the same lock: now taken too
    assert set(taken) == every
    taken.clear()
    claims[5].unlink()
    checked = fresh_check(project)
    gone = every - {c.id for c in checked.site.annotations.claims}
    assert len(gone) == 1 and set(taken) == every - gone
    as_snapshot(checked)
    (deleted,) = gone
    assert not any(k.startswith(f"{deleted}/") for k in checked.spans)
    assert checked.spans == check(load_config(project), cache=Cache(None)).spans  # a check without a cache


@pytest.mark.parametrize("value", [b"not marshal", b"\x00", 7, ("a", "b"), {"a": 1}])
def test_claims_keys_of_another_layout_read_as_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    value: object) -> None:
    """A stored value that is not a map of claims' keys (or not the keys) takes no claim's entries: they
    are made from the quotes, equal to snapshot's, and the keys are stored again."""
    import marshal

    project = _generated(tmp_path / "p")
    build(load_config(project))
    build(load_config(project))
    cache = Cache(project / CACHE_DIR, writable=True, remember=False)
    stored = [(k, v) for k, v in _entries(cache, CLAIMS_KIND)]
    assert len(stored) == 1  # one lock read: one map
    name = stored[0][0]
    cache.put(CLAIMS_KIND, name, marshal.dumps(value) if not isinstance(value, bytes) else value)
    cache.commit()
    taken = spied(monkeypatch)
    checked = fresh_check(project)
    assert taken == [] and (project / "claims" / LOCK_NAME).exists()
    as_snapshot(checked)
    checked = fresh_check(project)  # stored again by the check before
    assert set(taken) == {c.id for c in checked.site.annotations.claims}


def _entries(cache: Cache, kind: str) -> list[tuple[str, object]]:
    """Every stored entry of ``kind``, by key (the cache's own table)."""
    assert cache.db is not None
    return [(k, cache.get(kind, k)) for (k,) in cache.db.execute("SELECT key FROM entries WHERE kind = ?", (kind,))]
