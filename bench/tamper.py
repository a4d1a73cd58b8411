"""The cost of tamper-proof output at the size of a 10,000-source site (issue 19, point 3).

Before a spare tree is swapped in, ``output.folders.prune`` removes anything the new
site does not hold (a file added by hand): it lists every folder, or, once the tree's
folders are recorded, only those whose stat changed since.  That listing is the one
cost the tamper fix added to a rebuild (the ctime check and the staging add no system
call).  This script makes a tree of the shape ``bench.scale`` gives at 10,000 sources
(40,687 pages, each an ``index.html`` in its own folder, 192,412 files in all) and times
the listing with nothing to remove, and the prune with every folder recorded (a stat
each), the fastest of ``--repeat`` runs, in CPU and wall seconds.  Run from the project
root: ``.venv/bin/python bench/tamper.py``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from idlibsite.output.folders import prune

PAGES = 40_687  # bench.scale at 10,000 sources (bench/README.md)
FILES = 192_412


def make_tree(root: Path, pages: int, files: int) -> set[str]:
    """``pages`` folders of 100 per parent, each with an index.html, and the other files spread over them."""
    paths: set[str] = set()
    extra = files - pages
    for i in range(pages):
        folder = f"p{i // 100}/{i}"
        os.makedirs(root / folder, exist_ok=True)
        names = ["index.html"] + [f"f{j}.json" for j in range(extra // pages + (i < extra % pages))]
        for name in names:
            (root / folder / name).write_bytes(b"x")
            paths.add(f"{folder}/{name}")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=PAGES)
    parser.add_argument("--files", type=int, default=FILES)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=".") as scratch:  # the project's filesystem, as the spare is
        root = Path(scratch)
        keep = make_tree(root, args.pages, args.files)
        known = prune(str(root), keep, {}, ())[0]
        for how, recorded in (("listing the spare", {}), ("with its folders recorded", known)):
            runs = []
            for _ in range(args.repeat):
                cpu, wall = time.process_time(), time.perf_counter()
                prune(str(root), keep, recorded, ())
                runs.append((time.process_time() - cpu, time.perf_counter() - wall))
            left = sum(len(f) for _, _, f in os.walk(root))
            assert left == len(keep), (left, len(keep))  # nothing was removed
            best_cpu = min(c for c, _ in runs)
            best_wall = min(w for _, w in runs)
            print(f"{len(keep):,} files in {args.pages:,} page folders: {how} took "
                  f"{best_cpu:.2f} s CPU, {best_wall:.2f} s wall (fastest of {args.repeat}; "
                  f"load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
