"""A build that runs once holds its check's problems and lock entries packed while it renders (held.py)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import idlibsite.build
from conftest import copy_project
from idlibsite import held as held_module
from idlibsite.anchoring.lock import LOCK_NAME, Rows, lock_written, read_lock
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import CheckResult, check
from idlibsite.config import load_config
from idlibsite.errors import Problem
from idlibsite.held import held
from idlibsite.problemrows import Run


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project built once (a lock to read and compare), with warnings: an alias that
    names two actors, and a source's passage no longer answered by its sidecar's not_listed (a source's
    warnings, kept packed)."""
    project = copy_project(tmp_path_factory.mktemp("held"))
    sidecar = next(p for p in sorted((project / "corpus").glob("*.yaml")) if "not_listed:" in p.read_text("utf-8"))
    sidecar.write_text(sidecar.read_text("utf-8").split("not_listed:")[0], "utf-8")
    actors = project / "claims" / "actors.yaml"
    text = actors.read_text("utf-8")
    assert text.count("      - Putin\n") == 1
    actors.write_text(text.replace("      - Putin\n", "      - Putin\n      - Dmitry Peskov\n"), "utf-8")
    build(load_config(project))
    return project


def test_what_is_held_packed_is_made_again_equal(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checked = replace(check(load_config(project)), locked_rows=None)  # (an unchanged lock is held as its rows: below)
    assert checked.problems and checked.spans and checked.locked  # each of the three is packed
    parts = {}
    for rows in (2, 4096):  # many chunks, then one
        monkeypatch.setattr(held_module, "ROWS", rows)
        light, packed = held(checked)
        assert (light.problems, light.spans, light.locked) == ((), {}, {})
        assert light.site is checked.site and light.versions is checked.versions
        assert (len(packed.spans) > 1) == (rows == 2)
        # every problem packed: those the check kept packed (a source's warnings) as they were, the others
        # ``rows`` at a time
        assert all(isinstance(part, Run) for part in packed.problems.parts)
        parts[rows] = len(packed.problems.parts)
        again = packed.checked(light, packed.lock())
        assert again == checked and [type(p) for p in again.problems] == [type(p) for p in checked.problems]
        assert list(again.problems) == list(checked.problems)
    assert parts[2] > parts[4096]


def _watched(monkeypatch: pytest.MonkeyPatch) -> tuple[list[CheckResult], list[int]]:
    """The check's results of each build, and how many of their problems are alive when it renders."""
    checked: list[CheckResult] = []
    made: set[int] = set()  # the id of each problem of a check (a Problem takes no weak reference)
    alive: list[int] = []
    real_check, real_render = idlibsite.build.check, idlibsite.build.render

    def checking(*args: Any, **kwargs: Any) -> CheckResult:
        result = real_check(*args, **kwargs)
        # the problems it holds as objects (those of a packed run are made only when read)
        made.update(id(p) for part in result.problems.parts if not isinstance(part, Run) for p in part)
        return result

    def rendering(*args: Any, **kwargs: Any) -> Any:
        gc.collect()
        alive.append(sum(type(o) is Problem and id(o) in made for o in gc.get_objects()))
        return real_render(*args, **kwargs)

    monkeypatch.setattr(idlibsite.build, "check", checking)
    monkeypatch.setattr(idlibsite.build, "render", rendering)
    return checked, alive


@pytest.mark.parametrize("cache", [None, lambda project: Cache(project / CACHE_DIR, writable=True)])
def test_a_build_that_runs_once_holds_no_problem_of_its_check_while_it_renders(
        project: Path, monkeypatch: pytest.MonkeyPatch, cache: Callable[[Path], Cache] | None) -> None:
    expected = check(load_config(project))
    _, alive = _watched(monkeypatch)
    result = build(load_config(project), full=True, cache=cache and cache(project))
    assert result.checked.problems == expected.problems and len(alive) == 1
    # a process that builds once packs them (its own cache); one that builds again keeps them as they are
    objects = sum(len(part) for part in expected.problems.parts if not isinstance(part, Run))
    assert alive[0] == (0 if cache is None else objects) and objects
    assert objects < len(expected.problems)  # the sources' warnings stay packed in every build
    assert result.checked.spans == expected.spans == read_lock(project / "claims" / LOCK_NAME)
    assert result.checked.locked == expected.locked


def test_the_lock_as_read_is_held_as_the_new_entries_it_shares(project: Path) -> None:
    """An entry of the lock as read that the check holds as the very new entry of its key (check._shared)
    is packed as its key alone and made again as that new entry; any other is packed and made whole."""
    checked = check(load_config(project))
    assert all(checked.locked[k] is e for k, e in checked.spans.items())  # a build after a build: all shared
    first, second, third = list(checked.spans)[:3]
    was = checked.spans[second]
    locked = {**checked.locked, first: replace(checked.spans[first]),  # equal, another object
              second: replace(was, parts=((0, 4, "else"),)),  # changed since
              "gone/verdict": replace(was, quote="no longer typed")}  # not anchored now
    del locked[third]  # a statement added since
    light, packed = held(replace(checked, locked=locked))
    whole, alone = held(replace(checked, locked={}))[1].spans, held(replace(checked, locked_rows=None))[1].locked
    assert sum(map(len, alone)) < sum(map(len, whole)) // 4  # each shared entry as its key alone
    spans, again = packed.lock()
    assert spans == checked.spans and again == locked and list(again) == list(locked)
    assert [k for k, e in again.items() if spans.get(k) is e] == [k for k, e in locked.items()
                                                                   if checked.spans.get(k) is e]
    assert again[second] != spans[second] and again[first] is not spans[first]


def test_a_lock_unchanged_is_held_as_the_rows_it_was_read_from(project: Path) -> None:
    """A check whose new entries are the lock as read (a build after a build) holds the lock as the rows the
    cache gave the check (none packed); at the end both maps are one map of those rows, the lock not compared
    entry by entry nor written, its entries made only when read, equal in the order read; with one new entry
    changed, the lock is packed as before."""
    checked = check(load_config(project))
    assert checked.locked_rows is not None and checked.spans == checked.locked
    light, packed = held(checked)
    assert (packed.spans, packed.locked) == ((), ()) and packed.rows is checked.locked_rows
    spans, again = packed.lock()
    assert spans is again and isinstance(spans, Rows) and spans.made is None  # one map, no entry made yet
    with lock_written(project / "claims" / LOCK_NAME, spans, again) as written:  # the very lock: not compared
        assert not written and spans.made is None
    assert spans == checked.spans and again == checked.locked and list(again) == list(checked.locked)
    assert packed.checked(light, (spans, again)) == checked
    first = next(iter(checked.spans))
    changed = {**checked.spans, first: replace(checked.spans[first], parts=((0, 4, "else"),))}
    _, whole = held(replace(checked, spans=changed))
    assert whole.rows is None and whole.spans and whole.lock() == (changed, checked.locked)
