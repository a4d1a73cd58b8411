"""Static search: Pagefind indexes the rendered pages in shards; only changed shards are redone.

Only pages whose templates mark their content with ``data-pagefind-body``
(claims and sources in the packaged theme; actor pages are left out, as they
repeat every statement card of the claims) are indexed; Pagefind indexes just
that element, minus anything inside ``data-pagefind-ignore``.

Shards.  One Pagefind process over every page costs time and memory in
proportion to the whole site (at 10,000 sources: 73 s and 6.6 GB for one
run), and an edit to one claim paid all of it.  So the indexed pages are split
by a hash of their site path into ``shard_count(n)`` shards: a power of two,
so that each shard holds at most ``PAGES_PER_SHARD`` pages, and at most
``MAX_SHARDS`` (the browser fetches a little from each shard it searches).
Pagefind costs about 0.03 s to start and 1.3 ms a page, with memory growing
with the pages, so 500-1,000 pages a shard makes a rebuilt shard cheap
(about a second) while a 10,000-source site needs 64.  A page's shard depends
only on its path and the number of shards, never on the order of the pages or
on history, so an incremental build gives exactly a full build's bundle; the
number of shards changes only when the site doubles or halves.

Each shard has a key: a hash of the Pagefind binary's identity, of its
folder and of its pages' paths and SHA-256s.  A shard whose key the site or the
spare recorded is kept (``keep``), without reading a page.  A shard some of whose
pages changed is still kept when Pagefind reads each changed page as it read the
page it replaces: an earlier tree (the site, else the spare: ``Earlier``) recorded
the shard's files under the key of its own pages at those paths, and each page
whose bytes differ has the same view as before (what Pagefind reads of it, its
bytes minus the content of the elements it surely drops, such as a source page's
list of the claims quoting it: searchview.py), old bytes against new.  Those
files are then recorded under the new key.  So a view is computed only for the
changed pages of such a shard, and only until one differs; a build with no
earlier tree (a cold build, ``--full``) computes none.  The others are indexed anew, each by its own
Pagefind process over a scratch copy of its pages, at most ``os.cpu_count()``
at a time, so peak memory is bounded by the shard size, not the site.  Pages
are read (``read``) only for the shards that are redone, and for the views.

Layout.  The first non-empty shard is the primary: its whole Pagefind output,
with the UI's JavaScript, CSS and WebAssembly, is published at ``pagefind/``
as for a single index.  Every other shard ``i`` keeps only its index
(``pagefind-entry.json``, the ``.pf_meta`` file, ``index/``, ``fragment/``)
under ``pagefind/<i>/``: Pagefind searches merged indexes with the primary's
WebAssembly, so their identical copies of the UI would never be fetched.
``pagefind/shards.js``, loaded by the search page after Pagefind's component
UI, lists those folders as the UI instance's ``mergeIndex``, which the UI
reads when it first loads the index; a search then covers every shard.

Pagefind's binary comes with the ``pagefind[bin]`` package, so nothing is
downloaded at run time.  Its output depends only on the pages given (no
timestamps; file names are hashes of their content), so builds stay
byte-identical.  The scratch copies live in $TMPDIR (else /dev/shm) and are deleted; the
site itself is still written only by the output stage (``output/``).  Pagefind's Python API
gives the same bytes but answers about ten requests a second, far slower
than the binary over files.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

from pagefind.service import get_executable

from idlibsite.errors import OutputError, Problem
from idlibsite.scratch import remove_stale
from idlibsite.site.searchview import view

BUNDLE = "pagefind/"  # where the bundle is published; the search page loads it from here
MERGE_SCRIPT = BUNDLE + "shards.js"  # tells the search page's UI where the other shards are
SCRATCH = "idlibsite-search-"  # the scratch copy's name in $TMPDIR: then the pid, so leftovers can go
MARK = b"data-pagefind-body"  # the attribute that makes a page a search result
PAGES_PER_SHARD = 1000  # at most this many pages a shard, unless MAX_SHARDS are not enough
MAX_SHARDS = 64  # a power of two
TIMEOUT = 300  # seconds for one shard; a shard of 1,000 pages takes about 1.5 s
HINT = "reinstall idlibsite (pip install -e .) so that its pagefind[bin] dependency is present"

Keep = Callable[[str, str], Sequence[str] | None]  # keeps the files an earlier build made from a shard key
# (the first), recorded as made from the second (the shard's key now): their paths
Put = Callable[[str, bytes, str], object]  # takes a file made anew: its path, bytes and shard key

class Earlier(Protocol):
    """A tree of the site as it was when this build began (the last site, or the spare): its pages and shards."""

    def sha(self, path: str) -> str | None:
        """The SHA-256 its record gives the file at ``path``; None when it records none."""

    def read(self, path: str) -> bytes:
        """The bytes of its file at ``path``."""

    def has(self, key: str) -> bool:
        """Whether it holds the files of a shard made from ``key``."""


def is_indexed(path: str, data: bytes) -> bool:
    """Whether the search indexes this file of the site: an HTML page that marks its content."""
    return path.endswith(".html") and MARK in data


@dataclass(frozen=True)
class Shard:
    """Some of the indexed pages, indexed together by one Pagefind process."""

    folder: str  # where its files are published: BUNDLE for the primary, else BUNDLE + "<i>/"
    pages: tuple[str, ...]  # site paths, sorted
    key: str  # a hash of the folder and of the pages' paths and SHA-256s


@dataclass(frozen=True)
class SearchIndex:
    """The files of the shards indexed anew, and each file's shard key (kept shards are not in it)."""

    files: dict[str, bytes]  # "pagefind/..." -> bytes, for the files made anew
    keys: dict[str, str]  # each of those files -> the key of the shard it belongs to, for the tree's record


def shard_count(pages: int) -> int:
    """The fewest shards, a power of two up to MAX_SHARDS, of at most PAGES_PER_SHARD pages each."""
    count = 1
    while count < MAX_SHARDS and pages > count * PAGES_PER_SHARD:
        count *= 2
    return count


def shard_of(path: str, count: int) -> int:
    """The shard of a page: a hash of its site path, so stable whatever else the site holds."""
    return int.from_bytes(hashlib.sha256(path.encode()).digest()[:8], "big") % count


def groups_of(pages: Iterable[str]) -> list[list[str]]:
    """The pages of each shard, by number (sorted; empty for an empty shard)."""
    ordered = sorted(pages)
    count = shard_count(len(ordered))
    groups: list[list[str]] = [[] for _ in range(count)]
    for path in ordered:
        groups[shard_of(path, count)].append(path)
    return groups


def plan_shards(indexed: Mapping[str, str], indexer: str = "") -> list[Shard]:
    """The non-empty shards of the indexed pages (path -> SHA-256), the primary first.

    ``indexer`` names the Pagefind binary, so that a shard made by another
    version is never kept beside the new one's.
    """
    numbered = [(i, pages) for i, pages in enumerate(groups_of(indexed)) if pages]
    return [Shard(folder, tuple(pages), shard_key(indexer, folder, pages, indexed))
            for n, (i, pages) in enumerate(numbered) for folder in [BUNDLE if n == 0 else f"{BUNDLE}{i}/"]]


def shard_key(indexer: str, folder: str, pages: Iterable[str], sha: Mapping[str, str]) -> str:
    """The key of a shard in ``folder`` of these ``pages`` (sorted), each of SHA-256 ``sha[page]``."""
    digest = hashlib.sha256(f"{indexer}\n{folder}\n".encode())
    for path in pages:
        digest.update(f"{path}\0{sha[path]}\n".encode())
    return digest.hexdigest()


def same_index(shard: Shard, indexed: Mapping[str, str], read: Callable[[str], bytes],
               earlier: Iterable[Earlier], made: Callable[[str], bool], indexer: str,
               views: dict[str, str | None]) -> str | None:
    """The key of an earlier shard whose files are the ones Pagefind makes of ``shard``'s pages
    (``indexed``: path -> SHA-256, read with ``read``), or None.

    That shard is the one an earlier tree's pages at the same paths would make, when its files were
    made (``made``) and each page whose bytes changed since Pagefind reads as before: the same view,
    old bytes against new.  Views are computed only for those pages, only until one differs, and once
    for each SHA-256 (``views``, kept by the caller across shards and trees).
    """
    for before in earlier:
        old = {path: sha for path in shard.pages if (sha := before.sha(path)) is not None}
        if len(old) < len(shard.pages):  # a page it did not have: not that shard
            continue
        was = shard_key(indexer, shard.folder, shard.pages, old)
        if was != shard.key and made(was) and all(
                (seen := _view(old[path], partial(before.read, path), views)) is not None
                and seen == _view(indexed[path], partial(read, path), views)
                for path in shard.pages if old[path] != indexed[path]):
            return was
    return None


def _view(sha: str, read: Callable[[], bytes], views: dict[str, str | None]) -> str | None:
    """The view (searchview.py) of the bytes ``read`` gives, which should have SHA-256 ``sha``; None
    when they do not, or cannot be read (an earlier tree's file removed or edited by hand).  Computed
    once for each SHA-256 (``views``)."""
    if sha not in views:
        try:
            data: bytes | None = read()
        except OSError:
            data = None
        views[sha] = view(data) if data is not None and hashlib.sha256(data).hexdigest() == sha else None
    return views[sha]


def bundle_is_current(indexed: Mapping[str, str], recorded: Mapping[str, str], read: Callable[[str], bytes],
                      earlier: Sequence[Earlier] = (),
                      planned: Callable[[Mapping[str, str], str], Sequence[Shard]] = plan_shards) -> bool:
    """Whether a bundle whose files were made from ``recorded`` keys (path -> key) is the one these
    ``indexed`` pages (path -> SHA-256, read with ``read``) get: every shard's files, made from its
    key or from an ``earlier`` tree's pages that Pagefind reads alike (``same_index``), and nothing
    else but the merge script, which follows from the shards' folders.  ``planned``: the shards of
    ``indexed`` (plan_shards, or serve's kept plan: shardsagain.py).  No shard is looked at after
    the first one that neither is."""
    files = dict(recorded)
    files.pop(MERGE_SCRIPT, None)
    made = set(files.values())  # (in C: 12,000 files at 3,000 sources)
    name, views = indexer(), dict[str, str | None]()
    keys = set()
    for shard in planned(indexed, name):
        found = shard.key if shard.key in made else same_index(shard, indexed, read, earlier, made.__contains__,
                                                               name, views)
        if found is None:
            return False
        keys.add(found)
    return made == keys and (MERGE_SCRIPT in recorded) == bool(keys)


def merge_script(shards: Sequence[Shard]) -> bytes:
    """``shards.js``: sets the search UI's ``mergeIndex`` to the shards after the primary.

    Pagefind's component UI makes its "default" instance when its elements
    appear, and loads the index (primary, then each ``mergeIndex`` entry) on
    the first search; this runs after the UI's script and before any search.
    """
    others = json.dumps([s.folder[len(BUNDLE):] for s in shards[1:]])
    return (
        "// Made by idlibsite: the search index is split into shards; the first is in this folder,\n"
        "// these others are merged into it when the search page first loads the index.\n"
        "(() => {\n"
        '  const here = new URL(".", document.currentScript.src);\n'
        '  const search = PagefindComponents.getInstanceManager().getInstance("default");\n'
        f"  search.options.mergeIndex = {others}.map(\n"
        "    (folder) => ({ bundlePath: new URL(folder, here).pathname }));\n"
        "})();\n"
    ).encode()


def search_index(indexed: Mapping[str, str], read: Callable[[str], bytes], keep: Keep,
                 put: Put | None = None, earlier: Sequence[Earlier] = ()) -> SearchIndex:
    """Pagefind's bundle for the ``indexed`` pages (site path -> SHA-256 of their bytes).

    ``keep`` keeps the files of a shard from an earlier build, by the key it
    made them from, and returns their paths (None when it cannot: that shard is
    indexed anew); ``earlier`` are the trees it keeps them from (``same_index``).
    ``read`` gives a page's bytes; it is called for the changed pages of a shard
    an earlier tree may keep, and for the pages of the shards indexed anew.  The
    result holds only the files made anew.  Empty when no page is indexed:
    Pagefind refuses to make an empty index.
    With ``put``, each file made anew is given to it as soon as its shard is
    indexed, and the result's ``files`` stay empty: the whole bundle (20 MB at
    1,000 sources) is never in memory at once.
    """
    name, views = indexer(), dict[str, str | None]()
    shards = plan_shards(indexed, name)
    if not shards:
        return SearchIndex({}, {})

    def kept(shard: Shard) -> bool:
        if keep(shard.key, shard.key) is not None:
            return True
        was = same_index(shard, indexed, read, earlier, lambda k: any(e.has(k) for e in earlier), name, views)
        return was is not None and keep(was, shard.key) is not None

    redo = [shard for shard in shards if not kept(shard)]
    files: dict[str, bytes] = {}
    keys: dict[str, str] = {}

    def made(path: str, data: bytes, key: str) -> None:
        if put is None:
            files[path] = data
        else:
            put(path, data, key)
        keys[path] = key

    # closed here, not when the garbage collector finds it: a Ctrl-C landing in its cleanup (the pool's shutdown, the
    # scratch folder's removal) then stops the build with the one line, where in a finalizer it was printed as an
    # "Exception ignored" traceback and the build went on (test_interrupt's Ctrl-C test, seen once under load)
    with closing(_index_all(redo, read, primary=shards[0])) as bundles:
        for shard, bundle in zip(redo, bundles):
            for path, data in sorted(bundle.items()):
                made(path, data, shard.key)
    script = merge_script(shards)
    made(MERGE_SCRIPT, script, hashlib.sha256(script).hexdigest())
    return SearchIndex(dict(sorted(files.items())), keys)


def _index_all(
    shards: Sequence[Shard], read: Callable[[str], bytes], primary: Shard
) -> Generator[dict[str, bytes], None, None]:
    """Each shard's published files, in order, as it is made, Pagefind running for several shards at once."""
    if not shards:
        return
    binary = get_executable()  # $PAGEFIND_BINARY_PATH, else the one pagefind[bin] installed
    if binary is None:
        raise OutputError([_problem("Pagefind's binary was not found")])
    where = scratch_root()
    remove_stale(where, SCRATCH)  # left by killed builds
    with tempfile.TemporaryDirectory(prefix=f"{SCRATCH}{os.getpid()}-", dir=where) as scratch:

        def index(shard: Shard) -> dict[str, bytes]:
            folder = Path(scratch, shard.key)
            bundle = _pagefind(binary, folder, shard.pages, read)
            return {
                shard.folder + rel: data
                for rel, data in bundle.items()
                if shard is primary or _is_index(rel)
            }

        pool = ThreadPoolExecutor(max_workers=min(len(shards), os.cpu_count() or 1))
        try:
            yield from pool.map(index, shards)
        finally:  # left early (a file could not be put): the shards not started are not indexed
            pool.shutdown(wait=True, cancel_futures=True)


def scratch_root() -> Path:
    """Where the scratch copies go: $TMPDIR when set, else memory (/dev/shm) when writable, else the
    system's temporary folder.  A shard's scratch is a thousand small files written, indexed and
    deleted: on a disk that costs 0.1 ms or more a file, in memory almost nothing."""
    shm = Path("/dev/shm")
    if "TMPDIR" not in os.environ and shm.is_dir() and os.access(shm, os.W_OK | os.X_OK):
        return shm
    return Path(tempfile.gettempdir())


def indexer() -> str:
    """The Pagefind binary's identity: its path, size and modification time (an upgrade changes them)."""
    binary = get_executable()
    try:
        st = binary.stat() if binary is not None else None
    except OSError:
        st = None
    return f"{binary}:{st.st_size}:{st.st_mtime_ns}" if st is not None else ""


def _is_index(rel: str) -> bool:
    """True for the files of a Pagefind bundle that hold its index rather than its UI or code."""
    return "/" in rel or rel == "pagefind-entry.json" or rel.endswith(".pf_meta")


def _pagefind(binary: Path, scratch: Path, pages: Sequence[str], read: Callable[[str], bytes]) -> dict[str, bytes]:
    """Pagefind's output for ``pages`` (site paths, each read as it is written to ``scratch``),
    read back: path -> bytes."""
    site, bundle = scratch / "site", scratch / "bundle"
    for path in sorted(pages):
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(read(path))
    try:
        run = subprocess.run(
            [str(binary), "--site", str(site), "--output-path", str(bundle), "--silent"],
            cwd=scratch,  # no pagefind.yml of the build's folder, nor PAGEFIND_* variables: Pagefind reads
            env={k: v for k, v in os.environ.items() if not k.startswith("PAGEFIND_")},  # what searchview.py says
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
        p.relative_to(bundle).as_posix(): p.read_bytes()
        for p in sorted(bundle.rglob("*"))
        if p.is_file()
    }


def _problem(message: str) -> Problem:
    return Problem(BUNDLE, None, None, f"the search index could not be built: {message}", HINT)
