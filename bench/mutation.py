"""Mutation score of the core modules: how many small seeded bugs the tests catch.

Run from the project root, after ``.venv/bin/pip install -e '.[mutation]'``::

    .venv/bin/python bench/mutation.py                 # every module below (long: see bench/README.md)
    .venv/bin/python bench/mutation.py lock trees      # some of them
    .venv/bin/python bench/mutation.py --list          # the modules and their tests

For each module, mutmut (https://mutmut.readthedocs.io) rewrites the module
into many mutants, each one small change (an operator, a constant, a
dropped argument), and runs that module's fast unit tests against each; a
mutant is *killed* when a test fails.  Each module is run in its own scratch
copy of the project under ``.mutation/<module>/`` (mutmut reads its
configuration from the working folder's pyproject.toml), at ``nice -n 19``
with one worker, so it shares the machine politely; a module's results are
kept there and reused by the next run unless the code or tests changed.

The score is killed / (mutants - equivalent).  An *equivalent* mutant
behaves like the original for every input, so no test can kill it; each is
listed in :data:`EQUIVALENT` with the reason.  Mutant names depend on the
code: after an edit of a module, check its list again.  Timeouts count as
killed (the mutant loops); a mutant that no test runs ("no tests") counts as
surviving.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutation"
COPIED = ("src", "tests", "corpus", "claims", "templates", "pyproject.toml")

FAST_LOCK_TESTS = ("tests/test_lock_units.py",
                   "tests/test_lock.py::test_the_lock_has_one_line_per_anchor_and_reads_back_as_written",
                   "tests/test_lock.py::test_an_unchanged_lock_is_not_serialized_again")


@dataclass(frozen=True)
class Module:
    """What is mutated, and the fast unit tests run against each mutant."""

    sources: tuple[str, ...]  # files under src/idlibsite/
    tests: tuple[str, ...]  # pytest paths or node ids
    only: tuple[str, ...] = ()  # mutmut name patterns (some functions of a file), () for all of it


MODULES: dict[str, Module] = {
    "match": Module(("anchoring/match.py", "anchoring/spans.py"),
                    ("tests/test_match_edges.py", "tests/test_anchoring.py")),
    "normalize": Module(("anchoring/normalize.py",), ("tests/test_normalize.py", "tests/test_match_edges.py")),
    "lock": Module(("anchoring/lock.py",), FAST_LOCK_TESTS),
    "link": Module(("anchoring/link.py",), ("tests/test_keys.py", "tests/test_lock_units.py")),
    "incremental": Module(("site/incremental.py",), ("tests/test_keys.py",)),
    "pages-keys": Module(("site/pages.py",), ("tests/test_keys.py", "tests/test_pages.py"),
                         tuple(f"idlibsite.site.pages.x_{f}__mutmut_*"
                               for f in ("view", "claim_deps", "source_deps", "actor_deps"))),
    "trees": Module(("output/trees.py",), ("tests/test_trees.py",)),
    "fs": Module(("output/fs.py",), ("tests/test_output.py",)),
    "aside": Module(("output/aside.py",), ("tests/test_output_spare.py",)),
    "citation": Module(("site/citation.py",), ("tests/test_citation.py",)),
    "exports": Module(("site/exports.py",), ("tests/test_site.py",)),
}

# Mutants no test can kill, by mutmut's name (valid for the code they were listed on), with why.
EQUIVALENT: dict[str, str] = {}


def configure(module: str, folder: Path) -> None:
    """A scratch copy of the project whose pyproject.toml points mutmut at one module."""
    sources, tests = MODULES[module].sources, MODULES[module].tests
    if folder.exists():  # keep mutmut's results (mutants/), refresh everything else
        for name in COPIED:
            target = folder / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__", "site"))
        else:
            shutil.copy(ROOT / name, folder / name)
    only = ", ".join(f'"src/idlibsite/{s}"' for s in sources)
    selected = ", ".join(f'"{t}"' for t in tests)
    with (folder / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write(
            "\n[tool.mutmut]\n"
            'source_paths = ["src"]\n'
            f"only_mutate = [{only}]\n"
            f"pytest_add_cli_args_test_selection = [{selected}]\n"
            'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
            'also_copy = ["corpus", "claims", "templates"]\n'
            "use_git_change_detection = false\n"
        )


def run(module: str, mutmut: Path) -> dict[str, str]:
    """Run mutmut on one module; each mutant's name and status."""
    folder = WORK / module
    configure(module, folder)
    only = MODULES[module].only
    subprocess.run(["nice", "-n", "19", str(mutmut), "run", "--max-children", "1", *only], cwd=folder,
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    listing = subprocess.run([str(mutmut), "results", "--all", "true"], cwd=folder, check=True,
                             capture_output=True, text=True).stdout
    statuses = {}
    for line in listing.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and (not only or any(fnmatch(name, pattern) for pattern in only)):
            statuses[name] = status
    return statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", choices=[[], *MODULES], help="default: all")
    parser.add_argument("--list", action="store_true", help="print the modules and their tests")
    args = parser.parse_args()
    if args.list:
        for name, m in MODULES.items():
            print(f"{name:12} {' '.join(m.sources):45} {' '.join(m.tests)} {' '.join(m.only)}")
        return 0
    mutmut = Path(sys.executable).parent / "mutmut"
    if not mutmut.exists():
        print("mutmut is not installed: .venv/bin/pip install -e '.[mutation]'", file=sys.stderr)
        return 2
    total_killed = total_scored = 0
    print(f"{'module':12} {'mutants':>7} {'killed':>6} {'survived':>8} {'equiv.':>6} {'score':>6}")
    survivors: list[str] = []
    for module in args.modules or list(MODULES):
        statuses = run(module, mutmut)
        killed = sum(s in ("killed", "timeout") for s in statuses.values())
        equivalent = sum(name in EQUIVALENT for name in statuses)
        alive = [n for n, s in statuses.items() if s not in ("killed", "timeout") and n not in EQUIVALENT]
        survivors += [f"{n}: {statuses[n]}" for n in alive]
        scored = len(statuses) - equivalent
        total_killed += killed
        total_scored += scored
        score = f"{100 * killed / scored:5.1f}%" if scored else "    -"
        print(f"{module:12} {len(statuses):7} {killed:6} {len(alive):8} {equivalent:6} {score}", flush=True)
    if total_scored:
        print(f"{'all':12} {total_scored:7} {total_killed:6} {'':8} {'':6} {100 * total_killed / total_scored:5.1f}%")
    if survivors:
        print("\nsurviving (see them with: cd .mutation/<module> && ../../.venv/bin/mutmut show NAME):")
        print("\n".join(f"  {s}" for s in survivors))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
