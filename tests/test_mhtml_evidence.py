"""A page saved as one MHTML file is kept as what it is, corpus/<stem>.mhtml, through every path of the evidence:
the sidecar's mhtml_sha256, the check of a changed file, the source page's link and the file published for it."""

import email
import json
import re
import urllib.request
from pathlib import Path

import pytest
import yaml

from conftest import cite_in_a_claim, copy_project, serving
from idlibsite.cli import main
from idlibsite.sources.corpus import load_corpus
from idlibsite.sources.evidence import sha256_hex
from idlibsite.sources.mhtml import archived_page
from test_mhtml import STORY, chromium

ADDRESS = "https://www.borderpost.example.org/world/2020/03/03/camps-on-the-border-road"
HEAD = ('<meta charset="utf-8"><meta property="og:site_name" content="The Border Post">'
        '<meta property="article:published_time" content="2020-03-03T09:30:00+00:00">')
PAGE = (f'<!DOCTYPE html><html lang="en"><head>{HEAD}<title>Camps fill up on the border road</title></head>'
        f"<body><article><h1>Camps fill up on the border road</h1>\n{STORY}\n</article></body></html>")
SOURCE_ID = "camps-border-road-2020-03-03"


def _added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, bytes, str]:
    project = copy_project(tmp_path / "p")
    saved = tmp_path / "camps-border-road.mhtml"
    saved.write_bytes(chromium(PAGE, ADDRESS))
    assert main(["--root", str(project), "add-source", str(saved)]) == 0
    out = capsys.readouterr().out
    sidecar = project / "corpus" / "camps-border-road.yaml"
    text = sidecar.read_text("utf-8").replace("review: true", "review: false")
    sidecar.write_text(re.sub(r'(outlet(?:_note)?): "FIXME[^"]*"', r'\1: "The Border Post"', text), "utf-8")
    return project, saved.read_bytes(), out


def test_an_mhtml_file_is_kept_as_mhtml_and_its_sidecar_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, saved, out = _added(tmp_path, capsys)
    corpus = project / "corpus"
    assert (corpus / "camps-border-road.mhtml").read_bytes() == saved  # the evidence, byte for byte, as what it is
    assert not (corpus / "camps-border-road.html").exists()  # not a MIME message under a page's name
    assert "Saved the page as corpus/camps-border-road.mhtml, byte for byte" in out
    meta = yaml.safe_load((corpus / "camps-border-road.yaml").read_text("utf-8"))
    assert meta["mhtml_sha256"] == sha256_hex(saved) and "html_sha256" not in meta
    assert meta["id"] == SOURCE_ID and "Displaced families crowded" in (corpus / "camps-border-road.txt").read_text()
    sources, problems = load_corpus(corpus, project)
    assert problems == []
    source = next(s for s in sources if s.id == SOURCE_ID)
    assert source.page is not None and source.page.suffix == ".mhtml"
    assert source.page.html_sha256 == sha256_hex(saved)


def test_a_changed_or_missing_mhtml_file_is_caught(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project, saved, _ = _added(tmp_path, capsys)
    corpus = project / "corpus"
    kept = corpus / "camps-border-road.mhtml"
    kept.write_bytes(saved.replace(b"Subject: A page", b"Subject: A page, edited"))  # still reads as the same page
    _, problems = load_corpus(corpus, project)
    assert [(p.path, p.severity) for p in problems] == [("corpus/camps-border-road.mhtml", "error")]
    assert "the saved page changed since it was added" in problems[0].message
    kept.unlink()
    _, problems = load_corpus(corpus, project)
    assert [p.message for p in problems] == ["the saved page corpus/camps-border-road.mhtml is missing"]


def test_the_source_page_links_the_mhtml_file_published_as_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, saved, _ = _added(tmp_path, capsys)
    claim = cite_in_a_claim(project, "camps-shelters-already-full", SOURCE_ID,
                            "the shelters set up last month were already full", "2020-03-03")
    assert main(["--root", str(project), "build", "-q"]) == 0, capsys.readouterr().err
    folder = project / "site" / "sources" / SOURCE_ID
    page = (folder / "index.html").read_text("utf-8")
    assert "from the page saved as one MHTML file" in page and sha256_hex(saved) in page
    assert f'<a href="page.mhtml" type="message/rfc822" download="{SOURCE_ID}.mhtml">page.mhtml</a>' in page
    assert (folder / "page.mhtml").read_bytes() == saved and not (folder / "page.html.txt").exists()
    with serving(project / "site") as url:  # sent as the MIME message it is, never as a page of the site
        with urllib.request.urlopen(url + f"sources/{SOURCE_ID}/page.mhtml") as response:
            assert response.headers.get_content_type() == "message/rfc822"
            served = response.read()
    assert served == saved and email.message_from_bytes(served).get_content_type() == "multipart/related"
    archived = archived_page(served)  # opened as what it is, it holds the page saved
    assert archived is not None and b"<h1>Camps fill up on the border road</h1>" in archived.page
    data = json.loads((project / "site" / "claims" / claim.stem / "claim.json").read_text("utf-8"))
    described = next(s for s in data["sources"] if s["id"] == SOURCE_ID)["saved_page"]
    assert described["url"].endswith(f"sources/{SOURCE_ID}/page.mhtml")
    assert described["mhtml_sha256"] == sha256_hex(saved) and "html_sha256" not in described
