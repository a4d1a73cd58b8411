"""The whole pipeline, top to bottom: load → anchor → check → render → write.

Nothing is written until everything is known to be good: a failed build
raises with every problem and leaves the previous site untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from idlibsite.annotations import ACTORS_FILE
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import CheckResult, check
from idlibsite.config import Config
from idlibsite.errors import InputError
from idlibsite.incremental import Manifest, input_hashes, page_keys, read_manifest, write_manifest
from idlibsite.lock import LOCK_NAME, write_lock
from idlibsite.output import WriteReport, write_site
from idlibsite.pages import plan
from idlibsite.render import render, template_files
from idlibsite.search import marked, search_index


@dataclass(frozen=True)
class BuildResult:
    """What a successful build did."""

    checked: CheckResult  # sources, annotations, anchors, warnings and coverage
    pages: int  # HTML pages in the site
    rendered: int  # files made anew (the rest were unchanged since the last build)
    written: WriteReport  # files written, unchanged and removed


def build(
    config: Config,
    *,
    strict: bool = False,
    accept_source_changes: bool = False,
    full: bool = False,
    progress: Callable[[str], None] = lambda phase: None,
    cache: Cache | None = None,
) -> BuildResult:
    """Build the site into ``config.output``; raise InputError/OutputError with every problem.

    Only pages whose inputs changed since the last build are rendered again,
    unless ``full``; the output is the same either way.  ``progress`` is told
    the name of each phase as it starts.  ``cache`` is the on-disk cache of
    parsed inputs and anchors (by default the project's); a process that
    builds repeatedly passes the same one and keeps its values in memory.
    """
    progress("checking")  # load sources and annotations, anchor every statement, compare with the lock
    cache = cache or Cache(config.root / CACHE_DIR, writable=True)
    checked = check(config, accept_source_changes=accept_source_changes, cache=cache)
    failing = checked.problems if strict else checked.errors
    if failing:
        raise InputError(failing)
    site = checked.site
    actors = config.claims / ACTORS_FILE
    inputs = {
        **{f"claim:{c.id}": (config.root / c.path).read_bytes() for c in site.annotations.claims},
        **{f"source:{s.id}": (config.root / s.path).read_bytes() for s in site.sources},
        "actors": actors.read_bytes() if actors.exists() else b"",
    }
    pages = plan(site, config, inputs)  # every page, with the inputs it depends on
    keys = page_keys(pages, input_hashes(config, inputs, template_files(config)))
    manifest = Manifest({}) if full else read_manifest(config)
    previous = manifest.reuse(keys, config.output)
    reused: list[str] = []

    def reuse(path: str) -> bytes | None:
        data = previous(path)
        if data is not None:
            reused.append(path)
        return data

    progress("rendering")
    files = render(pages, config, reuse)  # in memory; unchanged pages taken from the last build
    progress("indexing for search")
    search = search_index(  # only the shards whose pages changed are indexed again
        marked(files), files.__getitem__, lambda key: manifest.files_keyed(key, config.output)
    )
    files |= search.files  # pagefind's index of the rendered pages, in memory too
    keys |= search.keys
    progress("writing")
    # aside, then swapped in; reused files were just read from the site: no need to compare them
    written = write_site(files, config.output, config.root, known_same=[*reused, *search.reused])
    write_lock(config.claims / LOCK_NAME, checked.spans, checked.locked)  # the spans now published
    write_manifest(config, keys, files)
    cache.commit()
    html = sum(1 for path in files if path.endswith(".html"))
    return BuildResult(checked, html, len(pages) - len(reused), written)
