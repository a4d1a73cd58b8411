"""Progress of a build on the terminal: shown on a TTY once a build takes longer
than about two seconds, and nothing otherwise; ``-v`` prints every phase with its time.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

SHOW_AFTER = 2.0  # seconds: a quicker build prints no progress at all
REFRESH = 0.25  # seconds between updates of the progress line


class Progress:
    """Called with each phase's name; a context manager that clears its line at the end."""

    def __init__(self, *, verbose: bool = False, quiet: bool = False, stream: TextIO = sys.stderr) -> None:
        self.verbose = verbose
        self.stream = stream
        self.live = not quiet and stream.isatty()
        self.started = time.monotonic()
        self.phase = ""
        self.phase_started = self.started
        self.drawn = False
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._draw, daemon=True)

    def __enter__(self) -> Progress:
        if self.live:
            self.thread.start()
        return self

    def __call__(self, phase: str) -> None:
        now = time.monotonic()
        if self.verbose and self.phase:
            print(f"{self.phase}: {now - self.phase_started:.2f} s", file=self.stream)
        self.phase, self.phase_started = phase, now

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        if self.live:
            self.thread.join()
        if self.drawn:
            self.stream.write("\r\033[K")
        self("")
        if self.verbose:
            print(f"total: {time.monotonic() - self.started:.2f} s", file=self.stream)

    def _draw(self) -> None:
        if self.done.wait(SHOW_AFTER):
            return
        while not self.done.wait(REFRESH):
            self.stream.write(f"\r\033[Kidlibsite: {self.phase}… {time.monotonic() - self.started:.0f} s")
            self.stream.flush()
            self.drawn = True
