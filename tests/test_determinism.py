"""The same inputs give the same bytes, whatever the machine's settings.

Two full builds of two copies of the project run as subprocesses that differ
in everything but the inputs: the project's folder, the working directory,
the locale (a UTF-8 one against plain C with Python's UTF-8 mode off, or
en_US.UTF-8 where installed), PYTHONHASHSEED (0 against 12345, so set and
dict iteration orders differ), the time zone and the umask.  Every file of
the two sites, and the anchor locks, must be byte-identical, with the same
permissions.
"""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

from clitools import cli_args, cli_env, copy_project


def locales() -> list[str]:
    try:
        found = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout
    except OSError:
        found = ""
    names = {name.strip().lower().replace("utf-8", "utf8"): name.strip() for name in found.split()}
    return [names[n] for n in ("en_us.utf8", "de_de.utf8", "tr_tr.utf8") if n in names]


SETTINGS = [
    {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PYTHONHASHSEED": "0", "TZ": "UTC", "umask": 0o022},
    {
        # another real locale where one is installed; else plain C without Python's UTF-8 mode,
        # where any open() without encoding= would read or write ASCII
        **(
            {"LC_ALL": locales()[0], "LANG": locales()[0]}
            if locales()
            else {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
        ),
        "PYTHONHASHSEED": "12345",
        "TZ": "Pacific/Kiritimati",
        "umask": 0o077,
    },
]


def files(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    """Every entry with its permission bits and, for files, its bytes."""
    out: dict[str, tuple[int, bytes | None]] = {}
    for path in sorted(folder.rglob("*")):
        mode = stat.S_IMODE(path.lstat().st_mode)
        out[path.relative_to(folder).as_posix()] = (
            mode,
            path.read_bytes() if path.is_file() else None,
        )
    return out


def build_in(project: Path, cwd: Path, settings: dict[str, object]) -> None:
    env = {key: str(value) for key, value in settings.items() if key != "umask"}
    umask = int(settings["umask"])  # type: ignore[call-overload]
    result = subprocess.run(
        [
            "sh",
            "-c",
            f'umask {umask:03o} && exec "$@"',
            "sh",
            *cli_args(project, "build", "--full"),
        ],
        cwd=cwd,
        env=cli_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_two_builds_under_different_settings_are_byte_identical(tmp_path: Path) -> None:
    first = copy_project(tmp_path / "one" / "project")
    second = copy_project(tmp_path / "elsewhere" / "deeper" / "two")
    cwd = tmp_path / "some" / "other" / "folder"
    cwd.mkdir(parents=True)
    build_in(first, first, SETTINGS[0])
    build_in(second, cwd, SETTINGS[1])
    one, two = files(first / "site"), files(second / "site")
    assert len(one) > 100
    assert sorted(one) == sorted(two)
    differ = [path for path in one if one[path] != two[path]]
    assert differ == []
    lock = "claims/anchors.lock.json"
    assert (first / lock).read_bytes() == (second / lock).read_bytes()


@pytest.mark.parametrize("settings", SETTINGS, ids=["utf8-seed0", "other-locale-seed12345"])
def test_a_build_needs_no_particular_locale(tmp_path: Path, settings: dict[str, object]) -> None:
    project = copy_project(tmp_path / "project")
    result = subprocess.run(
        cli_args(project, "check"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=cli_env(**{k: str(v) for k, v in settings.items() if k != "umask"}),
    )
    assert result.returncode == 0, result.stderr


def test_problems_with_non_ascii_text_print_in_an_ascii_locale(tmp_path: Path) -> None:
    """`check` prints problems on stdout: "é" in a message must not crash an ASCII terminal."""
    project = copy_project(tmp_path / "project")
    claim = sorted(p for p in (project / "claims").glob("*.yaml") if p.name != "actors.yaml")[0]
    text = claim.read_text("utf-8")
    claim.write_text(text.replace("\n  - id: ", "\n  - id: Konashenkóv-", 1), "utf-8")
    ascii_env = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    for command in ("check", "build"):
        result = subprocess.run(
            cli_args(project, command),
            cwd=tmp_path,
            capture_output=True,
            timeout=120,
            check=False,
            env=cli_env(**ascii_env),
        )
        assert result.returncode == 1
        output = (result.stdout + result.stderr).decode("ascii")
        assert "Traceback" not in output, output
        assert "Konashenk\\xf3v-" in output
