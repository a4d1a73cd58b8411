"""Project configuration: the ``[tool.idlibsite]`` table of pyproject.toml.

Every key has a default, so a project without the table still builds.  The
base URL must be absolute (http or https): permalinks are printed in
citations and must work in ten years.  Command-line options override keys.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from idlibsite.errors import InputError, Problem

DEFAULTS = {
    "title": "Claim provenance",
    "base_url": "https://example.org/",
    "language": "en",
    "corpus": "corpus",
    "claims": "claims",
    "templates": "templates",
    "output": "site",
}


@dataclass(frozen=True)
class Config:
    """Where the inputs are and how the site is addressed."""

    root: Path  # project root (holds pyproject.toml)
    title: str  # site title
    base_url: str  # absolute URL of the site root, ending in "/"
    language: str  # BCP 47 tag for <html lang>
    corpus: Path  # folder of article files and sidecars
    claims: Path  # folder of annotation YAML
    templates: Path  # the site's template overrides (may not exist)
    output: Path  # where the site is written

    def rel(self, path: Path) -> str:
        """``path`` shown relative to the project root, for messages."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


def load_config(root: Path, overrides: Mapping[str, str | None] | None = None) -> Config:
    """Read pyproject.toml's ``[tool.idlibsite]`` and apply command-line overrides."""
    pyproject = root / "pyproject.toml"
    table: dict[str, object] = {}
    if pyproject.exists():
        try:
            table = tomllib.loads(pyproject.read_text("utf-8")).get("tool", {}).get("idlibsite", {})
        except tomllib.TOMLDecodeError as exc:
            raise InputError([Problem("pyproject.toml", None, None, f"invalid TOML: {exc}",
                                      "fix the syntax of pyproject.toml")]) from exc
    problems = []
    values: dict[str, str] = {}
    for key, default in DEFAULTS.items():
        value = table.get(key, default)
        if not isinstance(value, str):
            problems.append(Problem("pyproject.toml", None, None,
                                    f"[tool.idlibsite] {key} must be a string, not {type(value).__name__}",
                                    f'write it as {key} = "{default}"'))
            value = default
        values[key] = value
    for key in sorted(set(table) - set(DEFAULTS)):
        problems.append(Problem("pyproject.toml", None, None, f"[tool.idlibsite] has an unknown key {key!r}",
                                "known keys: " + ", ".join(DEFAULTS)))
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
    base = values["base_url"]
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append(Problem("pyproject.toml", None, None,
                                f"base_url {base!r} is not an absolute http(s) URL",
                                'set [tool.idlibsite] base_url (or --base-url) to e.g. "https://example.org/idlib/"'))
    if problems:
        raise InputError(problems)
    return Config(
        root=root,
        title=values["title"],
        base_url=base if base.endswith("/") else base + "/",
        language=values["language"],
        corpus=root / values["corpus"],
        claims=root / values["claims"],
        templates=root / values["templates"],
        output=root / values["output"],
    )
