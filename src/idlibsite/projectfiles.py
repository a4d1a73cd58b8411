"""Read the project's input files: regular files inside the project, of bounded size.

Every loader reads through :func:`read_input`, so that no input can make a
build hang (a FIFO), read without end (a link to ``/dev/zero``), publish a
file from outside the project (a symbolic link to ``~/.ssh/id_rsa``) or stop
with a traceback (a folder or a dangling link named ``*.txt``).  A symbolic
link is followed only when it ends at a regular file inside the project.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from idlibsite.errors import Problem

# An archived article is tens of kilobytes and a claim file a few; 16 MiB is
# far above any real input and keeps a mistaken file (a video, a disk image)
# from filling memory.
MAX_INPUT_BYTES = 16 * 1024 * 1024

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_HINT = "replace it with a regular file inside the project (copy the file, do not link it)"


def read_input(path: Path, root: Path, shown: str, limit: int = MAX_INPUT_BYTES,
               top: str | None = None) -> tuple[bytes | None, list[Problem]]:
    """The bytes of the input file ``path``, or the problem that prevents reading it.

    ``root`` is the project folder; ``shown`` names the file in messages; ``top`` is
    ``os.path.realpath(root)`` when the caller has it (one per file read was half of the cost).
    """
    # os.path on strings: Path.resolve and is_relative_to cost twice as much, for every input file
    real = os.path.realpath(path)
    top = top or os.path.realpath(root)
    inside = real.startswith(top.rstrip(os.sep) + os.sep) or real == top
    linked = os.path.islink(path)
    if linked and not inside:
        return None, [_problem(shown, f"the file is a symbolic link to {real}, outside the project", _HINT)]
    try:
        # O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as err:
        if linked and not os.path.exists(real):
            return None, [_problem(shown, f"the file is a symbolic link to {real}, which does not exist",
                                   "restore the file it points to, or delete the link")]
        return None, [_problem(shown, f"cannot read the file: {err.strerror}", "check that it exists and is readable")]
    try:
        info = os.fstat(fd)
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "" if stat.S_ISREG(info.st_mode)
                    else "not a regular file")
        if kind:
            return None, [_problem(shown, f"this is {kind}, not a regular file", _HINT)]
        if not inside:
            return None, [_problem(shown, f"the file is inside {os.path.dirname(real)}, outside the project", _HINT)]
        os.set_blocking(fd, True)
        data = _read_at_most(fd, limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        return None, [_problem(shown, f"the file is larger than {limit // (1024 * 1024)} MiB",
                               "an input this large is not an article or an annotation file: check that it is "
                               "the right file, or split it")]
    return data, []


def shown_as(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` (itself when outside), as messages name it, on strings: pathlib's
    relative_to is slow (two calls per source took 0.04 s of a fresh edit at 1,000 sources)."""
    name, top = str(path), str(root)
    if name.startswith(top + os.sep) and top not in ("", ".", os.sep):
        return name[len(top) + 1:].replace(os.sep, "/")
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()


def listing(folder: Path) -> list[str]:
    """The name of every entry of ``folder`` (a link that leads nowhere too), sorted: one listing, where a
    glob per suffix and a pathlib check of each file took 0.2 s at 3,000 sources; none when the folder
    cannot be listed (as a glob finds none)."""
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


Signature = tuple[int, int, int, int, int]  # device, inode, size, mtime and ctime (ns)


def signature(path: str) -> Signature | None:
    """Device, inode, size, mtime and ctime (ns) of a regular file that is not a link (else None)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


RACY_NS = 2_000_000_000  # a file's times must be this much older than a read for its stat to stand for its bytes
# (a second write in the same tick of the file system's clock may leave the stat as it was: filestats.py)
FolderSignature = tuple[int, int, int, int]  # a folder's device, inode, mtime and ctime (ns)
FOLDER_RACY_NS = 2_000_000_000  # a folder's times must be this much older than its stat for the stat to stand
# for its listing (an entry added, removed or renamed later, in the same tick of the clock, would not change them)


def folder_signature(path: str) -> FolderSignature | None:
    """Device, inode, mtime and ctime (ns) of a folder, to be taken before it is listed: while they are the same,
    no entry was added to it, removed or renamed since.  None when it cannot be read, or when its times are not
    FOLDER_RACY_NS older than now (then it is listed each time until they are)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < FOLDER_RACY_NS:
        return None
    return st.st_dev, st.st_ino, st.st_mtime_ns, st.st_ctime_ns


def walk_inputs(folder: Path) -> Iterator[Path]:
    """Every entry under ``folder`` that is not a folder, sorted, without following links to folders.

    Links and special files are listed too: :func:`read_input` says what is wrong with them.
    """
    for top, dirs, files in os.walk(folder, followlinks=False):
        here = Path(top)
        dirs.sort()
        linked = [d for d in dirs if (here / d).is_symlink()]
        dirs[:] = [d for d in dirs if d not in linked]
        yield from (here / name for name in sorted([*files, *linked]))


def _read_at_most(fd: int, size: int) -> bytes:
    chunks = []
    while size > 0 and (chunk := os.read(fd, min(size, 1 << 20))):
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _problem(shown: str, message: str, hint: str) -> Problem:
    return Problem(shown, None, None, message, hint)
