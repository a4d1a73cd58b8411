"""Project configuration: the ``[tool.idlibsite]`` table of pyproject.toml.

Every key has a default, so a project without the table still builds.  The
base URL must be absolute (http or https): permalinks are printed in
citations and must work in ten years.  Command-line options override keys.
Every key is a string but ``directory_urls``, true or false.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from idlibsite.errors import InputError, Loc, Problem, UsageError

DEFAULTS = {
    "title": "Claim provenance",
    "base_url": "https://example.org/",
    "language": "en",
    "corpus": "corpus",
    "claims": "claims",
    "templates": "templates",
    "output": "site",
}
# Links to a page name its folder (claims/<id>/), as a web server resolves them; false: its index.html,
# so that the site can be read from disk (site/links.py).  Like MkDocs' use_directory_urls.
DIRECTORY_URLS = True
KEYS = (*DEFAULTS, "directory_urls")


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
    directory_urls: bool  # links to a page end in its folder's "/"; False: in "index.html" (for disk)

    def rel(self, path: Path) -> str:
        """``path`` shown relative to the project root, for messages."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


def load_config(root: Path, overrides: Mapping[str, str | bool | None] | None = None) -> Config:
    """Read pyproject.toml's ``[tool.idlibsite]`` and apply command-line overrides (None: not given)."""
    if not root.is_dir():
        message = f"the project folder {root} does not exist or is not a folder"
        hint = "pass --root the folder that holds pyproject.toml, corpus/ and claims/"
        raise UsageError([Problem("--root", None, None, message, hint)])
    pyproject = root / "pyproject.toml"
    table: dict[str, object] = {}
    text = ""
    if pyproject.exists():
        try:
            text = pyproject.read_text("utf-8")
            table = tomllib.loads(text).get("tool", {}).get("idlibsite", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            at = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
            line, column = (int(at[1]), int(at[2])) if at else (None, None)
            message = re.sub(r" \(at line \d+, column \d+\)", "", str(exc))
            raise InputError([Problem("pyproject.toml", line, column, f"invalid TOML: {message}",
                                      "fix the syntax of pyproject.toml")]) from exc
    where = _Locator(text)
    problems = []
    values: dict[str, str] = {}
    for key, default in DEFAULTS.items():
        value = table.get(key, default)
        if not isinstance(value, str):
            problems.append(where.value(key).problem(
                f"[tool.idlibsite] {key} must be a string, not {type(value).__name__}",
                f'write it as {key} = "{default}"'))
            value = default
        values[key] = value
    directory_urls = table.get("directory_urls", DIRECTORY_URLS)
    if not isinstance(directory_urls, bool):  # TOML's true, never the string "true"
        problems.append(where.value("directory_urls").problem(
            f"[tool.idlibsite] directory_urls must be true or false, not {type(directory_urls).__name__}",
            "write it as directory_urls = true, or false for a site read from disk, without quotes"))
        directory_urls = DIRECTORY_URLS
    for key in sorted(set(table) - set(KEYS)):
        close = difflib.get_close_matches(key, KEYS, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        problems.append(where.key(key).problem(f"[tool.idlibsite] has an unknown key {key!r}",
                                               hint + "known keys: " + ", ".join(KEYS)))
    base_loc = where.value("base_url")
    base_hint = 'set [tool.idlibsite] base_url to e.g. "https://example.org/idlib/"'
    for key, value in (overrides or {}).items():
        if key == "directory_urls" and isinstance(value, bool):
            directory_urls = value
        elif isinstance(value, str):
            values[key] = value
            if key == "base_url":
                base_loc = Loc("--base-url")
                base_hint = "give an absolute URL, e.g. --base-url https://example.org/idlib/"
    base = values["base_url"]
    parts = urlsplit(base)
    unsafe = re.search(r"[\s\"'<>\\]", base)  # not allowed in a URL (RFC 3986)
    if parts.scheme not in ("http", "https") or not parts.netloc or unsafe:
        message = f"base_url {base!r} is not an absolute http(s) URL"
        problems.append(base_loc.problem(message, base_hint))
    elif "?" in base or "#" in base or not _valid_port(parts.netloc):
        # every permalink is base_url + a path: a query, a fragment or a bad port breaks them all
        what = "a query (?)" if "?" in base else "a fragment (#)" if "#" in base else "an invalid port"
        problems.append(base_loc.problem(f"base_url {base!r} has {what}: every permalink would be broken",
                                         base_hint + ", with no query, fragment or port other than 1-65535"))
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
        directory_urls=directory_urls,
    )


def _valid_port(netloc: str) -> bool:
    """No port, or a number from 1 to 65535 after the host."""
    port = re.fullmatch(r"(?:[^@]*@)?(?:\[[^\]]*\]|[^:\[\]]*)(?::([0-9]*))?", netloc)
    return port is not None and (port[1] is None or (port[1].isdigit() and 1 <= int(port[1]) <= 65535))


class _Locator:
    """Where each key of ``[tool.idlibsite]`` is written (tomllib keeps no positions)."""

    _TABLE = re.compile(r"\s*\[\[?\s*([^\]]*?)\s*\]\]?\s*(?:#.*)?")  # [table] or [[array]]
    _KEY = re.compile(r"(\s*)([A-Za-z0-9_-]+|\"[^\"]*\")\s*=\s*")

    def __init__(self, text: str) -> None:
        self.found: dict[str, tuple[int, int, int]] = {}  # key -> (line, key column, value column)
        table = ""
        for number, line in enumerate(text.splitlines(), start=1):
            if header := self._TABLE.fullmatch(line):
                table = re.sub(r"\s+", "", header[1]).replace('"', "")
            elif table == "tool.idlibsite" and (entry := self._KEY.match(line)):
                name = entry[2].strip('"')
                self.found.setdefault(name, (number, len(entry[1]) + 1, entry.end() + 1))

    def key(self, name: str) -> Loc:
        line, column, _ = self.found.get(name, (None, None, None))
        return Loc("pyproject.toml", line, column)

    def value(self, name: str) -> Loc:
        line, _, column = self.found.get(name, (None, None, None))
        return Loc("pyproject.toml", line, column)


# Domains reserved for examples (RFC 2606): a site built for them has permalinks nobody can open.
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")


def is_example_url(url: str) -> bool:
    """Whether ``url`` is on a domain reserved for examples, such as the default idlib.example.org."""
    host = (urlsplit(url).hostname or "").rstrip(".")
    return any(host == d or host.endswith("." + d) for d in EXAMPLE_DOMAINS)
