"""add-source: the sidecar it writes always parses, whatever the file was called."""

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, copy_project
from idlibsite.addsource import add_source
from idlibsite.config import load_config
from idlibsite.errors import UsageError
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
    # it parses: what is left are the values a person must review (FIXME, review: true), each located in it
    assert problems and all(("FIXME" in p.message or "awaits review" in p.message) and p.line for p in problems), \
        problems


def test_adding_the_same_article_twice_is_one_mistake_with_one_message(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    added = add_source(config, ARTICLE)
    with pytest.raises(UsageError) as refused:
        add_source(config, ARTICLE)  # same bytes: so also the same file names and the same id
    assert [(p.path, p.message) for p in refused.value.problems] == [
        (config.rel(added.article), f"the same text is already in the corpus as '{added.source_id}'")]


def test_a_different_article_under_a_taken_name_gets_each_of_its_clashes(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    added = add_source(config, ARTICLE)
    other = tmp_path / ARTICLE.name
    other.write_text(ARTICLE.read_text("utf-8").replace("Idlib", "Idleb"), "utf-8")
    with pytest.raises(UsageError) as refused:
        add_source(config, other)
    messages = [p.message for p in refused.value.problems]
    assert messages.count("already exists: add-source never overwrites a source") == 2  # article and sidecar
    assert f"source id '{added.source_id}' is already used" in messages
