"""Read an article file's bytes into exact text, or say why it cannot be.

The text is the file decoded as UTF-8, never rewritten: a UTF-8 byte-order
mark is dropped before decoding (so offsets count from the first real
character) and CRLF line ends are kept as they are.
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata

from idlibsite.errors import Problem, line_col
from idlibsite.sources.legacytext import likely_codepage

BOM = codecs.BOM_UTF8
INVISIBLE = ("Cf", "Cc", "Zs", "Zl", "Zp")  # format and control characters, and every kind of space


def decode_article(display_path: str, data: bytes) -> tuple[str | None, list[Problem]]:
    """The exact text of an article's bytes, or the problems that prevent it."""
    body = data[len(BOM) :] if data.startswith(BOM) else data
    if not body.strip():
        return None, [
            Problem(display_path, None, None, "the article file is empty",
                    "copy the article's text into the file, or remove the file and its sidecar")
        ]
    nul = body.find(b"\0")
    if nul >= 0:
        line, col = _byte_line_col(body, nul)
        return None, [
            Problem(display_path, line, col, "the file has a NUL byte: it looks binary, not an article text",
                    "save the article as plain UTF-8 text (copy the text, not a PDF or word-processor file)")
        ]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _byte_line_col(body, exc.start)
        name, label = likely_codepage(body)
        return None, [
            Problem(display_path, line, col,
                    f"the file is not valid UTF-8 (byte 0x{body[exc.start]:02x} cannot start a character here)",
                    f"re-save the file as UTF-8; its bytes read as {label} text (e.g. `iconv -f {name} -t UTF-8`), "
                    "then check the text")
        ]
    if not any(not ch.isspace() and unicodedata.category(ch) not in INVISIBLE for ch in text):
        return None, [
            Problem(display_path, None, None,
                    "the article file holds only blank or invisible characters (Unicode spaces, zero-width "
                    "characters)", "copy the article's text into the file, or remove the file and its sidecar")
        ]
    return text, []


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def kept_problems(what: str, shown: str, data: bytes | None, sha256: str, sidecar_shown: str) -> list[Problem]:
    """Problems with the evidence a text was extracted from (``what``: "saved page", "PDF"), kept byte for
    byte as ``shown``: it must be there (``data`` not None) with the SHA-256 its sidecar recorded."""
    if data is None:
        return [Problem(sidecar_shown, None, None, f"the {what} {shown} is missing",
                        "restore it from version control: it is the evidence the text was extracted from")]
    return changed_since_added(shown, what, data, sha256, f"a {what}")


def changed_since_added(shown: str, what: str, data: bytes, sha256: str, called: str) -> list[Problem]:
    """The problem of ``data`` (``what``: "extracted text", "PDF"; ``called`` in the hint: "it", "a PDF"), kept as
    ``shown``, whose SHA-256 is no longer the ``sha256`` its sidecar recorded when it was added; [] when it is."""
    now = sha256_hex(data)
    if now == sha256:
        return []
    return [Problem(shown, None, None,
                    f"the {what} changed since it was added (sha256 {sha256[:12]}… is now {now[:12]}…)",
                    f"restore it from version control; {called} is evidence and is never edited")]


def extracted_otherwise(shown: str, text: str, new: str, message: str, library: str, what: str) -> Problem:
    """The problem of a text that the installed extractor extracts otherwise from the same evidence: where
    the two first differ, ``message`` (who extracts what, from where), and how to build as before
    (``library``: the recorded extractor's "name version")."""
    at = next((i for i, (a, b) in enumerate(zip(text, new)) if a != b), min(len(text), len(new)))
    line, col = line_col(text, at)
    return Problem(shown, line, col, f"{message} (the text is kept; nothing is re-anchored)",
                   f"build with {library} as before (pip install '{library.replace(' ', '==')}'), or add the "
                   f"{what} again as a new source and move its statements after checking the words")


def _byte_line_col(data: bytes, at: int) -> tuple[int, int]:
    """1-based line and column of a byte offset, counting columns in characters before it."""
    line_start = data.rfind(b"\n", 0, at) + 1
    before = data[line_start:at].decode("utf-8", errors="replace")
    return data.count(b"\n", 0, at) + 1, len(before) + 1
