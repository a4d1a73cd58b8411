"""output/aside.py: a file the spare and the site share (one inode, two links) is never staged again.

A link renamed onto another link of the same inode changes nothing (POSIX ``rename``), so a file of
the site staged for a spare that already holds it stays in the staging folder, and the build fails
(warm18ac at 10,000 sources: ``.site-warm.spare/.idlibsite.staged: Directory not empty``).
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from clitools import cli_env
from conftest import examples
from idlibsite.cache import Cache
from idlibsite.errors import OutputError
from idlibsite.output import fs
from idlibsite.output.aside import Aside
from test_output import on_disk, site, tree
from test_output_reuse import build, keyed
from test_output_spare import project, spare  # noqa: F401  (fixtures)


def full_disk(self: Aside, path: str, make: object) -> os.stat_result:
    """``Aside._into_place`` on a full disk: in a fresh tree, as a file is put; in the spare, as
    ``finish()`` moves the staged files in (the spare is left marked unclean, its files as they were, as
    a build killed then leaves it)."""
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.tree / path))


def failed_build(out: Path, project: Path, version: int, monkeypatch: pytest.MonkeyPatch) -> bool:  # noqa: F811
    """A build that fails on a full disk as soon as it puts a file in place; whether it failed (not when
    it had nothing to move into the spare)."""
    with monkeypatch.context() as patched:
        patched.setattr(Aside, "_into_place", full_disk)
        try:
            build(out, project, keyed(version))
        except OutputError as exc:
            assert "No space left" in str(exc)
            return True
    return False


def killed_build(out: Path, project: Path, version: int) -> None:  # noqa: F811
    """A build in a process killed (SIGKILL) as ``finish()`` starts moving its staged files into the spare:
    the spare is left marked unclean, its staged folder beside its files."""
    script = f"""
import os, signal, sys
from pathlib import Path
sys.path.insert(0, {str(Path(__file__).parent)!r})
from idlibsite.output.aside import Aside
from test_output_reuse import build, keyed
Aside._into_place = lambda self, path, make: os.kill(os.getpid(), signal.SIGKILL)
build(Path({str(out)!r}), Path({str(project)!r}), keyed({version}))
"""
    assert subprocess.run([sys.executable, "-c", script], env=cli_env()).returncode == -signal.SIGKILL
    assert os.path.lexists(spare(project) / fs.STAGED)


@pytest.mark.parametrize("end", ["failed", "killed"])
def test_a_serve_build_after_an_unknown_spare_was_deleted_keeps_the_spares_own_links(
        project: Path, monkeypatch: pytest.MonkeyPatch, end: str) -> None:  # noqa: F811
    """The spare unknown (a finish that failed or was killed: warm18ac's runs killed before), a serve process's
    first build fills a fresh tree with links to the site's files, then deletes that spare, whose files
    were links to the same inodes: their ctime changes after this process recorded them.  Its next build
    trusts that record without a stat, while the spare (the site before) holds those very files: they are
    kept, not staged again."""
    out = project / "site"
    build(out, project, keyed(1))
    build(out, project, keyed(1))  # a fresh tree of links to the first one's files: the spare shares them
    if end == "failed":
        assert failed_build(out, project, 2, monkeypatch)  # in finish(): the spare left unclean
    else:
        killed_build(out, project, 2)
    serve = Cache(None, keep_reads=lambda path: True)
    build(out, project, keyed(1), cache=serve)  # a fresh tree again; the unknown spare deleted once swapped
    kept, report = build(out, project, keyed(1), cache=serve)
    assert kept == sorted(keyed(1)) and report.written == 0
    assert tree(out) == on_disk(site(1)) and tree(spare(project)) == on_disk(site(1))
    assert not os.path.lexists(spare(project) / fs.STAGED)
    _, report = build(out, project, keyed(1))  # a process that stats each file: the records match them
    assert report.written == 0


STEPS = ["serve", "once", "full", "failed", "new serve"]


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example([("once", 1), ("once", 1), ("failed", 2), ("serve", 1), ("serve", 1)])  # warm18ac's
@given(st.lists(st.tuples(st.sampled_from(STEPS), st.sampled_from([1, 2])), min_size=1, max_size=7))
def test_any_sequence_of_builds_serve_builds_and_failed_ones_publishes_each_site(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
        steps: list[tuple[str, int]]) -> None:
    """Builds of a serve process (one Cache), of processes that build once, ``--full`` ones and ones that
    fail on a full disk, in any order: each build publishes exactly its site, or leaves the last one, and
    no staged file."""
    project = tmp_path_factory.mktemp("project")
    out = project / "site"
    serve = Cache(None, keep_reads=lambda path: True)
    published: int | None = None
    for step, version in steps:
        if step == "failed":
            published = published if failed_build(out, project, version, monkeypatch) else version
        else:
            serve = Cache(None, keep_reads=lambda path: True) if step == "new serve" else serve
            build(out, project, keyed(version), trust=step != "full", cache=serve if "serve" in step else None)
            published = version
        assert (tree(out) == on_disk(site(published))) if published else not os.path.lexists(out), steps
        assert not os.path.lexists(spare(project) / fs.STAGED), steps
