"""The whole pipeline, top to bottom: load → anchor → check → render → write.

Nothing is written until everything is known to be good: a failed build
raises with every problem and leaves the previous site untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

from idlibsite.check import CheckResult, check
from idlibsite.config import Config
from idlibsite.errors import InputError
from idlibsite.lock import LOCK_NAME, snapshot, write_lock
from idlibsite.output import WriteReport, write_site
from idlibsite.render import render_site


@dataclass(frozen=True)
class BuildResult:
    """What a successful build did."""

    checked: CheckResult  # sources, annotations, anchors, warnings and coverage
    pages: int  # HTML pages rendered
    written: WriteReport  # files written, unchanged and removed


def build(config: Config, *, strict: bool = False, accept_source_changes: bool = False) -> BuildResult:
    """Build the site into ``config.output``; raise InputError/OutputError with every problem."""
    # load sources and annotations, anchor every statement, compare with the anchor lock
    checked = check(config, accept_source_changes=accept_source_changes)
    failing = checked.problems if strict else checked.errors
    if failing:
        raise InputError(failing)
    inputs = {
        **{
            f"claims/{c.id}": (config.root / c.path).read_bytes()
            for c in checked.site.annotations.claims
        },
        **{f"sources/{s.id}": (config.root / s.path).read_bytes() for s in checked.site.sources},
    }
    files = render_site(checked.site, config, inputs)  # every page in memory
    written = write_site(files, config.output, config.root)  # aside, then swapped in
    write_lock(config.claims / LOCK_NAME, snapshot(checked.site))  # the spans now published
    pages = sum(1 for path in files if path.endswith(".html"))
    return BuildResult(checked, pages, written)
