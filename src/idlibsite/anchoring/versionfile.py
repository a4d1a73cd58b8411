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
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path

from idlibsite.anchoring.versions import Version
from idlibsite.cache import Cache, key
from idlibsite.errors import InputError, Problem, line_col
from idlibsite.scratch import remove_stale

VERSIONS_NAME = "versions.lock.json"
FORMAT = 1
VERSIONS_KIND = "versions"  # cache entries: the versions a file holds, by its name and the SHA-256 of its bytes
NOTE = ("Written by idlibsite build: every published version of every claim, oldest first. "
        "Commit it; never edit it (versioned URLs are made from it).")


def read_versions(path: Path, display: str = "", cache: Cache | None = None) -> tuple[Version, ...]:
    """The versions as last written; none when there is no file yet.

    Raises InputError located at ``display`` (default: ``path``), at the line
    and column of the first entry that is not as the build wrote it.  With
    ``cache``, the same bytes are not parsed again: not in the same process, nor once stored by
    the build that parsed them or wrote them (:func:`store_versions`).
    """
    if not path.exists():
        return ()
    display = display or str(path)
    data = path.read_bytes()
    if cache is None:
        return _parse(data, display)
    sha = hashlib.sha256(data).hexdigest()
    return cache.kept((VERSIONS_NAME, sha, display), partial(_stored, cache, _key(display, sha), data, display))


def _key(display: str, sha: str) -> str:
    """The cache key of the versions of the file shown as ``display`` whose bytes hash to ``sha`` (hex)."""
    return key(VERSIONS_KIND, display, sha)


def _stored(cache: Cache, k: str, data: bytes, display: str) -> tuple[Version, ...]:
    """The versions of ``data`` as stored under ``k``, else parsed (and stored)."""
    found = cache.get(VERSIONS_KIND, k)
    if isinstance(found, tuple):
        return found
    return cache.put(VERSIONS_KIND, k, _parse(data, display))


def _parse(raw: bytes, display: str) -> tuple[Version, ...]:
    laid_out = _as_written(raw)
    if laid_out is not None:
        return laid_out
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
        version, wrong = _version(entry, n, latest)
        if wrong:
            problems.append(Problem(display, line, col, wrong, hint))
        if version is not None:
            latest[version.claim] = version.id
            out.append(version)
    if problems:
        raise InputError(problems)
    return tuple(out)


def _version(entry: object, n: int, latest: dict[str, str]) -> tuple[Version | None, str]:
    """The ``n``th entry as a Version (None when damaged), and what is wrong with it ("" when nothing);
    ``latest``: each claim's last version so far."""
    try:
        snapshot = dict(entry["snapshot"])  # type: ignore[index]
        if not isinstance(snapshot.get("updated"), str):
            raise KeyError("updated")
        version = Version.of(str(entry["claim"]), str(entry["version"]),  # type: ignore[index]
                             str(entry["previous"]), snapshot)  # type: ignore[index]
    except (KeyError, TypeError, ValueError) as exc:
        what = f"no key {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
        return None, f"version entry {n} is damaged: {what}"
    where = f"version {version.id} of claim {version.claim!r}"
    if version.hashed != version.id:
        return version, (f"{where} was edited by hand: its content no longer matches its id "
                         f"(it hashes to {version.hashed})")
    if version.previous != latest.get(version.claim, ""):
        expected = latest.get(version.claim, "")
        return version, (f"{where} follows {version.previous or 'nothing'!s}, but the version before it in "
                         f"the file is {expected or 'none'}: an entry was removed or moved by hand")
    return version, ""


def _as_written(raw: bytes) -> tuple[Version, ...] | None:
    """The versions of a file laid out exactly as write_versions writes it, parsed one entry (one line)
    at a time; None when it is laid out otherwise or anything in it is wrong (the whole-file parse then
    finds and locates the problem).  Parsing the whole file made every entry's dicts at once: 33 MB
    at 1,000 sources, the high-water mark of a build's checks."""
    head = f'{{\n "format": {FORMAT},\n "note": {json.dumps(NOTE)},\n "versions": ['.encode()
    if raw == head + b"]\n}\n":
        return ()
    tail = b"\n ]\n}\n"
    if not (raw.startswith(head) and raw.endswith(tail)):
        return None
    out: list[Version] = []
    latest: dict[str, str] = {}
    at, end = len(head), len(raw) - len(tail)
    while at < end:
        if not raw.startswith(b"\n  ", at):  # each entry on a line of its own, a comma ending all but the last
            return None
        at += 3
        line_end = raw.find(b"\n", at, end)
        last = line_end < 0
        line = raw[at:end if last else line_end]
        if not last and not line.endswith(b","):
            return None
        try:
            entry = json.loads((line if last else line[:-1]).decode("utf-8"))
        except ValueError:  # not JSON, or not UTF-8
            return None
        version, wrong = _version(entry, len(out) + 1, latest)
        if version is None or wrong:
            return None
        latest[version.claim] = version.id
        out.append(version)
        at = end if last else line_end
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
    with tmp.open("wb") as out:  # line by line: the whole text is never in memory
        for piece in _pieces(versions):
            out.write(piece)
    os.replace(tmp, path)
    return True


def store_versions(cache: Cache, display: str, versions: Sequence[Version], read: Sequence[Version]) -> None:
    """Store ``versions``, when some were added since ``read``, under the bytes :func:`write_versions`
    will write, for :func:`read_versions` of the file shown as ``display`` (stored before the rest of a
    build, whose memory is at its highest when the file is written: the cache keeps them only once
    the build commits)."""
    if len(versions) > len(read):
        sha = hashlib.sha256()
        for piece in _pieces(versions):
            sha.update(piece)
        cache.put(VERSIONS_KIND, _key(display, sha.hexdigest()), tuple(versions))


def _pieces(versions: Sequence[Version]) -> Iterator[bytes]:
    """The bytes of the file of ``versions``, a line at a time."""
    yield f'{{\n "format": {FORMAT},\n "note": {json.dumps(NOTE)},\n "versions": ['.encode()
    for n, v in enumerate(versions):
        yield ((",\n  " if n else "\n  ") + _entry_json(v)).encode()
    yield ("\n ]\n}\n" if versions else "]\n}\n").encode()


def _entry_json(v: Version) -> str:
    """One line: the keys in a fixed order, ``claim`` first (read_versions finds entries by it)."""
    snapshot = v.canonical.decode()
    return (f'{{"claim":{json.dumps(v.claim)},"version":{json.dumps(v.id)},'
            f'"previous":{json.dumps(v.previous)},"snapshot":{snapshot}}}')
