"""A claim's cache entry (claimentries.py): one marshal of plain values, read back to the very anchors,
runs and findings that were stored, and an entry of another layout taken as none (the claim linked anew)."""

import marshal
from pathlib import Path

import pytest

from idlibsite.anchoring import link as link_module
from idlibsite.anchoring.link import CLAIM_KIND
from idlibsite.cache import Cache
from idlibsite.check import CheckResult
from idlibsite.claimentries import ClaimEntries
from idlibsite.problemrows import run_of
from test_link import checked, link, project  # noqa: F401  (fixtures)

PLAIN = (int, float, str, bytes, type(None))


def plain(value: object) -> bool:
    """Whether ``value`` is made of marshal's plain values only: no record, no object of a class."""
    if isinstance(value, (tuple, frozenset)):
        return all(plain(v) for v in value)
    return type(value) in PLAIN


def hashes(checked: CheckResult) -> dict[str, str]:
    """The hashes a claim's key is made of: its file's and each cited source's sidecar's."""
    sources, annotations = checked.site.sources, checked.site.annotations
    return {annotations.claims[0].path: "1" * 64, **{str(Path(s.path).with_suffix(".yaml")): "3" * 64 for s in sources}}


def test_an_entry_is_stored_as_plain_values_and_read_back_to_the_same_anchors(checked: CheckResult,
                                                                               tmp_path: Path) -> None:
    """Each quote's anchor (its spans: offsets, texts, method, score, context), the verdict's, the problems
    of linking and meaning's findings come back equal from one ``marshal.loads``, the anchors made Anchors
    only when linking joins them to their quotes."""
    sources, annotations = checked.site.sources, checked.site.annotations
    hashed = hashes(checked)
    cache = Cache(tmp_path / "cache", writable=True)
    entries = ClaimEntries(cache, annotations, hashed)
    site, runs, entries.linked = link_module.link(sources, annotations, cache, entries.read)
    (claim,) = annotations.claims
    speakers = tuple(frozenset({f"actor-{i}", "a-speaker"}) for i, _ in enumerate(site.quotes_by_claim[claim.id]))
    meaning = run_of(p for r in runs for p in r.problems() if p.severity == "warning")  # a run of rows of its own
    entries.put(claim.id, (speakers, meaning))
    cache.commit()
    assert any(a.method == "fuzzy" and a.score < 1 for a in (q.anchor for q in site.quotes))  # a score kept whole
    (blob,) = Cache(tmp_path / "cache").get_many(CLAIM_KIND, [entries.keys[claim.id]]).values()
    assert isinstance(blob, bytes) and plain(marshal.loads(blob))  # no object graph is unpickled
    reopened = ClaimEntries(Cache(tmp_path / "cache"), annotations, hashed)
    by_id = {s.id: s for s in sources}
    k, stored = reopened.read(annotations.claims, by_id)[claim.id]
    assert k == entries.keys[claim.id] and stored is not None
    assert stored.run == entries.linked[claim.id].run and stored.keys == entries.linked[claim.id].keys
    again = stored.linked(claim, annotations, by_id, (), k)
    assert [(q.statement.id, q.anchor) for q in again.quotes] == [(q.statement.id, q.anchor) for q in site.quotes]
    assert again.verdict == site.verdicts[claim.id]
    assert reopened.checked[claim.id] == (speakers, meaning)
    (linked_run,) = runs
    assert reopened.joined([stored.run, reopened.checked[claim.id][1]]) is not None  # the two runs joined as stored
    assert list(stored.run.problems()) == list(linked_run.problems())


@pytest.mark.parametrize("value", [
    "an entry pickled as records",  # what kind claim-4 stored: replaced by the claim's Stored record below
    marshal.dumps(((), None, (None, 0, 0, b""), ())),  # another layout: fewer fields
    marshal.dumps(((), None, (None, 0, 0), (), (), (None, 0, 0, b""), None)),  # a run of fewer fields
    marshal.dumps("not an entry"),
    b"\xff not marshal data",
])
def test_an_entry_of_another_layout_is_not_misread(checked: CheckResult, tmp_path: Path, value: object) -> None:
    """Under the claim's key, a value that is not this layout's marshalled entry reads as no entry: the
    claim is linked anew, to the same quotes and problems, and its entry stored again in this layout."""
    sources, annotations = checked.site.sources, checked.site.annotations
    hashed = hashes(checked)
    first = link(sources, annotations, Cache(tmp_path / "cache", writable=True), hashed)
    cache = Cache(tmp_path / "cache", writable=True)
    entries = ClaimEntries(cache, annotations, hashed)
    (claim,) = annotations.claims
    k, stored = entries.read(annotations.claims, {s.id: s for s in sources})[claim.id]
    assert stored is None  # nothing committed: nothing stored
    cache.put(CLAIM_KIND, k, stored_record(checked, tmp_path) if value == "an entry pickled as records" else value)
    cache.commit()
    entries = ClaimEntries(Cache(tmp_path / "cache"), annotations, hashed)
    assert entries.read(annotations.claims, {s.id: s for s in sources})[claim.id] == (k, None)
    assert entries.checked == {}
    writing = Cache(tmp_path / "cache", writable=True)
    assert link(sources, annotations, writing, hashed) == first
    writing.commit()
    (blob,) = Cache(tmp_path / "cache").get_many(CLAIM_KIND, [k]).values()
    assert isinstance(blob, bytes) and plain(marshal.loads(blob))


def stored_record(checked: CheckResult, tmp_path: Path) -> object:
    """The claim's Stored record, as an object (what an entry of kind claim-4 held, pickled)."""
    sources, annotations = checked.site.sources, checked.site.annotations
    entries = ClaimEntries(Cache(tmp_path / "other"), annotations, hashes(checked))
    _, _, made = link_module.link(sources, annotations, Cache(tmp_path / "other"), entries.read)
    return made[annotations.claims[0].id]
