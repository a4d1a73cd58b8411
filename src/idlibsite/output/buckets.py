"""A tree's record stored in buckets: the rows of ``trees.sqlite``'s ``files`` (records.py).

Each file of a tree falls in one of ``BUCKETS`` buckets by the CRC-32 of its folder; a bucket's row
holds its files as one ``marshal`` of a dict, path -> packed entry (trees.py), with the CRC-32 of
its bucket and bytes.  A record is read with a few calls in C per row (~90 files at 10,000 sources),
not one row and a check in Python per file, and a build that changes a few files writes only their
buckets.  By folder, not by path: a one-claim edit gives three in four of the search's files
(pagefind/, 3,100 at 1,000 sources, in a few folders) another key, which by path fell in 1,600 of
the 2,048 buckets.  marshal is never given bytes whose CRC-32 does not match (bytes no build of ours wrote).
"""

from __future__ import annotations

import marshal
import zlib
from collections.abc import Iterable

BUCKETS = 2048  # rows per tree: ~90 files each at 10,000 sources (but the search's big folders)


def bucket_of(path: str) -> int:
    """The bucket a path's file is stored in: its folder's."""
    return zlib.crc32(path.rpartition("/")[0].encode()) % BUCKETS


def by_bucket(paths: Iterable[str]) -> dict[int, list[str]]:
    """``paths`` by their bucket."""
    buckets: dict[int, list[str]] = {}
    for path in paths:
        buckets.setdefault(bucket_of(path), []).append(path)
    return buckets


def bucket_row(tree: str, bucket: int, files: dict[str, bytes]) -> tuple[str, int, bytes, int]:
    """A bucket's row: its files as one marshal, with its CRC-32."""
    blob = marshal.dumps(files)
    return tree, bucket, blob, _crc(bucket, blob)


def bucket_files(named: bool, bucket: object, blob: object, crc: object) -> dict[str, bytes] | None:
    """The files of a bucket's row as read (``named``: its tree's name is the one asked for); None when a
    cell is not of its kind or does not match the CRC-32.  (A row's tree name is not in its CRC: a row moved
    out of its tree's rows by a damaged name is found by its tree's count of files, one left among them by
    its name.)"""
    if not (named and type(bucket) is int and 0 <= bucket < BUCKETS and isinstance(blob, bytes)
            and _crc(bucket, blob) == crc):
        return None
    try:
        files = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    return files if type(files) is dict else None


def _crc(bucket: int, blob: bytes) -> int:
    return zlib.crc32(blob, bucket)
