"""One build at a time per output directory: an flock on ``.N.lock`` beside it."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from idlibsite.output import fs

LOCK_POLL = 0.05  # seconds between tries of a held lock: small next to any real build


@contextmanager
def writing(out: Path, timeout: float) -> Iterator[None]:
    """Hold the flock on ``.N.lock`` beside ``out``; report OS errors as OutputError."""
    lock = out.with_name(f".{out.name}.lock")
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, fs.FILE_MODE)
        except OSError as exc:
            hint = f"make {out.parent} writable, or {fs.HINT_OUTPUT}"
            raise fs.os_error(lock, exc, "cannot write beside the output directory", hint) from exc
        try:
            _flock(fd, out, deadline)
        except BaseException:
            os.close(fd)
            raise
        if _same_file(fd, lock):
            break
        os.close(fd)  # its holder removed that file when done: lock the one at the path now
    _held_locks.add(fd)
    try:
        yield
    except OSError as exc:
        raise fs.os_error(Path(exc.filename or out), exc, "cannot replace the site", fs.HINT_OS) from exc
    finally:
        lock.unlink(missing_ok=True)  # while still locked, so no one else holds this file
        _held_locks.discard(fd)
        os.close(fd)


# A forked child (a rendering worker) must not keep the lock alive if its parent is killed.
_held_locks: set[int] = set()


def _close_held_locks() -> None:
    for fd in _held_locks:
        os.close(fd)
    _held_locks.clear()


os.register_at_fork(after_in_child=_close_held_locks)


def _flock(fd: int, out: Path, deadline: float) -> None:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                hint = "wait for it to finish, then build again"
                raise fs.refusal(out, f"another build is writing {out}", hint) from None
            time.sleep(LOCK_POLL)


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


