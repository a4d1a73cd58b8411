"""What a machine translator adds to a story read through it (pure).

A story pasted from a translator's output pane comes with the pane's language line ("Turkish (detected) →
English (US)", "Translate from: Turkish") and its credit ("Translated with www.DeepL.com/Translator (free
version)"); a page read through a translator's bar or proxy comes with the bar ("Translated from: Turkish",
"Show original", "Options"), its pop-up ("Original text", "Rate this translation") and an address on the
proxy's host, which spells the original's ("https://www-gundemhatay-com-tr.translate.goog/gundem/…?_x_tr_sl=tr"
is "https://www.gundemhatay.com.tr/gundem/…").  None of it is the story's, nor its title:
:func:`is_translator_line` names those lines, :func:`proxied_original` unwraps the proxy's address and
:func:`machine_translated` tells a page saved after its translation (its ``lang`` is the original's, not
the words').
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# A language's name: one or two capitalised words ("Turkish", "Chinese (Simplified)", "English (US)").
_LANGUAGE = r"[A-Z][a-zà-ž]+(?: [A-Z][a-zà-ž]+)?(?: \([\w ]{1,20}\))?"
TRANSLATOR_LINE = re.compile(
    rf"(?:{_LANGUAGE}\s*\((?i:detected|auto-detected)\)|(?i:detect(?:ed)? language)(?:\s*[:-]\s*{_LANGUAGE})?)"
    rf"\s*(?:→|->|⇄|↔|>|–|-|(?i:to))\s*{_LANGUAGE}"
    rf"|(?i:translated from|translate from|translated into|original language)\s*:?\s*{_LANGUAGE}(?:\s*(?i:to|→)\s*:?\s*{_LANGUAGE})?"
    r"|(?i:translated (?:with|by) (?:www\.)?(?:deepl|google translate|google|bing|microsoft translator|yandex)\S*.{0,40})"
    r"|(?i:show original|see original|view original(?: text)?|original text|rate this translation|options"
    r"|your feedback will be used to help improve google translate|contribute a better translation)"
)
# A translator proxy's host: the original's host with "-" for "." and "--" for "-", under translate.goog.
_PROXY_HOST = re.compile(r"(?i)(?P<host>[a-z0-9-]+)\.translate\.goog")


def is_translator_line(line: str) -> bool:
    """Whether a line is a translator's own (its language line, credit, bar or pop-up), not the story's."""
    return TRANSLATOR_LINE.fullmatch(line.strip()) is not None


def proxied_original(url: str) -> str:
    """The original page's address inside a translator proxy's (its host spelt back, its "_x_tr_" parameters left
    out); ``url`` itself when it is none."""
    parts = urlsplit(url.strip())
    m = _PROXY_HOST.fullmatch(parts.hostname or "")
    if m is None:
        return url
    host = m["host"].replace("--", "\0").replace("-", ".").replace("\0", "-")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("_x_tr_")])
    return str(urlunsplit((parts.scheme, host, parts.path, query, parts.fragment)))


# A page's root as a browser marks it once it has translated the page ("translated-ltr", "translated-rtl").
TRANSLATED_CLASS = re.compile(r"\btranslated-(?:ltr|rtl)\b")


def machine_translated(root_class: str, url: str) -> bool:
    """Whether a saved page was saved after a machine translation: its root's class says so, or its address is a
    translator proxy's."""
    return TRANSLATED_CLASS.search(root_class) is not None or proxied_original(url) != url
