"""The kept pages' pass: every page a fresh build takes whole from its table, checked in one loop.

A process that builds once takes most of the site's pages from its stored table (site/claimtable.py):
each was made from the key it has now, so it is kept when the spare holds the file made from that key
and that file still has the stat its record holds (trees.py: a file whose stat changed, an edit by hand
included, is never trusted).  One ``Aside.keep_page`` call per page went through four methods and two
look-ups per page; here each page takes one look-up of its packed entry (``Tree.made_from``) and one
``lstat`` relative to the tree's folder (``trees.intact_packed``).  What this loop does not keep (no
entry, another key, a stat that changed) is left to ``keep_page``, which also looks at the site's own file.
A batch of pages at a time, the keys compared and the files ``lstat``'ed and compared in C (a loop in
Python per page was a third of the pass above its ``lstat``); a page whose key is not a SHA-256, or not
the one recorded, is looked at alone, and a batch holding a file gone is gone through page by page.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from itertools import compress, repeat
from operator import and_, attrgetter, eq, itemgetter, methodcaller, not_
from typing import cast

from idlibsite.output.trees import (DIGEST_KEY, FILE, INDEXED, KEY_AT, KEY_START, STAT, Tree, indexed_sha,
                                     key_tag)

BATCH = 4096  # pages whose stats are held at a time


def intact_made_from(root: str, record: Tree, keys: Mapping[str, str],
                     paths: Iterable[str]) -> tuple[dict[str, bytes], list[str]]:
    """The packed entry of each of ``paths`` that ``record`` (the tree at ``root``'s) says was made from
    its key in ``keys``, and whose file is a regular file (not a link) with the recorded inode, size, mtime
    and ctime; and the other paths, in their order.  (trees.intact_packed and Tree.made_from, inlined: two
    calls in Python per page were a third of the pass, 190,000 pages at 10,000 sources.)"""
    found: dict[str, bytes] = {}
    left: list[str] = []
    paths = list(paths)
    try:
        fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)  # each path looked up from the tree's folder: 12% less
    except OSError:
        return found, paths
    lstat = partial(os.lstat, dir_fd=fd)
    try:
        for at in range(0, len(paths), BATCH):
            batch = paths[at:at + BATCH]
            entries = record.packed_all(batch)
            try:
                ok = _intact_batch(lstat, keys, batch, entries)
            except (OSError, ValueError):  # a file gone, a key not hex digits: page by page
                ok = list(map(partial(_intact, lstat, keys), batch, entries))
            found.update(compress(zip(batch, entries), ok))  # type: ignore[arg-type]  # (ok: an entry)
            left.extend(compress(batch, map(not_, ok)))
    finally:
        os.close(fd)
    return found, left


def _intact_batch(lstat: Callable[[str], os.stat_result], keys: Mapping[str, str], paths: list[str],
                  entries: list[bytes | None]) -> list[bool]:
    """:func:`_intact` of each path: those recorded as made from the SHA-256 that is their key compared in C;
    the others alone.  OSError (a file gone) or ValueError (a key not hex digits) when it cannot tell."""
    if any(map(methodcaller("startswith", "/"), paths)):
        raise ValueError("a path from the root")  # (dir_fd: under root only)
    padded = [e or b"" for e in entries] if None in entries else cast(list[bytes], entries)  # (b"": not the same)
    made = map(DIGEST_KEY.__add__, map(bytes.fromhex, map(keys.__getitem__, paths)))
    same = list(map(eq, map(_KEY_DIGEST, padded), made))
    stats = list(map(lstat, compress(paths, same)))
    recorded = map(STAT.unpack_from, compress(padded, same), repeat(FILE.start))
    kept = iter(list(map(and_, map(eq, map(_FILE_STAT, stats), recorded), map(stat.S_ISREG, map(_MODE, stats)))))
    return [next(kept) if s else _intact(lstat, keys, p, e) for p, e, s in zip(paths, entries, same)]


def _intact(lstat: Callable[[str], os.stat_result], keys: Mapping[str, str], path: str, e: bytes | None) -> bool:
    """Whether ``e``, the packed entry of ``path``, was made from its key in ``keys`` (a SHA-256's digest compared as
    hex digits; a key of any other kind as Tree.made_from does) and its file is a regular file with the recorded
    inode, size, mtime and ctime."""
    if e is None or path[:1] == "/":  # (dir_fd: under root only)
        return False
    if not (e[KEY_AT:KEY_START] == DIGEST_KEY and e[KEY_START:KEY_START + 32].hex() == keys[path]
            or e[KEY_AT:KEY_AT + len(tag := key_tag(keys[path]))] == tag):
        return False
    try:
        st = lstat(path)
    except OSError:
        return False
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns) == STAT.unpack_from(e, FILE.start) \
        and stat.S_ISREG(st.st_mode)


_KEY_DIGEST = itemgetter(slice(KEY_AT, KEY_START + 32))  # a packed entry's key, as a SHA-256's
_FILE_STAT = attrgetter("st_ino", "st_size", "st_mtime_ns", "st_ctime_ns")  # as STAT holds them
_MODE = attrgetter("st_mode")


def indexed_shas(entries: Mapping[str, bytes]) -> dict[str, str]:
    """The SHA-256 of each file of ``entries`` (packed) that the search indexes, by path."""
    return {path: indexed_sha(e)[1] for path, e in entries.items() if e[0] & INDEXED}
