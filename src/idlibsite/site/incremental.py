"""Incremental builds: each page's key is a hash of the inputs it depends on.

Inputs are keyed ``claim:<id>``, ``source:<id>``, ``topic:<id>`` and ``actors``;
each is hashed from everything a page can show of it (a source's article and its
sidecar, a topic's title) and the path it is shown under
(renaming a file changes the key),
plus what shapes every page: templates and static files, the
configuration and the tool's version.  The writer records each file of the
site and of its spare with the key it was made from (output/trees.py).  A page whose
key is unchanged is kept from either tree, when its file is intact, instead
of being rendered; anything doubtful is rendered again.  So the output always
equals a full build's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

from idlibsite import __version__
from idlibsite.config import Config
from idlibsite.site.pages import Page


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def input_hashes(
    config: Config, inputs: Iterable[tuple[str, Sequence[bytes]]], shaping: Sequence[tuple[str, bytes]]
) -> dict[str, str]:
    """The hash of every input key from all its parts, and of ``*shared*``: templates, configuration, version.

    Each part is hashed on its own, so no two different lists of parts give the same key.
    ``inputs`` (key, parts) may be made as they are hashed: no input's bytes need be held beyond its turn.
    """
    shared = hashlib.sha256(__version__.encode())
    shared.update(repr((config.title, config.base_url, config.language)).encode())
    for name, data in shaping:
        shared.update(_sha(name.encode()).encode() + _sha(data).encode())
    hashes = {key: _sha("".join(_sha(part) for part in parts).encode()) for key, parts in inputs}
    hashes["*shared*"] = shared.hexdigest()
    return hashes


def page_keys(pages: Sequence[Page], hashes: Mapping[str, str]) -> dict[str, str]:
    """Each page's key: a hash of the hashes of everything it depends on.

    A claim's pages share one set of dependencies, so each set is hashed once.
    """
    by_deps: dict[frozenset[str], str] = {}
    keys = {}
    shared = hashes["*shared*"]
    for page in pages:
        key = by_deps.get(page.deps)
        if key is None:
            listed = "".join(f"{dep}={hashes.get(dep, '')}\n" for dep in sorted(page.deps))
            key = by_deps[page.deps] = hashlib.sha256((shared + listed).encode()).hexdigest()
        keys[page.path] = key
    return keys
