"""The README's walkthrough, step by step: add a source, suggest, annotate, rebuild, see it."""

import re
from pathlib import Path

import pytest

from conftest import ROOT, copy_project
from idlibsite.cli import main

ARTICLE = ROOT / "tests" / "fixtures" / "walkthrough" / "kremlin-urges-turkey.txt"
SOURCE_ID = "kremlin-urges-turkey-2020-03-05"
CLAIM = "turkey-failed-to-separate-militants-under-sochi-deal"


def test_the_readme_walkthrough(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    root = ["--root", str(tmp_path)]
    assert main([*root, "build", "-q"]) == 0
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "add-source tests/fixtures/walkthrough/kremlin-urges-turkey.txt" in readme
    assert f"suggest {SOURCE_ID} --yaml" in readme

    # 1. add the source: copied byte for byte, with a pre-filled sidecar marked for review
    capsys.readouterr()
    assert main([*root, "add-source", str(ARTICLE)]) == 0
    out = capsys.readouterr().out
    assert f"as source '{SOURCE_ID}'" in out
    for kind in ("title", "dateline", "byline", "body", "related-link", "url"):
        assert re.search(rf"line +\d+ +{kind} ", out), kind
    assert "under block_kinds in corpus/kremlin-urges-turkey.yaml" in out  # how to correct a block's kind
    copied = tmp_path / "corpus" / "kremlin-urges-turkey.txt"
    assert copied.read_bytes() == ARTICLE.read_bytes()
    sidecar = tmp_path / "corpus" / "kremlin-urges-turkey.yaml"
    text = sidecar.read_text("utf-8")
    assert "review: true" in text and "date: 2020-03-05" in text and 'byline: "Reuters"' in text
    assert main([*root, "add-source", str(ARTICLE)]) != 0  # never overwrites

    # 2. review the sidecar
    assert "FIXME" in text  # the outlet is a guess from the URL's domain: the build refuses it as it is
    assert main([*root, "check"]) == 1
    text = re.sub(r"(?m)^outlet: .*$", "outlet: Example Wire", text)
    text = re.sub(r"(?m)^outlet_note: .*$", "outlet_note: The URL is on example.com, Example Wire's site.", text)
    assert "FIXME" not in text.split("review: false.\n", 1)[1]  # but in the header comment
    sidecar.write_text(text.replace("review: true", "review: false"), "utf-8")

    # 3. suggest: the uncovered quotation, its line:col and its likely speaker
    capsys.readouterr()
    assert main([*root, "suggest", SOURCE_ID, "--yaml"]) == 0
    out = capsys.readouterr().out
    assert "corpus/kremlin-urges-turkey.txt:10:2: Dmitry Peskov (dmitry-peskov" in out
    stub = out[out.index("  - id: dmitry-peskov-the-turkish-side"):]
    stub = stub[: stub.index("\n\n") + 1]

    # 4. annotate one statement: the stub, with its side and the date it was said
    stub = stub.replace("side: context  # FIXME: assertion, counter or context", "side: assertion")
    stub = re.sub(r"said: .*", "said: 2020-03-05", stub)
    claim_file = tmp_path / "claims" / f"{CLAIM}.yaml"
    claim_file.write_text(claim_file.read_text("utf-8").rstrip("\n") + "\n\n" + stub, "utf-8")

    # 4b. a speaker not in actors.yaml: suggest proposes an actor stub; add it, then its statement
    assert "corpus/kremlin-urges-turkey.txt:13:1: Hami Aksoy (new actor: not in actors.yaml)" in out
    actor = out[out.index("  - id: hami-aksoy\n"):]
    actor = actor[: actor.index("\n\n") + 1]
    assert 'affiliation: "Turkey"' in actor and 'title: "Turkish Foreign Ministry spokesman"' in actor
    actors_file = tmp_path / "claims" / "actors.yaml"
    actors_file.write_text(actors_file.read_text("utf-8").rstrip("\n") + "\n\n" + actor, "utf-8")
    counter = out[out.index("  - id: hami-aksoy-the-turkish-foreign"):]
    counter = counter[: counter.index("\n\n") + 1]
    assert "speaker: hami-aksoy" in counter and "kind: reported" in counter
    assert 'said_note: "\\"on Thursday\\" in an article dated 5 March 2020"' in counter
    counter = counter.replace("side: context  # FIXME: assertion, counter or context", "side: counter")
    claim_file.write_text(claim_file.read_text("utf-8").rstrip("\n") + "\n\n" + counter, "utf-8")

    # 5. rebuild
    assert main([*root, "build", "-q"]) == 0
    assert (tmp_path / "site" / "actors" / "hami-aksoy" / "index.html").exists()

    # 6. the new statement is on its claim page, and highlighted on the new source page
    statement_id = re.search(r"id: (\S+)", stub).group(1)  # type: ignore[union-attr]
    page = (tmp_path / "site" / "claims" / CLAIM / "index.html").read_text("utf-8")
    assert f'id="{statement_id}"' in page
    assert "this has still not been done" in page
    source_page = (tmp_path / "site" / "sources" / SOURCE_ID / "index.html").read_text("utf-8")
    assert "<mark id=" in source_page and "this has still not been done" in source_page
