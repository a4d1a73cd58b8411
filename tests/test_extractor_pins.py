"""The text each named extraction makes of saved pages is pinned, so that a change to what it
extracts cannot pass under the same name.

A sidecar names the extraction that made a page's text (``extractor: trafilatura 2.3.1 + idlibsite
story blocks 1``), and :func:`idlibsite.sources.webpage.page_problems` trusts a text made under the
installed name without extracting it again. So a change to sources/pageblocks.py that changes a
story-blocks text must bump ``STORY_BLOCKS``; pages added before keep the text their sidecar's
extraction made. ``tests/fixtures/webpages/extracted.yaml`` holds, per extraction name, the SHA-256
of the text each page gives (batches 5 and 6 of bench/ingest, whose pages have story in several
blocks, and the fixture page). After a bump (or a new trafilatura), record the new name's digests:

    PYTHONPATH=src python tests/test_extractor_pins.py >> tests/fixtures/webpages/extracted.yaml
"""

import hashlib
from pathlib import Path

import yaml

from conftest import ROOT
from idlibsite.sources.webpage import EXTRACTOR, STORY_BLOCKS, Method, extract

PINS = ROOT / "tests" / "fixtures" / "webpages" / "extracted.yaml"
PAGES = sorted([*(ROOT / "bench" / "ingest" / "html").glob("b[56]-*.html"),
                *(ROOT / "tests" / "fixtures" / "webpages").glob("*.html")])
NAMES: dict[str, Method] = {STORY_BLOCKS: "story-blocks", EXTRACTOR: "trafilatura"}


def _digest(page: Path, method: Method) -> str:
    extracted = extract(page.read_bytes(), method)
    return "none" if extracted is None else hashlib.sha256(extracted.text.encode("utf-8")).hexdigest()


def test_each_extraction_gives_the_text_pinned_under_its_name() -> None:
    pins = yaml.safe_load(PINS.read_text("utf-8"))
    for name, method in NAMES.items():
        recorded = pins.get(name)
        assert recorded, f"no digests recorded for {name!r}: record them (see this module's docstring)"
        assert sorted(recorded) == sorted(p.name for p in PAGES), f"pages recorded for {name!r} differ from PAGES"
        changed = [p.name for p in PAGES if _digest(p, method) != recorded[p.name]]
        assert not changed, (
            f"{name!r} extracts other text than before from {', '.join(changed)}: bump STORY_BLOCKS in "
            "sources/webpage.py (for a change to trafilatura's own text: its version names it) and record "
            "the new name's digests; pages added before keep the text their sidecar's extractor made")


if __name__ == "__main__":
    for name, method in NAMES.items():
        print(f"{name}:")
        for page in PAGES:
            print(f"  {page.name}: {_digest(page, method)}")
