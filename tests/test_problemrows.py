"""A check's problems kept packed until read (problemrows.py): in order, and never made for an unchanged
source's stored warnings in a fresh build."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import idlibsite.check as check_module
import idlibsite.pickled
import idlibsite.problemrows as problemrows
from idlibsite.check import check
from idlibsite.cli import WARNINGS_SHOWN, main
from idlibsite.config import load_config
from idlibsite.errors import Problem
from idlibsite.problemrows import ROW, Run, errors_of, merged, merged_again, run_of

_problems = st.builds(Problem, st.sampled_from(["a.yaml", "b.txt", "b.txt~", "c.txt", "corpus/d.txt"]),
                      st.one_of(st.none(), st.integers(1, 4)), st.one_of(st.none(), st.integers(1, 3)),
                      st.sampled_from(["m", "n"]), st.sampled_from(["", "h"]), st.sampled_from(["error", "warning"]))


@settings(max_examples=300)
@given(st.lists(_problems, max_size=30), st.lists(st.lists(_problems, max_size=6), max_size=5),
       st.lists(st.integers(0, 40), max_size=6))
def test_problems_and_runs_merged_read_as_all_of_them_sorted(loose: list[Problem], grouped: list[list[Problem]],
                                                             at: list[int]) -> None:
    """Runs of one path (some of a path another run or a loose problem names, some of none, some of two
    paths) placed among the loose problems read as a full sort of all of them: whole, by index, sliced,
    their errors, packed again, and equal to the sorted tuple."""
    runs = [run_of(g) for g in grouped]
    every = sorted([*loose, *(p for g in grouped for p in g)], key=Problem.sort_key)
    made = merged(loose, runs)
    assert list(made) == every and len(made) == len(every) and made == tuple(every) and tuple(every) == made
    assert [made[i] for i in range(-len(every), len(every))] == every + every and made[:3] == tuple(every[:3])
    assert all(made[i:j] == tuple(every[i:j]) for i in at for j in at) and made[::-1] == tuple(every[::-1])
    assert made.errors() == errors_of(every) == tuple(p for p in every if p.severity == "error")
    assert made.packed(2) == made and all(isinstance(p, Run) for p in made.packed(2).parts)
    with pytest.raises(IndexError):
        made[len(every)]  # noqa: B018


@settings(max_examples=300)
@given(st.lists(_problems, max_size=20), st.lists(st.lists(_problems, min_size=1, max_size=6), max_size=6),
       st.lists(st.tuples(st.integers(0, 5), st.lists(_problems, max_size=4), st.booleans()), max_size=3),
       st.booleans())
def test_a_merge_made_again_with_runs_replaced_equals_a_merge_of_the_new_runs(
        loose: list[Problem], grouped: list[list[Problem]], replaced: list[tuple[int, list[Problem], bool]],
        loose_changed: bool) -> None:
    """serve: the last merge with some runs replaced by others (of their path or not, empty or not) is made
    again from it only while the loose problems are the very objects and each run replaced is one of a path
    placed whole, by one of that path; then it equals the merge of the new runs, part for part; else None."""
    runs = [run_of(g) for g in grouped]
    last = merged(loose, runs)
    now = list(runs)
    for at, problems, its_path in replaced:  # (its_path: the new run's problems moved to the old run's path)
        if at < len(now):
            path = runs[at].path
            now[at] = run_of([Problem(path, *ROW(p)[1:]) for p in problems] if its_path and path else problems)
    loose_now = [*loose[:-1], Problem(*ROW(loose[-1]))] if loose_changed and loose else loose
    again = merged_again(last, loose_now, now, (loose, runs))
    whole = {part.path for part in last.parts if isinstance(part, Run)}
    changed = [i for i, (a, b) in enumerate(zip(runs, now)) if a is not b]
    if loose_now is not loose or any(now[i].path != runs[i].path or now[i].path not in whole for i in changed):
        assert again is None or not changed and loose_now is loose
        return
    assert again is not None and again.parts == merged(loose, now).parts and again == merged(loose, now)
    assert len(again) == len(merged(loose, now)) and list(again) == list(merged(loose, now))


def test_a_merge_made_again_joins_anew_the_runs_of_a_path_one_of_which_was_replaced() -> None:
    """A claim's runs of linking and of meaning, one of them replaced (the claim edited): its place holds
    the two joined again, the other runs are the very objects; a run moved to another path is not put in
    place (None)."""
    def run(path: str, *lines: int) -> Run:
        return run_of([Problem(path, line, 1, "m", "", "warning") for line in lines])

    loose, runs = [Problem("c.txt", 1, 1, "n")], [run("a.yaml", 2, 9), run("b.txt", 1), run("a.yaml", 5)]
    last = merged(loose, runs)
    now = [runs[0], runs[1], run("a.yaml", 4, 7)]
    again = merged_again(last, loose, now, (loose, runs))
    assert again is not None and again.parts == merged(loose, now).parts and again.parts[1] is runs[1]
    assert [p.line for p in again] == [2, 4, 7, 9, 1, 1]
    # the places of the runs by path, found once and handed on while each place keeps its path: a merge made
    # again from ``again`` does not go over every part to find them
    assert again.placed() is last.placed() == merged(loose, now).placed()
    assert last.replaced({1: run("d.txt", 4)}).placed() == {"a.yaml": 0, "d.txt": 1}
    assert merged_again(last, loose, [runs[0], runs[1], run("d.txt", 4)], (loose, runs)) is None
    assert merged_again(last, loose, runs, (loose, runs)) is last


def test_a_run_whose_path_nothing_else_names_is_placed_whole_and_not_unpacked() -> None:
    """A run of one path no other problem names stays packed where it goes; one whose path a loose problem
    names is made into Problems and sorted with them; a run without errors is not unpacked for them."""
    alone = run_of([Problem("b.txt", 3, 1, "m", "", "warning"), Problem("b.txt", 1, 1, "m", "", "warning")])
    shared = run_of([Problem("c.txt", 2, 1, "m", "", "warning")])
    loose = [Problem("c.txt", 1, 1, "n", "", "error"), Problem("a.yaml", None, None, "m")]
    made = merged(loose, [alone, shared])
    assert made.parts == ((loose[1],), alone, (loose[0], *shared.problems()))
    assert alone.path == "b.txt" and (alone.count, alone.errors) == (2, 0) and made.errors() == tuple(loose[::-1])


def test_runs_of_one_path_that_no_loose_problem_names_are_joined_as_rows_without_a_problem_made(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim's runs of linking and of meaning (one path) are joined into one run in place, sorted, and
    no Problem is made to join them; with a loose problem of their path, both are unpacked and sorted."""
    linking = run_of([Problem("a.yaml", 9, 1, "m", "", "warning"), Problem("a.yaml", 2, 1, "m", "", "error")])
    meaning = run_of([Problem("a.yaml", 5, 1, "n", "", "warning")])
    loose = [Problem("b.txt", 1, 1, "m")]
    every = sorted([*linking.problems(), *meaning.problems(), *loose], key=Problem.sort_key)
    made = _made(monkeypatch)
    joined = merged(loose, [linking, meaning])
    assert made == [] and len(joined.parts) == 2 and isinstance(joined.parts[0], Run)
    assert (joined.parts[0].path, joined.parts[0].count, joined.parts[0].errors) == ("a.yaml", 3, 1)
    assert list(joined) == every
    named = [*loose, Problem("a.yaml", 1, 1, "o")]
    assert merged(named, [linking, meaning]).parts == (tuple(sorted([*every, named[1]], key=Problem.sort_key)),)


def _generated(root: Path) -> Path:
    from bench.scale.generate import generate

    generate(root, 12, 3, 20200213)
    return root


def _made(monkeypatch: pytest.MonkeyPatch) -> list[Problem]:
    """Every Problem made from now on: by its ``__init__``, or restored from the cache (pickled.py)."""
    made: list[Problem] = []
    init, restore = Problem.__init__, idlibsite.pickled._maker(Problem)

    def making(self: Problem, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        made.append(self)

    def restoring(values: tuple[Any, ...]) -> object:
        value = restore(values)
        made.append(value)
        return value

    monkeypatch.setattr(Problem, "__init__", making)
    monkeypatch.setitem(idlibsite.pickled._MAKERS, Problem, restoring)  # what pickled._restore calls
    return made


def _toggled(project: Path) -> None:
    """The title of one claim changed (as bench.fresh edits)."""
    claim = sorted((project / "claims").glob("*.yaml"))[3]
    text = claim.read_text("utf-8")
    line = next(line for line in text.splitlines() if line.startswith("title:"))
    claim.write_text(text.replace(line, line + " (toggled)", 1), "utf-8")


def _printed(capsys: pytest.CaptureFixture[str], run: Callable[[], int]) -> str:
    capsys.readouterr()
    assert run() == 0
    return capsys.readouterr().err


def test_a_fresh_build_after_an_edit_makes_no_problem_of_the_sources_stored_warnings_and_prints_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    project = _generated(tmp_path / "project")
    assert main(["--root", str(project), "build", "-q"]) == 0  # the cache filled
    _toggled(project)
    every = check(load_config(project), cache=None)  # (its own: the cache read only)
    covered = [p for p in every.problems if "not covered by any statement" in p.message]
    assert len(covered) > 2 * WARNINGS_SHOWN  # most of the project's problems: a source's warnings
    made = _made(monkeypatch)
    assert main(["--root", str(project), "build", "-q"]) == 0  # a fresh build after the edit: nothing printed
    assert not [p for p in made if "not covered by any statement" in p.message]
    # printed as a full build prints them: the first ones, then all of them with -v
    full = tmp_path / "full"
    for name in ("claims", "corpus"):
        shutil.copytree(project / name, full / name)
    shutil.copy(project / "pyproject.toml", full / "pyproject.toml")
    _toggled(project)
    _toggled(full)
    for flags in ([], ["-v"]):
        made.clear()
        fresh = _printed(capsys, lambda: main(["--root", str(project), "build", *flags]))
        assert len([p for p in made if "not covered by any statement" in p.message]) <= (
            len(covered) if flags else WARNINGS_SHOWN)  # made only to be printed
        whole = _printed(capsys, lambda: main(["--root", str(full), "build", "--full", *flags]))
        assert fresh.replace(str(project), "") == whole.replace(str(full), "")
        assert fresh.count("not covered by any statement") == len(covered) or not flags


def test_a_fresh_build_after_an_edit_makes_no_problem_of_the_unchanged_claims_stored_problems(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each claim's problems of linking and of its checks of meaning (anchoring/link.py, meaning.py) are
    stored as one packed run each and joined as rows: a fresh build after one claim's edit makes a
    Problem of no other claim's, though the project has both kinds, nor joins their runs again (their
    rows joined are stored in the claim's entry), and they read as a fresh check's."""
    project = _generated(tmp_path / "project")
    assert main(["--root", str(project), "build", "-q"]) == 0  # the cache filled
    _toggled(project)
    every = check(load_config(project), cache=None)  # (its own: the cache read only)
    edited = str(sorted((project / "claims").glob("*.yaml"))[3].relative_to(project))
    others = {c.path for c in every.site.annotations.claims} - {edited}  # the unchanged claims' files
    claims = [p for p in every.problems if p.path in others]
    assert any("approximately" in p.message for p in claims) and any("counter_assertion" in p.message for p in claims)
    assert len({p.path for p in claims}) > 4  # several claims' problems, of linking and of meaning
    both = {p.path for p in claims if "anchored" in p.message} & {p.path for p in claims if "anchored" not in p.message}
    assert both  # a claim with problems of both: its two runs are joined as stored in its entry (claimentries.py)
    made = _made(monkeypatch)
    joined: list[str | None] = []
    monkeypatch.setattr(check_module, "joined", lambda runs: joined.append(runs[0].path) or problemrows.joined(runs))
    assert main(["--root", str(project), "build", "-q"]) == 0  # a fresh build after the edit: nothing printed
    assert not [p for p in made if p.path in others] and not [path for path in joined if path in others]
    made.clear()
    assert check(load_config(project)).problems == every.problems  # a fresh check, as a check with no cache
