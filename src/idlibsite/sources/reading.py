"""What add-source reads out of a file's bytes: the text, the page's metadata, the block kinds its
markup gives, and the evidence kept beside the text (a saved page, an MHTML file, a PDF, a Word document, a mail file);
and the check that a kept Word document or mail file still reads as the text it gave.

One function for add-source and for the ingest benches, so that the benches score what add-source runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from idlibsite.errors import InputError, Problem
from idlibsite.sources.blocks import Override
from idlibsite.sources.evidence import decode_article, extracted_otherwise, kept_problems
from idlibsite.sources.mailfile import READER as MAIL_READER
from idlibsite.sources.mailfile import looks_like_mail, read_mail
from idlibsite.sources.metadata import PageMeta
from idlibsite.sources.mhtml import looks_like_mhtml
from idlibsite.sources.pdfdoc import looks_like_pdf, pdf_kinds, read_pdf
from idlibsite.sources.records import DOCX_SUFFIX, EML_SUFFIX, MHTML_SUFFIX, PDF_SUFFIX
from idlibsite.sources.webpage import (COMPLETED, PAGE_SUFFIX, SCRIPTED, Extracted, extract, looks_like_html,
                                      markup_kinds)
from idlibsite.sources.worddoc import READER as DOCX_READER
from idlibsite.sources.worddoc import looks_like_docx, read_docx, refused, unread_format

PAGE_NAMES = (".html", ".htm", ".mhtml", ".mht")  # a page saved as one MHTML file is a saved page
# A Word document's and a mail file's names and readers, by the suffix each is kept under (a file given by that name is one).
DOCUMENTS = {DOCX_SUFFIX: ("Word document", read_docx), EML_SUFFIX: ("mail file", read_mail)}
# Every format add-source reads, for the message that refuses a file of none of them.
FORMATS = ", ".join(("a text file", f"a saved page ({', '.join(PAGE_NAMES)})", "a PDF",
                     *(f"a {what} ({suffix})" for suffix, (what, _) in DOCUMENTS.items())))
# Each reader a document's recorded extractor names, as installed: a mail's, a Word document's (also one attached to a
# mail) and the page extractor's that reads their HTML (its plain text, its story blocks, a script's story).
INSTALLED = frozenset(part for reader in (MAIL_READER, DOCX_READER, COMPLETED, SCRIPTED)
                      for part in reader.split(" + "))


@dataclass(frozen=True)
class Reading:
    """A file as add-source reads it."""

    text: str  # the article's text: a text file's own, or the text read out of the evidence
    page: PageMeta  # what a page's markup or a PDF's metadata states
    suffix: str  # the evidence kept beside the text: PAGE_, MHTML_, PDF_, DOCX_ or EML_SUFFIX; "" for a text file
    extractor: str = ""  # which extraction made the text out of the evidence
    kinds: dict[int, Override] | None = None  # block kinds the evidence shows and the text does not
    left_out: tuple[tuple[int, str, bool], ...] = ()  # a saved page's passages left out of its text


def is_evidence(file: Path, data: bytes) -> bool:
    """Whether a file given to add-source is evidence to keep beside the text read out of it (a saved page, an
    MHTML file, a PDF, a Word document, a mail file), by its name or its bytes, rather than a text file kept as it is."""
    return file.suffix.lower() in (*PAGE_NAMES, *DOCUMENTS) or looks_like_html(data) or looks_like_mhtml(data) \
        or looks_like_pdf(data) or looks_like_docx(data) or looks_like_mail(data)


def read_source(name: str, data: bytes, evidence: bool) -> Reading:
    """The text of a file's ``data`` (``name``: as the user gave it, for messages); ``evidence``: the bytes are a
    page or document to read the text out of (:func:`is_evidence`; a fetched URL's always are)."""
    if evidence and looks_like_pdf(data):  # a PDF: kept byte for byte beside the text read out of it
        read = read_pdf(name, data)
        return Reading(read.text, read.page, PDF_SUFFIX, read.extractor, pdf_kinds(read.text, read.marked))
    what = unread_format(data)
    if what:  # a .doc, .odt, .rtf, .pages: refused by name, saying what to do, whatever the file is called
        raise refused(name, what)
    mail = evidence and (looks_like_mail(data) or name.lower().endswith(EML_SUFFIX))
    suffix = DOCX_SUFFIX if looks_like_docx(data) else EML_SUFFIX if mail else ""
    if suffix:
        doc = DOCUMENTS[suffix][1](name, data)
        return Reading(doc.text, doc.page, suffix, doc.extractor, markup_kinds(doc.text, doc.marked))
    if evidence:
        extracted = extract(data)
        if extracted is None:
            raise InputError([Problem(name, None, None, "the web page holds no article text the extractor can find",
                                      "save the article's own page (not a front page or a login page), "
                                      "or copy its text into a .txt file")])
        # of the evidence kept beside the text: a saved page's, one saved as MHTML (kept as the MIME message it is)
        return Reading(extracted.text, extracted.page, MHTML_SUFFIX if looks_like_mhtml(data) else PAGE_SUFFIX,
                       extracted.extractor, markup_kinds(extracted.text, extracted.marked), extracted.left_out)
    decoded, problems = decode_article(name, data)
    if decoded is None:
        if any("NUL byte" in p.message for p in problems):
            raise InputError([Problem(name, None, None, f"the file is none of the formats add-source reads: {FORMATS}",
                                      "save the article as UTF-8 text, its web page as .html, or a "
                                      "word processor's document as .docx or PDF")])
        raise InputError(problems)
    return Reading(decoded, PageMeta(), "")


def document_problems(shown: str, text: str, doc_shown: str, doc_data: bytes | None, sidecar_shown: str,
                      doc_sha256: str, extractor: str) -> list[Problem]:
    """Problems with the Word document or mail file behind a text read out of it: it must be there with the SHA-256
    the sidecar recorded; when a reader the sidecar records is not the installed one, the document is read again and
    any difference is an error, as for any changed source."""
    what, read = DOCUMENTS[Path(doc_shown).suffix]
    kept = kept_problems(what, doc_shown, doc_data, doc_sha256, sidecar_shown)
    if kept or doc_data is None:
        return kept
    if set(extractor.split(" + ")) <= INSTALLED:
        return []  # the same code made the text from the same bytes
    try:
        again: Extracted | None = read(doc_shown, doc_data)
    except InputError:
        again = None
    if again is not None and again.text == text:
        return []
    named = again.extractor if again is not None else f"{what} reader"
    return [extracted_otherwise(shown, text, again.text if again is not None else "",
                                f"{named} reads different text from {doc_shown} than {extractor} did",
                                extractor.split(" + ")[0], what)]
