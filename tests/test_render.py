"""Rendering: the same bytes whether pages are made one by one or across cores."""

from pathlib import Path

import pytest

from conftest import copy_project
from idlibsite.build import build
from idlibsite.config import load_config
from idlibsite.site import render as render_module
from idlibsite.site.planned import Page, Whole


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("deps_per_page", [render_module.DEPS_PER_PAGE, 1])  # 1: many chunks cut by inputs shown
def test_parallel_rendering_gives_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                deps_per_page: int) -> None:
    serial = copy_project(tmp_path / "serial")
    build(load_config(serial), full=True)
    parallel = copy_project(tmp_path / "parallel")
    monkeypatch.setattr(render_module, "PARALLEL_MIN_PAGES", 1)
    monkeypatch.setattr(render_module, "DEPS_PER_PAGE", deps_per_page)
    monkeypatch.setattr(render_module.os, "cpu_count", lambda: 2)
    pools: list[str] = []
    real = render_module.multiprocessing.get_context

    def spy(method: str):  # type: ignore[no-untyped-def]
        pools.append(method)
        return real(method)

    monkeypatch.setattr(render_module.multiprocessing, "get_context", spy)
    here: list[str] = []
    made_here = render_module._made_here
    monkeypatch.setattr(render_module, "_made_here", lambda page, config: (here.append(page.path), made_here(page, config))[1])
    build(load_config(parallel), full=True)
    assert pools == ["fork"]  # the pages really were made by worker processes
    assert here == ["claims.json", "sitemap.xml"]  # the files listing the whole site by the parent, never pickled
    assert tree(parallel / "site") == tree(serial / "site")


def test_pages_go_to_the_workers_in_order_in_chunks_of_so_many_pages_and_inputs_shown() -> None:
    """A chunk holds at most ``most`` pages and ``most * DEPS_PER_PAGE`` inputs shown (an actor's page
    lists many claims: its bytes grow with them), a page showing more being a chunk alone."""
    shown = [1] * 70 + [200, 200, 200, 600, 0, 3]
    pages = [Page(f"p{i}", tuple(f"d{j}" for j in range(n)), "t", dict) for i, n in enumerate(shown)]
    assert render_module.DEPS_PER_PAGE == 8  # (the figures below are made for it)
    chunks = list(render_module._chunks(pages, 64))
    assert chunks == [(0, 64), (64, 8), (72, 1), (73, 1), (74, 2)]
    assert list(render_module._chunks(pages[:10], 4)) == [(0, 4), (4, 4), (8, 2)]
    assert list(render_module._chunks([], 64)) == []
    whole = Page("w", ("d",), "", dict, Whole(bytes, 3))  # a file listing the whole site: a chunk alone
    assert list(render_module._chunks([*pages[:3], whole, *pages[:2], whole, whole], 64)) == [
        (0, 3), (3, 1), (4, 2), (6, 1), (7, 1)]


def test_page_keys_do_not_depend_on_where_the_project_lies(tmp_path: Path) -> None:
    here, there = copy_project(tmp_path / "a"), copy_project(tmp_path / "b")
    (here / "templates" / "extra.html").write_text("x", "utf-8")
    (there / "templates" / "extra.html").write_text("x", "utf-8")
    assert render_module.template_files(load_config(here)) == render_module.template_files(load_config(there))
    assert ("templates/extra.html", b"x") in render_module.template_files(load_config(here))
