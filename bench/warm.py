"""Warm edits as ``idlibsite serve`` makes them, timed in CPU seconds (``python -m bench.warm PROJECT``).

One process builds the project as ``serve``'s rebuild does (one Cache with the files read kept, no version
recorded, the search index caught up later); then, when the code's ``serve`` builds at its first quiet moment
(``prepare``), builds so (the reads of the files changed since forgotten, or of every file, as that code's
serve forgets them; nothing changed); then makes the first edit, reported as ``serve`` reports its first
change (every file's read forgotten, unless that build was made), then ``--edits`` more of one claim's title
(the ``--nth`` claim file by name; with ``--actors``, an actor added to the actors file), each reported to the
Cache as the watcher does. Printed for the quiet moment's build, the first edit and each later edit: the
process's CPU seconds for the build, then those of each of its parts (:func:`parts`: the check, the input
hashes, ... the cache's commit) and of the rest; then the medians of the later edits (the first is a user's
first save: printed apart, not in the medians), the medians of each part's system CPU seconds alone (of the
kernel: writing files, reclaiming memory), and the process's peak RSS (after the first build, after the first
edit, and at the end).
The output goes to a folder beside the project (``site-warm``).

Last, the claim file is written back as it was and built once more (not timed), so that the next run starts
from what a user's last build leaves in the cache: the claim's entry of its file as it is (claimentries.py).
Without it, the next run's first build found no entry for the file written back (the edits' builds had
dropped it) and checked its statements from their own entries, keeping those; its first save then found
them, which a user's first save does not (serve's first build takes an unchanged claim's entry whole, and its
commit drops the statements' entries): the first save's check was 0.05-0.10 or 0.2-0.3 s at 3,000 sources by
what ran before (warm18az, warm18ba in bench/README.md).
"""

from __future__ import annotations

import argparse
import inspect
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path


def timed(module: object, name: str, spent: dict[str, float], label: str = "",
          system: dict[str, float] | None = None) -> None:
    """Wrap ``module.name`` (a function, or a method of a class) so that its CPU seconds add up in
    ``spent[label or name]``, and its system CPU seconds alone in ``system[label or name]`` when given; a
    generator's are those spent making each item."""
    method = vars(module).get(name) if isinstance(module, type) else None
    fn: Callable[..., object] = method.__func__ if isinstance(method, classmethod) else getattr(module, name)
    label = label or name

    def add(started: tuple[float, float]) -> None:
        spent[label] = spent.get(label, 0.0) + time.process_time() - started[0]
        if system is not None:
            system[label] = system.get(label, 0.0) + _system() - started[1]

    def now() -> tuple[float, float]:
        return time.process_time(), _system() if system is not None else 0.0

    def wrapper(*args: object, **kwargs: object) -> object:
        started = now()
        try:
            return fn(*args, **kwargs)
        finally:
            add(started)

    def generator(*args: object, **kwargs: object) -> Iterator[object]:
        items = iter(fn(*args, **kwargs))  # type: ignore[call-overload]
        while True:
            started = now()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                add(started)
            yield item

    timer = generator if inspect.isgeneratorfunction(fn) else wrapper
    setattr(module, name, classmethod(timer) if isinstance(method, classmethod) else timer)


def parts() -> list[tuple[object, str, str]]:
    """What a warm edit is split into (module or class, attribute, label), in the order of ``build``;
    none is inside another.  The rest of ``build`` (its own lines, the generator of what every page
    shows, the garbage collector between parts) is printed as ``other``."""
    from idlibsite import build as b
    from idlibsite.anchoring import lock
    from idlibsite.cache import Cache
    from idlibsite.output.aside import Aside
    from idlibsite.output.records import Records
    from idlibsite.site.incremental import InputHashes, SectionKeys

    return [(b, "check", "check"), (InputHashes, "hashes_of", "hashes"), (b, "_deps_of", "deps"),
            (b, "_snapshots", "snapshots"), (b, "appended", "appended"), (b, "plan_sections", "plan_sections"),
            (SectionKeys, "keys", "page keys"), (Records, "open", "open records"),
            (Aside, "start", "open site"), (Aside, "carry", "carry"),
            (b, "render", "render"), (Aside, "put", "put"), (b, "bundle_is_current", "search"),
            (b, "search_index", "search"), (lock, "remove_stale", "stale lock"), (lock, "_stage", "stage lock"),
            (Aside, "finish", "finish"), (Cache, "commit", "commit")]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.warm", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("project", help="a project (bench.scale's <workdir>/project)")
    p.add_argument("--edits", type=int, default=5, help="timed edits (default 5)")
    p.add_argument("--nth", type=int, default=6, help="edit the nth claim file by name (default 6)")
    p.add_argument("--actors", action="store_true",
                   help="edit the actors file instead: add an actor (a new id, so every claim file is checked again)")
    p.add_argument("--profile", help="profile one more edit with cProfile into this file")
    args = p.parse_args(sys.argv[1:] if argv is None else argv)

    import gc

    from idlibsite import build as build_module
    from idlibsite.cache import CACHE_DIR, Cache
    from idlibsite.cli import GC_THRESHOLDS
    from idlibsite.config import load_config
    from idlibsite.serve import serve, watches

    gc.set_threshold(*GC_THRESHOLDS)  # as the command line does
    root = Path(args.project).resolve()
    config = load_config(root, {"output": str(root.parent / "site-warm")})
    cache = Cache(config.root / CACHE_DIR, writable=True, keep_reads=watches(config))
    spent: dict[str, float] = {}
    system: dict[str, float] = {}
    labels = []
    for owner, name, label in parts():
        timed(owner, name, spent, label, system)
        labels += [] if label in labels else [label]
    claims = sorted(p for p in config.claims.glob("*.yaml") if p.name not in ("actors.yaml", "topics.yaml"))
    claim = config.claims / "actors.yaml" if args.actors else claims[args.nth - 1]
    original = claim.read_text("utf-8")

    def edit(n: int, reported: frozenset[str] | None = frozenset({str(claim)})) -> None:
        added = f"\n  - id: bench-edit-{n}\n    name: Bench Edit {n}\n    kind: person\n    affiliation: Bench\n"
        claim.write_text(original + added if args.actors else
                         re.sub(r"^title: (.*)$", rf"title: \1 (edit {n})", original, count=1, flags=re.M), "utf-8")
        cache.changed(reported)

    def rebuild() -> tuple[float, float]:
        spent.clear()
        system.clear()
        started = time.process_time(), _system()
        build_module.build(config, cache=cache, record_versions=False, search_later=True)
        now = time.process_time(), _system()
        return now[0] - started[0], now[1] - started[1]

    def timed_rebuild(what: str) -> None:
        cpu, kernel = rebuild()
        print(f"{what}: {_split([cpu, *(spent.get(label, 0.0) for label in labels)], labels, total=True)}", flush=True)
        print(f"  of which system: {_split([kernel, *(system.get(label, 0.0) for label in labels)], labels, total=True)}",
              flush=True)

    try:
        build_module.build(config, cache=cache, record_versions=False)  # the server's first build
        print(f"first build: peak RSS {_peak_mb():.0f} MB", flush=True)
        told = inspect.signature(serve).parameters
        if "prepare" in told:  # the code's serve builds at its first quiet moment
            if "unseen" in told:  # what changed unreported told by stat (keptreads.py), as serve tells it
                cache.unseen()
                cache.changed(frozenset())
            else:
                cache.changed(None)
            timed_rebuild("the first quiet moment's build")
            print(f"  peak RSS so far: {_peak_mb():.0f} MB", flush=True)
            edit(0)
        else:  # its first change reported as any file's
            edit(0, None)
        timed_rebuild("first edit")  # a user's first save
        print(f"  peak RSS so far: {_peak_mb():.0f} MB", flush=True)
        rows, system_rows = [], []
        for n in range(1, args.edits + 1):
            edit(n)
            cpu, kernel = rebuild()
            split = [spent.get(label, 0.0) for label in labels]
            rows.append([cpu, *split, cpu - sum(split)])
            split = [system.get(label, 0.0) for label in labels]
            system_rows.append([kernel, *split, kernel - sum(split)])
            print(f"edit {n}: {_split(rows[-1], labels)}", flush=True)
            print(f"  of which system: {_split(system_rows[-1], labels)}", flush=True)
        medians = [statistics.median(r[i] for r in rows) for i in range(len(labels) + 2)]
        print(f"median: {_split(medians, labels)} ({claim.name}, {len(rows)} edits)")
        medians = [statistics.median(r[i] for r in system_rows) for i in range(len(labels) + 2)]
        print(f"median system CPU: {_split(medians, labels)}")
        print(f"peak RSS of the process: {_peak_mb():.0f} MB", flush=True)
        if args.profile:
            import cProfile

            edit(args.edits + 1)
            prof = cProfile.Profile(time.process_time)
            prof.runcall(build_module.build, config, cache=cache, record_versions=False, search_later=True)
            prof.dump_stats(args.profile)
        # the claim file as it was, built again (not timed): the next run finds what a user's last build leaves
        claim.write_text(original, "utf-8")
        cache.changed(frozenset({str(claim)}))
        rebuild()
    finally:
        if claim.read_text("utf-8") != original:
            claim.write_text(original, "utf-8")
    return 0


def _system() -> float:
    """The process's system CPU seconds so far (``time.process_time`` counts them with the user's)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_stime


def _peak_mb() -> float:
    """The process's peak RSS so far, in MB (as ``idlibsite serve``'s process would have it)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _split(row: list[float], labels: list[str], total: bool = False) -> str:
    """One edit's CPU seconds, then each part's and the rest's (``total``: made of the parts' here)."""
    if total:
        row = [*row, row[0] - sum(row[1:])]
    return f"{row[0]:.3f} s CPU: " + ", ".join(f"{label} {t:.3f}" for label, t in zip([*labels, "other"], row[1:]))


if __name__ == "__main__":
    raise SystemExit(main())
