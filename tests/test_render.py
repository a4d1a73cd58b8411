"""Rendering: the same bytes whether pages are made one by one or across cores."""

from pathlib import Path

import pytest

from conftest import copy_project
from idlibsite import render as render_module
from idlibsite.build import build
from idlibsite.config import load_config


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_parallel_rendering_gives_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = copy_project(tmp_path / "serial")
    build(load_config(serial), full=True)
    parallel = copy_project(tmp_path / "parallel")
    monkeypatch.setattr(render_module, "PARALLEL_MIN_PAGES", 1)
    monkeypatch.setattr(render_module.os, "cpu_count", lambda: 2)
    pools: list[str] = []
    real = render_module.multiprocessing.get_context

    def spy(method: str):  # type: ignore[no-untyped-def]
        pools.append(method)
        return real(method)

    monkeypatch.setattr(render_module.multiprocessing, "get_context", spy)
    build(load_config(parallel), full=True)
    assert pools == ["fork"]  # the pages really were made by worker processes
    assert tree(parallel / "site") == tree(serial / "site")
