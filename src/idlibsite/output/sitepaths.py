"""Which paths a site may hold: plain relative POSIX paths, none of idlibsite's own markers."""

from __future__ import annotations

from idlibsite.errors import Problem
from idlibsite.output import fs


def bad_path(rel: str) -> str | None:
    """Why ``rel`` is not a plain relative POSIX path for a site file; None when it is."""
    parts = rel.split("/")
    if rel.startswith("/"):
        return "the path is absolute"
    if "\\" in rel or "\0" in rel:
        return "the path holds a backslash or a NUL"
    if "" in parts or "." in parts or ".." in parts:
        return "the path has an empty, '.' or '..' component"
    if rel in (fs.MARKER, fs.NEW) or parts[0] == fs.STAGED:
        return f"{parts[0]} is idlibsite's own marker or temporary file"
    return None


def path_problems(bad: list[tuple[str, str]]) -> list[Problem]:
    hint = "site paths are relative POSIX paths such as claims/foo/index.html"
    return [Problem(rel, None, None, f"cannot write this page: {why}", hint) for rel, why in bad]


