"""How a claim page is cited: permalink, version, BibTeX, CSL-JSON and Highwire tags
(pure functions).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from idlibsite.dates import PartialDate

# Seven bytes of SHA-256: short enough to read aloud, and a collision between two
# versions of one claim is out of reach.
VERSION_HEX_DIGITS = 14


@dataclass(frozen=True)
class Citation:
    """Everything needed to cite one claim page."""

    key: str  # BibTeX key / CSL id
    title: str  # the claim's title
    publisher: str  # the site's title, cited as the institutional author
    url: str  # absolute permalink
    updated: PartialDate  # last substantive change of the annotation
    version: str  # content hash of the annotation and its anchored text

    @property
    def text(self) -> str:
        return (
            f"{self.publisher}. “{self.title}.” Claim record, version {self.version}, "
            f"last updated {self.updated.human()}. {self.url}"
        )

    @property
    def highwire(self) -> tuple[tuple[str, str], ...]:
        """<meta name=… content=…> pairs read by Zotero and Google Scholar."""
        return (
            ("citation_title", self.title),
            ("citation_author", self.publisher),
            ("citation_publisher", self.publisher),
            ("citation_date", self.updated.iso.replace("-", "/")),
            ("citation_public_url", self.url),
            ("citation_fulltext_html_url", self.url),
            ("DC.type", "Text"),
            ("DC.title", self.title),
            ("DC.creator", self.publisher),
            ("DC.date", self.updated.iso),
            ("DC.identifier", self.url),
        )


def version(parts: Iterable[bytes]) -> str:
    """A short hash over the annotation file's bytes and every anchored text, in order."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()[:VERSION_HEX_DIGITS]


def bibtex(c: Citation) -> str:
    """A BibTeX ``@online`` entry (biblatex) for the claim page."""
    fields = [
        ("title", c.title),
        ("author", "{" + c.publisher + "}"),  # double braces: an organisation, not First Last
        ("organization", c.publisher),
        ("date", c.updated.iso),
        ("url", c.url),
        ("version", c.version),
        ("note", "Claim record with anchored source statements"),
    ]
    body = ",\n".join(
        f"  {name} = {{{_bib_escape(value) if name not in ('url', 'author') else value}}}"
        for name, value in fields
    )
    return f"@online{{{c.key},\n{body}\n}}\n"


def _bib_escape(value: str) -> str:
    return re.sub(
        r"([\\{}%&#_$])",
        lambda m: "\\" + m.group(1) if m.group(1) != "\\" else r"\textbackslash{}",
        value,
    )


def csl_json(c: Citation) -> str:
    """CSL-JSON (a one-item array) for the claim page."""
    issued = [int(p) for p in c.updated.iso.split("-")] if c.updated.known else []
    item: dict[str, object] = {
        "id": c.key,
        "type": "webpage",
        "title": c.title,
        "author": [{"literal": c.publisher}],
        "container-title": c.publisher,
        "publisher": c.publisher,
        "URL": c.url,
        "version": c.version,
    }
    if issued:
        item["issued"] = {"date-parts": [issued]}
    return json.dumps([item], ensure_ascii=False, indent=2, sort_keys=True) + "\n"
