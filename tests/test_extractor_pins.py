"""The text each named extraction makes of saved pages is pinned, so that a change to what it
extracts cannot pass under the same name.

A sidecar names the extraction that made a page's text (``extractor: trafilatura 2.3.1 + idlibsite
story blocks 2``), and :func:`idlibsite.sources.webpage.page_problems` trusts a text made under the
installed name without extracting it again. So a change to sources/pageblocks.py that changes a
story-blocks text must bump ``STORY_BLOCKS`` (a new entry of pageblocks.CHROME_WORDS_BY_VERSION);
pages added before keep the text their sidecar's extraction made, so every version's digests are
checked, not only the installed one's. ``tests/fixtures/webpages/extracted.yaml`` holds, per
extraction name, the SHA-256 of the text each page gives (batches 5 to 7 of bench/ingest, whose
pages have story in several blocks or chrome inside the story, batch 14's page built by script, and the fixture page). After a bump
(or a new trafilatura), record the new name's digests:

    PYTHONPATH=src python tests/test_extractor_pins.py >> tests/fixtures/webpages/extracted.yaml
"""

import hashlib
from pathlib import Path

import yaml

from conftest import ROOT
from idlibsite.sources.pageblocks import CHROME_WORDS_BY_VERSION
from idlibsite.sources.webpage import EXTRACTOR, SCRIPTED, Method, extract

PINS = ROOT / "tests" / "fixtures" / "webpages" / "extracted.yaml"
PAGES = sorted([*(ROOT / "bench" / "ingest" / "html").glob("b[567]-*.html"),
                ROOT / "bench" / "ingest" / "html" / "b14-nextdata-page.html",  # a skeleton: the script story's text
                *(ROOT / "tests" / "fixtures" / "webpages").glob("*.html")])
# Each extraction's name, as a sidecar gives it, and how to make it again (the story blocks' version).
NAMES: dict[str, tuple[Method, int]] = {
    **{f"idlibsite story blocks {v}": ("story-blocks", v) for v in sorted(CHROME_WORDS_BY_VERSION)},
    EXTRACTOR: ("trafilatura", 0),
    SCRIPTED: ("trafilatura", 0),  # what trafilatura gives, and a skeleton page's story from its data blob
}


def _digest(page: Path, method: Method, version: int) -> str:
    extracted = extract(page.read_bytes(), method, version or 1)
    return "none" if extracted is None else hashlib.sha256(extracted.text.encode("utf-8")).hexdigest()


def test_each_extraction_gives_the_text_pinned_under_its_name() -> None:
    pins = yaml.safe_load(PINS.read_text("utf-8"))
    for name, (method, version) in NAMES.items():
        recorded = pins.get(name)
        assert recorded, f"no digests recorded for {name!r}: record them (see this module's docstring)"
        assert sorted(recorded) == sorted(p.name for p in PAGES), f"pages recorded for {name!r} differ from PAGES"
        changed = [p.name for p in PAGES if _digest(p, method, version) != recorded[p.name]]
        assert not changed, (
            f"{name!r} extracts other text than before from {', '.join(changed)}: bump STORY_BLOCKS in "
            "sources/webpage.py (for a change to trafilatura's own text: its version names it) and record "
            "the new name's digests; pages added before keep the text their sidecar's extractor made")


if __name__ == "__main__":
    for name, (method, version) in NAMES.items():
        print(f"{name}:")
        for page in PAGES:
            print(f"  {page.name}: {_digest(page, method, version)}")
