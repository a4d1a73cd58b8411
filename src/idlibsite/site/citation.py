"""How a claim page is cited: reference text, BibTeX, CSL-JSON and the <meta> tags reference
managers read (pure functions).

A reference names who made the claim and when, so that it never reads as the
site's own assertion: "Russian Foreign Ministry (claim of 12 February 2020):
Turkish troops are in Idlib illegally".  The site is the container and the
publisher, never the author; the genre is "Claim record"; the version and its
permanent URL are given, so the words cited can always be read again.

Zotero's "Embedded Metadata" translator decides what it saves from the
<meta> tags (see docs/citing.md): no ``citation_*`` tags (``citation_title``
alone makes a Journal Article), no author tags (it splits every author as a
person's name), ``DC.title`` for the title, ``og:site_name`` for the Website
Title, ``DC.date`` for the date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from idlibsite.anchoring.model import Site
from idlibsite.anchoring.versions import Version
from idlibsite.annotations.records import Claim
from idlibsite.config import Config
from idlibsite.dates import PartialDate, parse_partial_date

GENRE = "Claim record"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class Citation:
    """Everything needed to cite one version of one claim page."""

    key: str  # BibTeX key / CSL id
    claim: str  # the claim's title
    claimant: str  # who made the claim (actor name)
    claim_date: PartialDate  # when the claim was first made
    site: str  # the site's title: container and publisher
    url: str  # absolute permalink of the claim (always its current version); ``version_url`` when there is none
    # (the version cited is the last of a claim no longer published)
    version: str  # the version cited
    version_url: str  # absolute permalink of that version (never changes)
    published: PartialDate  # when that version was published
    language: str  # the site's language

    @property
    def title(self) -> str:
        """The claimant, the claim's date and the claim: the title references show."""
        when = f"claim of {self.claim_date.human()}" if self.claim_date.known else "claim, date unknown"
        return f"{self.claimant} ({when}): {self.claim}"

    @property
    def text(self) -> str:
        """A plain reference, for copying."""
        date = f", {self.published.human()}" if self.published.known else ""
        return f"{self.title}. {GENRE}, version {self.version}{date}. {self.site}. {self.version_url} ({self.now})"

    @property
    def now(self) -> str:
        """Where the claim's current version is, or that the claim is no longer published."""
        if self.url == self.version_url:
            return "no longer published: this is the claim's last published version"
        return f"current version: {self.url}"

    @property
    def meta(self) -> tuple[tuple[str, str], ...]:
        """<meta name=… content=…> pairs for reference managers (Zotero: a Web Page)."""
        return (
            ("DC.title", self.title),
            ("DC.type", GENRE),
            ("DC.date", self.published.iso),
            ("DC.identifier", self.url),
            ("DC.publisher", self.site),
            ("DC.language", self.language),
            ("DC.relation", self.version_url),
            ("citation_public_url", self.version_url),  # Zotero's URL field: the words cited, for good
        )


def claim_citation(site: Site, claim: Claim, config: Config, current: Version) -> Citation:
    """The citation of a claim's page: its current version."""
    return Citation(
        key=f"idlibsite-{claim.id}",
        claim=claim.title,
        claimant=site.actor_by_id[claim.actor].name,
        claim_date=claim.date,
        site=config.title,
        url=f"{config.base_url}claims/{claim.id}/",
        version=current.id,
        version_url=config.base_url + current.path,
        published=parse_partial_date(current.date),
        language=config.language,
    )


def bibtex(c: Citation) -> str:
    """An ``@online`` entry that works with biblatex and with classic BibTeX styles
    (``year``/``month``/``howpublished`` besides ``date``/``url``)."""
    month = c.published.iso[5:7] if c.published.precision in ("month", "day") else ""
    braced = {
        "title": _protect(_bib_escape(c.title)),
        "date": c.published.iso,
        "year": c.published.iso[:4],
        "organization": _protect(_bib_escape(c.site)),
        "type": GENRE,
        "version": c.version,
        "url": c.version_url,
        "howpublished": "\\url{" + c.version_url + "}",
        "note": f"{GENRE}, version {c.version}",
        "langid": {"en": "english"}.get(c.language, c.language),
    }
    lines = [f"  {name} = {{{value}}}" for name, value in braced.items() if value]
    if month:  # a month macro, unbraced: classic styles print its name, biblatex reads it as a number
        lines.insert(3, f"  month = {_MONTHS[int(month) - 1]}")
    body = ",\n".join(lines)
    return f"@online{{{c.key},\n{body}\n}}\n"


def _bib_escape(value: str) -> str:
    return re.sub(
        r"([\\{}%&#_$])",
        lambda m: "\\" + m.group(1) if m.group(1) != "\\" else r"\textbackslash{}",
        value,
    )


# A word (not a LaTeX command's name, nor already braced); one with a capital letter, in any script
# (Idlib, Çavuşoğlu, UN), is a proper noun or an acronym whose case a style must keep: BibTeX styles
# that set titles in sentence case lower-case the rest.
_WORD = re.compile(r"(?<![\w{\\])[\w’'.-]+")


def _protect(value: str) -> str:
    """Braces around every capitalized word ("{Idlib}"), so no style changes its case."""
    return _WORD.sub(lambda m: "{" + m[0] + "}" if any(c.isupper() for c in m[0]) else m[0], value)


def csl_json(c: Citation) -> str:
    """CSL-JSON (a one-item array): a webpage of the site, its genre and version, no author (styles
    that need one put the title, which names the claimant, or the site in its place)."""
    item: dict[str, object] = {
        "id": c.key,
        "type": "webpage",
        "title": c.title,
        "container-title": c.site,  # the website; not also the publisher, which styles would print twice
        "genre": GENRE,
        "version": c.version,
        "URL": c.version_url,
        "note": c.now[0].upper() + c.now[1:],
        "language": c.language,
    }
    if c.published.known:
        item["issued"] = {"date-parts": [[int(p) for p in c.published.iso.split("-")]]}
    return json.dumps([item], ensure_ascii=False, indent=2, sort_keys=True) + "\n"
