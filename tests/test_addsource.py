"""add-source: the sidecar it writes always parses, whatever the file was called."""

import shutil
from pathlib import Path

from conftest import ROOT, copy_project
from idlibsite.addsource import add_source
from idlibsite.config import load_config
from idlibsite.sources.corpus import load_source

ARTICLE = ROOT / "tests" / "fixtures" / "walkthrough" / "kremlin-urges-turkey.txt"


def test_a_file_name_with_a_line_break_does_not_break_the_sidecar(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    odd = tmp_path / "kremlin\nid: injected\nurges.txt"
    shutil.copy(ARTICLE, odd)
    added = add_source(load_config(project), odd)
    sidecar = added.sidecar.read_text("utf-8")
    assert "\nid: injected" not in sidecar and sidecar.startswith(f"# Sidecar for {added.article.name},")
    source, problems = load_source(added.article, project)
    assert source is not None and source.id == added.source_id
    assert all(p.severity == "warning" for p in problems), problems  # only the review: true reminder
