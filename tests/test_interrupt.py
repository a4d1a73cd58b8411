"""A whole `idlibsite build` killed at any instant loses nothing.

test_output.py kills the low-level writer; here the real command line,
``python -m idlibsite build``, is SIGKILLed (with Pagefind, its child) at
seeded random instants while it replaces a complete old site with a different
new one.  After each kill, site/ holds exactly the old or the new site (or,
where renames cannot exchange two folders, the old one waits whole at
``.site.old-*``).  The next build then leaves exactly the new site and
nothing beside it but the spare tree (the site before last).  Stale locks and temporary trees are removed only when
they are idlibsite's own, and two builds at once give one complete site.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from clitools import cli_args, cli_env, copy_project, leftovers, tree
from idlibsite.site.search import SCRATCH

SEED = 20200304  # the kill instants are random, but the same on every run
ROUNDS = 6  # each is a killed build and a full one: about 1.3 s
FOOTER = "templates/footer.html"
MIRROR = "https://mirror.example.org/idlib/"
SPARE = ".site.spare"  # the site before last, which the next build brings up to date
VERSIONS = Path(__file__).resolve().parent.parent / "claims" / "versions.lock.json"


def start(project: Path, *args: str, tmpdir: Path) -> subprocess.Popen[str]:
    """``idlibsite build`` in a session of its own, so that Pagefind dies with it."""
    return subprocess.Popen(
        cli_args(project, "build", "-q", *args),
        env=cli_env(TMPDIR=str(tmpdir)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def catches_sigint(process: subprocess.Popen[str]) -> bool:
    """Whether the interpreter has put its SIGINT handler in place (``SigCgt`` of /proc/PID/status)."""
    try:
        status = Path(f"/proc/{process.pid}/status").read_text()
    except OSError:
        return False
    caught = re.search(r"^SigCgt:\s*([0-9a-f]+)$", status, re.MULTILINE)
    return bool(caught and int(caught.group(1), 16) & (1 << (signal.SIGINT - 1)))


def kill(process: subprocess.Popen[str]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # it had finished
    process.communicate()


def build(project: Path, *args: str, tmpdir: Path) -> None:
    process = start(project, *args, tmpdir=tmpdir)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err


def site_of(project: Path) -> dict[str, bytes | None]:
    return tree(project / "site")


def set_version(project: Path, version: str) -> None:
    """Inputs A or B: B changes the footer of every page and the title of a claim, with the claim's
    ``updated`` date of each version (as a real edit would: a change under the old date is noticed).

    The versions file is an input too (the version pages are made from it), and every build that
    changes a title appends to it: it is reset to the project's, so that A and B each make one site.
    """
    shutil.copy(VERSIONS, project / "claims" / VERSIONS.name)
    footer = (project / FOOTER).read_text("utf-8")
    footer = re.sub(r"<!-- version \w -->\n?", "", footer) + f"<!-- version {version} -->\n"
    (project / FOOTER).write_text(footer, "utf-8")
    claim = sorted(p for p in (project / "claims").glob("*.yaml") if p.name != "actors.yaml")[0]
    text = re.sub(
        r"(?m)^(title: .*?)( \(version \w\))?$",
        rf"\1 (version {version})",
        claim.read_text("utf-8"),
        count=1,
    )
    text = re.sub(r"(?m)^updated: .*$", f"updated: 2026-12-0{'1' if version == 'A' else '2'}", text, count=1)
    claim.write_text(text, "utf-8")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The complete sites of inputs A and B (and B at a mirror URL), a build's duration,
    and a project holding site A."""
    scratch = tmp_path_factory.mktemp("tmpdir")
    out: dict[str, Any] = {}
    for version in ("A", "B"):
        project = copy_project(tmp_path_factory.mktemp(version) / "project")
        set_version(project, version)
        began = time.monotonic()
        build(project, tmpdir=scratch)
        out[f"seconds {version}"] = time.monotonic() - began
        out[version] = site_of(project)
        out[f"project {version}"] = project
    build(project, "--base-url", MIRROR, tmpdir=scratch)
    out["B mirror"] = site_of(project)
    assert out["A"] != out["B"] != out["B mirror"]
    assert out["A"][".idlibsite"] is not None
    return out


@pytest.fixture
def project_a_to_b(sites: dict[str, Any], tmp_path: Path) -> Path:
    """A project holding the complete site A whose inputs are now B."""
    project = tmp_path / "project"
    shutil.copytree(sites["project A"], project, symlinks=True)
    assert site_of(project) == sites["A"]
    set_version(project, "B")
    return project


def assert_old_or_new(project: Path, old: Any, new: Any) -> str:
    """site/ is the old or the new site; or it is missing and the old one waits whole beside it."""
    now = site_of(project)
    if now == new:
        return "new"
    if now == old:
        return "old"
    aside = [p for p in project.iterdir() if p.name.startswith(".site.old-")]
    assert not (project / "site").exists() and len(aside) == 1, (
        f"site/ is neither the old nor the new site; beside it: {leftovers(project)}"
    )
    assert tree(aside[0]) == old
    return "old, aside"


def test_a_build_killed_at_random_instants_leaves_the_old_or_the_new_site(
    sites: dict[str, Any], project_a_to_b: Path, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    project = project_a_to_b
    span = max(sites["seconds A"], sites["seconds B"])
    seen: dict[str, int] = {}
    versions = ("A", "B")
    for round_ in range(ROUNDS):
        new, old = versions[(round_ + 1) % 2], versions[round_ % 2]
        set_version(project, new)
        process = start(project, tmpdir=tmp_path)
        time.sleep(rng.uniform(0.05, span))
        kill(process)
        state = assert_old_or_new(project, sites[old], sites[new])
        seen[state] = seen.get(state, 0) + 1
        # the next run recovers whatever the killed one left, and finishes the job
        build(project, tmpdir=tmp_path)
        assert site_of(project) == sites[new]
        assert leftovers(project) == [SPARE]
        assert list(project.glob("claims/.*.lock.json.tmp-*")) == []  # the anchor lock's and the versions file's
    assert seen.get("old", 0) + seen.get("old, aside", 0) >= 1, seen  # some kills did interrupt


def kill_when(
    project: Path, moment: Callable[[], bool], *args: str, tmpdir: Path, tries: int = 3
) -> None:
    """Start a build of inputs B over site A and SIGKILL it as soon as ``moment()`` holds.

    On a loaded machine the build may finish before the moment is seen: then site A is
    put back and the build tried again.
    """
    for _ in range(tries):
        process = start(project, *args, tmpdir=tmpdir)
        deadline = time.monotonic() + 60
        while not moment() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        if process.poll() is None:
            kill(process)
            return
        process.communicate()
        set_version(project, "A")  # it finished first: start again from site A
        build(project, tmpdir=tmpdir)
        set_version(project, "B")
    pytest.fail(f"the build always finished before the moment to kill it ({tries} tries)")


def test_what_a_killed_build_leaves_is_cleaned_up_by_the_next_one_and_nothing_else(
    sites: dict[str, Any], project_a_to_b: Path, tmp_path: Path
) -> None:
    project = project_a_to_b
    # killed while writing the new tree beside the old site: its lock and .tmp- tree stay

    def writing() -> bool:
        return any(p.name.startswith(".site.tmp-") for p in project.iterdir())

    kill_when(project, writing, "--full", tmpdir=tmp_path)
    left = leftovers(project)
    assert any(name.startswith(".site.tmp-") for name in left), left
    assert_old_or_new(project, sites["A"], sites["B"])
    # more of the same, made by hand: a stale lock file, an empty .tmp- tree (killed between
    # mkdir and the marker), a stale lock-file temporary of a process that is gone
    (project / ".site.lock").touch()
    (project / ".site.tmp-99998-0123abcd").mkdir()
    dead = subprocess.Popen(["true"])  # its pid is one of a process that has exited
    dead.wait()
    stale_lock_tmp = project / "claims" / f".anchors.lock.json.tmp-{dead.pid}"
    stale_lock_tmp.write_text("{half a lock", "utf-8")
    # and what is not ours: a look-alike without the marker that holds a file, another name
    foreign = {
        ".site.tmp-99997-deadbeef/notes.txt": b"not idlibsite's\n",
        ".site.tmp-notours/keep.txt": b"mine\n",
        ".site.old/keep.txt": b"mine too\n",
    }
    for rel, data in foreign.items():
        (project / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / rel).write_bytes(data)

    build(project, tmpdir=tmp_path)

    assert site_of(project) == sites["B"]
    assert sorted(leftovers(project)) == [
        ".site.old",
        SPARE,
        ".site.tmp-99997-deadbeef",
        ".site.tmp-notours",
    ]
    assert {rel: (project / rel).read_bytes() for rel in foreign} == foreign
    assert not stale_lock_tmp.exists()


def test_two_builds_at_once_leave_one_complete_site(
    sites: dict[str, Any], project_a_to_b: Path, tmp_path: Path
) -> None:
    project = project_a_to_b
    # the same inputs at two base URLs: two different complete sites race for site/
    first, second = (start(project, *a, tmpdir=tmp_path) for a in [(), ("--base-url", MIRROR)])
    results = [p.communicate(timeout=120) + (p.returncode,) for p in (first, second)]
    assert [code for _, _, code in results] == [0, 0], results
    assert site_of(project) in (sites["B"], sites["B mirror"])
    assert leftovers(project) == [SPARE]


def test_a_build_killed_while_indexing_leaves_no_scratch_folder(
    project_a_to_b: Path, tmp_path: Path
) -> None:
    """search.py indexes a scratch copy of the pages in $TMPDIR; the next build removes a killed one's."""
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    # killed once the scratch copy is there: not at the first file, which may be the probe that Python's
    # tempfile writes and deletes at once to find a writable folder (not idlibsite's, so never removed by it)
    kill_when(project_a_to_b, lambda: any(p.name.startswith(SCRATCH) for p in scratch.iterdir()), "--full",
              tmpdir=scratch)
    build(project_a_to_b, tmpdir=scratch)
    assert sorted(p.name for p in scratch.iterdir()) == []


@pytest.fixture
def ctrl_c_reaches_children() -> Iterator[None]:
    """SIGINT left to its default in the commands this test starts, as in a terminal.

    A test run started with SIGINT ignored (by nohup, or as ``cmd &`` in a script) passes that on
    through exec: Ctrl-C would never reach idlibsite, and every build would simply finish.
    """
    before = signal.getsignal(signal.SIGINT)
    if before == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a handler is reset to the default at exec
    yield
    signal.signal(signal.SIGINT, before)


@pytest.mark.usefixtures("ctrl_c_reaches_children")
def test_ctrl_c_during_a_build_prints_one_line_and_leaves_the_old_or_the_new_site(
    sites: dict[str, Any], project_a_to_b: Path, tmp_path: Path
) -> None:
    rng = random.Random(SEED + 1)
    project = project_a_to_b
    span = max(sites["seconds A"], sites["seconds B"])
    interrupted = 0
    for round_ in range(3):
        new, old = versions = ("B", "A") if round_ % 2 == 0 else ("A", "B")
        set_version(project, new)
        process = start(project, tmpdir=tmp_path)
        # a Ctrl-C before the interpreter has its handler kills it with no word, before any of idlibsite
        # runs (seen on a loaded machine, where starting Python took over 0.3 s): that is not what is tested
        deadline = time.monotonic() + 30
        while not catches_sigint(process) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0.3, span * 0.8))
        os.kill(process.pid, signal.SIGINT)  # what Ctrl-C sends to the command (Pagefind may finish)
        out, err = process.communicate(timeout=120)
        assert "Traceback" not in err, err
        if process.returncode == -signal.SIGINT and not err:
            # killed with no word: the Ctrl-C came while the interpreter was exiting after the build, once
            # it had given SIGINT back to its default (seen on a loaded machine): the new site is complete
            assert site_of(project) == sites[new], versions
        # 130, or killed by SIGINT (-2) when Python saw the interrupt inside an exec() it ran while
        # importing (a dataclass's generated methods): the shell shows both as 130
        elif process.returncode in (130, -signal.SIGINT):
            interrupted += 1
            assert err.strip().splitlines() in (
                ["idlibsite: interrupted; the published site is the previous one, or the new one if it was "
                 "already swapped in"],
                ["idlibsite: interrupted before it started; nothing was written"])
        else:
            assert process.returncode == 0, err  # it had finished
        assert_old_or_new(project, sites[old], sites[new])
        build(project, tmpdir=tmp_path)
        assert site_of(project) == sites[new], versions
    assert interrupted >= 1


def test_ctrl_c_while_the_command_line_is_read_says_nothing_was_started(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from idlibsite import cli

    def interrupted() -> None:
        raise KeyboardInterrupt  # as when Ctrl-C lands inside argparse's gettext lookups (seen in CI)

    monkeypatch.setattr(cli, "_parser", interrupted)
    assert cli.main(["build"]) == 130
    assert capsys.readouterr().err.splitlines() == ["idlibsite: interrupted before it started; nothing was written"]


@pytest.mark.usefixtures("ctrl_c_reaches_children")
def test_a_ctrl_c_while_the_modules_load_is_taken_once_they_are_loaded(tmp_path: Path) -> None:
    """SIGINT is held while idlibsite's modules load (a Ctrl-C inside an import can land in a weakref
    callback, where Python prints a traceback and forgets it), then taken: one line, exit 130."""
    script = tmp_path / "ctrl_c_first.py"
    script.write_text(
        "import os, runpy, signal, sys\n"
        "sys.argv = ['idlibsite', '--version']\n"
        "signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})\n"
        "os.kill(os.getpid(), signal.SIGINT)  # pending, as if Ctrl-C came during the imports\n"
        "runpy.run_module('idlibsite', run_name='__main__', alter_sys=True)\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                          env=cli_env())
    assert (done.returncode, done.stdout) == (130, "")
    assert done.stderr.splitlines() == ["idlibsite: interrupted before it started; nothing was written"]
