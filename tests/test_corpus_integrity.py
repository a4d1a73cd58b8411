"""The evidence is immutable: corpus/ holds the seed articles byte for byte."""

import hashlib
from pathlib import Path

import pytest

from conftest import ROOT

SUMS = ROOT.parent / "shared" / "corpus" / "SHA256SUMS"


@pytest.mark.skipif(not SUMS.exists(), reason="../shared/corpus/SHA256SUMS is not beside this clone")
def test_corpus_matches_shared_checksums() -> None:
    lines = [line.split() for line in SUMS.read_text().splitlines() if line.strip()]
    assert len(lines) == 5
    for digest, name in lines:
        data = (ROOT / "corpus" / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, name


def test_every_article_has_a_sidecar() -> None:
    articles = sorted(Path(ROOT / "corpus").glob("*.txt"))
    assert len(articles) >= 5
    for article in articles:
        assert article.with_suffix(".yaml").exists(), article.name
