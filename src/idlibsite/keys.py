"""Cache keys: SHA-256 of their parts, the cache's format and the tool's code (see cache.py)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from idlibsite import __version__

# values stored as checksum + pickle; older entries are never read.  3: records with __slots__, whose
# pickles of format 2 (state as a dict) would load with each field set to its own name; 4: records
# pickled as pickled.py's calls
FORMAT = b"cache-format-4"


def code_digest(package: Path) -> bytes:
    """A digest of the Python files under ``package``, their paths and bytes (pure)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        _feed(digest, (path.relative_to(package).as_posix(), path.read_bytes()))
    return digest.digest()


def key(*parts: str | bytes) -> str:
    """A cache key from the given parts and the tool's code (:data:`CODE`)."""
    return keyer()(*parts)


def keyer(*prefix: str | bytes) -> Callable[..., str]:
    """``key(*prefix, *rest)`` as a function of ``rest``: the prefix is hashed once for many keys."""
    start = hashlib.sha256(CODE)
    _feed(start, (FORMAT, *prefix))

    def key_of(*rest: str | bytes) -> str:
        digest = start.copy()
        _feed(digest, rest)
        return digest.hexdigest()

    return key_of


def _feed(digest: hashlib._Hash, parts: tuple[str | bytes, ...]) -> None:
    """Each part, length first, so that no two lists of parts feed the same bytes (in one update)."""
    datas = [part.encode() if isinstance(part, str) else part for part in parts]
    digest.update(b"".join(len(data).to_bytes(8, "big") + data for data in datas))


# every key holds the tool's version and a digest of its code, so that a result cached by other code
# (a rule of find_passages changed between two commits of one version, say) is never served
CODE = __version__.encode() + code_digest(Path(__file__).parent)


def packed_key(k: str) -> str | bytes:
    """``k`` as its 32 bytes when it is 64 lowercase hex digits (as :func:`key` makes keys), else as it is:
    a set of keys held so takes 65 bytes a key instead of 113 (what a build that runs once holds to the end)."""
    if len(k) == 64:
        try:
            packed = bytes.fromhex(k)
        except ValueError:
            return k
        if packed.hex() == k:
            return packed
    return k
