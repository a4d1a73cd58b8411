"""A fresh ``idlibsite build`` after a one-claim edit, timed per stage in CPU seconds (``python -m bench.fresh PROJECT``).

Each run toggles the title of one claim (the ``--nth`` claim file by name: `` (toggled)`` added or
removed), waits ``--wait`` seconds (so that the edited file is old enough for its stat to be recorded,
as after a real edit: filestats.RACY_NS), then runs ``idlibsite build -q`` in a new process in which
each stage of ``build()`` is wrapped in a ``time.process_time`` timer (no profiler: STAGES below; a
stage inside another is not subtracted from it).  Printed: each stage's median and range over the
runs, the process's CPU seconds, peak RSS and the load average; ``--log`` appends each run as a JSON line.

Each build runs the code of the ``--src`` folder given, by default the ``src/`` beside this bench (not the
idlibsite the interpreter has installed, which may be another checkout's: a build by other code than the one
that made the cache remakes everything); the child stops when it would import idlibsite from elsewhere.
To compare two versions of the code, give each its own copy of the project, built once by it, and its
``src/`` folder: the runs alternate between them.

    .venv/bin/python -m bench.fresh /tmp/p1k/project --runs 5
    .venv/bin/python -m bench.fresh /tmp/a/project /tmp/b/project --src /tmp/src-a --src /tmp/src-b --runs 6
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (module, attribute, label): what each run times.  A method is "Class.method".
STAGES = (
    ("idlibsite.cli", "build", "build"),
    ("idlibsite.build", "check", "check"),
    *(("idlibsite.check", name, f"check.{name}") for name in (
        "load_corpus", "load_annotations", "references", "read_lock_rows", "swapped_ids", "link",
        "read_versions", "lost_ids", "renamed_claims", "snapshot_kept", "_shared", "stealth_edits", "_coverage",
        "meaning_problems", "_sorted")),
    *(("idlibsite.build", name, f"build.{name}") for name in (
        "held", "_deps_of", "_snapshots", "appended", "store_versions", "plan_sections", "write_versions",
        "search_index")),
    ("idlibsite.held", "Held.checked", "build.held_unpacked"),
    ("idlibsite.held", "Held.lock", "build.lock_unpacked"),
    ("idlibsite.claimentries", "ClaimEntries.read", "check.link.entries_read"),
    ("idlibsite.spansindex", "SpansIndex.of", "check.spans_index"),
    ("idlibsite.spansindex", "SpansIndex.store", "check.spans_index_store"),
    ("idlibsite.spansindex", "SpansIndex.overlapping", "check.spans_overlapping"),
    ("idlibsite.site.incremental", "InputHashes.hashes_of", "build.input_hashes"),
    ("idlibsite.site.incremental", "SectionKeys.keys", "build.page_keys"),
    ("idlibsite.site.claimtable", "SectionTable.__init__", "build.table_read"),
    ("idlibsite.site.claimtable", "SectionTable.store", "build.table_store"),
    ("idlibsite.site.versioned", "history_rows", "plan.history_rows"),
    ("idlibsite.site.claimtable", "SectionTable.key", "plan.claim_keys"),
    ("idlibsite.site.claimtable", "SectionTable.key_of", "plan.section_keys"),
    ("idlibsite.site.timeline", "periods", "plan.timeline_periods"),
    ("idlibsite.output.records", "Records.open", "out.records_open"),
    ("idlibsite.output.aside", "Aside.start", "out.records_loaded"),
    ("idlibsite.output.aside", "Aside.keep_page", "out.keep_page"),
    ("idlibsite.output.aside", "Aside.keep_pages", "out.keep_pages"),
    ("idlibsite.output.aside", "Aside.put", "out.put"),
    ("idlibsite.output.aside", "Aside.finish", "out.finish"),
    ("idlibsite.output.aside", "Aside._remove_others", "out.finish.remove_others"),
    ("idlibsite.output.aside", "Aside._report", "out.finish.report"),
    ("idlibsite.output.records", "Records.save", "out.records_saved"),
    ("idlibsite.cache", "Cache.get_many", "cache.get_many"),
    ("idlibsite.cache", "Cache.commit", "cache.commit"),
)
GENERATORS = (("idlibsite.build", "render", "build.render"),)  # timed at each item they give
NEWER = {"out.keep_pages", "check.read_lock_rows", "check.snapshot_kept", "check.spans_index",
         "check.spans_index_store", "check.spans_overlapping"}  # stages that older versions of the code, compared
# with --src, do not have (check.read_lock_rows was check.read_lock, check.snapshot_kept check.snapshot)


def targets(stages: Sequence[tuple[str, str, str]]) -> list[tuple[object, str, str]]:
    """Each stage as the module or class that holds the function to time, its name and its label;
    SystemExit when one is gone: a moved function must not go unmeasured."""
    found = []
    for module, name, label in stages:
        try:
            owner: object = importlib.import_module(module)
        except ModuleNotFoundError:
            owner = None  # (a module that an older version of the code lacks: as a function it lacks)
        *classes, attribute = name.split(".")
        for cls in classes:
            owner = getattr(owner, cls, None)
        if not callable(getattr(owner, attribute, None)):
            if label in NEWER:
                continue
            raise SystemExit(f"bench.fresh: no {module}.{name} to time; update STAGES")
        found.append((owner, attribute, label))
    return found


def child(project: str, src: str) -> None:
    """Run ``idlibsite build -q`` on ``project`` in this process with every stage timed, by the code of ``src``
    (SystemExit when idlibsite would be imported from elsewhere); print one JSON line."""
    started = time.process_time()
    found = importlib.util.find_spec("idlibsite")
    origin = Path(found.origin).resolve().parent.parent if found is not None and found.origin else None
    if origin != Path(src).resolve():
        raise SystemExit(f"bench.fresh: idlibsite would be imported from {origin}, not from {src}")
    spent: dict[str, float] = {}
    running: set[str] = set()

    def timer(fn: Callable[..., object], label: str) -> Callable[..., object]:
        def timed(*args: object, **kwargs: object) -> object:
            if label in running:  # a call within itself is timed once
                return fn(*args, **kwargs)
            running.add(label)
            at = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - at
                running.discard(label)
        return timed

    def generator_timer(fn: Callable[..., Iterator[object]], label: str) -> Callable[..., Iterator[object]]:
        def timed(*args: object, **kwargs: object) -> Iterator[object]:
            items = fn(*args, **kwargs)
            while True:
                at = time.process_time()
                try:
                    item = next(items)
                except StopIteration:
                    return
                finally:
                    spent[label] = spent.get(label, 0.0) + time.process_time() - at
                yield item
        return timed

    from idlibsite.cli import main

    spent["imports"] = time.process_time() - started
    for stages, wrap in ((STAGES, timer), (GENERATORS, generator_timer)):
        for owner, attribute, label in targets(stages):
            setattr(owner, attribute, wrap(getattr(owner, attribute), label))
    try:
        main(["--root", project, "build", "-q"])
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
    import resource

    spent["process"] = time.process_time()
    spent["peak MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    spent["load average"] = os.getloadavg()[0]
    print(json.dumps(spent))


def toggle(project: Path, nth: int) -> None:
    """Add `` (toggled)`` to the title of the nth claim file by name, or remove it."""
    claims = sorted(p for p in (project / "claims").glob("*.yaml") if p.name not in ("actors.yaml", "topics.yaml"))
    claim = claims[nth - 1]
    text = claim.read_text("utf-8")
    if " (toggled)" in text:
        text = text.replace(" (toggled)", "", 1)
    else:
        text = re.sub(r"^title: (.*)$", r"title: \1 (toggled)", text, count=1, flags=re.M)
    claim.write_text(text, "utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.fresh", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("projects", nargs="+", help="a project (bench.scale's <workdir>/project), built once")
    p.add_argument("--src", action="append", default=[],
                   help="the src/ folder each project is built by, in order (default: the src/ beside this bench)")
    p.add_argument("--runs", type=int, default=5, help="runs of each project (default 5)")
    p.add_argument("--nth", type=int, default=4, help="edit the nth claim file by name (default 4)")
    p.add_argument("--wait", type=float, default=2.2, help="seconds between the edit and the build (default 2.2)")
    p.add_argument("--log", help="append each run to this file as a JSON line")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(sys.argv[1:] if argv is None else argv)
    if args.child:
        child(args.projects[0], args.src[0])
        return 0
    if args.src and len(args.src) != len(args.projects):
        p.error("give one --src per project, or none")
    # absolute: the child runs from the repository (a relative project there would build nothing)
    args.projects = [str(Path(project).resolve()) for project in args.projects]
    codes = [str(Path(src).resolve()) for src in args.src] or [str(ROOT / "src")] * len(args.projects)
    rows: dict[str, list[dict[str, float]]] = {project: [] for project in args.projects}
    for n in range(args.runs):
        for project, src in zip(args.projects, codes):
            toggle(Path(project), args.nth)
            time.sleep(args.wait)
            env = dict(os.environ, PYTHONPATH=os.pathsep.join((src, str(ROOT))))
            run = subprocess.run([sys.executable, "-m", "bench.fresh", "--child", project, "--src", src], env=env,
                                 cwd=ROOT, capture_output=True, text=True)
            if run.returncode:
                raise SystemExit(f"bench.fresh: the build of {project} failed:\n{run.stderr}")
            row = json.loads(run.stdout.splitlines()[-1])
            rows[project].append(row)
            print(f"run {n + 1}, {src} on {project}: {row['process']:.2f} s CPU, "
                  f"load {row['load average']:.1f}", flush=True)
            if args.log:
                with open(args.log, "a", encoding="utf-8") as log:
                    log.write(json.dumps({"project": project, "src": src, **row}) + "\n")
    for project, src in zip(args.projects, codes):
        print(f"\n{src} on {project} ({len(rows[project])} runs): median (min-max)")
        labels = dict.fromkeys(label for row in rows[project] for label in row)
        for label in labels:
            values = [row.get(label, 0.0) for row in rows[project]]
            print(f"  {label:<28} {statistics.median(values):8.3f}  ({min(values):.3f}-{max(values):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
