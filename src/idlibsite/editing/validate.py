"""A change to claims/ checked as `idlibsite check` would check it, before it is written.

The claims folder is copied to a temporary folder inside the project's cache
folder (inputs must lie inside the project), the changed files are put there, and :func:`idlibsite.check.check` runs on the project with that folder
as its claims.  Problems then name the files as if they were in claims/.  A
change is refused when it brings an error the project did not have; its new
warnings are shown but do not stop it, as a build publishes with warnings.
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

SCRATCH_PREFIX = "edit-"  # the claims folder under check: .idlibsite-cache/edit-<pid>-<random>/


def check_with(config: Config, changed: Mapping[str, bytes | None]) -> CheckResult:
    """The check of the project with the files ``changed`` (file name -> bytes, None: removed) in claims/."""
    cache = config.root / CACHE_DIR
    cache.mkdir(exist_ok=True)
    remove_stale(cache, SCRATCH_PREFIX)  # left by a server that was killed
    with tempfile.TemporaryDirectory(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=cache) as folder:
        scratch = Path(folder) / config.claims.name
        scratch.mkdir()
        for path in config.claims.iterdir():
            if path.is_file() and not path.is_symlink() and path.suffix in (".yaml", ".yml", ".json"):
                shutil.copyfile(path, scratch / path.name)
        for name, data in changed.items():
            if data is None:
                (scratch / name).unlink(missing_ok=True)
            else:
                (scratch / name).write_bytes(data)
        result = check(replace(config, claims=scratch))
        prefix = config.rel(scratch)
        shown = config.rel(config.claims)
        problems = tuple(replace(p, path=p.path.replace(prefix, shown, 1), message=p.message.replace(prefix, shown),
                                 hint=p.hint.replace(prefix, shown)) for p in result.problems)
    return replace(result, problems=problems)


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
