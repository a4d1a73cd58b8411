"""``claims/versions.lock.json``: every published version of every claim, committed with the
project so versioned URLs survive a fresh clone and a rebuild from scratch.

The build appends a line for each claim whose published content changed and
writes the file only after the new site has been swapped in (like the anchor
lock); ``check`` only reads it.  The file is append-only: each entry names
the version before it, and its id is the hash of its snapshot, so an entry
edited, removed or reordered by hand is reported at its line and column.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from idlibsite.anchoring.versions import Version
from idlibsite.cache import Cache
from idlibsite.errors import InputError, Problem, line_col
from idlibsite.scratch import remove_stale

VERSIONS_NAME = "versions.lock.json"
FORMAT = 1
NOTE = ("Written by idlibsite build: every published version of every claim, oldest first. "
        "Commit it; never edit it (versioned URLs are made from it).")


def read_versions(path: Path, display: str = "", cache: Cache | None = None) -> tuple[Version, ...]:
    """The versions as last written; none when there is no file yet.

    Raises InputError located at ``display`` (default: ``path``), at the line
    and column of the first entry that is not as the build wrote it.  With
    ``cache``, the same bytes read again in the same process are not parsed again.
    """
    if not path.exists():
        return ()
    display = display or str(path)
    data = path.read_bytes()
    if cache is None:
        return _parse(data, display)
    return cache.kept((VERSIONS_NAME, hashlib.sha256(data).digest(), display), partial(_parse, data, display))


def _parse(raw: bytes, display: str) -> tuple[Version, ...]:
    hint = (f"this file is written by the build and must not be edited: restore it from version "
            f"control (`git checkout -- {display}`)")
    try:
        text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read in text mode
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(display, exc.lineno, exc.colno,
                                  f"the versions file is not valid JSON: {exc.msg}", hint)]) from exc
    except UnicodeDecodeError as exc:
        raise InputError([Problem(display, None, None, "the versions file is not valid UTF-8", hint)]) from exc
    problems: list[Problem] = []
    out: list[Version] = []
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("versions"), list):
        raise InputError([Problem(display, 1, 1, "the versions file is not in the format idlibsite writes "
                                  f"(expected an object with \"format\": {FORMAT} and a \"versions\" list)", hint)])
    latest: dict[str, str] = {}
    offset = 0
    entries = data["versions"]
    for n, entry in enumerate(entries, 1):
        entries[n - 1] = None  # the parsed entry is dropped as it is made compact (Version.canonical)
        found = text.find('{"claim"', offset)
        offset = found + 1 if found >= 0 else offset
        line, col = line_col(text, found) if found >= 0 else (None, None)
        try:
            snapshot = dict(entry["snapshot"])
            if not isinstance(snapshot.get("updated"), str):
                raise KeyError("updated")
            version = Version.of(str(entry["claim"]), str(entry["version"]), str(entry["previous"]), snapshot)
        except (KeyError, TypeError, ValueError) as exc:
            what = f"no key {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
            problems.append(Problem(display, line, col, f"version entry {n} is damaged: {what}", hint))
            continue
        where = f"version {version.id} of claim {version.claim!r}"
        if version.hashed != version.id:
            problems.append(Problem(display, line, col, f"{where} was edited by hand: its content no longer "
                                    f"matches its id (it hashes to {version.hashed})", hint))
        elif version.previous != latest.get(version.claim, ""):
            expected = latest.get(version.claim, "")
            problems.append(Problem(
                display, line, col,
                f"{where} follows {version.previous or 'nothing'!s}, but the version before it in the file is "
                f"{expected or 'none'}: an entry was removed or moved by hand", hint))
        latest[version.claim] = version.id
        out.append(version)
    if problems:
        raise InputError(problems)
    return tuple(out)


def write_versions(path: Path, versions: Sequence[Version], read: Sequence[Version]) -> bool:
    """Write the file atomically when versions were added since ``read``; True when written.

    Refuses (ValueError) anything but an append to what was read.
    """
    if tuple(versions[: len(read)]) != tuple(read):
        raise ValueError("the versions file is append-only")
    remove_stale(path.parent, f".{path.name}.tmp-")  # left by a killed build
    if len(versions) == len(read) and path.exists():
        return False
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as out:  # line by line: the whole text is never in memory
        out.write(f'{{\n "format": {FORMAT},\n "note": {json.dumps(NOTE)},\n "versions": [')
        for n, v in enumerate(versions):
            out.write((",\n  " if n else "\n  ") + _entry_json(v))
        out.write("\n ]\n}\n" if versions else "]\n}\n")
    os.replace(tmp, path)
    return True


def _entry_json(v: Version) -> str:
    """One line: the keys in a fixed order, ``claim`` first (read_versions finds entries by it)."""
    snapshot = v.canonical.decode()
    return (f'{{"claim":{json.dumps(v.claim)},"version":{json.dumps(v.id)},'
            f'"previous":{json.dumps(v.previous)},"snapshot":{snapshot}}}')
