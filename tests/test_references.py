"""The references of claims checked once the corpus is loaded (annotations/references.py), and what `serve`
keeps of them between builds: only the claims changed, or naming a source or reviewer that changed, are
checked again, and the problems are a fresh check's."""

import re
from pathlib import Path

import pytest

from conftest import copy_project
import idlibsite.annotations.references as references_module
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import CheckResult, check
from idlibsite.config import Config, load_config
from idlibsite.serve import watches

CLAIM = "claims/turkish-troops-in-idlib-illegal.yaml"
ACTOR = "dmitry-peskov"  # named by several claims, as their actor or a statement's speaker
REVIEWED = "claims/erkhov-turkey-to-blame-for-escalation.yaml"  # its verdict: polygraph-info, "Misleading"
CITED = "russia-denies-responsibility-2020-03-04"  # a source that CLAIM quotes


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Config, Cache, list[str]]:
    """A project checked once as `serve` checks it, with the claims whose references are checked recorded."""
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    checked: list[str] = []
    real = references_module.claim_references
    monkeypatch.setattr(references_module, "claim_references", lambda annotations, claim, ids, former:
                        checked.append(claim.id) or real(annotations, claim, ids, former))
    check(config, cache=cache)
    assert len(checked) > 10
    checked.clear()
    return config, cache, checked


def again(config: Config, cache: Cache, checked: list[str], *changed: Path) -> CheckResult:
    """Checked again in `serve` after ``changed`` were reported (``checked``: the claims it checks), compared
    with a fresh check."""
    fresh = check(config, cache=Cache(None))
    checked.clear()
    cache.changed({str(path) for path in changed})
    shown = check(config, cache=cache)
    assert shown.problems == fresh.problems
    return shown


def test_serve_checks_again_only_the_references_of_the_edited_claim(served, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The claims keep their ids and order: the edited one is found by position (in C), the others' problems
    are the last build's, not looked up by id one by one."""
    config, cache, checked = served
    positions: list[list[int] | None] = []  # the claims gone through by position, at each check
    real = references_module.References._positions
    monkeypatch.setattr(references_module.References, "_positions", lambda self, claims, again: (
        made := real(self, claims, again), positions.append(made))[0])
    path = config.root / CLAIM
    path.write_text(re.sub(r"(?m)^title: (.*)$", r"title: \1 (edited)", path.read_text("utf-8"), count=1), "utf-8")
    shown = again(config, cache, checked, path)
    assert checked == [path.stem]
    assert positions[-1] == [[c.id for c in shown.site.annotations.claims].index(path.stem)]
    again(config, cache, checked)
    assert checked == [] and positions[-1] == []


def test_an_edit_removing_an_actor_reports_every_claim_that_names_it(served) -> None:  # type: ignore[no-untyped-def]
    """Removed from actors.yaml only (the claim files not reported): each place a claim names it is
    reported, with its file, line and column, as a fresh check reports it."""
    config, cache, checked = served
    actors = config.claims / "actors.yaml"
    lines = actors.read_text("utf-8").splitlines(keepends=True)
    start = lines.index(f"  - id: {ACTOR}\n")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith(("  - id:", "  #")))
    actors.write_text("".join(lines[:start] + lines[end:]), "utf-8")
    shown = again(config, cache, checked, actors)
    named = {(f"claims/{p.name}", n) for p in config.claims.glob("*.yaml") if p.name != "actors.yaml"
             for n, line in enumerate(p.read_text("utf-8").splitlines(), 1) if re.search(rf"\b{ACTOR}\b", line)}
    assert len({path for path, _ in named}) >= 3
    reported = {(p.path, p.line): p for p in shown.errors if f"unknown actor id '{ACTOR}'" in p.message}
    assert reported.keys() == named
    assert all(p.column is not None and p.column > 0 for p in reported.values())


def test_a_reviewers_new_scale_and_a_removed_source_reach_the_claims_that_name_them(served) -> None:  # type: ignore[no-untyped-def]
    config, cache, checked = served
    actors = config.claims / "actors.yaml"
    text = actors.read_text("utf-8")
    actors.write_text(text.replace("    url: https://www.polygraph.info/\n",
                                   "    url: https://www.polygraph.info/\n    rating_scale: [False, True]\n"), "utf-8")
    shown = again(config, cache, checked, actors)
    assert [p.path for p in shown.errors if "is not on the rating scale of Polygraph.info" in p.message] == [REVIEWED]
    (sidecar,) = [p for p in config.corpus.glob("*.yaml") if f"id: {CITED}\n" in p.read_text("utf-8")]
    for path in (sidecar, sidecar.with_suffix(".txt")):
        path.unlink()
    shown = again(config, cache, checked, sidecar, sidecar.with_suffix(".txt"))
    citing = {c.id for c in shown.site.annotations.claims if any(s.source == CITED for s in c.statements)}
    assert citing and citing <= set(checked)
    assert {p.path for p in shown.errors if f"unknown source id '{CITED}'" in p.message} == \
           {f"claims/{c}.yaml" for c in citing}
