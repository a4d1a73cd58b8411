"""The kept pages' pass: every page a fresh build takes whole from its table, checked in one loop.

A process that builds once takes most of the site's pages from its stored table (site/claimtable.py):
each was made from the key it has now, so it is kept when the spare holds the file made from that key
and that file still has the stat its record holds (trees.py: a file whose stat changed, an edit by hand
included, is never trusted).  One ``Aside.keep_page`` call per page went through four methods and two
look-ups per page; here each page takes one look-up of its packed entry (``Tree.made_from``) and one
``lstat`` relative to the tree's folder (``trees.intact_packed``).  What this loop does not keep (no
entry, another key, a stat that changed) is left to ``keep_page``, which also looks at the site's own file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from idlibsite.output.trees import INDEXED, Tree, indexed_sha, intact_packed, key_tag


def intact_made_from(root: str, record: Tree, keys: Mapping[str, str],
                     paths: Iterable[str]) -> tuple[dict[str, bytes], list[str]]:
    """The packed entry of each of ``paths`` that ``record`` (the tree at ``root``'s) says was made from
    its key in ``keys``, and whose file is a regular file (not a link) with the recorded inode, size, mtime
    and ctime; and the other paths, in their order."""
    found: dict[str, bytes] = {}
    left: list[str] = []
    try:
        fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)  # each path looked up from the tree's folder: 12% less
    except OSError:
        return found, list(paths)
    try:
        for path in paths:
            e = record.made_from(path, key_tag(keys[path]))
            if e is not None and path[:1] != "/" and intact_packed(path, e, fd):  # (dir_fd: under root only)
                found[path] = e
            else:
                left.append(path)
    finally:
        os.close(fd)
    return found, left


def indexed_shas(entries: Mapping[str, bytes]) -> dict[str, str]:
    """The SHA-256 of each file of ``entries`` (packed) that the search indexes, by path."""
    return {path: indexed_sha(e)[1] for path, e in entries.items() if e[0] & INDEXED}
