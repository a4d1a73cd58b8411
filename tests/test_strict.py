"""``--strict`` turns warnings into failures: a fuzzy match stops the build and writes nothing."""

from pathlib import Path

from clitools import copy_project, leftovers, run_cli, tree

CLAIM = "claims/turkish-troops-in-idlib-illegal.yaml"
TYPED = "its forces were in Syria without the blessing of the Syrian government"  # in the quote only


def test_a_warning_fails_a_strict_build_and_check_but_not_a_plain_one(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    path = project / CLAIM
    text = path.read_text("utf-8")
    assert text.count(TYPED) == 1
    path.write_text(text.replace(TYPED, TYPED.replace("blessing", "blesing")), "utf-8")  # one typo: fuzzy

    strict = run_cli(project, "build", "--strict")
    assert strict.returncode == 1, strict.stderr
    assert f"{CLAIM}:" in strict.stderr and ": warning: quote anchored only approximately" in strict.stderr
    assert not (project / "site").exists() and leftovers(project) == []

    checked = run_cli(project, "check", "--strict")
    assert checked.returncode == 1 and "anchored only approximately" in checked.stdout + checked.stderr

    plain = run_cli(project, "build")
    assert plain.returncode == 0, plain.stderr
    assert "anchored only approximately" in plain.stdout + plain.stderr  # still shown, as a warning
    site = tree(project / "site")
    page = site["claims/turkish-troops-in-idlib-illegal/index.html"]
    assert page is not None and b"without the blessing of the Syrian government" in page  # the source's words

    again = run_cli(project, "build", "--strict")  # a strict build refused keeps the last site as it was
    assert again.returncode == 1 and tree(project / "site") == site
    assert run_cli(project, "check").returncode == 0
