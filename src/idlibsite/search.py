"""Static search: Pagefind indexes the rendered pages; its bundle comes back in memory.

Only pages whose templates mark their content with ``data-pagefind-body``
(claims, actors and sources in the packaged theme) are indexed; Pagefind
indexes just that element, minus anything inside ``data-pagefind-ignore``.
The index and Pagefind's own JavaScript, CSS and WebAssembly are returned as
``{"pagefind/...": bytes}`` for the build to write with the rest of the site.

Pagefind's binary comes with the ``pagefind[bin]`` package, so nothing is
downloaded at run time.  Its output depends only on the pages given (no
timestamps; file names are hashes of their content), so builds stay
byte-identical.

The binary runs once over a scratch copy of the marked pages, which it reads
and then is deleted; the site itself is still written only by ``output.py``.
Pagefind's Python API gives the same bytes but answers about ten requests a
second (its reply loop sleeps 0.1 s), so adding pages from memory one request
each took 4.5 s for 44 pages where this takes 0.07 s.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from pagefind.service import get_executable

from idlibsite.errors import OutputError, Problem
from idlibsite.scratch import remove_stale

BUNDLE = "pagefind/"  # where the bundle is published; the search page loads it from here
SCRATCH = "idlibsite-search-"  # the scratch copy's name in $TMPDIR: then the pid, so leftovers can go
MARK = b"data-pagefind-body"  # the attribute that makes a page a search result
TIMEOUT = 300  # seconds; indexing takes well under one for this corpus
HINT = "reinstall idlibsite (pip install -e .) so that its pagefind[bin] dependency is present"


def is_indexed(path: str, data: bytes) -> bool:
    """Whether the search indexes this file of the site: an HTML page that marks its content."""
    return path.endswith(".html") and MARK in data


def index_key(indexed: Mapping[str, str]) -> str:
    """A hash of everything the index is made from: the indexed pages' paths and SHA-256s."""
    digest = hashlib.sha256()
    for path, sha in sorted(indexed.items()):
        digest.update(f"{path}\0{sha}\n".encode())
    return digest.hexdigest()


def search_files(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """Pagefind's bundle for the marked HTML pages of ``files``, keyed ``pagefind/...``.

    Empty when no page is marked: Pagefind refuses to make an empty index.
    """
    pages = {path: data for path, data in files.items() if is_indexed(path, data)}
    if not pages:
        return {}
    binary = get_executable()  # $PAGEFIND_BINARY_PATH, else the one pagefind[bin] installed
    if binary is None:
        raise OutputError([_problem("Pagefind's binary was not found")])
    remove_stale(Path(tempfile.gettempdir()), SCRATCH)  # left by killed builds
    with tempfile.TemporaryDirectory(prefix=f"{SCRATCH}{os.getpid()}-") as scratch:
        site, bundle = Path(scratch, "site"), Path(scratch, "bundle")
        for path, data in sorted(pages.items()):
            target = site / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        try:
            run = subprocess.run(
                [str(binary), "--site", str(site), "--output-path", str(bundle), "--silent"],
                check=False,
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OutputError([_problem(f"Pagefind could not run: {exc}")]) from exc
        if run.returncode != 0:
            said = " ".join((run.stderr or run.stdout).split())
            raise OutputError([_problem(f"Pagefind failed (exit {run.returncode}): {said}")])
        return {
            BUNDLE + p.relative_to(bundle).as_posix(): p.read_bytes()
            for p in sorted(bundle.rglob("*"))
            if p.is_file()
        }


def _problem(message: str) -> Problem:
    return Problem(BUNDLE, None, None, f"the search index could not be built: {message}", HINT)
