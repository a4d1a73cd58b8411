"""The pages of one claim: its page, citations, data, old ids' redirects, versions' pages and timeline (pure).

:class:`ClaimPart` is what the plan (site/pages.py) makes of one claim; the
context of the claim's page and of each of its versions' pages is made here,
when the page is rendered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple, TypeVar

from markdown_it import MarkdownIt

from idlibsite.anchoring.model import Quote, Site, answered_pairs, evidence_status
from idlibsite.anchoring.versions import Version
from idlibsite.annotations.records import Claim
from idlibsite.config import Config
from idlibsite.dates import parse_partial_date
from idlibsite.site import lists
from idlibsite.site.citation import Citation, bibtex, claim_citation, csl_json
from idlibsite.site.exports import claim_json, claim_jsonld, dumps, script_json
from idlibsite.site.links import file_link
from idlibsite.site.planned import Current, Deps, Later, Once, Page, dep, moved, redirect, view
from idlibsite.site.rows import ClaimRow, claim_row, verdict_view
from idlibsite.site.tombstone import tombstone_json
from idlibsite.site.versioned import HistoryRow, VersionView, cited_by, version_citation, version_views

T = TypeVar("T")


def markdown() -> MarkdownIt:
    """The parser of notes."""
    # Raw HTML off: notes are shown as text, never run. markdown-it refuses
    # javascript:, vbscript:, file: and data: links on its own.
    return MarkdownIt("commonmark", {"html": False})


def notes_html(md: MarkdownIt, notes: str, page_path: str, directory_urls: bool) -> str:
    """Markdown notes as HTML; a link starting with "/" points into this site and is made
    relative to the page, so the site works under any base path (and from disk: site/links.py)."""
    if not notes:
        return ""
    tokens = md.parse(notes)
    up = "../" * page_path.count("/")
    for token in tokens:
        for child in token.children or ():
            href = child.attrGet("href")
            if child.type == "link_open" and isinstance(href, str) and href.startswith("/") and not href.startswith("//"):
                link = (up + href[1:]) or "./"
                child.attrSet("href", link if directory_urls else file_link(link))
    return str(md.renderer.render(tokens, md.options, {}))


class ClaimPart(NamedTuple):
    """What the plan makes of one claim; the site is read from ``current`` when made."""

    current: Current
    config: Config
    md: MarkdownIt
    claim: Claim
    history: tuple[HistoryRow, ...]
    latest: Version
    deps: Deps
    shown: Deps
    versions: Sequence[Version]  # the claim's published versions, under every id it had
    rows: tuple[HistoryRow, ...]  # their rows, oldest first
    quotes: Sequence[Quote]  # its statements
    source_ids: frozenset[str]  # the sources archived on the site

    def pages(self) -> list[Page]:
        """The claim's page, its citations and data, the redirects of its old ids (each made when first
        rendered: the pages of an unchanged claim are reused, never rendered), its versions' pages and
        its timeline."""
        current, config, claim, deps = self.current, self.config, self.claim, self.deps
        cite = Once(Later(current.of, claim_citation, claim, config, self.latest))
        pages = [Page(f"claims/{claim.id}/index.html", self.shown, "claim.html",
                      Later(_cited, Later(current.of, _claim_page), cite, config, self.md, claim, self.history)),
                 Page(f"claims/{claim.id}/cite.bib", deps, "", dict, Later(_cited, _encoded, cite, bibtex)),
                 Page(f"claims/{claim.id}/cite.json", deps, "", dict, Later(_cited, _encoded, cite, csl_json)),
                 Page(f"claims/{claim.id}/claim.json", deps, "", dict,
                      Later(json_bytes, Later(current.of, claim_json), claim, config.base_url))]
        for alias in claim.aliases:  # its old URL redirects; its data files are there too (a script fetches them)
            pages += [redirect(f"claims/{alias}/", f"claims/{claim.id}/", "claim", claim.title, dep("claim", claim.id)),
                      *(moved(page, f"claims/{alias}/") for page in pages[1:4])]
        pages += version_pages(config, self.md, self.versions, self.rows, f"claims/{claim.id}/", self.source_ids)
        if self.quotes:
            pages += lists.narrowed_pages(f"timeline/claims/{claim.id}/", f"Statements on “{claim.title}”", self.quotes)
        return pages

    def changed(self) -> Mapping[str, str]:
        """The sitemap's date of the claim's page: its latest version's."""
        return {f"claims/{self.claim.id}/index.html": self.history[0].date.iso}

    def row(self) -> tuple[ClaimRow, str]:
        """The claim's row of the claims tables, and the repr of its line of claims.json's view."""
        assert self.current.site is not None
        claim = self.claim
        return claim_row(self.current.site, claim), repr((claim.id, claim.title, claim.updated))


def archived(rows: tuple[HistoryRow, ...], source_ids: frozenset[str]) -> frozenset[str]:
    """The sources any of a claim's versions shows (``rows``: their rows, each holding its snapshot's
    sources) that are archived on the site."""
    return cited_by(rows) & source_ids


def _cited(make: Callable[..., T], cite: Callable[[], Citation], *args: object) -> T:
    """``make(*args, cite())``: a claim's citation is made only when a page showing it is."""
    return make(*args, cite())


def _encoded(make: Callable[[Citation], str], cite: Citation) -> bytes:
    return make(cite).encode()


def json_bytes(make: Callable[..., object], *args: object) -> bytes:
    """``make(*args)`` as the JSON of a data file."""
    return dumps(make(*args)).encode()


def _claim_page(site: Site, config: Config, md: MarkdownIt, claim: Claim, history: tuple[HistoryRow, ...],
                cite: Citation) -> dict[str, object]:
    return {"section": "claims", **_claim_context(site, claim), "cite": cite, "history": history,
            "notes_html": notes_html(md, claim.notes, f"claims/{claim.id}/", config.directory_urls),
            "jsonld": script_json(claim_jsonld(site, claim, config.base_url, history))}


def version_pages(config: Config, md: MarkdownIt, chain: Sequence[Version], rows: tuple[HistoryRow, ...],
                   current: str, source_ids: frozenset[str]) -> list[Page]:
    """The page of each version of a claim (see :func:`version_views`)."""
    return [Page(shown.version.path + "index.html", (view(shown.key),), "claim_version.html",
                 Later(_version_context, config, md, shown))
            for shown in version_views(chain, rows, current, source_ids)]


def gone_pages(config: Config, md: MarkdownIt, chain: Sequence[Version], rows: tuple[HistoryRow, ...],
               source_ids: frozenset[str]) -> list[Page]:
    """The pages of a claim no longer in the annotations (``chain``: its versions under the ids it had, which
    nothing redirects now, joined by the moves they record; ``rows``: theirs): its versions' pages, which
    stay, and at each of its old addresses, cited by readers, a page saying it is no longer published, linking
    to its last version (its canonical link), and its data files, which scripts and reference managers stored:
    the citation of that version, and a tombstone (site/tombstone.py), the same bytes at every address."""
    last = chain[-1]
    cite = Once(Later(_last_citation, config, chain, rows))
    shown = (view((last.claim, rows)),)  # the rows name each snapshot
    data = (Page(f"claims/{last.claim}/cite.bib", shown, "", dict, Later(_cited, _encoded, cite, bibtex)),
            Page(f"claims/{last.claim}/cite.json", shown, "", dict, Later(_cited, _encoded, cite, csl_json)),
            Page(f"claims/{last.claim}/claim.json", shown, "", dict,
                 Later(json_bytes, tombstone_json, chain, rows, config.base_url)))
    pages = version_pages(config, md, chain, rows, "", source_ids)
    for gone in dict.fromkeys(v.claim for v in chain):  # each id it had, in the order it had them
        pages += [Page(f"claims/{gone}/index.html", (view((gone, rows)),), "claim_gone.html",
                       Later(_gone_context, gone, last, rows)), *(moved(page, f"claims/{gone}/") for page in data)]
    return pages


def _last_citation(config: Config, chain: Sequence[Version], rows: tuple[HistoryRow, ...]) -> Citation:
    """The citation of a gone claim's last version, as its page gives it."""
    last = chain[-1].path
    return version_citation(config, next(shown for shown in version_views(chain, rows, "", frozenset())
                                         if shown.version.path == last))


def _gone_context(gone: str, last: Version, rows: tuple[HistoryRow, ...]) -> dict[str, object]:
    return {"section": "claims", "gone": gone, "title": last.snapshot["title"], "history": rows[::-1]}


def _version_context(config: Config, md: MarkdownIt, shown: VersionView) -> dict[str, object]:
    snap = shown.version.snapshot
    return {"section": "claims", "shown": shown, "snap": snap, "cite": version_citation(config, shown),
            "as_date": parse_partial_date,
            "notes_html": notes_html(md, snap["notes"], shown.version.path, config.directory_urls)}


def _claim_context(site: Site, claim: Claim) -> dict[str, object]:
    quotes = site.quotes_by_claim.get(claim.id, ())
    pairs = answered_pairs(quotes)
    paired = {q.statement.id for pair in pairs for q in pair}
    by_side: dict[str, list[Quote]] = {"assertion": [], "counter": [], "context": []}
    for q in quotes:
        if q.statement.id not in paired:
            by_side[q.statement.side].append(q)
    counter = claim.counter_assertion
    return {
        "claim": claim,
        "claim_topics": [(t, site.annotations.topic_title(t)) for t in claim.topics],
        "actor": site.actor_by_id[claim.actor],
        "verdict": verdict_view(site, claim),
        "counter_actors": [site.actor_by_id[a] for a in counter.actors] if counter else [],
        "quotes": quotes,
        "by_side": by_side,
        "pairs": pairs,
        "side_counts": {side: sum(q.statement.side == side for q in quotes) for side in by_side},
        "status": evidence_status(quotes),
        "outlets": sorted({q.source.meta.outlet for q in quotes}),
    }
