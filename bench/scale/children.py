"""Child processes: wall time and peak RSS of one command, on a snapshot of src/idlibsite."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    command: list[str]
    wall: float  # seconds
    maxrss_mb: float  # largest single process of the tree (GNU time's %M, else wait4's ru_maxrss)
    tree_mb: float  # peak of the summed RSS of the process and its descendants (sampled)
    returncode: int
    stdout: str
    stderr_lines: int
    stderr_head: str


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _tree_rss(pid: int) -> int:
    kids = _children()
    todo, total = [pid], 0
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * page
        except OSError:
            pass
        todo += kids.get(p, [])
    return total


ENV: dict[str, str] | None = None  # the environment of every child (PYTHONPATH on the snapshot of src/)


def run(command: list[str], log: Path, timeout: float, cwd: Path | None = None) -> Run:
    """Run ``command`` in a fresh process: wall time, peak RSS (wait4 and sampled tree)."""
    out_path, err_path, rss_path = log.with_suffix(".out"), log.with_suffix(".err"), log.with_suffix(".rss")
    # ru_maxrss of a child forked from this (large) process starts at our own size, so
    # the peak is taken by GNU time, a small process, when it is there
    timer = ["/usr/bin/time", "-f", "%M", "-o", str(rss_path)] if os.access("/usr/bin/time", os.X_OK) else []
    command = timer + command
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err, cwd=cwd, env=ENV, start_new_session=True)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.1):
                peak[0] = max(peak[0], _tree_rss(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, 9)  # its own session: the command and whatever it started
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = err_path.read_text("utf-8", "replace")
    lines = stderr.splitlines()
    maxrss_kb = usage.ru_maxrss
    if timer:
        try:
            maxrss_kb = int(rss_path.read_text().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return Run(command, wall, maxrss_kb / 1024, peak[0] / 2**20, proc.returncode,
               out_path.read_text("utf-8", "replace"), len(lines), "\n".join(lines[:15]))


def idlibsite_cmd() -> list[str]:
    return [sys.executable, "-m", "idlibsite"]


def snapshot_package(work: Path) -> Path:
    """Copy src/idlibsite into the work folder and run every child on the copy.

    Others edit src/ while a long run goes on; every figure of one run then
    comes from the same code.
    """
    global ENV
    import idlibsite

    live = Path(idlibsite.__file__).resolve().parent
    target = work / "snapshot"
    shutil.copytree(live, target / "idlibsite", ignore=shutil.ignore_patterns("__pycache__"))
    ENV = dict(os.environ, PYTHONPATH=str(target) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return target
