"""The scale bench (bench/scale) times the build's phases by name: each name must still be there."""

from bench.scale.phases import PHASES, phase_targets


def test_every_phase_the_scale_bench_times_names_a_function_that_exists() -> None:
    targets = phase_targets()  # SystemExit, naming the phase, when a function was moved or renamed
    assert [(name, label) for _, name, label in targets] == [(name, label) for _, name, label in PHASES]
    assert all(callable(getattr(target, name)) for target, name, _ in targets)
