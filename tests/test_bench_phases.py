"""The scale bench (bench/scale) times the build's phases by name: each name must still be there."""

from bench.scale.phases import PHASES, phase_targets


def test_every_phase_the_scale_bench_times_names_a_function_that_exists() -> None:
    targets = phase_targets()  # SystemExit, naming the phase, when a function was moved or renamed
    assert [(name, label) for _, name, label in targets] == [(name, label) for _, name, label in PHASES]
    assert all(callable(getattr(target, name)) for target, name, _ in targets)


def test_every_stage_the_fresh_edit_bench_times_names_a_function_that_exists() -> None:
    from bench.fresh import GENERATORS, STAGES, targets

    for stages in (STAGES, GENERATORS):
        found = targets(stages)  # SystemExit, naming the stage, when a function was moved or renamed
        assert [label for _, _, label in found] == [label for _, _, label in stages]
        assert all(callable(getattr(owner, name)) for owner, name, _ in found)
