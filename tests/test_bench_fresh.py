"""bench.fresh builds by the code beside it (or the ``--src`` given), never by the idlibsite the interpreter has
installed: the lead's fourteenth 10,000-source run timed another checkout's code, whose first build remade
every source (bench/README.md, session catchup18)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import fresh
from conftest import copy_project


def test_the_child_refuses_to_build_by_an_idlibsite_from_another_folder_than_its_src(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        fresh.main(["--child", str(tmp_path), "--src", str(tmp_path)])  # tmp_path holds no idlibsite
    assert f"not from {tmp_path}" in str(exc.value.code)


def test_without_src_each_run_builds_by_the_src_beside_the_bench(tmp_path: Path) -> None:
    """Run as the lead runs it: from the repository, with a relative project path and no --src."""
    project = copy_project(tmp_path / "project")
    log = tmp_path / "runs.jsonl"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join((str(fresh.ROOT / "src"), str(fresh.ROOT))))
    subprocess.run([sys.executable, "-m", "bench.fresh", os.path.relpath(project, tmp_path), "--runs", "1",
                    "--wait", "0", "--log", str(log)], cwd=tmp_path, env=env, check=True, capture_output=True)
    row = json.loads(log.read_text("utf-8"))
    assert row["src"] == str(fresh.ROOT / "src") and row["project"] == str(project)
    assert row["check"] > 0  # the project was built (not a folder of the repository's, relative to its cwd)
