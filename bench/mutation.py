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
kept there for the next run.

The score is killed / (mutants - equivalent).  An *equivalent* mutant
behaves like the original for every input, so no test can kill it; each is
recognised by one of :data:`EQUIVALENT_RULES` and printed with its reason.
Timeouts count as killed (the mutant loops); a mutant that no test runs ("no tests") counts as
surviving.  A later run tests again only the mutants that were not killed (mutmut
keeps the rest), so after adding tests a run is short; ``--fresh`` starts over, as
is needed after the code changed.  mutmut records which tests run which function
(a test's setup included, but a module-scoped fixture counts for the first test
that uses it only, and import-time code for none) and runs a mutant against those
tests only; a later run records them afresh, since the tests may have changed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
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
    "link": Module(("anchoring/link.py",),
                   ("tests/test_link.py",)),
    "incremental": Module(("site/incremental.py",), ("tests/test_keys.py",)),
    "pages-keys": Module(("site/pages.py",), ("tests/test_keys.py", "tests/test_pages.py"),
                         tuple(f"idlibsite.site.pages.x_{f}__mutmut_*"
                               for f in ("view", "claim_deps", "source_deps", "actor_deps"))),
    "trees": Module(("output/trees.py", "output/records.py"), ("tests/test_trees.py",)),
    # not the test that kills builds at random instants: its children run unmutated code, and it is slow
    "fs": Module(("output/fs.py",), ("tests/test_fs.py", "tests/test_output.py", "-k", "not killed_at_any_instant")),
    "aside": Module(("output/aside.py",), ("tests/test_output_spare.py", "tests/test_output_reuse.py",
                                           "tests/test_aside.py",
                                           "tests/test_output.py::test_refuses_bad_site_paths_before_writing_anything",
                                           "tests/test_output.py::test_reports_every_bad_path_at_once")),
    "citation": Module(("site/citation.py",), ("tests/test_citation.py",)),
    "exports": Module(("site/exports.py",), ("tests/test_exports.py",)),
}


# Equivalent mutants: no input tells them from the original, so no test can kill them.  Each is
# recognised by its change (the removed and the added line of ``mutmut show``), not by its
# name, so the list stays true when the code around it moves.  Each rule says why.
def _unstrict(line: str) -> str:
    """A line with its ``zip``'s ``strict`` argument taken out."""
    return re.sub(r",\s*\)", ")", re.sub(r"strict=\w+", "", line))


_SQL = re.compile(r'"\s*(?:SELECT|INSERT|CREATE|DELETE|UPDATE|PRIMARY|INDEXED|path, key)\b', re.I)
EQUIVALENT_RULES: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("SQLite keywords and table and column names are case-insensitive",
     lambda old, new: old != new and old.lower() == new.lower() and bool(_SQL.search(old))),
    ("Python's codec names are case-insensitive ('utf-8' is 'UTF-8')",
     lambda old, new: old.replace('"utf-8"', '"UTF-8"') == new),
    ("ASCII text is written as the same bytes in any encoding Python can run under",
     lambda old, new: bool(re.search(r'write_text\("[ -~]*(?:\\n)?", "utf-8"\)', old))
     and re.sub(r', (?:"utf-8")?\)', ', None)', old) in (new, new.replace(", )", ", None)"))),
    ("the module opens its own transactions (BEGIN IMMEDIATE ... COMMIT); sqlite3's default "
     "isolation level adds none inside them",
     lambda old, new: "sqlite3.connect(" in old
     and re.sub(r"\s", "", old).replace(",isolation_level=None", ",") == re.sub(r"\s", "", new)),
    ("a missing input is fed as a fixed marker: '', 'None' and 'XXXX' are none of them a SHA-256, "
     "so keys still change exactly when an input appears, goes or changes",
     lambda old, new: "hashes.get(dep, '')" in old
     and re.sub(r"hashes\.get\(dep, [^)]*\)", "M", old) == re.sub(r"hashes\.get\(dep, [^)]*\)", "M", new)),
    ("`retry` is only tested for truth: None is as false as False",
     lambda old, new: old.replace("retry=False", "retry=None") == new),
    ("bibtex: an ISO date has characters 5-7 (its month) exactly when its precision is month or day, "
     "so the month is empty without the test",
     lambda old, new: old.startswith('month = c.published.iso[5:7] if c.published.precision in ("month", "day")')
     and new == old.replace('if c.published.precision in ("month", "day")',
                            'if (c.published.precision in ("month", "day")) or True')),
    ("json.dumps only tests `ensure_ascii` for truth: None is as false as False",
     lambda old, new: "json.dumps(" in old and old.replace("ensure_ascii=False", "ensure_ascii=None") == new),
    ("no occurrence is fed as a fixed marker: '' and 'XXXX' are neither of them the digits of an "
     "occurrence, so keys still change exactly when the occurrence does",
     lambda old, new: "str(hint.occurrence) if hint and hint.occurrence else" in old
     and old.replace('else ""', 'else "XXXX"') == new),
    ("a source is prepared as `prepared or prepare(...)`: '' is as false as None",
     lambda old, new: old == "prepared: Prepared | None = None" and new == 'prepared: Prepared | None = ""'),
    ("the anchor keys are made one per job (`_keys`), so the two always have the same length and "
     "`strict` never fires",
     lambda old, new: "zip(jobs[source_id], source_keys, strict=True)" in old
     and _unstrict(old) == _unstrict(new)),
    ("_fold_text: the NFKC check only picks the fast path (the table alone); the cluster-by-cluster "
     "fold gives the same text for any input",
     lambda old, new: 'if unicodedata.is_normalized("NFKC", text) else _fold(text)[0]' in old
     and new == old.replace('if unicodedata.is_normalized("NFKC", text) else',
                            'if (unicodedata.is_normalized("NFKC", text)) and False else')),
    ("_fold_segment: a cluster folded one to one, recorded as well, continues the last run of the "
     "offset map (_Runs.add merges it): the same map",
     lambda old, new: old == "if j - i != 1 or len(folded) != 1:" and new == "if j + i != 1 or len(folded) != 1:"),
    ("normalize: the shortcut skips a whitespace run that became one space one to one; recording "
     "it instead adds runs that continue the last one (_Runs.add merges them): the same map",
     lambda old, new: old == "if end - start == len(replacement):" and new == "if end + start == len(replacement):"),
    ("offsets are never negative: an array of unsigned ('Q') holds the same numbers as signed ('q')",
     lambda old, new: 'array("q", runs.' in old and any(
         old[:m.start()] + 'array("Q"' + old[m.start() + 9:] == new for m in re.finditer(r'array\("q"', old))),
    ("_fold: `_fold_short` is `_fold_segment` behind an lru_cache (a pure function): either folds "
     "a segment the same",
     lambda old, new: old == "fold = _fold_short if end - start <= SHORT_SEGMENT else _fold_segment"
     and new.startswith("fold = _fold_short if ") and new.endswith(" else _fold_segment")),
    ("_fold: a segment that starts one more ASCII character early folds that character to itself, "
     "one to one, as the table does",
     lambda old, new: old == "start, end = max(match.start() - 1, done), match.end()"
     and new == "start, end = max(match.start() - 2, done), match.end()"),
    ("Normalized._offsets: a run that begins exactly at `hi` adds nothing either way (the loop's "
     "extra step adds run k up to `hi`, the last step then an empty range)",
     lambda old, new: "at[k + 1] < hi" in old and old.replace("at[k + 1] < hi", "at[k + 1] <= hi") == new),
    ("Normalized.to_normalized: an offset exactly one run-length past run k-1's start maps to "
     "run_at[k] (len(text) after the last run) by either branch",
     lambda old, new: "offset - self.run_start[k - 1] < self._run_length(k - 1)" in old
     and old.replace("] < self._run_length", "] <= self._run_length") == new),
    ("fs.write_file: the file's mode is set by the fchmod right after the open, whatever the "
     "mode asked of the open",
     lambda old, new: old == "fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)"
     and new == "fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, )"),
    ("fs.stamp_after: the probe is only stat'ed for its ctime, then removed: its mode is never read",
     lambda old, new: old == "os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE))"
     and new == "os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, ))"),
    ("os.DirEntry.is_dir and is_file only test `follow_symlinks` for truth: None is as false as False",
     lambda old, new: re.search(r"\.is_(?:dir|file)\(follow_symlinks=False\)", old) is not None
     and old.replace("follow_symlinks=False", "follow_symlinks=None") == new),
    ("aside: `done`, `empty` (of _prune) and an entry's `indexed` are only tested for truth: "
     "None is as false as False",
     lambda old, new: old in ("self.done = False", "empty = False", "made = held._replace(key=key, indexed=indexed)",
                              "return entry(site.key, site.sha, site.indexed, st)")
     and new in ("self.done = None", "empty = None", "made = held._replace(key=key, indexed=None)",
                 "return entry(site.key, site.sha, None, st)")),
    ("Aside.__init__: no file has a ctime of 1 ns past the epoch: stamp_after(probe, 1) returns at "
     "once, as with 0, only after making and removing its probe",
     lambda old, new: old.startswith("self.stamped = 0") and new.startswith("self.stamped = 1")),
    ("Aside.finish: with no site replaced, the record kept beside the new one's is a fixed marker: "
     "'' and 'XXXX' are neither of them a tree's id",
     lambda old, new: old == 'self.records.save(made, self.held, self.now, keep=[replaced or ""])'
     and new == 'self.records.save(made, self.held, self.now, keep=[replaced or "XXXX"])'),
    ("Aside.keep_keyed: reuse() makes the very checks (record, key, stat) that were just passed "
     "for every path, so it keeps each one",
     lambda old, new: old == "return paths if all(self.reuse(p, key) is not None for p in paths) else None"
     and new == "return paths if (all(self.reuse(p, key) is not None for p in paths)) or True else None"),
    ("exports._atom_time: the stamp is made of parts 0, 1 and 2 only; a fourth part kept in the "
     "list is never read",
     lambda old, new: old == 'parts = (iso.split("-") + ["01", "01"])[:3]' and new == old.replace("[:3]", "[:4]")),
    ("only a fuzzy anchor is shown in a warning, and a fuzzy anchor has one span: the separator "
     "between spans is never printed",
     lambda old, new: old.startswith('shown = " … ".join(span.text for span in result.spans)')
     and new.startswith("shown = ") and new.endswith(".join(span.text for span in result.spans)")),
)


def equivalent(diff: str) -> str | None:
    """Why the mutant shown by ``diff`` (``mutmut show``) is equivalent; None when it is not known to be."""
    old = [line[1:].strip() for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    new = [line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    if len(old) != 1 or len(new) != 1:
        return None
    return next((why for why, rule in EQUIVALENT_RULES if rule(old[0], new[0])), None)


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
            shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, folder / name)
    for package in (folder / "src" / "idlibsite").rglob("*.py"):  # mutmut copies regular packages only
        init = package.parent / "__init__.py"
        if not init.exists():
            init.write_text('"""A namespace package, made regular in this scratch copy for mutmut."""\n', "utf-8")
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


def show(module: str, mutmut: Path, name: str) -> str:
    """The diff of one mutant."""
    return subprocess.run([str(mutmut), "show", name], cwd=WORK / module, check=True,
                          capture_output=True, text=True).stdout


def run(module: str, mutmut: Path, *, fresh: bool = False, nice: int = 19) -> dict[str, str]:
    """Run mutmut on one module (afresh, or testing again only the mutants not killed last time);
    each mutant's name and status."""
    folder = WORK / module
    if fresh and (folder / "mutants").exists():
        shutil.rmtree(folder / "mutants")
    earlier = results(module, mutmut) if (folder / "mutants").exists() else {}
    configure(module, folder)
    again = [n for n, status in earlier.items() if status not in ("killed", "timeout")]
    if earlier and not again:
        return earlier
    if again:  # the tests may have changed: mutmut collects anew which tests run which function
        (folder / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    subprocess.run(["nice", "-n", str(nice), str(mutmut), "run", "--max-children", "1",
                    *(again or MODULES[module].only)],
                   cwd=folder, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return results(module, mutmut)


def results(module: str, mutmut: Path) -> dict[str, str]:
    """Each mutant of the module (of its functions in ``only``) with its status, as mutmut recorded it."""
    listing = subprocess.run([str(mutmut), "results", "--all", "true"], cwd=WORK / module, check=False,
                             capture_output=True, text=True).stdout
    only = MODULES[module].only
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
    parser.add_argument("--fresh", action="store_true", help="forget earlier results (after a change of code)")
    parser.add_argument("--nice", type=int, default=19, help="niceness of the run (default 19: at 19 a run "
                        "barely moves while other jobs keep both cores busy; 0 takes a fair share)")
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
    equivalents: list[str] = []
    for module in args.modules or list(MODULES):
        statuses = run(module, mutmut, fresh=args.fresh, nice=args.nice)
        killed = sum(s in ("killed", "timeout") for s in statuses.values())
        alive = []
        for name, status in statuses.items():
            if status in ("killed", "timeout"):
                continue
            why = equivalent(show(module, mutmut, name))
            if why is None:
                alive.append(name)
                survivors.append(f"{name}: {status}")
            else:
                equivalents.append(f"{name}: {why}")
        equivalent_count = len(statuses) - killed - len(alive)
        scored = len(statuses) - equivalent_count
        total_killed += killed
        total_scored += scored
        score = f"{100 * killed / scored:5.1f}%" if scored else "    -"
        print(f"{module:12} {len(statuses):7} {killed:6} {len(alive):8} {equivalent_count:6} {score}", flush=True)
    if total_scored:
        print(f"{'all':12} {'':7} {total_killed:6} {'':8} {'':6} {100 * total_killed / total_scored:5.1f}%")
    if equivalents:
        print("\nequivalent (not scored):")
        print("\n".join(f"  {e}" for e in equivalents))
    if survivors:
        print("\nsurviving (see one with: cd .mutation/<module> && ../../.venv/bin/mutmut show NAME):")
        print("\n".join(f"  {s}" for s in survivors))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
