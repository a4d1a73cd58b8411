"""The editing session's writes: only into claims/, atomic, never over a change made since, undoable.

Every file is written whole to a hidden temporary file beside it, flushed to
disk, then renamed over the old one (``os.replace``): a reader, the watcher
or a crash sees the old file or the new one, never half of one.  A write
names the SHA-256 of the file as its editor last saw it; when the file on
disk is another, someone else (another tab, a text editor) changed it and
the write is refused.  Each write is kept with the bytes it replaced, so it
can be undone, again only while the file is as the write left it.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

ABSENT = "absent"  # the "hash" of a file that does not exist (a new claim)
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.yaml")  # a claim id's file, or actors.yaml
UNDO_DEPTH = 50  # writes kept for undo in one session


class Refused(Exception):
    """A change not made, with what to tell the person who asked for it."""

    def __init__(self, message: str, status: int = 409, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.status = status  # the HTTP status to answer with
        self.problems = problems  # the checks' messages, as `idlibsite check` prints them


@dataclass(frozen=True)
class Change:
    """One write, as it can be undone."""

    path: Path
    before: bytes | None  # the file's bytes before, None when the write created it
    after: str  # SHA-256 of the bytes written
    label: str  # what it did, in words ("added statement x to claim y")


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, ABSENT when there is no file."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return ABSENT


class Store:
    """Writes into one claims folder; keeps the session's writes for undo."""

    def __init__(self, claims: Path) -> None:
        self.claims = claims.resolve()
        self.history: list[Change] = []

    def target(self, name: str) -> Path:
        """``claims/<name>``; refused for any name that is not a plain ``*.yaml`` file name of the folder."""
        if not _NAME.fullmatch(name):
            raise Refused(f"'{name}' is not a claim file name (a slug and .yaml)", 400)
        path = self.claims / name
        if path.is_symlink() or (path.exists() and not path.is_file()) or path.resolve().parent != self.claims:
            raise Refused(f"claims/{name} is not a plain file inside claims/: not written", 403)
        return path

    def write(self, path: Path, data: bytes, expected: str, label: str) -> Change:
        """Replace ``path`` by ``data`` if it still has the hash ``expected``; remember it for undo."""
        self.unchanged(path, expected)
        before = path.read_bytes() if path.exists() else None
        atomic_write(path, data)
        change = Change(path, before, hashlib.sha256(data).hexdigest(), label)
        self.history = [*self.history[-(UNDO_DEPTH - 1):], change]
        return change

    def undo(self) -> Change:
        """Put back the file of the latest write as it was before it."""
        if not self.history:
            raise Refused("nothing to undo", 409)
        change = self.history[-1]
        self.unchanged(change.path, change.after)
        if change.before is None:
            change.path.unlink()
        else:
            atomic_write(change.path, change.before)
        self.history.pop()
        return change

    def unchanged(self, path: Path, expected: str) -> None:
        """Refused unless ``path`` has the hash ``expected`` (ABSENT: it must not exist)."""
        if digest(path) != expected:
            raise Refused(f"claims/{path.name} changed since you opened it (in another tab or an editor): "
                          "nothing was written. Reload the page to see the file as it is now.", 409)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to a hidden file beside ``path``, flush it to disk, rename it over ``path``."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # hidden: the watcher ignores it
    try:
        with open(temp, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o777)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)  # the rename itself reaches the disk
    finally:
        os.close(fd)
