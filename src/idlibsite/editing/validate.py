"""A change to claims/ checked as `idlibsite check` would check it, before it is written.

The claims folder is linked (or copied) into a temporary folder inside the
project's cache folder (inputs must lie inside the project), at the same place
relative to that folder as claims/ is to the project, and the changed files
are written there.  :func:`idlibsite.check.check` then runs on the project
with that copy as its claims, shown from the temporary folder: every claim
file is named as in claims/, so the parsed claims of the build cache are used
for the unchanged files (their cache keys are their names and bytes) and
problems name the real files.  A change is refused when it brings an error
the project did not have; its new warnings are shown but do not stop it, as a
build publishes with warnings.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from idlibsite.cache import CACHE_DIR
from idlibsite.check import CheckResult, check
from idlibsite.config import Config
from idlibsite.errors import Problem
from idlibsite.scratch import remove_stale

SCRATCH_PREFIX = "edit-"  # the claims folder under check: .idlibsite-cache/edit-<pid>-<random>/claims/
CHECKED_SUFFIXES = (".yaml", ".yml", ".json")  # what check reads in claims/ (claim files, the locks)


def check_with(config: Config, changed: Mapping[str, bytes | None]) -> CheckResult:
    """The check of the project with the files ``changed`` (file name -> bytes, None: removed) in claims/."""
    cache = config.root / CACHE_DIR
    cache.mkdir(exist_ok=True)
    remove_stale(cache, SCRATCH_PREFIX)  # left by a server that was killed
    with tempfile.TemporaryDirectory(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=cache) as folder:
        scratch = Path(folder) / config.claims.relative_to(config.root)
        scratch.mkdir(parents=True)
        for path in config.claims.iterdir():
            if path.name not in changed and path.suffix in CHECKED_SUFFIXES and path.is_file() \
                    and not path.is_symlink():
                _link(path, scratch / path.name)
        for name, data in changed.items():
            if data is not None:
                (scratch / name).write_bytes(data)
        result = check(replace(config, claims=scratch), claims_shown_from=Path(folder))
        prefix = config.rel(scratch)  # the locks are still named from the project root
        shown = config.rel(config.claims)
        problems = tuple(replace(p, path=p.path.replace(prefix, shown, 1), message=p.message.replace(prefix, shown),
                                 hint=p.hint.replace(prefix, shown)) for p in result.problems)
    return replace(result, problems=problems)


def _link(path: Path, to: Path) -> None:
    """A hard link (check only reads it; a write to claims/ replaces the file, never the linked bytes), or a copy."""
    try:
        os.link(path, to)
    except OSError:
        shutil.copyfile(path, to)


def new_problems(before: Sequence[Problem], after: Sequence[Problem]) -> list[Problem]:
    """The problems of ``after`` that ``before`` does not have (by file, message and severity)."""
    seen = Counter((p.path, p.message, p.severity) for p in before)
    out = []
    for p in after:
        k = (p.path, p.message, p.severity)
        if seen[k]:
            seen[k] -= 1
        else:
            out.append(p)
    return out
