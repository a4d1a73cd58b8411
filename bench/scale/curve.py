"""The scaling curve: time and memory per phase at several sizes, and the fitted exponent of each.

``python -m bench.scale.curve 1000=A.json 3000=B.json [10000=C.json ...]`` reads, for each
number of sources, either a run's ``results.json`` (its warm-server edit, ``phases_edit_claim``,
and its full build's ``phases``) or the JSON line a ``_phases`` child prints, and prints each
phase's seconds at each size, wall and this process's CPU (the phases the build reports as it
goes, and the pipeline's functions ``_phases`` wraps), and the peak RSS, with k, the slope of
log(time) against log(N) fitted by least squares (time ∝ N^k).  Phases under 0.05 s at every size are left out: their k is noise.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

FLOOR = 0.05  # seconds: below this at every size, a phase's exponent is noise


def fit(points: list[tuple[float, float]]) -> float:
    """k of y = c·x^k through (x, y) points, by least squares on the logarithms."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(max(y, 1e-6)) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def runs(path: Path) -> dict[str, dict[str, object]]:
    """The timed builds in one file: name -> the _phases child's JSON."""
    text = path.read_text("utf-8").strip()
    data = json.loads(text.splitlines()[-1] if text.startswith("{\"total\"") else text)
    if "total" in data:
        return {"edit" if data.get("edit") else "full": data}
    return {name: data[key] for name, key in (("edit", "phases_edit_claim"), ("full", "phases"))
            if isinstance(data.get(key), dict) and "total" in data[key]}


def main(argv: list[str]) -> int:
    sizes: dict[int, dict[str, dict[str, object]]] = {}
    for arg in argv:
        n, _, path = arg.partition("=")
        sizes[int(n)] = runs(Path(path))
    if len(sizes) < 2:
        print("give two sizes or more: N=results.json", file=sys.stderr)
        return 2
    ns = sorted(sizes)
    for name in ("edit", "full"):
        have = [n for n in ns if name in sizes[n]]
        if len(have) < 2:
            continue
        print(f"\n{name}: seconds per phase at N = " + ", ".join(f"{n:,}" for n in have) + ", and k (time ∝ N^k)")
        rows: dict[str, list[float]] = {}
        for n in have:
            run = sizes[n][name]
            phases: dict[str, object] = {}
            cpu = dict(run.get("phases_cpu") or {})  # type: ignore[call-overload]
            for phase, spent in dict(run["phases"]).items():  # type: ignore[call-overload]
                phases[phase] = spent
                if phase in cpu:
                    phases[f"{phase} (CPU)"] = cpu[phase]
            for phase, spent in dict(run.get("progress") or {}).items():  # type: ignore[call-overload]
                phases[f"wall seconds, {phase}"] = spent
            phases["TOTAL"] = run["total"]
            if "cpu" in run:
                phases["TOTAL, CPU seconds of the process"] = run["cpu"]
            if run.get("search_catch_up") is not None:
                phases["search catch-up (second build)"] = run["search_catch_up"]
            phases["peak RSS (MB)"] = run["maxrss_mb"]
            for phase, spent in dict(run.get("progress_cpu") or {}).items():  # type: ignore[call-overload]
                phases[f"CPU seconds, {phase}"] = spent
            for phase, peak in dict(run.get("progress_peak_rss_mb") or {}).items():  # type: ignore[call-overload]
                phases[f"peak RSS (MB) by the end of {phase}"] = peak
            for label, spent in phases.items():
                rows.setdefault(label, []).append(float(spent))  # type: ignore[arg-type]
        for label, values in rows.items():
            if len(values) != len(have) or max(values) < FLOOR:
                continue
            k = fit(list(zip(have, values)))
            flag = "  > 1.1" if k > 1.1 and not label.startswith("peak RSS") else ""
            print(f"  {label:46}" + "".join(f"{v:10.2f}" for v in values) + f"   k = {k:5.2f}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
