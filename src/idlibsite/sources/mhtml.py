"""A page saved as one MHTML file ("Webpage, Single File"): the saved page inside it (pure; no I/O).

Chrome and Edge save a page as "Webpage, Single File" (``.mhtml``), Internet Explorer and Word as
"Web Archive, single file" (``.mht``): a MIME message (RFC 2557) of type ``multipart/related`` whose
root part is the page's HTML, quoted-printable or base64, followed by its stylesheets and images.
Chromium names the page's address in ``Snapshot-Content-Location:`` and its DOM's charset in a
``<meta>`` it writes (its part names none); Internet Explorer names the address in the part's
``Content-Location:`` and the charset in its ``Content-Type``. The message's ``Date:`` is the day of
SAVING, never of publication: it is not read.

The standard library's ``email`` package parses the message and undoes the transfer encodings (a
hand-written reader would get soft line breaks, folded headers and boundaries wrong). The file
itself stays the evidence, byte for byte, as what it is (``corpus/<stem>.mhtml``, published as ``page.mhtml``);
what is read is the root page's bytes, as any saved page's.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import Message

from idlibsite.sources.evidence import BOM

# A MIME message's header block at the top of the file, of a multipart/related body (a mail saved as .eml is
# multipart/alternative or mixed: a message, not a saved page).
HEADER_BYTES = 4096
_MIME_HEAD = re.compile(rb"\A(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)+")
_RELATED = re.compile(rb"(?im)^content-type:\s*multipart/related\b")
_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=", re.I)
_HEAD_OPEN = re.compile(rb"<head\b[^>]*>", re.I)


@dataclass(frozen=True)
class Archived:
    """The page an MHTML file holds."""

    page: bytes  # the root HTML part, transfer encoding undone (its charset declared when only the part named it)
    address: str  # the page's address as the file names it ("" when it names none)


def mime_head(data: bytes) -> bytes:
    """The header block at the top of ``data`` when it starts like a MIME message (``Name: value`` lines), else b""."""
    head = _MIME_HEAD.match(data[:HEADER_BYTES].removeprefix(BOM))
    return head[0] if head is not None else b""


def looks_like_mhtml(data: bytes) -> bool:
    """Whether ``data`` is a MIME message of saved-page parts: a header block at the top naming multipart/related."""
    return _RELATED.search(mime_head(data)) is not None


def archived_page(data: bytes) -> Archived | None:
    """The page inside an MHTML file, or None when ``data`` is none or holds no HTML part."""
    if not looks_like_mhtml(data):
        return None
    message = email.message_from_bytes(data.removeprefix(BOM), policy=email.policy.compat32)
    root = _root(message)
    if root is None:
        return None
    page = root.get_payload(decode=True)
    if not isinstance(page, bytes):
        return None
    charset = root.get_content_charset()
    if charset and not _META_CHARSET.search(page[:1024]):  # only the part names it: the page declares it
        opened = _HEAD_OPEN.search(page[:1024])
        at = opened.end() if opened else 0
        page = page[:at] + f'<meta charset="{charset}">'.encode("ascii", "replace") + page[at:]
    address = str(message.get("Snapshot-Content-Location") or root.get("Content-Location") or "").strip()
    return Archived(page, address if re.match(r"https?://", address) else "")


def _root(message: Message) -> Message | None:
    """The message's root page: the part its ``start`` parameter names, else its first HTML part."""
    parts = [p for p in message.walk() if not p.is_multipart()]
    start = str(message.get_param("start") or "").strip("<>")
    named = [p for p in parts if start and str(p.get("Content-ID") or "").strip().strip("<>") == start]
    return next(iter(named), None) or next((p for p in parts if p.get_content_type() == "text/html"), None)
