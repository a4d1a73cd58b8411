"""The base URL: `build` warns about an example domain, `serve` links to its own address."""

import threading
import urllib.request
from pathlib import Path

import pytest

from clitools import copy_project, run_cli
from idlibsite.build import build
from idlibsite.config import is_example_url, load_config
from idlibsite.serve import serve, served_config


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


def test_serve_builds_its_pages_with_its_own_address(tmp_path: Path) -> None:
    config = load_config(copy_project(tmp_path))
    served = [config]
    ports: list[int] = []
    started, stop = threading.Event(), threading.Event()

    def bound(port: int) -> None:
        served[0] = served_config(config, port, explicit=False)

    def rebuild() -> list[str]:
        build(served[0])
        return []

    def ready(port: int) -> None:
        ports.append(port)
        started.set()

    thread = threading.Thread(target=serve, args=(config, 0, rebuild),
                              kwargs={"stop": stop, "ready": ready, "bound": bound})
    thread.start()
    try:
        assert started.wait(60)
        base = f"http://127.0.0.1:{ports[0]}/"
        with urllib.request.urlopen(base + "claims/turkish-troops-in-idlib-illegal/", timeout=30) as response:
            page = response.read().decode()
        assert f'<link rel="canonical" href="{base}claims/turkish-troops-in-idlib-illegal/">' in page
        assert "idlib.example.org" not in page
    finally:
        stop.set()
        thread.join(30)
    assert served_config(config, 8000, explicit=True) is config  # --base-url wins
