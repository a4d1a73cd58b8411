"""The cyclic garbage collector paused while a process that builds once checks the project.

Nearly everything `check` makes in such a process lives until the process ends: the claims, statements and
their places made of the cache's rows, the quotes and anchors, the sources, the lock as read.  Each young
collection (cli's GC_THRESHOLDS: one per 100,000 objects made) scanned the last 100,000 of them and freed
nothing: 0.24 s of a fresh edit's `check` at 3,000 sources, 11-15% of it, growing with the project.  While
`check` runs, the collector is off; then everything made so far is frozen (never scanned again, as rendering
freezes the model it hands its workers), and it is on again for the rest of the build.  What `check` leaves
as cyclic garbage, if anything, is held to the end of the process.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def uncollected(paused: bool) -> Iterator[None]:
    """With ``paused`` (and the collector on), no collection runs inside the block, and what is alive at its
    end is frozen (``gc.freeze``); without, nothing changes."""
    if not paused or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
