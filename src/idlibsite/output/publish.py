"""Write a built site to disk: aside first, then swapped in whole, writing only what changed.

The guarantee, for one output directory ``out`` (resolved, symlinks followed)
named ``N`` on a POSIX filesystem, when the writing process may be killed
(SIGKILL) at any instant:

1. Nothing at ``out`` changes until the whole new tree is written and flushed
   beside it: in the spare ``.N.spare`` (below), or in a fresh
   ``.N.tmp-<pid>-<hex>``.  A refused, failed or killed build leaves the
   previous site as it was.
2. ``out`` then changes only by renames.  On Linux, ``renameat2(RENAME_EXCHANGE)``
   swaps the two trees in one step, so ``out`` holds the complete old or the
   complete new site at every instant.  Where the exchange is unavailable, two
   renames are used; between them ``out`` is missing and the complete old site
   waits at ``.N.old-<pid>-<hex>``.
3. ``fs.recover_leftovers``, which :func:`open_site` runs first (and :func:`recover` on its own), puts such an
   ``.old-`` site back at ``out`` when ``out`` is missing.  So once it has run,
   ``out`` holds exactly the complete old site or exactly the complete new one.
4. The tool deletes only what it created: directories named exactly
   ``.N.tmp-<pid>-<8 hex>``, ``.N.old-<pid>-<8 hex>`` or ``.N.spare`` that
   carry the ``.idlibsite`` marker or are empty (a kill between ``mkdir`` and
   writing the marker), and a marked ``out`` when it replaces it; inside the
   spare (a tree the tool made), the files that are not part of the new
   site, and a file or folder standing where the new site needs the other.
   A tree is deleted marker last, so one cut short is still recognised and
   finished by the next run.  A spare of unknown content is deleted only
   once the new site is published (the replaced site takes its place).
5. ``flock`` on ``.N.lock`` beside ``out`` lets one build at a time write it,
   from choosing the tree to write to the swap.  The kernel drops the lock of a
   killed process (forked children close it); the file itself is removed by
   its holder, and a waiter that locked a removed file tries again.

The spare: after a swap the replaced site is kept as ``.N.spare``.  The next
build brings it up to date and swaps it in, so it writes only the files whose
bytes changed and removes everything else in it.  New files wait in its
staging folder until the whole site is made, then are renamed over the old
ones (never written in place, as site and spare share inodes through hard
links): a build that fails before that leaves the spare and its record as
they were.  What each tree holds is known from its record
(trees.py), tied to the tree by its marker file's identity and marked unclean
while the tree changes; a spare without a clean record, or ``trust=False``
(``build --full``), gives a fresh ``.tmp-`` tree written whole, as does a
missing spare.

What is published is what the build made, even when either tree was edited
by hand: a file is kept only while its stat (inode, size, mtime and ctime)
is the one recorded, and an edit in place cannot keep its ctime, even with
its size and mtime restored (``touch -r``); so such a file is made again,
whichever tree it is in and whether or not the other shares its inode.
Before a tree is published, the filesystem's clock is seen to pass the last
ctime recorded, so no later edit can carry the same stamp.  The spare is
listed whole before it is swapped in, and whatever the new site does not
have (a file or folder added by hand) is removed.

Against power loss (untested): every file and directory of the new tree is
flushed before the swap (one ``syncfs`` of the filesystem) and the parent
directory fsynced after it, so filesystems that honour them (ext4, xfs,
btrfs) should keep the same guarantee.  Not handled: an ``out`` that is
itself a mount point cannot be renamed, so the build fails and leaves it
untouched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.errors import OutputError, Problem
from idlibsite.output import fs
from idlibsite.output.aside import Aside
from idlibsite.output.made import WriteReport
from idlibsite.output.sitepaths import bad_path, path_problems
from idlibsite.output.locking import writing
from idlibsite.output.records import Records

INPUT_DIRS = ("corpus", "claims", "templates", "src", ".git")  # never written into


def write_site(
    files: Mapping[str, bytes], out_dir: Path, project_root: Path, *, lock_timeout: float = 30.0
) -> WriteReport:
    """Replace ``out_dir`` with exactly ``files`` (POSIX relative path -> bytes), or refuse."""
    problems = _check_paths(files)
    if problems:
        raise OutputError(problems)
    with open_site(out_dir, project_root, lock_timeout=lock_timeout) as aside:
        for rel in sorted(files):
            aside.put(rel, files[rel])
        return aside.finish()


@contextmanager
def open_site(
    out_dir: Path, project_root: Path, *, lock_timeout: float = 30.0, trust: bool = True,
    notice: Callable[[str], None] = lambda message: None, cache: Cache | None = None,
) -> Iterator[Aside]:
    """Lock ``out_dir`` and give the tree that will replace it, to fill and then ``finish()``.

    The tree is the spare brought up to date when its record is clean (and
    ``trust``), else a fresh ``.tmp-`` tree.  Leaving without ``finish()``,
    or by an exception, leaves the site as it was.  ``cache`` keeps the trees' records in memory
    between builds of one process (trees.py).
    """
    out = out_dir.resolve()
    problems = _check_location(out, project_root.resolve())
    if problems:
        raise OutputError(problems)
    _make_parent(out)
    with writing(out, lock_timeout):
        fs.recover_leftovers(out)
        _check_replaceable(out)
        records = Records.open(project_root / CACHE_DIR, out, notice=notice, cache=cache)
        try:
            aside = Aside.start(out, records, trust)
            try:
                yield aside
            finally:
                aside.abandon()  # nothing once finished
        finally:
            records.close()


def recover(out_dir: Path, *, lock_timeout: float = 30.0) -> None:
    """Repair what a killed build left beside ``out_dir`` (open_site does this first)."""
    out = out_dir.resolve()
    if out.parent.is_dir():
        with writing(out, lock_timeout):
            fs.recover_leftovers(out)


def _make_parent(out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = next((p for p in (out.parent, *out.parent.parents)
                        if os.path.lexists(p) and not p.is_dir()), None)
        if blocker is not None:  # mkdir says only "File exists"
            message = f"cannot create the output directory's parent: {blocker} is a file"
            raise fs.refusal(blocker, message, fs.HINT_OUTPUT) from exc
        hint = f"make it writable, or {fs.HINT_OUTPUT}"
        raise fs.os_error(
            out.parent, exc, "cannot create the output directory's parent", hint
        ) from exc


def _check_paths(files: Collection[str]) -> list[Problem]:
    """Every site path that is not a plain relative POSIX path, or clashes with another."""
    folders = {str(p) for rel in files for p in PurePosixPath(rel).parents}
    bad = [(rel, why) for rel in sorted(files) if (why := bad_path(rel)) is not None]
    bad += [(rel, "the path is both a file and a folder of other files")
            for rel in sorted(files) if rel in folders and bad_path(rel) is None]
    return path_problems(sorted(bad))


def _check_location(out: Path, root: Path) -> list[Problem]:
    """Refuse output directories whose replacement would destroy something else."""
    home = Path.home().resolve()
    if out == Path(out.anchor):
        why = "is the filesystem root"
    elif out == root:
        why = "is the project root"
    elif root.is_relative_to(out):
        why = "holds the project"
    elif home.is_relative_to(out):
        why = "is your home directory or holds it"
    else:
        inside = [name for name in INPUT_DIRS if out.is_relative_to(root / name)]
        if not inside:
            return []
        why = f"is inside the project's input folder {inside[0]}/"
    message = f"refusing to write the site into {out}: it {why}, and it is replaced on every build"
    return [Problem(str(out), None, None, message, fs.HINT_OUTPUT)]


def _check_replaceable(out: Path) -> None:
    """Refuse an ``out`` that is neither missing, empty, nor marked as built by idlibsite."""
    if not os.path.lexists(out) or (out / fs.MARKER).is_file():
        return
    if not out.is_dir():
        why = "is not a directory; move it or choose another --output"
    elif any(out.iterdir()):
        why = "holds files idlibsite did not create; move them or choose another --output"
    else:
        return
    hint = f"idlibsite replaces only an empty directory or one holding its {fs.MARKER} marker"
    raise fs.refusal(out, f"{out} {why}", hint)
