"""What a source page shows: the article with its highlights, and every statement citing it (pure).

Each statement and verdict that cites the article gets a number ("S1", "S2",
…) in the order its words come in the article.  The number is shown after
the highlight and in the list of statements below the article, so a reader
can go from one to the other either way.  Page furniture copied with the
article (bylines, captions, related links) is grouped and folded away.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from idlibsite.anchoring.model import Site, span_id
from idlibsite.config import Config
from idlibsite.site.fragments import statement_fragment
from idlibsite.site.links import relative_to
from idlibsite.sources.highlight import Highlight, block_html, parts_by_block
from idlibsite.sources.records import DOCX_SUFFIX, EML_SUFFIX, MHTML_SUFFIX, PDF_SUFFIX, PageRecord, Source

TEXT_KINDS = ("body", "title", "subheading", "quotation-heading")  # the article's own words; the rest is furniture
# The saved web page a text was extracted from is published beside article.txt, byte for byte (its
# SHA-256 is the sidecar's html_sha256), under a name ending in .txt: static hosts and `serve` send
# that as text/plain, which browsers show as text and never sniff into HTML, so the page's own
# scripts and forms can never run as a page of this site's origin.  Named .html it would.
SAVED_PAGE = "page.html.txt"
# A PDF the text was read out of is published byte for byte under its own kind: a browser shows it in its
# PDF viewer, which runs none of a page's scripts in this site's origin.
SAVED_PDF = "document.pdf"
# A page saved as one MHTML file is published byte for byte as what it is, a MIME message: static hosts and `serve`
# send .mhtml as message/rfc822, which browsers download rather than show (Chrome and Edge render MHTML only from a
# local file), so its page cannot act in this site's origin either; downloaded, it opens in them as the page saved.
SAVED_MHTML = "page.mhtml"
# A Word document and a mail file are published byte for byte as what they are: static hosts and `serve` send .docx
# as application/vnd.openxmlformats-officedocument.wordprocessingml.document and .eml as message/rfc822, which
# browsers download and open in a word processor or a mail client, never as a page of this site's origin.
SAVED_DOCX = "document.docx"
SAVED_EML = "mail.eml"
SAVED_DOCUMENTS = {DOCX_SUFFIX: SAVED_DOCX, EML_SUFFIX: SAVED_EML, PDF_SUFFIX: SAVED_PDF, MHTML_SUFFIX: SAVED_MHTML}


def evidence_name(page: PageRecord) -> str:
    """The name a source's evidence (its saved page, MHTML file, PDF, Word document or mail file) is published under,
    beside article.txt."""
    return SAVED_DOCUMENTS.get(page.suffix, SAVED_PAGE)


@dataclass(frozen=True)
class BlockView:
    """A block as the source template needs it."""

    index: int  # its place in the source's blocks: the page's data-block="<index>" (the editing panel's hook)
    kind: str  # the block's kind
    html: object  # its display form as safe HTML, with highlights
    damaged: tuple[tuple[int, int], ...]  # damaged ranges (flagged on the page)
    marked: bool  # whether any highlight is in it
    cut_off: bool = False  # the paragraph stops mid-sentence (flagged on the page)


@dataclass(frozen=True)
class Citing:
    """A statement (or verdict) that quotes the article, as listed below it."""

    number: str  # "S1", … in the order of its words in the article
    speaker: str  # who said it (the reviewer for a verdict)
    claim_id: str
    claim_title: str
    side: str  # "assertion", "counter", "context", or "verdict"
    href: str  # the statement on its claim page, relative to the source page
    span: str  # the element id of its first highlight


@dataclass(frozen=True)
class Group:
    """Blocks shown together: the article's text, or a run of page furniture folded away."""

    furniture: bool
    blocks: tuple[BlockView, ...]
    open: bool  # furniture holding a highlight is shown unfolded, so a link to it lands on visible words

    @property
    def kinds(self) -> tuple[tuple[str, int], ...]:
        """Each kind of the group's blocks, first seen first, with how many are of it (the fold's label)."""
        return tuple(Counter(b.kind for b in self.blocks).items())


def source_context(site: Site, source: Source, config: Config) -> dict[str, object]:
    """Every block with its highlighted spans, each linking back to the statements that cite it."""
    url = relative_to(f"sources/{source.id}/", config.base_url, directory_urls=config.directory_urls)
    found: list[tuple[int, int, str, str, str, str, str, tuple[tuple[int, int], ...]]] = []
    for q in site.quotes_by_source.get(source.id, ()):
        spans = tuple((s.start, s.end) for s in q.anchor.spans)
        found.append((spans[0][0], 0, q.speaker.name, q.claim.id, q.claim.title, q.statement.side,
                      url(f"claims/{q.claim.id}/#{statement_fragment(q.statement.id)}"), spans))
    for claim in site.verdicts_by_source.get(source.id, ()):
        spans = tuple((s.start, s.end) for s in site.verdicts[claim.id].spans)
        reviewer = site.actor_by_id[claim.verdict.reviewer].name  # type: ignore[union-attr]
        found.append((spans[0][0], 1, reviewer, claim.id, claim.title, "verdict", url(f"claims/{claim.id}/"), spans))
    found.sort(key=lambda f: (f[0], f[1], f[3], f[6]))
    citing: list[Citing] = []
    cited: dict[tuple[int, int], list[tuple[str, str, str]]] = defaultdict(list)
    for n, (_, _, speaker, claim_id, title, side, href, spans) in enumerate(found, 1):
        number = f"S{n}"
        citing.append(Citing(number, speaker, claim_id, title, side, href, span_id(*spans[0])))
        what = f"the verdict on “{title}”" if side == "verdict" else f"on the claim “{title}”"
        for span in spans:
            cited[span].append((href, number, f"{speaker}, {what}"))
    highlights = [
        Highlight(start, end, span_id(start, end), "Cited by " + "; ".join(f"{n} {label}" for _, n, label in refs),
                  tuple(refs))
        for (start, end), refs in sorted(cited.items())
    ]
    blocks = tuple(source.blocks)  # unpacked once for this page, dropped with it
    highlights = parts_by_block(highlights, blocks)  # a quote across paragraphs: a mark in each
    views = []
    for i, b in enumerate(blocks):
        marked = any(h.start < b.end and h.end > b.start for h in highlights)
        views.append(BlockView(i, b.kind, block_html(b, highlights), b.damaged, marked, b.cut_off))
    claims = {c.claim_id: c.claim_title for c in citing}
    return {"section": "sources", "source": source, "groups": _groups(views), "spans_count": len(cited),
            "citing": citing, "claims": sorted(claims.items()),
            "saved_page": evidence_name(source.page) if source.page else SAVED_PAGE}


def _groups(blocks: list[BlockView]) -> list[Group]:
    """Consecutive furniture blocks in one group, each text block in its own."""
    groups: list[Group] = []
    run: list[BlockView] = []
    for b in blocks:
        if b.kind in TEXT_KINDS:
            if run:
                groups.append(Group(True, tuple(run), any(r.marked for r in run)))
                run = []
            groups.append(Group(False, (b,), b.marked))
        else:
            run.append(b)
    if run:
        groups.append(Group(True, tuple(run), any(r.marked for r in run)))
    return groups
