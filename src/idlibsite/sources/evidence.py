"""Read an article file's bytes into exact text, or say why it cannot be.

The text is the file decoded as UTF-8, never rewritten: a UTF-8 byte-order
mark is dropped before decoding (so offsets count from the first real
character) and CRLF line ends are kept as they are.
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata

from idlibsite.errors import Problem
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


def _byte_line_col(data: bytes, at: int) -> tuple[int, int]:
    """1-based line and column of a byte offset, counting columns in characters before it."""
    line_start = data.rfind(b"\n", 0, at) + 1
    before = data[line_start:at].decode("utf-8", errors="replace")
    return data.count(b"\n", 0, at) + 1, len(before) + 1
