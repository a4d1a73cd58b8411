"""``claims/versions.lock.json``: every published version of every claim, committed with the
project so versioned URLs survive a fresh clone and a rebuild from scratch.

The build appends a line for each claim whose published content changed and
writes the file only after the new site has been swapped in (like the anchor
lock); ``check`` only reads it.  The file is append-only: each entry names
the version before it, and its id is the hash of its snapshot, so an entry
edited, removed or reordered by hand is reported at its line and column.  The
first entry of a claim renamed with its old id under ``aliases`` also names the
old id's last version (``moved_from``): a move that names any other, or sits on
a later entry, is reported so too.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path

from idlibsite.anchoring.versions import Version, latest_by_claim, reference, snapshot_lacks
from idlibsite.cache import Cache, key
from idlibsite.errors import InputError, Problem, line_col
from idlibsite.scratch import remove_stale

VERSIONS_NAME = "versions.lock.json"
FORMAT = 1
VERSIONS_KIND = "versions-6"  # cache entries: a chunk of the versions a file holds, by its name and the SHA-256 of
# its bytes up to the chunk's last entry (2: in chunks, 3: each snapshot packed, 4: with the actors it names,
# 5: with its history row's date, sources and changes, 6: with the move it records)
CHUNK = 1000  # versions a chunk: an append stores one chunk again
NOTE = ("Written by idlibsite build: every published version of every claim, oldest first. "
        "Commit it; never edit it (versioned URLs are made from it).")
HEAD = f'{{\n "format": {FORMAT},\n "note": {json.dumps(NOTE)},\n "versions": ['.encode()
TAIL = b"\n ]\n}\n"  # after the last entry
MOVED = "moved_from"  # the key of an entry that is the first version of a claim moved from an old id (an alias):
# "<old id>/<its last version>", after "previous" (Version.moved_from); an entry that moved nothing has none
EMPTY_TAIL = b"]\n}\n"  # of a file without versions


def read_versions(path: Path, display: str = "", cache: Cache | None = None) -> tuple[Version, ...]:
    """The versions as last written; none when there is no file yet.

    Raises InputError located at ``display`` (default: ``path``), at the line
    and column of the first entry that is not as the build wrote it.  With
    ``cache``, the same bytes are not parsed again: not in the same process, nor once stored by
    the build that parsed them or wrote them (:func:`store_versions`).  A file laid out as the build
    writes it is stored in chunks of CHUNK versions, each under the hash of the file's bytes up to
    its last entry: an append parses and stores only the last chunk, and a build never holds a second
    copy of every version to store (the file only grows: 6 MB at 1,000 sources).
    """
    if not path.exists():
        return ()
    display = display or str(path)
    data = path.read_bytes()
    if cache is None:
        return _parse(data, display)
    spans = _entries(data)
    if spans is None:  # not laid out as written: parsed, which locates what is wrong
        return cache.kept((VERSIONS_NAME, hashlib.sha256(data).hexdigest(), display), partial(_parse, data, display))
    keys, sha = _chunk_keys(display, data, spans)
    return cache.kept((VERSIONS_NAME, sha, display), partial(_stored, cache, keys, data, spans, display))


def _chunk_keys(display: str, data: bytes, spans: Sequence[tuple[int, int]]) -> tuple[list[str], str]:
    """The cache key of each chunk of the entries at ``spans`` of ``data`` (the hash of the bytes up to the
    end of its last entry, its comma left out: the same after an append), and the SHA-256 of ``data``."""
    whole = hashlib.sha256()
    keys = []
    at = 0
    view = memoryview(data)
    for last in range(CHUNK - 1, len(spans) + CHUNK - 1, CHUNK):
        end = spans[min(last, len(spans) - 1)][1]
        whole.update(view[at:end])
        at = end
        keys.append(key(VERSIONS_KIND, display, whole.hexdigest()))
    whole.update(view[at:])
    return keys, whole.hexdigest()


def _stored(cache: Cache, keys: Sequence[str], data: bytes, spans: Sequence[tuple[int, int]],
            display: str) -> tuple[Version, ...]:
    """The versions of ``data`` (its entries at ``spans``), each chunk as stored under its key in
    ``keys``, else parsed from the first chunk not stored on (and those chunks stored)."""
    stored = cache.get_many(VERSIONS_KIND, keys)
    out: list[Version] = []
    done = 0  # chunks found stored
    for k in keys:
        found = stored.get(k)
        if not isinstance(found, tuple):
            break
        out += found
        done += 1
    latest = latest_by_claim(out)
    rest = _parsed(data, spans[len(out):], latest, len(out))
    if rest is None:  # an entry not as the build writes it: parsed whole, which says where (and raises)
        return _parse(data, display)
    for j, k in enumerate(keys[done:]):  # each as the cache keeps it (Cache.put)
        out += cache.put(VERSIONS_KIND, k, tuple(rest[j * CHUNK:(j + 1) * CHUNK]))
    return tuple(out)


def _parse(raw: bytes, display: str) -> tuple[Version, ...]:
    spans = _entries(raw)
    laid_out = None if spans is None else _parsed(raw, spans, {}, 0)
    if laid_out is not None:
        return tuple(laid_out)
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
    latest: dict[str, Version] = {}
    offset = 0
    entries = data["versions"]
    for n, entry in enumerate(entries, 1):
        entries[n - 1] = None  # the parsed entry is dropped as it is made compact (Version.packed)
        found = text.find('{"claim"', offset)
        offset = found + 1 if found >= 0 else offset
        line, col = line_col(text, found) if found >= 0 else (None, None)
        version, wrong = _version(entry, n, latest)
        if wrong:
            problems.append(Problem(display, line, col, wrong, hint))
        if version is not None:
            latest[version.claim] = version
            out.append(version)
    if problems:
        raise InputError(problems)
    return tuple(out)


def _version(entry: object, n: int, latest: dict[str, Version]) -> tuple[Version | None, str]:
    """The ``n``th entry as a Version (None when damaged), and what is wrong with it ("" when nothing);
    ``latest``: each claim's last version so far."""
    try:
        snapshot = dict(entry["snapshot"])  # type: ignore[index]
        lacks = snapshot_lacks(snapshot)
        if lacks:
            return None, f"version entry {n} is damaged: {lacks}"
        claim = str(entry["claim"])  # type: ignore[index]
        moved = entry.get(MOVED, "")  # type: ignore[attr-defined]
        if MOVED in entry and not _is_move(moved):  # type: ignore[operator]
            return None, (f"version entry {n} is damaged: its {MOVED!r} is not one \"<claim id>/<version>\" "
                          "(the last version of the old id it moved from)")
        before = latest.get(claim)  # its changes are from it (the entry is refused if it follows another), or
        old = latest.get(moved.partition("/")[0]) if moved and before is None else None  # from the one it moved from
        after = before if before is not None else old
        version = Version.of(claim, str(entry["version"]), str(entry["previous"]),  # type: ignore[index]
                             snapshot, None if after is None else after.snapshot, moved)
    except (KeyError, TypeError, ValueError) as exc:
        what = f"no key {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
        return None, f"version entry {n} is damaged: {what}"
    where = f"version {version.id} of claim {version.claim!r}"
    if version.hashed != version.id:
        return version, (f"{where} was edited by hand: its content no longer matches its id "
                         f"(it hashes to {version.hashed})")
    expected = before.id if before is not None else ""
    if version.previous != expected:
        return version, (f"{where} follows {version.previous or 'nothing'!s}, but the version before it in "
                         f"the file is {expected or 'none'}: an entry was removed or moved by hand")
    if moved and before is not None:
        return version, (f"{where} moved from {moved}, but it is not the first version of {version.claim!r} in the "
                         "file (a claim moves to a new id with its first version there): the move was added by hand")
    if moved and (old is None or reference(old) != moved):
        last = f"is {old.id}" if old is not None else "is none"
        return version, (f"{where} moved from {moved}, but the last version of {version.moved!r} before it in the "
                         f"file {last}: the move was edited by hand")
    return version, ""


def _is_move(moved: object) -> bool:
    """True when ``moved`` is an entry's move as the build writes it: one "<claim id>/<version>"."""
    if not isinstance(moved, str):
        return False
    old_id, slash, version = moved.partition("/")
    return bool(old_id and slash and version) and "/" not in version


def _entries(raw: bytes) -> list[tuple[int, int]] | None:
    """Where each entry of a file laid out exactly as write_versions writes it begins and ends (its
    comma left out), one a line; None when it is laid out otherwise (the whole-file parse then finds
    and locates the problem)."""
    if raw == HEAD + EMPTY_TAIL:
        return []
    if not (raw.startswith(HEAD) and raw.endswith(TAIL)):
        return None
    spans = []
    at, end = len(HEAD), len(raw) - len(TAIL)
    while at < end:
        if not raw.startswith(b"\n  ", at):  # each entry on a line of its own, a comma ending all but the last
            return None
        at += 3
        line_end = raw.find(b"\n", at, end)
        last = line_end < 0
        stop = end if last else line_end
        if not last and raw[stop - 1:stop] != b",":
            return None
        spans.append((at, stop if last else stop - 1))
        at = stop
    return spans


def _parsed(raw: bytes, spans: Sequence[tuple[int, int]], latest: dict[str, Version],
            before: int) -> list[Version] | None:
    """The versions of the entries of ``raw`` at ``spans``, parsed one entry at a time (``latest``: each
    claim's last version in the ``before`` entries of the file before them); None when anything in
    them is wrong.  Parsing the whole file made every entry's dicts at once: 33 MB at 1,000 sources,
    the high-water mark of a build's checks."""
    out: list[Version] = []
    for start, stop in spans:
        try:
            entry = json.loads(raw[start:stop].decode("utf-8"))
        except ValueError:  # not JSON, or not UTF-8
            return None
        version, wrong = _version(entry, before + len(out) + 1, latest)
        if version is None or wrong:
            return None
        latest[version.claim] = version
        out.append(version)
    return out


def write_versions(path: Path, versions: Sequence[Version], read: Sequence[Version]) -> bool:
    """Write the file atomically when versions were added since ``read``; True when written.

    Refuses (ValueError) anything but an append to what was read.  A file that ends with the last
    entry of ``read`` as this function writes it (:func:`_kept`) is copied and only the new entries are
    made and added to the copy (the copy done in the kernel, never in memory); any other is written whole.
    Either way the new file is made beside it and renamed over it: a build killed before leaves it as it was.
    """
    if tuple(versions[: len(read)]) != tuple(read):
        raise ValueError("the versions file is append-only")
    remove_stale(path.parent, f".{path.name}.tmp-")  # left by a killed build
    if len(versions) == len(read) and path.exists():
        return False
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    kept = _kept(path, read)
    if kept is None:
        with tmp.open("wb") as out:  # line by line: the whole text is never in memory
            out.write(HEAD)
            out.writelines(_pieces(versions, 0))
            out.write(TAIL if versions else EMPTY_TAIL)
    else:
        shutil.copyfile(path, tmp)
        with tmp.open("r+b") as out:
            out.truncate(kept)
            out.seek(kept)
            out.writelines(_pieces(versions[len(read):], len(read)))
            out.write(TAIL)
    os.replace(tmp, path)
    return True


def store_versions(cache: Cache, path: Path, display: str, versions: Sequence[Version],
                   read: Sequence[Version]) -> None:
    """Store the chunks of ``versions`` that hold versions added since ``read``, under the bytes
    :func:`write_versions` will write to ``path``, for :func:`read_versions` of the file shown as ``display``
    (stored before the rest of a build, whose memory is at its highest when the file is written: the
    cache keeps them only once the build commits).  The file's bytes before the first chunk with a new
    version are hashed as they are (read a block at a time), that chunk's entries as they are made
    from ``read``: were they edited in the file since it was read, the key is that of no file written,
    and the chunk is never used."""
    if len(versions) <= len(read):
        return
    first = len(read) // CHUNK * CHUNK  # the first chunk with a new version begins at this entry
    again = b"".join(_pieces(read[first:], first))
    kept = _kept(path, read)
    sha = hashlib.sha256()
    if kept is not None and kept - len(again) >= len(HEAD):  # appended to: the bytes it keeps
        with path.open("rb") as f:
            left = kept - len(again)
            while block := f.read(min(left, 1 << 20)):
                sha.update(block)
                left -= len(block)
    else:  # written whole
        sha.update(HEAD)
        for piece in _pieces(read[:first], 0):
            sha.update(piece)
    sha.update(again)
    for n, piece in enumerate(_pieces(versions[len(read):], len(read)), len(read) + 1):
        sha.update(piece)
        if n % CHUNK == 0 or n == len(versions):  # a chunk's last entry
            at = (n - 1) // CHUNK * CHUNK
            cache.put(VERSIONS_KIND, key(VERSIONS_KIND, display, sha.hexdigest()), tuple(versions[at:n]))


def _pieces(versions: Sequence[Version], before: int) -> Iterator[bytes]:
    """The bytes of the entries of ``versions`` in the file, a line each (its comma first), after ``before``
    entries."""
    for n, v in enumerate(versions, before):
        yield ((",\n  " if n else "\n  ") + _entry_json(v)).encode()


def _kept(path: Path, read: Sequence[Version]) -> int | None:
    """How many bytes of the file at ``path`` a build that appends to ``read`` keeps: all but its tail,
    when it begins with the head and ends with the last of ``read`` as :func:`write_versions` writes them;
    None when it does not (or when there is no file, or nothing was read)."""
    if not read:
        return None
    last = b"\n  " + _entry_json(read[-1]).encode() + TAIL
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size < len(HEAD) + len(last) or f.read(len(HEAD)) != HEAD:
                return None
            f.seek(size - len(last))
            return size - len(TAIL) if f.read() == last else None
    except OSError:
        return None


def _entry_json(v: Version) -> str:
    """One line: the keys in a fixed order, ``claim`` first (read_versions finds entries by it)."""
    snapshot = v.canonical.decode()
    moved = f',"{MOVED}":{json.dumps(v.moved_from)}' if v.moved_from else ""  # only on a moved claim's first
    return (f'{{"claim":{json.dumps(v.claim)},"version":{json.dumps(v.id)},'
            f'"previous":{json.dumps(v.previous)}{moved},"snapshot":{snapshot}}}')
