"""The package has the shape of its pipeline: one sub-package per stage, imports only backwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "idlibsite"
# The stages of build(), in order; a stage may import the stages before it.
STAGES = ("sources", "annotations", "anchoring", "site", "output")
# Top-level modules every stage may use; they import only each other.
HELPERS = ("cache", "config", "dates", "errors", "filestats", "formerids", "keptreads", "keys", "memo", "pickled",
           "problemrows", "progress", "projectfiles", "schema", "scratch", "sqlitefile", "yamlpos")
MAX_LINES = 400


def rank(module: str) -> int:
    """0 for a helper, 1.. for a stage, len(STAGES) + 1 for the commands at the top."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in STAGES:
        return STAGES.index(parts[1]) + 1
    if module == "idlibsite" or parts[-1] in HELPERS:  # the package itself holds only __version__
        return 0
    return len(STAGES) + 1


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        out.append((".".join(rel.parts), path))
    return out


def imported(path: Path) -> list[tuple[str, int]]:
    """Every idlibsite module this file imports, with the line, ``from idlibsite.x import y`` as x.y."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names if a.name.startswith("idlibsite")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("idlibsite"):
            for alias in node.names:  # the name may be a module of that package
                sub = f"{node.module}.{alias.name}"
                is_module = (PACKAGE.parent / sub.replace(".", "/")).with_suffix(".py").exists()
                found.append((sub if is_module else node.module, node.lineno))
    return found


def test_the_layout_knows_every_module() -> None:
    names = {name for name, _ in modules()}
    assert {f"idlibsite.{h}" for h in HELPERS} <= names
    assert {f"idlibsite.{s}.__init__" for s in STAGES} <= names  # each stage is a package
    assert "idlibsite.anchoring.match" in names and rank("idlibsite.anchoring.match") == 3
    assert rank("idlibsite.build") == len(STAGES) + 1 and rank("idlibsite.dates") == 0


def test_no_module_imports_from_a_later_stage() -> None:
    wrong = []
    for name, path in modules():
        mine = rank(name)
        for target, line in imported(path):
            theirs = rank(target)
            if theirs > mine or (mine == 0 and theirs != 0):
                wrong.append(f"{path.relative_to(PACKAGE)}:{line}: {name} imports {target}")
    assert wrong == []


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    """The check above is not vacuous: an import from a later stage is seen as one."""
    probe = tmp_path / "probe.py"
    probe.write_text("from idlibsite.site.render import render\nfrom idlibsite.output import fs\n")
    assert [rank(t) for t, _ in imported(probe)] == [4, 5]
    assert rank("idlibsite.sources.corpus") < rank("idlibsite.site.render")


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_package_says_what_it_takes_and_gives_and_exports_nothing(stage: str) -> None:
    tree = ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8"))
    doc = ast.get_docstring(tree)
    assert doc and " in, " in doc.splitlines()[0] and " out" in doc.splitlines()[0]
    assert len(tree.body) == 1  # the docstring alone: no imports, no re-exports


def test_no_module_is_over_the_line_limit() -> None:
    long = {name: n for name, path in modules()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
