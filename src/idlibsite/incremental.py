"""Incremental builds: each page's key is a hash of the inputs it depends on.

Inputs are keyed ``claim:<id>``, ``source:<id>`` and ``actors`` (the file
bytes), plus what shapes every page: templates and static files, the
configuration and the tool's version.  The manifest of the last build
(``.idlibsite-cache/manifest.json``) maps each page to its key and the
SHA-256 of its bytes.  A page whose key is unchanged is taken from the current
site, after checking its bytes against the manifest, instead of being
rendered; anything doubtful is rendered again.  So the output always equals a
full build's.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from idlibsite import __version__
from idlibsite.cache import CACHE_DIR
from idlibsite.config import Config
from idlibsite.pages import Page

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def input_hashes(config: Config, inputs: Mapping[str, bytes], shaping: Sequence[tuple[str, bytes]]) -> dict[str, str]:
    """The hash of every input key, and of ``*shared*``: templates, configuration, version."""
    shared = hashlib.sha256(__version__.encode())
    shared.update(repr((config.title, config.base_url, config.language)).encode())
    for name, data in shaping:
        shared.update(_sha(name.encode()).encode() + _sha(data).encode())
    hashes = {key: _sha(data) for key, data in inputs.items()}
    hashes["*shared*"] = shared.hexdigest()
    return hashes


def page_keys(pages: Sequence[Page], hashes: Mapping[str, str]) -> dict[str, str]:
    """Each page's key: a hash of the hashes of everything it depends on."""
    everything = sorted(hashes.items())
    keys = {}
    for page in pages:
        deps = everything if "*" in page.deps else sorted((d, hashes.get(d, "")) for d in page.deps)
        digest = hashlib.sha256(hashes["*shared*"].encode())
        for dep, value in deps:
            digest.update(f"{dep}={value}\n".encode())
        keys[page.path] = digest.hexdigest()
    return keys


@dataclass(frozen=True)
class Manifest:
    """What the last build wrote: page path -> (key, sha256 of bytes)."""

    entries: Mapping[str, tuple[str, str]]

    def reuse(self, keys: Mapping[str, str], site: Path) -> Callable[[str], bytes | None]:
        """A Reuse function for render(): old bytes when the key matches and the file is intact."""

        def previous(path: str) -> bytes | None:
            entry = self.entries.get(path)
            if entry is None or entry[0] != keys.get(path):
                return None
            try:
                data = (site / path).read_bytes()
            except OSError:
                return None
            return data if _sha(data) == entry[1] else None

        return previous

    @cached_property
    def _by_key(self) -> dict[str, list[str]]:
        """The paths made with each key: looked up once per search shard."""
        grouped: dict[str, list[str]] = {}
        for path, (key, _) in self.entries.items():
            grouped.setdefault(key, []).append(path)
        return grouped

    def files_keyed(self, key: str, site: Path) -> dict[str, bytes] | None:
        """Every file made last time with ``key`` (say, one search shard's), intact; None when any is not."""
        paths = self._by_key.get(key)
        if not paths:
            return None
        found = {}
        for path in paths:
            try:
                data = (site / path).read_bytes()
            except OSError:
                return None
            if _sha(data) != self.entries[path][1]:
                return None
            found[path] = data
        return found


def read_manifest(config: Config) -> Manifest:
    path = config.root / CACHE_DIR / MANIFEST
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return Manifest({})
    if data.get("version") != MANIFEST_VERSION or data.get("output") != str(config.output.resolve()):
        return Manifest({})
    return Manifest({k: (v[0], v[1]) for k, v in data["pages"].items()})


def write_manifest(config: Config, keys: Mapping[str, str], files: Mapping[str, bytes]) -> None:
    folder = config.root / CACHE_DIR
    folder.mkdir(exist_ok=True)
    (folder / ".gitignore").write_text("*\n", "utf-8")
    text = json.dumps({
        "version": MANIFEST_VERSION,
        "output": str(config.output.resolve()),
        "pages": {p: [keys[p], _sha(files[p])] for p in sorted(keys) if p in files},
    }, indent=1, sort_keys=True)
    tmp = folder / f".{MANIFEST}.tmp-{os.getpid()}"
    tmp.write_text(text, "utf-8")
    os.replace(tmp, folder / MANIFEST)
