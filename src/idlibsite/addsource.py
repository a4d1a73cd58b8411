"""``idlibsite add-source``: put a new article into corpus/ untouched, with a
sidecar pre-filled from what the loader detects and marked for review.

The article may be a text file, a saved web page, a PDF or a URL; its metadata is
found with the reasoning written down (sources/metadata.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from idlibsite.config import Config
from idlibsite.errors import InputError, Problem, UsageError, line_col
from idlibsite.fetch import MAX_BYTES, TIMEOUT, fetch
from idlibsite.schema import SLUG, slugify
from idlibsite.sources.blocks import Override, cut_blocks
from idlibsite.sources.corpus import ARTICLE_SUFFIX, FIXME, SIDECAR_SUFFIX, load_corpus
from idlibsite.sources.evidence import sha256_hex
from idlibsite.sources.metadata import Finding, Found, find_metadata
from idlibsite.sources.outlets import OUTLETS_FILE, load_outlets
from idlibsite.sources.records import DOCX_SUFFIX, EML_SUFFIX, MHTML_SUFFIX, PDF_SUFFIX, Block
from idlibsite.sources.reading import is_evidence, read_source
from idlibsite.sources.webpage import PAGE_SUFFIX

ID_MAX = 60  # characters of a generated id: readable in a URL
# What gives the block kinds add-source writes into a sidecar, by the evidence's suffix.
KINDS_FROM = {PAGE_SUFFIX: "the saved page's markup (<h2>…, <li>)", PDF_SUFFIX: "the PDF's type sizes (its headline, headings)"}
KINDS_FROM[MHTML_SUFFIX] = KINDS_FROM[PAGE_SUFFIX]
KINDS_FROM[DOCX_SUFFIX] = "the Word document's styles (its Title and headings, lists, footnotes)"
KINDS_FROM[EML_SUFFIX] = "the mail's HTML part and the Word document attached to it"


@dataclass(frozen=True)
class Added:
    """What add-source wrote and found."""

    article: Path  # the copied article (for a web page: the text extracted from it)
    sidecar: Path  # the pre-filled sidecar
    page: Path | None  # the saved web page or PDF, byte for byte, when the source is one
    source_id: str
    sha256: str
    blocks: tuple[tuple[str, int, str], ...]  # (kind, line, first words) of each block
    found: Found  # the metadata found, with the reasoning
    extractor: str = ""  # for a web page: which extraction made the text
    left_out: tuple[tuple[int, str, bool], ...] = ()  # for a web page: (line, words, furniture) of passages not in the text


def add_source(
    config: Config, target: str | Path, source_id: str | None = None, *,
    timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
) -> Added:
    """Put an article into the corpus and write its sidecar; refuse to overwrite.

    ``target`` is a text file (copied byte for byte), a saved web page or a
    PDF (kept byte for byte beside the text extracted from it) or an http(s)
    URL (fetched once, then kept like a saved page or a PDF).
    """
    url, name = "", str(target)
    if isinstance(target, str) and re.match(r"(?i)https?://", target):
        fetched = fetch(target, timeout, max_bytes)
        url, data = fetched.url, fetched.data
        stem = slugify(PurePosixPath(urlsplit(url).path).stem or urlsplit(url).hostname or "") or "page"
        reading = read_source(name, data, evidence=True)
    else:
        file = Path(target)
        if not file.is_file():
            raise UsageError([Problem(str(file), None, None, "no such file",
                                      "give the path of a UTF-8 text file, a saved .html page or an https:// URL")])
        data = file.read_bytes()
        stem = slugify(file.stem) or "article"
        reading = read_source(name, data, is_evidence(file, data))
    # a page or document is kept byte for byte beside the text read out of it; a text file is the article itself
    page_data, suffix = (data, reading.suffix) if reading.suffix else (None, PAGE_SUFFIX)
    text, page, extractor, kinds, left = reading.text, reading.page, reading.extractor, reading.kinds or {}, reading.left_out
    if page_data is not None:
        data = text.encode("utf-8")
    article = config.corpus / f"{stem}{ARTICLE_SUFFIX}"
    sidecar = article.with_suffix(SIDECAR_SUFFIX)
    saved_page = article.with_suffix(suffix) if page_data is not None else None
    existing, _ = load_corpus(config.corpus, config.root)
    outlets, problems = load_outlets(config.corpus / OUTLETS_FILE, config.rel(config.corpus / OUTLETS_FILE), config.root)
    if problems:
        raise InputError(problems)
    blocks = cut_blocks(text, overrides=kinds)
    found = find_metadata(text, blocks, outlets, url, page, language=detect_language(text))
    new_id = source_id or _make_id(stem, found.date.iso if found.date.precision == "day" else "")
    same = [Problem(s.path, None, None, f"the same text is already in the corpus as '{s.id}'",
                    "nothing to add: the source is there already") for s in existing if s.sha256 == sha256_hex(data)]
    if same:  # one mistake, one message: its file names and id clash only because it is the same article
        raise UsageError(same)
    refusals = [
        Problem(config.rel(p), None, None, "already exists: add-source never overwrites a source",
                "rename the new file, or remove the old source first if it is really replaced")
        for p in (article, sidecar, saved_page) if p is not None and p.exists()
    ]
    if not SLUG.fullmatch(new_id):
        refusals.append(Problem("--id", None, None, f"'{new_id}' is not a valid id",
                                "ids are lowercase ASCII letters, digits and single hyphens"))
    if any(s.id == new_id for s in existing):
        refusals.append(Problem("--id", None, None, f"source id '{new_id}' is already used",
                                "choose another id with --id"))
    if refusals:
        raise UsageError(refusals)
    config.corpus.mkdir(parents=True, exist_ok=True)
    evidence = {f"{suffix[1:]}_sha256": sha256_hex(page_data), "text_sha256": sha256_hex(data),
                "extractor": extractor} if page_data is not None else {}
    written: list[Path] = []
    try:
        for path, content in ((saved_page, page_data), (article, data)):
            if path is not None and content is not None:
                path.write_bytes(content)
                written.append(path)
        # the corpus file named, not the name given: that may hold a line break
        sidecar.write_text(sidecar_text(new_id, article.name, found, evidence, kinds,
                                        KINDS_FROM[suffix] if page_data is not None else ""), "utf-8")
    except OSError:
        for path in written:
            path.unlink()
        raise
    shown = tuple((b.kind, line_col(text, b.start)[0], _first_words(b)) for b in blocks)
    return Added(article, sidecar, saved_page, new_id, sha256_hex(data), shown, found, extractor, left)


def _make_id(stem: str, iso: str) -> str:
    """The file's name, as a slug, with the date it states: readable and chosen by the user."""
    base = slugify(stem)[:ID_MAX].rstrip("-")
    return f"{base}-{iso}" if iso else base


def _first_words(block: Block) -> str:
    words = block.display.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


def sidecar_text(source_id: str, name: str, found: Found, evidence: dict[str, str],
                 kinds: dict[int, Override] | None = None, kinds_from: str = "") -> str:
    """The pre-filled sidecar: found values with their notes; FIXME where nothing was found
    and beside every guess, so that the build refuses it until a human has checked. ``kinds``: the
    block kinds a saved page's markup gives (its headings and list items), or a PDF's type sizes
    (``kinds_from`` says which)."""
    def q(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    def note(finding: Finding, missing: str) -> str:
        if not finding.value:
            return f"{FIXME}: {missing}"
        said = finding.note[0].upper() + finding.note[1:]
        return f"{FIXME} ({said})" if not finding.certain else said.rstrip(".") + "."

    agency = f"; the report is credited to {found.agency.value}" if found.agency.value else ""
    outlet_note = note(found.outlet, "who published it? Not found in the URL, byline or dateline" + agency)
    if found.outlet.value and agency and found.agency.value != found.outlet.value:
        outlet_note = outlet_note.rstrip(".") + agency + "."
    lines = [
        f"# Sidecar for {name}, pre-filled by `idlibsite add-source`: check every value,",
        "# replace each FIXME (a value not found, or a guess to confirm), then set review: false.",
        f"id: {source_id}",
        f"outlet: {q(found.outlet.value or FIXME + ': who published it')}",
        f"outlet_note: {q(outlet_note)}",
        f"byline: {q(found.byline.value)}",
        f"title: {q(found.title.value or FIXME + ': the article has no title line; supply one')}",
        f"date: {found.date.iso or 'unknown'}",
        f"date_note: {q(note(found.date_note, found.date_note.note or 'no date found; date it from its content and say how'))}",
        f"url: {q(found.url.value)}",
        f"language: {q(found.language.value or FIXME + ': the language as a BCP 47 tag')}",
        *(f"{k}: {q(v)}" for k, v in evidence.items()),
        *([f"block_kinds:  # by {kinds_from or KINDS_FROM[PAGE_SUFFIX]}, which the text alone does not show"]
          + [f'  "{line}": {o.kind}' for line, o in sorted(kinds.items())] if kinds else []),
        "review: true",
        "",
    ]
    return "\n".join(lines)


def detect_language(text: str) -> str:
    """The language of ``text`` as a tag ("en"), by py3langid."""
    import py3langid

    return str(py3langid.classify(text)[0])
