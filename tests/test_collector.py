"""The collector paused while a process that builds once checks the project (collector.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import copy_project
import idlibsite.build as build_module
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.collector import uncollected
from idlibsite.config import load_config


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    """Each test starts and ends with nothing frozen and the collector on."""
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.enable()


def test_no_collection_runs_in_the_block_and_what_it_leaves_is_frozen() -> None:
    before = gc.get_freeze_count()
    with uncollected(True):
        assert not gc.isenabled()
        made = [[i] for i in range(1000)]  # containers the collector tracks
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(made)


def test_unpaused_or_with_the_collector_off_nothing_changes() -> None:
    with uncollected(False):
        assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    gc.disable()
    with uncollected(True):
        assert not gc.isenabled()
    assert not gc.isenabled() and gc.get_freeze_count() == 0  # left off, as it was


def test_the_collector_is_on_again_after_an_error_in_the_block() -> None:
    with pytest.raises(KeyError), uncollected(True):
        raise KeyError("x")
    assert gc.isenabled()


def test_a_one_shot_build_checks_with_the_collector_off_and_serve_s_with_it_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(copy_project(tmp_path))
    seen: list[bool] = []
    real = build_module.check

    def check(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(build_module, "check", check)
    build(config)  # a process that builds once (the command line's)
    assert seen == [False] and gc.isenabled() and gc.get_freeze_count() > 0
    gc.unfreeze()
    build(config, cache=Cache(config.root / CACHE_DIR, writable=True))  # one that builds again (serve's)
    assert seen == [False, True] and gc.get_freeze_count() == 0
