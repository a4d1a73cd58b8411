"""serve's shards of the search planned again from the pages that changed (site/shardsagain.py)."""

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from idlibsite.site import search
from idlibsite.site.search import plan_shards
from idlibsite.site.shardsagain import ShardsAgain

_PATHS = [f"claims/c{i}/index.html" for i in range(12)]
_indexed = st.dictionaries(st.sampled_from(_PATHS), st.sampled_from("abc"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(builds=st.lists(st.tuples(_indexed, st.sampled_from(("", "pagefind 1", "pagefind 2"))), min_size=1,
                       max_size=8))
def test_shards_planned_again_are_the_shards_planned_afresh(monkeypatch: pytest.MonkeyPatch,
                                                           builds: list[tuple[dict[str, str], str]]) -> None:
    """After any sequence of builds (pages added, removed, changed; another indexer; enough pages for
    several shards), the shards planned again are plan_shards' own."""
    monkeypatch.setattr(search, "PAGES_PER_SHARD", 3)  # 12 pages: up to 4 shards
    again = ShardsAgain()
    for indexed, indexer in builds:
        assert again.plan(indexed, indexer) == plan_shards(indexed, indexer)


def test_only_the_shards_of_pages_whose_sha_changed_are_keyed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the same pages indexed, only a shard one of whose pages' SHA-256 changed is keyed again: a
    kept shard (its key seeded stale here, to tell it apart) is taken as it is while its pages are
    the same, and never once one of them changed."""
    monkeypatch.setattr(search, "PAGES_PER_SHARD", 3)
    indexed = {path: hashlib.sha256(path.encode()).hexdigest() for path in _PATHS}
    again = ShardsAgain()
    first = again.plan(indexed)
    assert len(first) >= 3  # (one of the four may be empty)
    assert again.last is not None
    was, indexer, shards, numbers = again.last
    seeded = [search.Shard(s.folder, s.pages, f"stale {n}") for n, s in enumerate(shards)]
    again.last = was, indexer, seeded, numbers
    changed = {**indexed, first[1].pages[0]: "changed"}
    keyed: list[str] = []
    real = search.shard_key
    monkeypatch.setattr("idlibsite.site.shardsagain.shard_key", lambda *a: keyed.append(a[1]) or real(*a))
    made = again.plan(changed)
    assert keyed == [first[1].folder]  # one shard keyed again
    assert made == [seeded[0], plan_shards(changed)[1], *seeded[2:]]
