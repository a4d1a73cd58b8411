"""Warm edits as ``idlibsite serve`` makes them, timed in CPU seconds (``python -m bench.warm PROJECT``).

One process builds the project as ``serve``'s rebuild does (one Cache with the files read kept, no
version recorded, the search index caught up later), makes one untimed edit, then ``--edits`` timed
edits of one claim's title (the ``--nth`` claim file by name), each reported to the Cache as the watcher
does.  Printed per edit: the process's CPU seconds for the build, and those spent in ``check`` and
``plan_sections``; then the medians.  The output goes to a folder beside the project (``site-warm``).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path


def timed(module: object, name: str, spent: dict[str, float]) -> None:
    """Wrap ``module.name`` so that its CPU seconds add up in ``spent[name]``."""
    fn: Callable[..., object] = getattr(module, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - started

    setattr(module, name, wrapper)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.warm", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("project", help="a project (bench.scale's <workdir>/project)")
    p.add_argument("--edits", type=int, default=5, help="timed edits (default 5)")
    p.add_argument("--nth", type=int, default=6, help="edit the nth claim file by name (default 6)")
    p.add_argument("--profile", help="profile one more edit with cProfile into this file")
    args = p.parse_args(sys.argv[1:] if argv is None else argv)

    import gc

    from idlibsite import build as build_module
    from idlibsite.cache import CACHE_DIR, Cache
    from idlibsite.cli import GC_THRESHOLDS
    from idlibsite.config import load_config
    from idlibsite.serve import watches

    gc.set_threshold(*GC_THRESHOLDS)  # as the command line does
    root = Path(args.project).resolve()
    config = load_config(root, {"output": str(root.parent / "site-warm")})
    cache = Cache(config.root / CACHE_DIR, writable=True, keep_reads=watches(config))
    spent: dict[str, float] = {}
    for name in ("check", "plan_sections"):
        timed(build_module, name, spent)
    claims = sorted(p for p in config.claims.glob("*.yaml") if p.name not in ("actors.yaml", "topics.yaml"))
    claim = claims[args.nth - 1]
    original = claim.read_text("utf-8")

    def edit(n: int) -> None:
        claim.write_text(re.sub(r"^title: (.*)$", rf"title: \1 (edit {n})", original, count=1, flags=re.M), "utf-8")
        cache.changed(frozenset({str(claim)}))

    def rebuild() -> float:
        spent.clear()
        started = time.process_time()
        build_module.build(config, cache=cache, record_versions=False, search_later=True)
        return time.process_time() - started

    try:
        build_module.build(config, cache=cache, record_versions=False)  # the server's first build
        edit(0)
        rebuild()  # untimed: templates compiled, the first build's records finished
        rows = []
        for n in range(1, args.edits + 1):
            edit(n)
            cpu = rebuild()
            rows.append((cpu, spent.get("check", 0.0), spent.get("plan_sections", 0.0)))
            print(f"edit {n}: {cpu:.3f} s CPU, check {rows[-1][1]:.3f}, plan_sections {rows[-1][2]:.3f}", flush=True)
        medians = [statistics.median(r[i] for r in rows) for i in range(3)]
        print(f"median: {medians[0]:.3f} s CPU, check {medians[1]:.3f}, plan_sections {medians[2]:.3f}"
              f" ({claim.name}, {len(rows)} edits)")
        if args.profile:
            import cProfile

            edit(args.edits + 1)
            prof = cProfile.Profile(time.process_time)
            prof.runcall(build_module.build, config, cache=cache, record_versions=False, search_later=True)
            prof.dump_stats(args.profile)
    finally:
        claim.write_text(original, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
