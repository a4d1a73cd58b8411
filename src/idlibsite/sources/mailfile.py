"""A mail saved as a file (.eml) given to add-source: a press office's release, a forwarded statement (pure).

A mail client saves a message as RFC 5322 headers and a MIME body: a text part, or ``multipart/alternative`` (a plain
version and the HTML the sender wrote), or ``multipart/mixed`` (a cover note and attachments), each part in a transfer
encoding (quoted-printable with its soft line breaks, base64). The standard library's ``email`` package parses it and
undoes the encodings (a reader written here would get folded headers, boundaries and soft breaks wrong). What is read:

- the body: its HTML part when there is one (the sender's own version: curly quotation marks, headings), read by the
  page extractor as a saved page's; else its plain part, as a text copy is read (a forwarded message's header block
  stays in it: who sent what, when);
- a Word document attached (a release sent as a ``.docx``): its text too, BEFORE the body, as the release is the
  article and the body its cover note (whose words stay in the text, so a quotation of the mail anchors).

The message's ``Date:`` dates the page when the text states no date (a press office's mail is sent the day it releases
it). Its headers otherwise are not part of the text. The file itself stays the evidence, byte for byte
(``corpus/<stem>.eml``).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from dataclasses import replace
from email.message import EmailMessage

from idlibsite.errors import InputError, Problem
from idlibsite.sources.evidence import BOM
from idlibsite.sources.metadata import PageMeta
from idlibsite.sources.mhtml import looks_like_mhtml, mime_head
from idlibsite.sources.webpage import Extracted, extract
from idlibsite.sources.worddoc import looks_like_docx, read_docx

READING = 1  # this module's reading of a mail; raise it when that changes
READER = f"email + idlibsite eml {READING}"
_SENT_BY_CLIENT = (re.compile(rb"(?im)^from:"), re.compile(rb"(?im)^mime-version:"))


def looks_like_mail(data: bytes) -> bool:
    """Whether ``data`` is a mail as a client saves it: a header block at the top naming its sender and its MIME
    version (a text copy of a mail, pasted, has no MIME-Version line), and not a page saved as MHTML."""
    head = mime_head(data)
    return all(p.search(head) for p in _SENT_BY_CLIENT) and not looks_like_mhtml(data)


def read_mail(name: str, data: bytes) -> Extracted:
    """The text of a mail file: a Word document attached, then the body (HTML part, else plain)."""
    message = email.message_from_bytes(data.removeprefix(BOM), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    texts: list[str] = []
    readers = [READER]
    marked: tuple[tuple[str, str], ...] = ()
    page = PageMeta()
    for part in message.iter_attachments():
        attached = part.get_payload(decode=True)
        if isinstance(attached, bytes) and looks_like_docx(attached):
            doc = read_docx(f"{name}: {part.get_filename() or 'attachment'}", attached)
            texts.append(doc.text)
            readers.append(doc.extractor)
            marked += doc.marked
    body = message.get_body(preferencelist=("html", "plain"))
    if body is not None and body.get_content_type() == "text/html":
        extracted = extract(b'<meta charset="utf-8">' + str(body.get_content()).encode("utf-8"))
        if extracted is not None:
            texts.append(extracted.text)
            readers.append(extracted.extractor)
            marked += extracted.marked
            page = extracted.page
    elif body is not None:
        texts.append(str(body.get_content()))
    text = "\n\n".join(t.replace("\r\n", "\n").strip("\n") for t in texts if t.strip())
    if not text:
        raise InputError([Problem(name, None, None, "the mail holds no text and no Word document",
                                  "save the release it sends as a file of its own and add that")])
    return Extracted(text + "\n", replace(page, date=page.date or _sent(message)), " + ".join(readers), (), marked)


def _sent(message: EmailMessage) -> str:
    """The day the message was sent, YYYY-MM-DD, as its ``Date:`` header states it ("" when it states none)."""
    try:
        sent = email.utils.parsedate_to_datetime(str(message["Date"] or ""))
    except (TypeError, ValueError):
        return ""
    return sent.date().isoformat()
