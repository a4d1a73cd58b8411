"""Progress: nothing for quick builds or pipes, a live line on a TTY for slow ones, phases with -v."""

import io
import time

import pytest

from idlibsite import progress as progress_module
from idlibsite.progress import Progress


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_pipe_gets_no_progress_at_all() -> None:
    out = io.StringIO()
    with Progress(stream=out) as progress:
        progress("checking")
        progress("rendering")
    assert out.getvalue() == ""


def test_a_quick_build_on_a_tty_prints_nothing() -> None:
    out = FakeTTY()
    with Progress(stream=out) as progress:
        progress("checking")
    assert out.getvalue() == ""


def test_a_slow_build_on_a_tty_shows_its_phase_then_clears_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "SHOW_AFTER", 0.05)
    monkeypatch.setattr(progress_module, "REFRESH", 0.01)
    out = FakeTTY()
    with Progress(stream=out) as progress:
        progress("rendering")
        time.sleep(0.2)
    assert "idlibsite: rendering…" in out.getvalue()
    assert out.getvalue().endswith("\r\033[K")


def test_quiet_shows_nothing_even_on_a_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "SHOW_AFTER", 0.01)
    out = FakeTTY()
    with Progress(stream=out, quiet=True) as progress:
        progress("rendering")
        time.sleep(0.05)
    assert out.getvalue() == ""


def test_verbose_prints_every_phase_with_its_time() -> None:
    out = io.StringIO()
    with Progress(stream=out, verbose=True) as progress:
        progress("checking")
        progress("rendering")
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == ["checking", "rendering", "total"]
