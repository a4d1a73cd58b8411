"""The outlets and agencies add-source recognises, from an editable ``corpus/outlets.yaml``.

Each entry names an outlet, the domains it publishes on, whether it is a news
agency, and the markers that credit it in a byline or dateline (``/TASS/``,
``(Reuters)``).  The file is data, not code: a newsroom adds its own outlets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from idlibsite import schema
from idlibsite.errors import Problem
from idlibsite.yamlpos import YSeq, YValue, read_yaml

OUTLETS_FILE = "outlets.yaml"  # in the corpus folder; not a sidecar


@dataclass(frozen=True)
class Outlet:
    """One outlet or news agency."""

    name: str  # as the sidecar names it
    domains: tuple[str, ...]  # sites it publishes on, lower-case
    agency: bool  # a news agency, whose reports other sites republish
    markers: tuple[str, ...]  # whole-word, case-sensitive credits in bylines and datelines


def load_outlets(path: Path, display: str, root: Path) -> tuple[tuple[Outlet, ...], list[Problem]]:
    """The outlets of ``path``, an input of the project ``root`` (none, with no problem, when absent)."""
    if not path.exists() and not path.is_symlink():
        return (), []
    node, problems = read_yaml(path, display, root)
    if node is None:
        return (), problems
    f = schema.fields(node, "", ("outlets",), problems)
    if f is None:
        return (), problems
    none: list[Outlet] = []
    return tuple(f.required("outlets", _entries, none)), problems


def _entries(node: YValue, what: str, problems: list[Problem]) -> list[Outlet] | None:
    if not isinstance(node, YSeq):
        problems.append(node.loc.problem(f"{what}: expected a list of outlets", "see the comment at the top"))
        return None
    out = []
    for i, item in enumerate(node.items):
        f = schema.fields(item, f"{what}[{i}]", ("name", "domains", "agency", "markers"), problems)
        if f is None:
            continue
        out.append(Outlet(
            name=f.required("name", schema.text, ""),
            domains=tuple(d.lower() for d in f.optional_list("domains", schema.text)),
            agency=f.optional("agency", schema.boolean, False),
            markers=f.optional_list("markers", schema.text),
        ))
    return out


def by_domain(outlets: tuple[Outlet, ...], url: str) -> tuple[Outlet, str] | None:
    """The outlet whose domain the URL is on (or a subdomain of), with that domain."""
    host = (urlsplit(url).hostname or "").lower()
    for outlet in outlets:
        for domain in outlet.domains:
            if host == domain or host.endswith("." + domain):
                return outlet, domain
    return None


def marked(outlets: tuple[Outlet, ...], text: str) -> list[tuple[Outlet, str, int]]:
    """(outlet, marker, offset) for every outlet credited in ``text``, first credit first."""
    found = []
    for outlet in outlets:
        hits = [(m.start(), marker) for marker in outlet.markers
                for m in re.finditer(rf"(?<!\w){re.escape(marker)}(?!\w)", text)]
        if hits:
            at, marker = min(hits)
            found.append((outlet, marker, at))
    return sorted(found, key=lambda hit: hit[2])
