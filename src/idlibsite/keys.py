"""Cache keys: SHA-256 of their parts, the cache's format and the tool's code (see cache.py)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
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
        digest.update(framed((path.relative_to(package).as_posix(), path.read_bytes())))
    return digest.digest()


def key(*parts: str | bytes) -> str:
    """A cache key from the given parts and the tool's code (:data:`CODE`): ``keyer()(*parts)``, its start
    hashed once per process (12,000 keys a fresh edit at 3,000 sources, each made a keyer of its own before),
    and again only when :data:`CODE` or :data:`FORMAT` is replaced (a test of an older format does)."""
    global _KEY_OF
    made = _KEY_OF
    if made is None or made[0] is not CODE or made[1] is not FORMAT:
        made = _KEY_OF = CODE, FORMAT, framed_keyer()
    return made[2](framed(parts))


def keyer(*prefix: str | bytes) -> Callable[..., str]:
    """``key(*prefix, *rest)`` as a function of ``rest``: the prefix is hashed once for many keys."""
    of_framed = framed_keyer(*prefix)
    return lambda *rest: of_framed(framed(rest))


def framed_keyer(*prefix: str | bytes) -> Callable[[bytes], str]:
    """``key(*prefix, *rest)`` as a function of ``framed(rest)``, which may be joined from the :func:`framed`
    of pieces of ``rest`` made once for many keys (a part that many keys hold)."""
    start = hashlib.sha256(CODE)
    start.update(framed((FORMAT, *prefix)))

    def key_of(rest: bytes) -> str:
        digest = start.copy()
        digest.update(rest)
        return digest.hexdigest()

    return key_of


def framed(parts: Iterable[str | bytes]) -> bytes:
    """The bytes a key's parts are hashed as: each part, length first, so that no two lists of parts are
    hashed as the same bytes; the framed bytes of a list are those of its pieces joined."""
    pieces: list[bytes] = []
    for part in parts:  # one loop, each length and part joined once (51,000 calls a fresh edit at 3,000)
        data = part.encode() if isinstance(part, str) else part
        pieces += (len(data).to_bytes(8, "big"), data)
    return b"".join(pieces)


# every key holds the tool's version and a digest of its code, so that a result cached by other code
# (a rule of find_passages changed between two commits of one version, say) is never served
CODE = __version__.encode() + code_digest(Path(__file__).parent)
_KEY_OF: tuple[bytes, bytes, Callable[[bytes], str]] | None = None  # key()'s keyer, and what it was made of


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
