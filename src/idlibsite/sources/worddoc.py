"""A word processor's document given to add-source: a Word document (.docx) read, the older and other formats refused.

A ``.docx`` is a zip of WordprocessingML parts. mammoth (pure Python, kept up) reads it into plain, clean HTML: the
paragraphs' styles as headings (``Heading 1`` as ``<h1>``; ``Title`` and ``Subtitle`` mapped here), list numbering as
``<ul>``/``<ol>``, tables, footnotes and endnotes; the page extractor then reads that page as any saved page's, so a
release's headline, headings and list items get the block kinds a web page's markup gives them. A reader written here
would have to know styles inherited through ``basedOn``, numbering definitions, fields, and runs split anywhere in a
word. The header and footer parts (letterhead, page numbers) are not read: they are the document's furniture. A
footnote's mark is left out of the running text (a quotation across it still anchors); the notes follow the text,
each opening with its number. The file itself stays the evidence, byte for byte (``corpus/<stem>.docx``).
"""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import replace
from importlib.metadata import version

from idlibsite.errors import InputError, Problem
from idlibsite.sources.pageblocks import words
from idlibsite.sources.webpage import Extracted, extract

READING = 1  # this module's reading of mammoth's HTML (its footnotes); raise it when that changes
READER = f"mammoth {version('mammoth')} + idlibsite docx {READING}"
# Word's headline styles, by name and by id (a document written without styles.xml names them only by id)
STYLE_MAP = "\n".join(f"{match} => {tag}:fresh" for style, tag in (("Title", "h1"), ("Subtitle", "h2"))
                      for match in (f"p[style-name='{style}']", f"p.{style}"))
NOTES = ("footnote", "endnote")  # mammoth's ids: a note's item "footnote-1", its mark's link "#footnote-1"
DOCUMENT_PART = "word/document.xml"  # the part every Word document's zip holds
RESAVE = "open it in a word processor and save it as a Word document (.docx) or as PDF, then add that file"


def looks_like_docx(data: bytes) -> bool:
    """Whether ``data`` is a Word document: a zip holding ``word/document.xml``."""
    return data[:4] == b"PK\x03\x04" and DOCUMENT_PART in _names(data)


def unread_format(data: bytes) -> str:
    """What ``data`` is when it is a word processor's document this module does not read ("" when it is none)."""
    if data[:8] == bytes.fromhex("d0cf11e0a1b11ae1"):
        return "a Word 97-2003 document (.doc), or another file in Office's old binary format"
    if data[:5] == b"{\\rtf":
        return "a Rich Text Format document (.rtf)"
    if data[:4] != b"PK\x03\x04":
        return ""
    names = _names(data)
    if DOCUMENT_PART in names:
        return ""
    if data[30:38] == b"mimetype" and b"opendocument" in data[38:120]:
        return "an OpenDocument file (.odt)"
    if not names:
        return "a zip archive or Word document that cannot be opened (damaged or cut short)"
    return "a zip archive that is not a Word document (a Pages document is one)"


def refused(name: str, what: str) -> InputError:
    """add-source's refusal of ``name``, a document of a format it does not read (``what``: :func:`unread_format`)."""
    return InputError([Problem(name, None, None, f"{what} is not read", RESAVE)])


def read_docx(name: str, data: bytes) -> Extracted:
    """The text of a Word document, read by mammoth to HTML and by the page extractor out of that."""
    page, notes = docx_page(name, data)
    extracted = extract(page)
    if extracted is None:
        raise InputError([Problem(name, None, None, "the Word document holds no text", RESAVE)])
    return replace(extracted, extractor=f"{READER} + {extracted.extractor}",
                   marked=extracted.marked + tuple((words(note), "footnote") for note in notes))


def docx_page(name: str, data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The Word document as one HTML page: mammoth's HTML, the footnotes' marks out of the text and the notes after
    it, each opening with its number (also given apart: the notes as the page shows them)."""
    import lxml.html  # noqa: PLC0415  (imported here: a build that reads no document does not load them)
    import mammoth  # noqa: PLC0415

    try:
        converted = mammoth.convert_to_html(io.BytesIO(data), style_map=STYLE_MAP)
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError([Problem(name, None, None, f"the Word document cannot be read ({exc})", RESAVE)]) from exc
    root = lxml.html.fragment_fromstring(converted.value or "<p></p>", create_parent="article")
    notes: list[str] = []
    for item in root.xpath(" | ".join(f'//li[starts-with(@id, "{n}-")]' for n in NOTES)):
        for back in item.xpath(" | ".join(f'.//a[starts-with(@href, "#{n}-ref-")]' for n in NOTES)):
            back.drop_tree()
        notes.append(f"{len(notes) + 1} {words(item.text_content())}")
        listing = item.getparent()
        item.drop_tree()
        if len(listing) == 0:
            listing.drop_tree()
    for mark in root.xpath(" | ".join(f'//a[starts-with(@href, "#{n}-")]' for n in NOTES)):
        holder = mark.getparent()
        mark.drop_tree()
        while holder is not None and holder.tag == "sup" and len(holder) == 0 and not (holder.text or "").strip():
            above = holder.getparent()
            holder.drop_tree()
            holder = above
    for note in notes:  # after the text, inside the document as they are
        root.append(lxml.html.fragment_fromstring(f"<p>{html.escape(note)}</p>"))
    first = root.find(".//h1")  # the headline: the first paragraph styled Title or Heading 1, as the page's <title>
    title = html.escape(words(first.text_content())) if first is not None else ""
    body = lxml.html.tostring(root, encoding="unicode")
    page = f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>\n'
    return page.encode("utf-8"), tuple(notes)


def _names(data: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.namelist()
    except (zipfile.BadZipFile, ValueError):
        return []
