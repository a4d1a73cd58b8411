"""A saved page in a legacy encoding, read as its site meant it.

A page that is valid UTF-8 is read as it is (every page of the corpus so far). A page that is not
is decoded the way the HTML standard has browsers decode it, before anything reads its words: by
the charset its ``<meta charset>``, ``<meta http-equiv="Content-Type">`` or XML declaration names
(``iso-8859-1`` and ``iso-8859-9`` read as the Windows code pages that extend them, as browsers
do); and a page that declares none by the legacy code page of the language its ``<html lang>``
names (a Turkish page's ISO-8859-9 bytes are not the Central European code page a statistical
guess may take them for: "Erdoğan" is not "Erdođan"). A page that is not UTF-8 and names neither
a charset nor a language is left to the extractor's own guess, as before.

The decoded page is handed on as UTF-8 bytes whose declaration says so (the declaration's charset
rewritten in place, or a ``<meta charset="utf-8">`` put inside ``<head>`` on the same line), so that
every reader of the bytes (trafilatura, htmldate, lxml) reads the same characters and the page's
line numbers stay the same. The saved file itself is never changed: it is the evidence.
"""

from __future__ import annotations

import codecs
import re

# The charset a page declares: <meta charset="…">, or the Content-Type of <meta http-equiv>, within
# the first bytes of the page (where the HTML standard's prescan looks), or an XML declaration's.
PRESCAN_BYTES = 1024
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_HTML_LANG = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})\b""", re.I)
_HEAD_OPEN = re.compile(rb"<head\b[^>]*>", re.I)
_HTML_OPEN = re.compile(rb"<html\b[^>]*>", re.I)
# Labels the HTML standard reads as another encoding: browsers decode these as the Windows code
# page that extends them (its 0x80-0x9F are quotes and dashes where the ISO set has controls).
_STANDARD_LABELS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "ascii": "cp1252", "us-ascii": "cp1252", "iso-8859-9": "cp1254", "iso8859-9": "cp1254", "latin5": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
}
# The legacy encoding of a page in each language that has its own (the HTML standard's suggested
# default encoding for the language's locale); any other language's is windows-1252.
_BY_LANGUAGE = {
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "tt"), "cp1251"),
    **dict.fromkeys(("tr", "az"), "cp1254"),
    **dict.fromkeys(("cs", "sk", "pl", "hu", "hr", "sl", "ro"), "cp1250"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "el": "cp1253", "he": "cp1255", "iw": "cp1255", "th": "cp874", "vi": "cp1258",
    "ja": "shift_jis", "ko": "euc_kr", "zh": "gb18030",
}
_WESTERN = "cp1252"


def page_encoding(data: bytes) -> str:
    """The encoding a page that is not UTF-8 is read in ("" when it is UTF-8, or names neither a
    charset nor a language)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ""  # a byte-order mark says more than any declaration: the extractor reads it
    try:
        data.decode("utf-8")
        return ""
    except UnicodeDecodeError:
        pass
    head = data[:PRESCAN_BYTES]
    declared = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if declared and (codec := _codec(declared[1].decode("ascii").lower())):
        return "" if codec.startswith("utf") else codec  # UTF-8 declared and broken: no evidence of another
    lang = _HTML_LANG.search(head)
    return _BY_LANGUAGE.get(lang[1].decode("ascii").lower(), _WESTERN) if lang else ""


def utf8_page(data: bytes) -> bytes:
    """The page as UTF-8 bytes that declare it; the page itself when it is UTF-8 already or its
    encoding cannot be told from what it declares (:func:`page_encoding`)."""
    codec = page_encoding(data)
    if not codec:
        return data
    text = data.decode(codec, errors="replace").encode("utf-8")
    head = text[:PRESCAN_BYTES * 4]  # the same prescan, in bytes that may have grown
    declared = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if declared:
        return text[:declared.start(1)] + b"utf-8" + text[declared.end(1):]
    opened = _HEAD_OPEN.search(head) or _HTML_OPEN.search(head)
    at = opened.end() if opened else 0
    return text[:at] + b'<meta charset="utf-8">' + text[at:]


def _codec(label: str) -> str:
    """Python's codec for a declared charset label ("" for a label no codec knows)."""
    if label in _STANDARD_LABELS:
        return _STANDARD_LABELS[label]
    try:
        return codecs.lookup(label).name
    except LookupError:
        return ""
