"""Static search: Pagefind indexes the rendered pages; its bundle comes back in memory.

Only pages whose templates mark their content with ``data-pagefind-body``
(claims, actors and sources in the packaged theme) are indexed; Pagefind
indexes just that element, minus anything inside ``data-pagefind-ignore``.
The index and Pagefind's own JavaScript, CSS and WebAssembly are returned as
``{"pagefind/...": bytes}`` for the build to write with the rest of the site.

Pagefind's binary comes with the ``pagefind[bin]`` package, so nothing is
downloaded at run time.  Its output depends only on the pages given (no
timestamps, and file names are content hashes), so builds stay byte-identical.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pagefind.service import PagefindService

from idlibsite.errors import OutputError, Problem

BUNDLE = "pagefind/"  # where the bundle is published; the search page loads it from here
MARK = b"data-pagefind-body"  # the attribute that makes a page a search result
HINT = "reinstall idlibsite (pip install -e .) so that the pagefind[bin] dependency is present"


def search_files(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """Pagefind's bundle for the marked HTML pages of ``files``, keyed ``pagefind/...``."""
    pages = {
        path: data for path, data in sorted(files.items()) if path.endswith(".html") and MARK in data
    }
    try:
        # asyncio.run in a thread of its own: the caller may be running an event
        # loop already (Playwright's sync API, a notebook), where asyncio.run fails
        with ThreadPoolExecutor(max_workers=1) as pool:
            bundle = pool.submit(asyncio.run, _index(pages)).result()
    except Exception as exc:  # the service reports its failures as bare Exception
        raise OutputError(
            [Problem(BUNDLE, None, None, f"the search index could not be built: {exc}", HINT)]
        ) from exc
    return {BUNDLE + path: data for path, data in sorted(bundle.items())}


async def _index(pages: Mapping[str, bytes]) -> dict[str, bytes]:
    # One request for the whole folder rather than one per page: the Python
    # service answers about ten requests a second, so adding pages one by one
    # from memory costs ~0.1 s a page. The scratch folder holds copies of the
    # pages only while Pagefind reads them; the site itself is not written here.
    with tempfile.TemporaryDirectory(prefix="idlibsite-search-") as scratch:
        for path, data in pages.items():
            target = Path(scratch, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        service = await PagefindService().launch()
        try:
            index = await service.create_index()
            await index.add_directory(scratch)
            produced = await index.get_files()
        finally:
            await service.close()
    return {str(f["path"]): bytes(f["content"]) for f in produced}
