"""The scale bench's curve (bench/scale/curve.py): each phase's wall and CPU seconds, and its k, at several sizes."""

import json

from bench.scale.curve import fit, main


def _child(n: int, wall: float, cpu: float) -> str:
    """The JSON line a ``_phases`` child prints, with one wrapped phase and one phase the build reports."""
    return json.dumps({"total": 2 * wall, "cpu": 2 * cpu, "edit": False, "phases": {"plan pages": wall},
                       "phases_cpu": {"plan pages": cpu}, "progress": {"rendering": wall},
                       "progress_cpu": {"rendering": cpu}, "progress_peak_rss_mb": {"rendering": n / 10},
                       "maxrss_mb": n / 10})


def test_the_fit_of_a_power_law_gives_its_exponent() -> None:
    assert abs(fit([(n, 3 * n ** 1.5) for n in (1000, 3000, 10000, 30000)]) - 1.5) < 1e-9


def test_the_curve_prints_each_phases_cpu_and_wall_seconds_with_their_k_at_four_sizes(tmp_path, capsys) -> None:
    args = []
    for n in (1000, 3000, 10000, 30000):  # wall grows as N^1.5 (a loaded machine), CPU as N
        path = tmp_path / f"{n}.json"
        path.write_text(_child(n, 1e-3 * n ** 1.5 / 30, 1e-4 * n) + "\n", "utf-8")
        args.append(f"{n}={path}")
    assert main(args) == 0
    rows = {line.split("  ")[1].strip(): line for line in capsys.readouterr().out.splitlines() if "k =" in line}
    assert rows["plan pages (CPU)"].endswith("k =  1.00")
    assert rows["plan pages"].endswith("k =  1.50  > 1.1")
    assert rows["wall seconds, rendering"].endswith("k =  1.50  > 1.1")
    assert rows["CPU seconds, rendering"].endswith("k =  1.00")
