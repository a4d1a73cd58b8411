"""Helpers shared by the hardening tests: a copy of the project, the real CLI, whole trees.

The hardening tests (test_bad_inputs, test_interrupt, test_injection, test_fuzz,
test_determinism) run ``python -m idlibsite`` in a subprocess, exactly as a user
does, on a copy of this repository's corpus/, claims/, templates/ and
pyproject.toml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

INPUTS = ("corpus", "claims", "templates")
SRC = ROOT / "src"


def copy_project(dest: Path) -> Path:
    """corpus/, claims/, templates/ and pyproject.toml of this repository, copied into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in INPUTS:
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for a CLI subprocess: this checkout's package first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def cli_args(project: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "idlibsite", "--root", str(project), *args]


def run_cli(
    project: Path, *args: str, cwd: Path | None = None, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """``python -m idlibsite --root project ARGS`` as a user runs it; output captured."""
    return subprocess.run(
        cli_args(project, *args),
        cwd=cwd or project,
        env=cli_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every entry under ``folder``: files with their bytes, folders as None, links as targets
    (special files by kind)."""
    out: dict[str, bytes | None] = {}
    if not folder.exists():
        return out
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[rel] = b"-> " + os.fsencode(os.readlink(path))
        elif path.is_dir():
            out[rel] = None
        elif path.is_file():
            out[rel] = path.read_bytes()
        else:  # a FIFO or a device: reading it could wait for ever
            out[rel] = b"special file"
    return out


def leftovers(project: Path, output: str = "site") -> list[str]:
    """Temporary trees, old sites and lock files a build keeps beside its output."""
    return sorted(p.name for p in project.iterdir() if p.name.startswith(f".{output}."))
