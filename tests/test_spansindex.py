"""The spans on each source stored (spansindex.py): a fresh check takes an unchanged source's coverage keys
as stored and goes through the spans shared only on the sources whose spans overlap, and reports what a
check without a cache reports."""

import marshal
import re
from pathlib import Path

import pytest

from conftest import copy_project
from idlibsite import check as check_module, meaning as meaning_module
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import CheckResult, check
from idlibsite.config import load_config
from idlibsite.spansindex import INDEX_KIND, SpansIndex
from idlibsite.cache import keyer


def _generated(root: Path) -> Path:
    from bench.scale.generate import generate

    generate(root, 12, 3, 20200213)
    return root


def fresh_check(project: Path) -> CheckResult:
    """A check as a process that builds once makes it, storing what it found (as a build does)."""
    cache = Cache(project / CACHE_DIR, writable=True, remember=False)
    checked = check(load_config(project), cache=cache)
    cache.commit()
    return checked


def reference(project: Path) -> CheckResult:
    """A check with no cache (no index: every source's spans grouped from the quotes)."""
    return check(load_config(project), cache=Cache(None))


def keyed(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The ids of the sources whose blocks' ranges, coverage key and spans shared are made from now on."""
    calls: dict[str, list[str]] = {"ranges": [], "covered": [], "shared": []}
    ranges, covered, shared = check_module.ranges_and_key, check_module._covered_key, meaning_module._shared_spans
    monkeypatch.setattr(check_module, "ranges_and_key", lambda source: calls["ranges"].append(source.id)
                        or ranges(source))
    monkeypatch.setattr(check_module, "_covered_key", lambda cache, source, *a: calls["covered"].append(source.id)
                        or covered(cache, source, *a))
    monkeypatch.setattr(meaning_module, "_shared_spans", lambda quotes, speakers: calls["shared"].append(
        {q.source.id for q in quotes}.pop()) or shared(quotes, speakers))  # (the quotes of one source)
    return calls


def spans_by_source(checked: CheckResult) -> dict[str, tuple[tuple[int, int], ...]]:
    return {s: tuple((span.start, span.end) for q in quotes for span in q.anchor.spans)
            for s, quotes in checked.site.quotes_by_source.items()}


def claim_files(project: Path) -> list[Path]:
    return sorted(p for p in (project / "claims").glob("*.yaml") if p.name not in ("actors.yaml", "topics.yaml"))


def same(a: CheckResult, b: CheckResult) -> bool:
    return (list(a.problems), a.coverage) == (list(b.problems), b.coverage)


def test_a_fresh_check_takes_an_unchanged_sources_keys_as_stored_and_keys_again_only_the_sources_an_edit_moved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a title edit no source is keyed again (nor its blocks gone through); after a claim is deleted,
    exactly the sources it quoted; each check reports what a check without a cache does, and the index's
    spans are those grouped from the quotes."""
    project = _generated(tmp_path / "p")
    first = fresh_check(project)
    assert same(first, reference(project))
    made: list[SpansIndex | None] = []
    of = SpansIndex.of.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(SpansIndex, "of", classmethod(lambda cls, *a: made.append(of(cls, *a)) or made[-1]))
    calls = keyed(monkeypatch)
    claim = claim_files(project)[3]
    claim.write_text(re.sub(r"^title: (.*)$", r"title: \1 (edited)", claim.read_text("utf-8"), count=1, flags=re.M),
                     "utf-8")
    edited = fresh_check(project)
    assert calls["ranges"] == calls["covered"] == []
    assert same(edited, reference(project))
    index = made[-1]
    assert index is not None and index.spans == spans_by_source(edited)
    quoted = {q.source.id for q in edited.site.quotes if q.claim.path == claim.relative_to(project).as_posix()}
    others = {q.source.id for q in edited.site.quotes} - quoted
    assert quoted and others  # (sources it quotes, and sources it does not)
    claim.unlink()
    for each in calls.values():
        each.clear()  # (the check without a cache keys every source)
    after = fresh_check(project)
    assert sorted(calls["covered"]) == sorted(quoted) and calls["ranges"] == []  # (the passages' keys as stored)
    assert same(after, reference(project))
    assert made[-1] is not None and made[-1].spans == spans_by_source(after)
    calls["covered"].clear()
    put: list[str] = []
    real_put = Cache.put
    monkeypatch.setattr(Cache, "put", lambda self, kind, *a: put.append(kind) or real_put(self, kind, *a))
    assert same(fresh_check(project), after) and calls["covered"] == []  # stored again at the last commit
    assert INDEX_KIND not in put  # no claim changed since: the index stored is the one read (only used)
    assert same(fresh_check(project), after) and calls["covered"] == []  # and it is still there


def test_words_given_to_both_sides_are_found_where_spans_overlap_and_no_other_source_is_gone_through(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement's words copied on the other side of its claim: a fresh check warns of it as a check
    without a cache does, and looks for spans shared only on the sources whose spans overlap."""
    project = _generated(tmp_path / "p")
    claim = claim_files(project)[5]
    text = claim.read_text("utf-8")
    first = text.split("\n  - id: ")[1].split("\n\n")[0]
    side = re.search(r"^    side: (\w+)$", first, re.M)
    assert side is not None
    copy = first.replace(first.split("\n")[0], first.split("\n")[0] + "-copy", 1).replace(
        f"side: {side[1]}", "side: counter" if side[1] == "assertion" else "side: assertion")
    claim.write_text(text.rstrip("\n") + "\n\n  - id: " + copy + "\n", "utf-8")
    fresh_check(project)
    calls = keyed(monkeypatch)
    again = fresh_check(project)
    gone_through = sorted(calls["shared"])
    expected = reference(project)  # (which goes through every source)
    assert same(again, expected)
    assert any("the same words are on the" in p.message for p in again.problems)
    overlapping = {s for s, spans in spans_by_source(expected).items()
                   if any(b[0] < a[1] for a, b in zip(sorted(spans), sorted(spans)[1:]))}
    assert gone_through == sorted(overlapping) and len(overlapping) < len(expected.site.sources)


@pytest.mark.parametrize("stored", [b"not marshal", marshal.dumps({}), marshal.dumps((1, 2)),
                                    marshal.dumps(((1, 2, 3, 4, 5), {})), marshal.dumps(((), {})), ["a list"]])
def test_an_index_of_another_layout_is_read_as_none_and_stored_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stored: object) -> None:
    project = _generated(tmp_path / "p")
    fresh_check(project)
    cache = Cache(project / CACHE_DIR, writable=True, remember=False)
    cache.put(INDEX_KIND, keyer(INDEX_KIND)("index"), stored)
    cache.commit()
    calls = keyed(monkeypatch)
    checked = fresh_check(project)
    assert sorted(calls["ranges"]) == sorted(s.id for s in checked.site.sources)  # every source keyed again
    assert same(checked, reference(project))
    calls["ranges"].clear()
    assert same(fresh_check(project), checked) and calls["ranges"] == []  # and the index stored again


def test_a_sources_sidecar_edited_makes_its_keys_again_and_its_coverage_is_a_fresh_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sidecar's ``not_listed`` entries dropped (its article, path and spans the same): the source is keyed
    again, and what coverage reports of it is what a check without a cache reports."""
    project = copy_project(tmp_path / "p")
    first = fresh_check(project)
    sidecar = project / "corpus" / "000_276d7aa238f4392f.yaml"  # (russia-denies-responsibility-2020-03-04)
    assert "not_listed:" in sidecar.read_text("utf-8")
    sidecar.write_text(sidecar.read_text("utf-8").split("not_listed:")[0], "utf-8")
    calls = keyed(monkeypatch)
    after = fresh_check(project)
    assert calls["covered"] == ["russia-denies-responsibility-2020-03-04"]
    assert same(after, reference(project)) and not same(after, first)
