"""The evidence is immutable: corpus/ holds the seed articles byte for byte.

corpus/SHA256SUMS is the project's own copy of the checksums the seed articles
were delivered with (``cd corpus && sha256sum -c SHA256SUMS`` checks them by
hand).  Its own digest is pinned here, so changing an article and its line in
SHA256SUMS together still fails: a deliberate re-archiving edits this test too.
"""

import hashlib
from pathlib import Path

from conftest import ROOT

SUMS = ROOT / "corpus" / "SHA256SUMS"
SUMS_SHA256 = "ad38510ed319e96793f96baa2f306f834528e6345c685c5bd84a7f2686530aa7"


def test_the_checksum_list_is_the_one_delivered_with_the_seed_articles() -> None:
    assert hashlib.sha256(SUMS.read_bytes()).hexdigest() == SUMS_SHA256


def test_corpus_matches_its_checksums() -> None:
    lines = [line.split() for line in SUMS.read_text("utf-8").splitlines() if line.strip()]
    assert len(lines) == 5
    for digest, name in lines:
        data = (ROOT / "corpus" / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, name


def test_every_article_has_a_sidecar() -> None:
    articles = sorted(Path(ROOT / "corpus").glob("*.txt"))
    assert len(articles) >= 5
    for article in articles:
        assert article.with_suffix(".yaml").exists(), article.name
