"""Rendering: the same bytes whether pages are made one by one or across cores."""

from pathlib import Path

import pytest

from conftest import copy_project
from idlibsite.build import build
from idlibsite.config import load_config
from idlibsite.site import render as render_module


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


def test_page_keys_do_not_depend_on_where_the_project_lies(tmp_path: Path) -> None:
    here, there = copy_project(tmp_path / "a"), copy_project(tmp_path / "b")
    (here / "templates" / "extra.html").write_text("x", "utf-8")
    (there / "templates" / "extra.html").write_text("x", "utf-8")
    assert render_module.template_files(load_config(here)) == render_module.template_files(load_config(there))
    assert ("templates/extra.html", b"x") in render_module.template_files(load_config(here))
