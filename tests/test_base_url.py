"""The base URL: `build` warns about an example domain, `serve` links to its own address."""

import threading
import urllib.request
from pathlib import Path

import pytest

from clitools import copy_project, run_cli
from idlibsite.build import build
from idlibsite.config import is_example_url, load_config
from idlibsite.serve import serve, served_links


@pytest.mark.parametrize(("url", "example"), [
    ("https://idlib.example.org/", True),
    ("https://example.com/idlib/", True),
    ("http://EXAMPLE.NET./", True),
    ("https://idlib-archive.org/", False),
    ("https://example.org.evil.net/", False),
    ("https://notexample.org/", False),
])
def test_example_domains_are_those_rfc_2606_reserves(url: str, example: bool) -> None:
    assert is_example_url(url) is example


def test_build_warns_when_the_base_url_is_the_example_domain(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    assert 'base_url = "https://idlib.example.org/"' in (project / "pyproject.toml").read_text("utf-8")
    run = run_cli(project, "build")
    assert run.returncode == 0, run.stderr
    assert "pyproject.toml: warning: base_url https://idlib.example.org/ is an example domain" in run.stderr
    assert "hint: set [tool.idlibsite] base_url" in run.stderr
    run = run_cli(project, "build", "--base-url", "https://idlib-archive.org/")
    assert run.returncode == 0, run.stderr
    assert "example domain" not in run.stderr
    run = run_cli(project, "build", "--base-url", "https://example.com/x/")
    assert "--base-url: warning: base_url https://example.com/x/ is an example domain" in run.stderr


def test_serve_sends_pages_that_link_to_its_own_address_built_as_build_builds_them(tmp_path: Path) -> None:
    config = load_config(copy_project(tmp_path))
    for own_links in (True, False):
        ports: list[int] = []
        started, stop = threading.Event(), threading.Event()

        def rebuild() -> list[str]:
            build(config)
            return []

        def ready(port: int) -> None:
            ports.append(port)
            started.set()

        thread = threading.Thread(target=serve, args=(config, 0, rebuild),
                                  kwargs={"stop": stop, "ready": ready, "own_links": own_links})
        thread.start()
        try:
            assert started.wait(60)
            base = f"http://127.0.0.1:{ports[0]}/" if own_links else config.base_url  # (--base-url: as built)
            claim = "claims/turkish-troops-in-idlib-illegal/"
            with urllib.request.urlopen(f"http://127.0.0.1:{ports[0]}/{claim}", timeout=30) as response:
                page = response.read().decode()
            with urllib.request.urlopen(f"http://127.0.0.1:{ports[0]}/{claim}claim.json", timeout=30) as response:
                exported = response.read().decode()
            assert f'<link rel="canonical" href="{base}{claim}">' in page
            assert f'"url":"{base}{claim}"' in exported
            assert ("idlib.example.org" in page + exported) is not own_links
        finally:
            stop.set()
            thread.join(30)
        on_disk = (config.output / claim / "index.html").read_text("utf-8")  # as `build` writes it
        assert f'<link rel="canonical" href="{config.base_url}{claim}">' in on_disk


@pytest.mark.parametrize(("built", "escaped"), [
    ("https://idlib-archive.org/", ()),
    ("https://archive.org/idlib&co/", ("https://archive.org/idlib&amp;co/", "https://archive.org/idlib\\u0026co/")),
])
def test_each_form_of_the_base_url_in_the_sites_files_is_sent_as_the_servers_address(
        built: str, escaped: tuple[str, ...]) -> None:
    assert served_links(built, 8123) == tuple((form.encode(), b"http://127.0.0.1:8123/") for form in (built, *escaped))
