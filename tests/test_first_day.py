"""What a new user meets first on the command line: the help, add-source's summary, and `suggest` named the way
add-source named the article (session newuser20's finds, bench/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_project
from idlibsite.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "newuser20"
TEXT = FIXTURES / "erdogan-phone-call.txt"  # a pasted agency report of my own: no URL, an outlet in its date line
TEXT_ID = "erdogan-phone-call-2020-02-28"


def test_the_help_says_what_the_tool_does_not_how_the_module_is_written(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "who said what" in out and "archived article" in out and "COMMAND -h" in out
    assert "no logic of its own" not in out  # the module's docstring, for developers


def test_add_source_says_a_missing_url_is_optional_and_what_comes_next(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "add-source", str(TEXT)]) == 0
    out = capsys.readouterr().out
    assert "  url       none found (optional: the sidecar's url stays empty)" in out
    assert 'url: ""' in (tmp_path / "corpus" / "erdogan-phone-call.yaml").read_text("utf-8")  # no FIXME there
    # the outlet its byline names beside the writer, as its copyright line does (newuser20's find 13)
    assert "  outlet    Anatolia Wire Digest  [the byline names 'Anatolia Wire Digest' beside the writer, as " in out
    assert out.rstrip().endswith(f"Then `idlibsite suggest {TEXT_ID} --yaml` lists its passages to annotate.")
    sidecar = (tmp_path / "corpus" / "erdogan-phone-call.yaml").read_text("utf-8")
    assert 'byline: "Tomas Reid"' in sidecar and 'outlet: "Anatolia Wire Digest"' in sidecar
    assert "line   15  note" in out  # its copyright line after the story is no body paragraph (find 14)


def test_add_source_says_a_value_not_found_is_fixme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    lines = TEXT.read_text("utf-8").split("\n")
    bare = tmp_path / "bare-copy.txt"  # the report without its byline and copyright lines: nothing names its outlet
    bare.write_text("\n".join(line for line in lines if not line.startswith(("By ", "Copyright"))), "utf-8")
    assert main(["--root", str(tmp_path), "add-source", str(bare)]) == 0
    assert "  outlet    FIXME (not found)" in capsys.readouterr().out  # a value the sidecar marks FIXME is said to be


@pytest.mark.parametrize("named", ["turkeys-duty-to-stop-fighting-2019-05", "corpus/003_39b8db8ae1d76518.txt",
                                   "003_39b8db8ae1d76518.yaml", "003_39b8db8ae1d76518"])
def test_suggest_takes_the_source_id_or_its_file(named: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "suggest", named]) == 0
    assert capsys.readouterr().out.rstrip().endswith(
        "passage of turkeys-duty-to-stop-fighting-2019-05 not covered by any statement.")


@pytest.mark.parametrize("named", ["003_39b8db8ae1d76518.txt.bak", "corpus/", "turkeys-duty-to-stop-fighting"])
def test_suggest_refuses_a_name_that_is_no_source_nor_its_file(named: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "suggest", named]) == 2
    assert f"no source '{named}'" in capsys.readouterr().err


def test_build_says_when_a_changed_claim_keeps_its_last_versions_date(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    root = ["--root", str(tmp_path)]
    claim = tmp_path / "claims" / "turkish-troops-in-idlib-illegal.yaml"
    text = claim.read_text("utf-8")
    assert main([*root, "build", "-q"]) == 0
    assert "notice" not in capsys.readouterr().err  # nothing changed: no new version
    claim.write_text(text.replace("\ntitle: Turkish troops are in Syria", "\ntitle: Turkish forces are in Syria", 1),
                     "utf-8")
    assert main([*root, "build", "-q"]) == 0
    err = capsys.readouterr().err
    assert "idlibsite: notice: claim 'turkish-troops-in-idlib-illegal' changed (version " in err
    assert "but kept the date of its last version, 2026-11-22 (its updated:)" in err
    claim.write_text(claim.read_text("utf-8").replace("\nupdated: 2026-11-22\n", "\nupdated: 2026-12-06\n"), "utf-8")
    claim.write_text(claim.read_text("utf-8").replace("Turkish forces are in Syria", "Turkish troops are in Syria"),
                     "utf-8")
    assert main([*root, "build", "-q"]) == 0
    assert "notice" not in capsys.readouterr().err  # changed and dated anew
    renamed = claim.with_name("turkish-troops-in-syria-illegal.yaml")  # a rename alone: a move, not an edit
    renamed.write_text(claim.read_text("utf-8").replace("id: turkish-troops-in-idlib-illegal\n",
                                                        "id: turkish-troops-in-syria-illegal\n", 1)
                       .replace("\naliases: []\n", "\naliases: [turkish-troops-in-idlib-illegal]\n", 1), "utf-8")
    claim.unlink()
    assert main([*root, "build", "-q"]) == 0
    assert "notice" not in capsys.readouterr().err
    recorded = (tmp_path / "claims" / "versions.lock.json").read_text("utf-8")
    assert '"moved_from":"turkish-troops-in-idlib-illegal/' in recorded and '"2026-12-06"' in recorded


def test_suggest_takes_a_saved_pages_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A saved page (my own, in an agency's web layout) is kept as corpus/NAME.html beside the text extracted
    from it: that name, as add-source printed it, names the source too."""
    copy_project(tmp_path)
    root = ["--root", str(tmp_path)]
    assert main([*root, "add-source", str(FIXTURES / "akar-warns-convoy.html")]) == 0
    assert "Saved the page as corpus/akar-warns-convoy.html" in capsys.readouterr().out
    sidecar = tmp_path / "corpus" / "akar-warns-convoy.yaml"
    sidecar.write_text(sidecar.read_text("utf-8").replace("review: true", "review: false"), "utf-8")
    assert main([*root, "suggest", "corpus/akar-warns-convoy.html"]) == 0
    assert "passages of akar-warns-convoy-2020-02-27 not covered by any statement." in capsys.readouterr().out
