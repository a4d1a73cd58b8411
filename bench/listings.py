"""The pages a warm one-claim edit renders, by template, and their render time (issue 18, listing pages).

Run on a project made by ``python -m bench.scale --generate-only --keep --workdir W``::

    .venv/bin/python -m bench.listings W/project [--edits 3]

In one process, as ``serve`` does: a build, one untimed edit, then ``--edits``
timed edits of one claim's title, each followed by the build ``serve`` makes
(``search_later``, no version recorded, the cache told the edited path).
Each page's render time is taken around ``site/render._make``.  Prints, per
edit, the pages rendered by template with their render seconds, and the
largest listing page rendered (its items: statements, claim rows, sources).
Run it with ``PYTHONPATH=<a copy of another src/>`` to measure other code.
``--bound N`` sets ``site/lists.BOUND`` (items on a listing or actor page)
to N: a smaller project then splits its lists as a larger one does at 200.
The actor pages (``actor.html``, ``actor_part.html``) rendered are counted apart.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import defaultdict
from pathlib import Path

from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.config import load_config
from idlibsite.site import lists, render

LISTINGS = ("period.html", "topic.html", "sources.html", "timeline.html", "parts.html")
ACTORS = ("actor.html", "actor_part.html")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--bound", type=int, default=lists.BOUND)
    args = parser.parse_args()
    lists.BOUND = args.bound
    config = load_config(args.project)
    cache = Cache(config.root / CACHE_DIR, writable=True)
    timings: list[tuple[str, str, float, int]] = []
    make = render._make

    def timed(env, page, cfg):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        made = make(env, page, cfg)
        timings.append((page.path, page.template, time.perf_counter() - started,
                        len(made) if isinstance(made, bytes) else 0))
        return made

    render._make = timed  # type: ignore[assignment]
    started = time.perf_counter()
    build(config, cache=cache, record_versions=False, search_later=True)
    print(f"first build: {time.perf_counter() - started:.1f} s")
    claim = sorted((config.claims).glob("*.yaml"))
    target = next(p for p in claim if re.search(r"(?m)^title: ", p.read_text("utf-8")))
    for n in range(args.edits + 1):
        text = target.read_text("utf-8")
        target.write_text(re.sub(r"(?m)^title: (.*?)( \(edit \d+\))?$", rf"title: \1 (edit {n})", text, count=1),
                          "utf-8")
        cache.changed({str(target)})
        timings.clear()
        started, cpu = time.perf_counter(), time.process_time()
        build(config, cache=cache, record_versions=False, search_later=True)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        if n == 0:
            continue  # untimed: the first edit fills what later edits reuse
        by_template: dict[str, list[float]] = defaultdict(list)
        for _, template, seconds, _ in timings:
            by_template[template or "(bytes)"].append(seconds)
        listing = [t for t in timings if t[1] in LISTINGS]
        print(f"edit {n} of {target.name}: wall {wall:.2f} s, CPU {cpu:.2f} s; {len(timings)} files rendered "
              f"in {sum(t[2] for t in timings):.3f} s; listing pages {len(listing)} in "
              f"{sum(t[2] for t in listing):.3f} s, largest {max((t[3] for t in listing), default=0):,} bytes")
        actors = [t for t in timings if t[1] in ACTORS]
        print(f"    actor pages {len(actors)} in {sum(t[2] for t in actors):.3f} s, largest "
              f"{max((t[3] for t in actors), default=0):,} bytes: {', '.join(sorted(t[0] for t in actors))}")
        for template, seconds in sorted(by_template.items(), key=lambda kv: -sum(kv[1])):
            print(f"    {template:20} {len(seconds):4} files {sum(seconds):7.3f} s")


if __name__ == "__main__":
    main()
