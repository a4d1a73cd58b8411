"""check.py: what a fresh process takes whole from the cache (each source's coverage), and only while
everything it was found from is the same."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from conftest import copy_project
import idlibsite.filestats as filestats
from idlibsite import check as check_module
from idlibsite import paragraphs, quotedpassages
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import CheckResult, check
from idlibsite.config import load_config
from idlibsite.errors import Problem
from idlibsite.serve import watches
from idlibsite.sources.records import Source

CLAIM = "claims/militants-block-humanitarian-corridors.yaml"
SAID = b"\nThe minister said the talks had failed.\n"  # reported speech that no statement quotes


def fresh_check(project: Path) -> CheckResult:
    """A check as a new process makes it, storing what it found (as a build does)."""
    cache = Cache(project / CACHE_DIR, writable=True, remember=False)
    checked = check(load_config(project), cache=cache)
    cache.commit()
    return checked


def uncovered_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the sources whose passages coverage finds uncovered anew (not taken from the cache)."""
    calls: list[str] = []
    real = check_module._uncovered

    def counted(source: Source, *args: object) -> object:
        calls.append(source.id)
        return real(source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(check_module, "_uncovered", counted)
    return calls


def test_a_fresh_check_takes_each_sources_coverage_whole_and_reads_no_passages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "p")
    article = next(project.glob("corpus/*.txt"))
    article.write_bytes(article.read_bytes() + SAID)
    first = fresh_check(project)
    assert any("not covered by any statement: 'The minister said" in p.message for p in first.problems)
    calls = uncovered_calls(monkeypatch)
    read: list[str] = []
    real_of = quotedpassages.Passages.of
    monkeypatch.setattr(quotedpassages.Passages, "of", lambda self, source, *a: read.append(source.id)
                        or real_of(self, source, *a))
    again = fresh_check(project)
    assert (again.problems, again.coverage) == (first.problems, first.coverage)
    assert calls == [] and read == []  # nor the passages, which only a statement checked anew reads


def test_a_source_whose_spans_or_bytes_changed_is_covered_anew_as_with_no_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim deleted takes its statements' spans off its sources; an article's bytes changed: those
    sources' coverage is found again, the same as a check with an empty cache finds it."""
    project = copy_project(tmp_path / "p")
    first = fresh_check(project)
    deleted = check(load_config(project), cache=Cache(None))
    quoted = {q.source.id for q in deleted.site.quotes if q.claim.path == CLAIM}
    (project / CLAIM).unlink()
    calls = uncovered_calls(monkeypatch)
    after = fresh_check(project)
    assert sorted(calls) == sorted(quoted) and quoted
    empty = check(load_config(project), cache=Cache(None))
    assert (after.problems, after.coverage) == (empty.problems, empty.coverage) != (first.problems, first.coverage)
    article = next(project.glob("corpus/*.txt"))
    article.write_bytes(article.read_bytes() + SAID)
    calls.clear()
    changed = fresh_check(project)
    assert calls == [s.id for s in changed.site.sources if s.path.endswith(article.name)]
    empty = check(load_config(project), cache=Cache(None))
    assert (changed.problems, changed.coverage) == (empty.problems, empty.coverage)
    assert any("not covered by any statement: 'The minister said" in p.message for p in changed.problems)


def test_corpus_files_known_by_their_stat_are_not_read_and_a_changed_one_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As claim files (filestats.py): a build reads no article or sidecar whose stat is the recorded one
    (the cached source holds the article's bytes), and reads a changed one, whose change it shows."""
    monkeypatch.setattr(filestats, "RACY_NS", 0)  # as if the files were written long before the build
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    reads: list[str] = []
    real = Cache.read
    monkeypatch.setattr(Cache, "read", lambda self, path, root, shown, keep=True: reads.append(shown)
                        or real(self, path, root, shown, keep=keep))
    build(load_config(project))
    assert [r for r in reads if r.startswith("corpus/") and r.endswith((".txt", ".yaml"))] == []
    sidecar = next(project.glob("corpus/*.yaml"))
    sidecar.write_bytes(sidecar.read_bytes().replace(b"\noutlet: ", b"\noutlet: The Other "))
    reads.clear()
    made = build(load_config(project))
    assert sorted(r for r in reads if r.startswith("corpus/") and r.endswith((".txt", ".yaml"))) == \
        [f"corpus/{sidecar.with_suffix('.txt').name}", f"corpus/{sidecar.name}"]  # parsed again: both read
    (shown,) = [s for s in made.checked.site.sources if s.path == f"corpus/{sidecar.with_suffix('.txt').name}"]
    assert shown.meta.outlet.startswith("The Other ")
    assert (project / "site" / "sources" / shown.id / "article.txt").read_bytes() == \
        sidecar.with_suffix(".txt").read_bytes()


def test_a_fresh_check_takes_each_claims_checks_of_meaning_whole_until_a_sidecar_it_reads_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No statement is keyed (its paragraph found in its source's blocks) while the claim file and the
    bytes, sidecar and outlet of its sources are the same; a sidecar edited (its outlet, which the checks
    read) makes the claims quoting that source checked again, as with no cache."""
    project = copy_project(tmp_path / "p")
    first = fresh_check(project)
    keyed: list[str] = []
    real = paragraphs.Bounds.first
    monkeypatch.setattr(paragraphs.Bounds, "first", lambda self, quote: keyed.append(quote.claim.id)
                        or real(self, quote))
    again = fresh_check(project)
    assert again.problems == first.problems and keyed == []
    source = first.site.sources[0]
    sidecar = project / source.path.replace(".txt", ".yaml")
    sidecar.write_bytes(sidecar.read_bytes().replace(b"\noutlet: ", b"\noutlet: The Other "))
    changed = fresh_check(project)
    assert set(keyed) == {q.claim.id for q in first.site.quotes_by_source[source.id]} != set()
    assert changed.problems == check(load_config(project), cache=Cache(None)).problems


def test_serve_keys_the_coverage_of_only_the_sources_whose_statements_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that checks again (serve) takes each source's coverage as the last check found it while
    the source and its statements are the same objects: after one claim's title is edited (its
    statements are made again), only the sources they quote are keyed again, none after no change; what
    it reports is a fresh check's."""
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    check(config, cache=cache)
    cache.commit()
    keyed: list[str] = []
    real = check_module._covered_key
    monkeypatch.setattr(check_module, "_covered_key", lambda cache, source, quotes, k: keyed.append(source.id)
                        or real(cache, source, quotes, k))
    cache.changed(set())
    check(config, cache=cache)
    cache.commit()
    assert keyed == []
    claim = project / CLAIM
    claim.write_text(re.sub(r"^title: (.*)$", r"title: \1 (edited)", claim.read_text("utf-8"), count=1,
                            flags=re.M), "utf-8")
    cache.changed({str(claim)})
    edited = check(config, cache=cache)
    quoted = {q.source.id for q in edited.site.quotes if q.claim.path == CLAIM}
    assert sorted(keyed) == sorted(quoted) and 0 < len(quoted) < len(edited.site.sources)
    fresh = check(config, cache=Cache(None))
    assert (edited.problems, edited.coverage) == (fresh.problems, fresh.coverage)


def test_serve_sorts_only_the_problems_found_anew_and_gives_a_full_sorts_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A check that sorts again (serve's Cache) puts only the problems it has not held before in place,
    and its order is a full sort's: after some go and some come (one of the same key as a kept one,
    one whose key ties with a different problem's: a line of 0 sorts as none), and when every one is new."""
    cache = Cache(None, keep_reads=lambda path: True)
    problems = [Problem(f"claims/c{i % 7}.yaml", i % 5 or None, i % 3 or None, f"m{i}", "h", "warning")
                for i in range(200)]
    assert check_module._sorted(problems, cache) == tuple(sorted(problems, key=Problem.sort_key))
    cache.commit()
    keyed: list[Problem] = []
    real = Problem.sort_key
    monkeypatch.setattr(Problem, "sort_key", lambda self: keyed.append(self) or real(self))
    now = [*problems[3:150], Problem("claims/c2.yaml", 4, 1, "new", "h", "warning"), *problems[151:],
           Problem(problems[40].path, problems[40].line, problems[40].column, "m40", "h", "warning")]
    assert check_module._sorted(now, cache) == tuple(sorted(now, key=real))
    assert 0 < len(keyed) < len(now) / 2  # bisected in, not sorted
    cache.commit()
    keyed.clear()
    assert check_module._sorted(now, cache) == tuple(sorted(now, key=real)) and keyed == []  # nothing new
    cache.commit()
    tie = [Problem("claims/c5.yaml", 0, 2, "m5", "h", "warning"), *now]  # problems[5]'s key (its line None)
    assert check_module._sorted(tie, cache) == tuple(sorted(tie, key=real))
    cache.commit()
    every = [Problem(p.path, p.line, p.column, p.message, p.hint, p.severity) for p in reversed(tie)]
    assert check_module._sorted(every, cache) == tuple(sorted(every, key=real))
    cache.commit()
    twice = [every[3], every[3], every[1]]
    assert check_module._sorted(twice, cache) == tuple(sorted(twice, key=real))
    cache.commit()  # after one problem twice, none of those is taken for held
    assert check_module._sorted([every[2]], cache) == (every[2],)


_POOL = [Problem(f"claims/c{i % 2}.yaml", (None, 0, 1)[i % 3], (None, 0)[i // 3 % 2], f"m{i % 4}", "h", "warning")
         for i in range(40)]
"""Problems of few keys: ties of key between different problems (a line or column of 0 sorts as none)."""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, len(_POOL) - 1), st.booleans()), max_size=60),
                min_size=1, max_size=8))
def test_serve_sorting_again_always_gives_a_full_sorts_order(rounds: list[list[tuple[int, bool]]]) -> None:
    """Whatever problems come and go between checks (the same objects held, equal copies made anew,
    one object twice, keys tied), the problems serve sorts again are in a full sort's order."""
    cache = Cache(None, keep_reads=lambda path: True)
    for picks in rounds:
        problems = [_POOL[i] if held else Problem(*_fields(_POOL[i])) for i, held in picks]
        assert check_module._sorted(problems, cache) == tuple(sorted(problems, key=Problem.sort_key))
        cache.commit()


def test_a_process_imports_the_passage_finders_only_to_find_passages() -> None:
    """A fresh build whose sources' passages are all stored never finds a passage: ``idlibsite``'s command,
    build and check import neither sources/statements.py nor the parsers it imports (~0.3 s a process);
    quotedpassages.py imports it where a source's passages are not stored."""
    loaded = subprocess.run([sys.executable, "-c", "import sys, idlibsite.cli, idlibsite.build, idlibsite.check; "
                             "print([m for m in ('idlibsite.sources.statements', 'idlibsite.sources.turns', "
                             "'idlibsite.sources.headed') if m in sys.modules])"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


def _fields(p: Problem) -> tuple[str, int | None, int | None, str, str, str]:
    return p.path, p.line, p.column, p.message, p.hint, p.severity
