"""Writing the site: aside, swapped in whole, refusing anything it might destroy."""

from __future__ import annotations

import errno
import fcntl
import os
import pickle
import pwd
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from idlibsite.errors import OutputError
from idlibsite.output import fs
from idlibsite.output.made import WriteReport
from idlibsite.output.fs import MARKER
from idlibsite.output.publish import recover, write_site

SRC = Path(fs.__file__).resolve().parents[2]  # src/


def tree(path: Path) -> dict[str, bytes]:
    """Every file under ``path`` with its bytes, by POSIX relative path."""
    return {
        p.relative_to(path).as_posix(): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def site(version: int, pages: int = 20) -> dict[str, bytes]:
    """A site whose pages change with ``version``; odd and even versions differ in one file."""
    files = {"index.html": f"<h1>version {version}</h1>".encode(), "static/site.css": b"body{}"}
    for n in range(pages):
        files[f"claims/c{n:03d}/index.html"] = f"claim {n} of version {version}\n".encode() * 8
    files["odd.html" if version % 2 else "even/only.html"] = b"parity"
    return files


OURS = [".idlibsite-cache", ".site.spare", "claims", "corpus"]  # what a build keeps beside the site


def beside(project: Path) -> list[str]:
    """Everything in the project folder, by name."""
    return sorted(os.listdir(project))


def on_disk(files: dict[str, bytes]) -> dict[str, bytes]:
    """What a written site looks like: its files and the marker."""
    return {**files, MARKER: fs.MARKER_TEXT}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for name in ("corpus", "claims", "templates", "src"):
        (root / name).mkdir(parents=True)
    return root


def test_writes_a_tree_then_replaces_it_whole(project: Path) -> None:
    out = project / "site"
    old_umask = os.umask(0o077)
    try:
        first = write_site(site(1), out, project)
    finally:
        os.umask(old_umask)
    assert tree(out) == on_disk(site(1))
    assert first == WriteReport(written=len(site(1)), unchanged=0, removed=0)
    assert {oct(p.stat().st_mode & 0o777) for p in out.rglob("*") if p.is_file()} == {"0o644"}
    assert {oct(p.stat().st_mode & 0o777) for p in [out, *out.rglob("*")] if p.is_dir()} == {
        "0o755"
    }

    second = write_site(site(2), out, project)
    assert tree(out) == on_disk(site(2))
    assert not (out / "odd.html").exists()
    assert second == WriteReport(written=len(site(2)) - 1, unchanged=1, removed=1)
    assert beside(project) == [*OURS, "site", "src", "templates"]


def test_unchanged_files_are_not_written_again(project: Path) -> None:
    out = project / "site"
    files = {"same.html": b"same", "changes.html": b"one"}
    write_site(files, out, project)
    before = {name: (out / name).stat().st_ino for name in files}
    report = write_site({**files, "changes.html": b"two"}, out, project)
    assert report == WriteReport(written=1, unchanged=1, removed=0)
    assert (out / "same.html").stat().st_ino == before["same.html"]  # the very same file
    assert (out / "changes.html").stat().st_ino != before["changes.html"]
    assert (out / "changes.html").read_bytes() == b"two"


def test_an_existing_empty_directory_is_used(project: Path) -> None:
    (project / "site").mkdir()
    write_site(site(1), project / "site", project)
    assert tree(project / "site") == on_disk(site(1))


def test_the_two_renames_are_used_where_the_exchange_is_not(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fs, "exchange", lambda a, b: False)
    write_site(site(1), project / "site", project)
    write_site(site(2), project / "site", project)
    assert tree(project / "site") == on_disk(site(2))
    assert beside(project) == [*OURS, "site", "src", "templates"]  # no .old- tree is left


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is Linux-only")
def test_the_exchange_is_atomic_on_linux(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x").write_text("from a")
    assert fs.exchange(tmp_path / "a", tmp_path / "b")
    assert (tmp_path / "b" / "x").read_text() == "from a"
    assert not any((tmp_path / "a").iterdir())


@pytest.mark.parametrize(
    ("where", "why"),
    [
        (lambda root: root, "is the project root"),
        (lambda root: root.parent, "holds the project"),
        (lambda root: root / "corpus", "input folder corpus/"),
        (lambda root: root / "claims" / "site", "input folder claims/"),
        (lambda root: root / "templates" / "out", "input folder templates/"),
        (lambda root: root / "src" / "site", "input folder src/"),
        (lambda root: Path("/"), "is the filesystem root"),
        (lambda root: root.parent / "home", "is your home directory"),
    ],
)
def test_refuses_directories_it_might_destroy(
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: Callable[[Path], Path],
    why: str,
) -> None:
    (project.parent / "home").mkdir()
    monkeypatch.setenv("HOME", str(project.parent / "home"))
    before = sorted(project.parent.rglob("*"))
    out = where(project)
    with pytest.raises(OutputError) as caught:
        write_site(site(1), out, project)
    (problem,) = caught.value.problems
    assert why in problem.message and str(out.resolve()) in problem.message
    assert "site/" in problem.hint
    assert sorted(project.parent.rglob("*")) == before


def test_refuses_a_directory_of_foreign_files_and_leaves_it_as_it_was(project: Path) -> None:
    out = project / "site"
    (out / "notes").mkdir(parents=True)
    (out / "notes" / "draft.txt").write_bytes(b"my own work")
    (out / "index.html").write_bytes(b"hand-made")
    before = tree(out)
    with pytest.raises(OutputError, match="holds files idlibsite did not create; move them"):
        write_site(site(1), out, project)
    assert tree(out) == before
    assert sorted(os.listdir(project)) == ["claims", "corpus", "site", "src", "templates"]


def test_refuses_a_file_in_place_of_the_directory(project: Path) -> None:
    (project / "site").write_bytes(b"not a folder")
    with pytest.raises(OutputError, match="is not a directory"):
        write_site(site(1), project / "site", project)
    assert (project / "site").read_bytes() == b"not a folder"


@pytest.mark.parametrize(
    ("files", "why"),
    [
        ({"../x": b""}, "'..' component"),
        ({"a/../../x": b""}, "'..' component"),
        ({"/etc/x": b""}, "absolute"),
        ({"a//b": b""}, "empty"),
        ({"a/": b""}, "empty"),
        ({"": b""}, "empty"),
        ({"./a": b""}, "'.'"),
        ({"a\\b": b""}, "backslash"),
        ({"a\0b": b""}, "NUL"),
        ({MARKER: b""}, "marker"),
        ({"a": b"", "a/b": b""}, "both a file and a folder"),
    ],
)
def test_refuses_bad_site_paths_before_writing_anything(
    project: Path, files: dict[str, bytes], why: str
) -> None:
    with pytest.raises(OutputError) as caught:
        write_site({"index.html": b"fine", **files}, project / "site", project)
    (problem,) = caught.value.problems
    assert why in problem.message
    assert not (project / "site").exists()


def test_reports_every_bad_path_at_once(project: Path) -> None:
    with pytest.raises(OutputError) as caught:
        write_site({"../x": b"", "/y": b"", "ok.html": b""}, project / "site", project)
    assert sorted((p.path, p.line, p.column, p.message, p.hint) for p in caught.value.problems) == [
        (path, None, None, f"cannot write this page: {why}",
         "site paths are relative POSIX paths such as claims/foo/index.html")
        for path, why in (("../x", "the path has an empty, '.' or '..' component"), ("/y", "the path is absolute"))]


def test_refuses_when_the_parent_cannot_be_made(project: Path) -> None:
    (project / "afile").write_bytes(b"")
    with pytest.raises(OutputError, match="cannot create the output directory's parent") as caught:
        write_site(site(1), project / "afile" / "site", project)
    assert caught.value.problems[0].path == str(project / "afile")


UNPRIVILEGED = "nobody"  # the user a root test run writes as, so that file modes bind it


def as_unprivileged(argv: list[str]) -> list[str]:
    """``argv`` run so that a read-only mode stops it: as ourselves, or (as root) as nobody via setpriv."""
    if os.geteuid() != 0:
        return argv
    user = pwd.getpwnam(UNPRIVILEGED)
    return ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups", *argv]


def test_refuses_when_the_parent_is_read_only() -> None:
    """Run by root too (CI): the write then runs as an unprivileged user, as a real one would."""
    with tempfile.TemporaryDirectory() as scratch:  # in /tmp: an unprivileged user can reach it
        project = Path(scratch) / "project"
        parent = project / "ro"
        parent.mkdir(parents=True)
        if os.geteuid() == 0:
            user = pwd.getpwnam(UNPRIVILEGED)
            for path in (Path(scratch), project, parent):
                os.chown(path, user.pw_uid, user.pw_gid)
        os.chmod(scratch, 0o755)
        parent.chmod(0o500)
        code = (
            "import sys; from pathlib import Path; from idlibsite.output.publish import write_site\n"
            "from idlibsite.errors import OutputError\n"
            "try:\n    write_site({'index.html': b'x'}, Path(sys.argv[1]), Path(sys.argv[2]))\n"
            "except OutputError as e:\n    print('\\n'.join(f'{p.path}|{p.message}' for p in e.problems))\n"
            "else:\n    print('written')\n"
        )
        result = subprocess.run(
            as_unprivileged([sys.executable, "-c", code, str(parent / "site"), str(project)]),
            env={**os.environ, "PYTHONPATH": str(SRC)}, capture_output=True, text=True, timeout=60, check=False,
        )
        assert result.returncode == 0, result.stderr
        (line,) = result.stdout.splitlines()
        path, message = line.split("|", 1)
        assert path == str(parent / ".site.lock") and message.startswith("cannot write beside the output directory")
        assert os.listdir(parent) == []
        parent.chmod(0o755)


def test_a_failed_write_leaves_the_old_site_and_no_temporary_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    before = tree(out)
    real = fs.write_file
    calls = []

    def failing(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, data)

    monkeypatch.setattr(fs, "write_file", failing)
    with pytest.raises(OutputError) as caught:
        write_site(site(2), out, project)
    (problem,) = caught.value.problems
    assert problem.path == str(calls[2]) and "No space left on device" in problem.message
    assert tree(out) == before
    assert beside(project) == [".idlibsite-cache", "claims", "corpus", "site", "src", "templates"]


def test_leaves_foreign_folders_that_look_like_its_own(project: Path) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    foreign = [project / ".site.tmp-123-deadbeef", project / ".site.old-7-0123abcd"]
    for folder in foreign:
        folder.mkdir()
        (folder / "notes.txt").write_bytes(b"mine")
    ours = project / ".site.tmp-99-00000000"
    ours.mkdir()
    (ours / MARKER).write_bytes(fs.MARKER_TEXT)
    (ours / "claims").mkdir()
    (ours / "claims" / "half.html").write_bytes(b"<p")
    empty = project / ".site.tmp-98-00000000"  # killed between mkdir and the marker
    empty.mkdir()

    write_site(site(2), out, project)
    for folder in foreign:
        assert tree(folder) == {"notes.txt": b"mine"}
    assert not ours.exists() and not empty.exists()
    assert tree(out) == on_disk(site(2))


def test_recover_puts_back_a_site_cut_off_between_the_two_renames(project: Path) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    out.rename(project / ".site.old-5-abcdef01")
    recover(out)
    assert tree(out) == on_disk(site(1))
    assert not (project / ".site.old-5-abcdef01").exists()


def test_recover_will_not_guess_between_two_previous_sites(project: Path) -> None:
    out = project / "site"
    write_site(site(1), out, project)
    out.rename(project / ".site.old-5-abcdef01")
    write_site(site(2), project / "other", project)
    (project / "other").rename(project / ".site.old-6-abcdef02")
    with pytest.raises(OutputError, match="several previous sites"):
        recover(out)
    assert tree(project / ".site.old-5-abcdef01") == on_disk(site(1))
    assert tree(project / ".site.old-6-abcdef02") == on_disk(site(2))


def test_a_held_lock_makes_the_second_build_wait_then_refuse(project: Path) -> None:
    out = project / "site"
    with open(project / ".site.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another build is writing"):
            write_site(site(1), out, project, lock_timeout=0.2)
    assert not out.exists()


def test_a_lock_file_left_by_a_killed_build_is_harmless(project: Path) -> None:
    (project / ".site.lock").write_bytes(b"")
    write_site(site(1), project / "site", project)
    assert tree(project / "site") == on_disk(site(1))
    assert not (project / ".site.lock").exists()


def test_concurrent_builds_leave_one_complete_site(project: Path) -> None:
    out = project / "site"
    sites = [site(1, pages=150), site(2, pages=150)]
    errors: list[OutputError] = []

    def build(files: dict[str, bytes], start: threading.Barrier) -> None:
        start.wait()
        try:
            write_site(files, out, project)
        except OutputError as exc:  # reported by the assertion below
            errors.append(exc)

    for _ in range(3):
        start = threading.Barrier(2)
        threads = [threading.Thread(target=build, args=(files, start)) for files in sites]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert tree(out) in [on_disk(files) for files in sites]
        assert beside(project) == [*OURS, "site", "src", "templates"]


# The child writes the pickled site from stdin.  With a kill point "fill:n" it
# SIGKILLs itself just before its n-th file write, rename, exchange, rmdir or record save;
# with "swap:n" likewise, counting from the flush before the swap; "none" never.
CHILD = """
import os, pickle, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from idlibsite.output import fs, publish, records
out, project, mode = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
phase, _, kill_at = sys.argv[5].partition(":")
if mode == "renames":
    fs.exchange = lambda a, b: False
calls, counting = [0], [phase == "fill"]
def stopping(real):
    def call(*args, **kwargs):
        if counting[0]:
            if calls[0] == int(kill_at):
                os.kill(os.getpid(), signal.SIGKILL)
            calls[0] += 1
        return real(*args, **kwargs)
    return call
def flushing(real):
    def call(*args, **kwargs):
        counting[0] = counting[0] or phase == "swap"
        return real(*args, **kwargs)
    return call
os.rename, os.rmdir = stopping(os.rename), stopping(os.rmdir)
fs.exchange, fs.write_file = stopping(fs.exchange), stopping(fs.write_file)
records.Records.save = stopping(records.Records.save)
fs.sync_filesystem = flushing(fs.sync_filesystem)
files = pickle.load(sys.stdin.buffer)
print("go", flush=True)
publish.write_site(files, out, project)
"""


@pytest.mark.parametrize("mode", ["exchange", "renames"])
def test_a_build_killed_at_any_instant_leaves_the_old_or_the_new_site(
    project: Path, mode: str
) -> None:
    out = project / "site"
    pages = 200
    write_site(site(0, pages), out, project)
    started = time.perf_counter()
    write_site(site(1, pages), out, project)
    duration = time.perf_counter() - started
    current = 1
    rng = random.Random(20200304)
    swap = [f"swap:{n}" for n in range(4)]
    kill_points = swap + ["fill:0", "fill:1", "fill:50"] + swap + ["none"] * 8  # none: a random delay
    outcomes = []
    for version, kill_at in enumerate(kill_points, start=2):
        old, new = on_disk(site(current, pages)), on_disk(site(version, pages))
        with subprocess.Popen(
            [sys.executable, "-c", CHILD, str(SRC), str(out), str(project), mode, kill_at],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        ) as child:
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write(pickle.dumps(site(version, pages)))
            child.stdin.close()
            assert child.stdout.readline() == b"go\n"
            if kill_at == "none":
                time.sleep(rng.uniform(0, duration))  # within the time a write takes
                child.kill()
            killed = child.wait(timeout=30) == -9
        recover(out)
        after = tree(out)
        assert after in (old, new), f"round {version}: neither the old nor the new site"
        outcomes.append((kill_at, killed, after == new))
        if after == new:
            current = version
        assert beside(project) in ([*OURS, "site", "src", "templates"], [*OURS[:1], *OURS[2:], "site", "src", "templates"])
        spare = project / ".site.spare"
        assert not spare.exists() or (spare / MARKER).is_file()
    assert ("swap:0", True, False) in outcomes  # killed before the swap: the old site
    assert ("fill:1", True, False) in outcomes  # killed while filling the tree: the old site
    assert any(k.startswith("swap") and killed and is_new for k, killed, is_new in outcomes)  # after it
    assert any(k == "none" and killed for k, killed, _ in outcomes)  # a random kill hit the build
    write_site(site(99, pages), out, project)
    assert tree(out) == on_disk(site(99, pages))
    assert beside(project) == [*OURS, "site", "src", "templates"]
