"""What Pagefind reads of a page: its bytes minus what it surely does not read.

A search shard is indexed again when the key of its pages changes (search.py).  Keyed by each page's
SHA-256, a page changed only where Pagefind does not look (a source page's list of the claims that
quote it, inside ``data-pagefind-ignore``; the claim's title in the tooltip of each highlighted quote)
made its whole shard be indexed again, although Pagefind's output for it could not change.
:func:`view` gives a digest of the page with those parts left out.

What Pagefind reads, from its parser (``pagefind/src/fossick/parser.rs``, 1.x, on lol_html: a
tokenizer with a stack of open elements by name, which closes nothing implicitly), and what is
therefore left out:

- Text, tag names, ``id`` (anchors), ``lang`` (on ``<html>``), ``src`` and ``alt`` of ``<img>``,
  ``src``/``href`` of ``<script>``/``<link>``, and every ``data-pagefind-*`` attribute, with any
  attribute those name (``data-pagefind-meta="image[src]"``).  So a ``title`` attribute is left
  out of a tag that holds no ``data-pagefind-*`` attribute but ``HARMLESS`` ones.
- An element marked ``data-pagefind-ignore`` drops the text of everything inside it, and its anchors
  (their running count does not reach the output).  But inside it Pagefind still reads every
  ``data-pagefind-*`` attribute, the first ``<h1>`` and ``<title>`` (the result's title), the first
  ``<img>`` (its image), ``<script>``/``<link>`` addresses, and an inline element (``<span>``)
  passes the anchor around it on to its children, with their text.  So such an element's content is
  left out only when its only ``data-pagefind-*`` attribute is ``data-pagefind-ignore`` (valued as
  Pagefind reads it), it is inside ``<html>``, not ``UNSAFE``, and, if inline (``INLINE``), not held
  through inline elements by one with an ``id`` (``_no_anchor_around``), and its content is
  balanced tags (void elements never closed, none self-closing otherwise, none ``UNSAFE``, no
  ``data-pagefind-*`` but ``data-pagefind-ignore``) and text.

All of that only when the page's tokens are sure: outside comments, doctypes and raw text
(``<script>``, ``<title>``...), every ``<`` starts a tag that ends at the first ``>`` outside a quoted
value, with no quote but around a value and no ``<`` inside (``_TAG``).  Anything else (a user's
template: templates/ overrides the theme) keeps the page whole in its view, which costs no more
than a shard indexed again.  The subprocess is given no Pagefind configuration (search.py).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

ATTRIBUTE = b"data-pagefind-ignore"
IGNORED = frozenset({b"", b"index", b"true", b"all"})  # the values Pagefind reads as "drop the content"
# Pagefind's inline elements: each passes the anchors of its parent on to its children
INLINE = frozenset(
    b"a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp "
    b"script select small span strong sub sup textarea time tt var".split()
)
HARMLESS = frozenset({ATTRIBUTE, b"data-pagefind-body"})  # Pagefind attributes that name no other attribute
ANCESTORS = 64  # tags looked at back from an inline ignored element, for the element that holds it
VOID = frozenset(  # lol_html's void elements: never closed
    b"area base basefont bgsound br col embed hr img input keygen link meta param source track wbr".split()
)
RAW = (b"script", b"style", b"textarea", b"title", b"xmp", b"iframe", b"noembed", b"noframes", b"noscript")
# tags read otherwise by the tokenizer (raw text, foreign content) or by Pagefind inside an ignored
# element (a title, an image, an old bundle's address, the language)
UNSAFE = frozenset((*RAW, b"plaintext", b"svg", b"math", b"template", b"h1", b"img", b"image", b"link",
                    b"html", b"head", b"body"))
_S = rb"[\t\n\f\r ]"
# a whole tag, lower case: "/" of an end tag, its name, its attributes (a value quoted, or bare), "/"
_TAG = re.compile(rb"<(/?)([a-z][a-z0-9-]*)((?:" + _S + rb"+[^\t\n\f\r />\"'=<]+(?:" + _S + rb"*=" + _S
                  + rb"*(?:\"[^\"<]*\"|'[^'<]*'|[^\t\n\f\r \"'=<>`]+))?)*)" + _S + rb"*(/?)>")
_ATTR = re.compile(rb"([^\t\n\f\r />\"'=<]+)(?:" + _S + rb"*=" + _S + rb"*(?:\"([^\"]*)\"|'([^']*)'|([^\t\n\f\r \"'=<>`]+)))?")
_NAMES = re.compile(rb"<(/?)([a-z][a-z0-9-]*)")  # each tag's "/" (an end tag) and name, where all are whole tags
# what the tokenizer reads as other than tags: comments, doctypes and other "<!" or "<?", and raw text
_RAW_START = re.compile(rb"<!--|<[!?]|</(?![a-z])|<(" + b"|".join((*RAW, b"plaintext")) + rb")(?=[\t\n\f\r />])")
# a digest of this module's own code goes into every view: a changed scan never keeps a shard keyed by the old one
VERSION = hashlib.sha256(Path(__file__).read_bytes()).digest()


def view(data: bytes) -> str:
    """A digest (hex) of what Pagefind reads of the page ``data``: equal for two pages only when their
    bytes are equal but for parts Pagefind surely does not read."""
    digest = hashlib.sha256(VERSION)
    for part in kept_parts(data):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def kept_parts(data: bytes) -> list[bytes]:
    """``data`` cut around each ignored element's content, with the ``title`` attributes left out:
    the parts between, in order (the page whole, as one part, when its tokens are not sure)."""
    lower = data.lower()
    raw = _raw_spans(lower)
    if raw is None or not _tags_sure(lower, raw):
        return [data]
    left_out = _titles(lower, raw)  # (start, end, whether a part ends there)
    html = _html_start(lower, raw)
    found = lower.find(ATTRIBUTE)
    while found != -1:
        inner = _ignored_content(lower, found, raw, html)
        if inner is not None:
            left_out = [s for s in left_out if not inner[0] <= s[0] < inner[1]]
            left_out.append((*inner, True))
            found = inner[1]
        found = lower.find(ATTRIBUTE, found + 1)
    parts: list[bytes] = []
    piece: list[bytes] = []
    at = 0
    for start, end, cut in sorted(left_out):
        piece.append(data[at:start])
        if cut:  # an ignored element's content
            parts.append(b"".join(piece))
            piece = []
        at = end
    piece.append(data[at:])
    parts.append(b"".join(piece))
    return parts


def _raw_spans(lower: bytes) -> list[tuple[int, int]] | None:
    """Where the tokenizer reads other than tags (comments, doctypes, raw text), as sorted (start, end)
    spans of ``lower`` (the page in lower case); None when the page has any whose end is not sure."""
    if b"<![cdata[" in lower:
        return None  # text in SVG or MathML, else a comment
    spans = []
    at = 0
    while (m := _RAW_START.search(lower, at)) is not None:
        start, name = m.start(), m.group(1)
        if m.group(0) == b"<!--":
            end = lower.find(b"-->", start + 4)
            if end == -1 or lower.startswith((b"<!-->", b"<!--->"), start) or lower.find(b"--!>", start, end) != -1:
                return None  # an abrupt or odd end: not sure where the comment stops
            end += 3
        elif name is None:  # "<!doctype ...>", "<?...>", "</ ...>": to the first ">"
            end = lower.find(b">", start) + 1
        elif name == b"plaintext":
            return None  # raw text to the end of the page
        else:
            close = re.compile(rb"</" + name + rb"[\t\n\f\r />]").search(lower, m.end())
            end = lower.find(b">", close.start()) + 1 if close is not None else 0
        if end <= 0:
            return None
        spans.append((start, end))
        at = end
    return spans


def _tags_sure(lower: bytes, raw: list[tuple[int, int]]) -> bool:
    """Whether, outside ``raw``, each "<" starts a tag that ``_TAG`` matches whole."""
    at = 0
    for start, end in (*raw, (len(lower), len(lower))):
        if len(_TAG.findall(lower, at, start)) != lower.count(b"<", at, start):
            return False
        at = end
    return True


def _titles(lower: bytes, raw: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The (start, end) of each ``title`` attribute (with the space before it) of a tag outside ``raw``
    that holds no ``data-pagefind-*`` attribute but HARMLESS ones."""
    spans: list[tuple[int, int, bool]] = []
    found = lower.find(b"title")
    while found != -1:
        start = lower.rfind(b"<", 0, found)
        tag = _TAG.match(lower, start) if start != -1 and not _inside(raw, start) else None
        if tag is not None and tag.end() > found:
            attributes = list(_ATTR.finditer(lower, tag.start(3), tag.end(3)))
            if not any(a.group(1).startswith(b"data-pagefind-") and a.group(1) not in HARMLESS for a in attributes):
                spans.extend((_space_before(lower, a.start()), a.end(), False)
                             for a in attributes if a.group(1) == b"title")
            found = tag.end()
        found = lower.find(b"title", found + 1)
    return spans


def _space_before(lower: bytes, at: int) -> int:
    while lower[at - 1:at] in (b" ", b"\t", b"\n", b"\f", b"\r"):
        at -= 1
    return at


def _html_start(lower: bytes, raw: list[tuple[int, int]]) -> int:
    """Where the page's ``<html>`` start tag is (-1: none); Pagefind reads only what is inside it."""
    at = lower.find(b"<html")
    while at != -1 and (_inside(raw, at) or (m := _TAG.match(lower, at)) is None or m.group(1)
                        or m.group(2) != b"html"):
        at = lower.find(b"<html", at + 1)
    return at


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(s <= at < e for s, e in spans)


def _ignored_content(lower: bytes, found: int, raw: list[tuple[int, int]], html: int) -> tuple[int, int] | None:
    """The (start, end) of the content of the element whose open tag holds ``data-pagefind-ignore`` at
    ``found``, when Pagefind surely drops all of it; else None."""
    start = lower.rfind(b"<", 0, found)
    tag = _TAG.match(lower, start) if start != -1 else None
    if tag is None or tag.end() <= found or tag.group(1) or tag.group(4) or html == -1 or html > start:
        return None
    name = tag.group(2)
    if name in UNSAFE or name in VOID or _inside(raw, start):
        return None
    if name in INLINE and not _no_anchor_around(lower, start, raw):
        return None  # its content's text would be the text of an anchor around it
    attributes = [(a.group(1), a.group(2) or a.group(3) or a.group(4) or b"")
                  for a in _ATTR.finditer(lower, tag.start(3), tag.end(3))]
    names = [name for name, _ in attributes]
    if len(set(names)) != len(names) or dict(attributes).get(ATTRIBUTE) not in IGNORED:
        return None  # given twice (HTML reads the first), found inside another value, or valued otherwise
    if any(name.startswith(b"data-pagefind-") and name != ATTRIBUTE for name in names):
        return None  # a filter, meta or sort on the element itself reads its content
    end = _balanced_end(lower, tag.end(), tag.group(2))
    if end is None or any(tag.end() <= s < end for s, _ in raw):
        return None
    return tag.end(), end


def _no_anchor_around(lower: bytes, start: int, raw: list[tuple[int, int]]) -> bool:
    """Whether no element with an ``id`` holds the element at ``start`` through inline elements only
    (Pagefind gives an inline element the anchors of its parent), going back tag by tag from it."""
    closed: list[bytes] = []  # the end tags met, of elements closed before ``start``
    at = start
    for _ in range(ANCESTORS):
        at = lower.rfind(b"<", 0, at)
        while at != -1 and (span := next((s for s, e in raw if s <= at < e), None)) is not None:
            at = lower.rfind(b"<", 0, span)
        tag = _TAG.match(lower, at) if at != -1 else None
        if tag is None:
            return False
        name = tag.group(2)
        if tag.group(1):
            closed.append(name)
        elif name in VOID:
            continue
        elif closed:
            if closed.pop() != name:
                return False  # not nested as written: not sure which element holds which
        elif any(a.group(1) == b"id" for a in _ATTR.finditer(lower, tag.start(3), tag.end(3))):
            return False
        elif name not in INLINE:
            return True
    return False


def _balanced_end(lower: bytes, begin: int, name: bytes) -> int | None:
    """Where the end tag of the element ``name`` whose content starts at ``begin`` starts, when the
    content is nothing but text and balanced safe tags; None otherwise."""
    close = b"</" + name + b">"
    end = lower.find(close, begin)
    while end != -1 and not _balanced(lower, begin, end):
        if lower.find(b"<" + name, begin, end) == -1:
            return None  # no element of that name inside, whose end tag this would be
        end = lower.find(close, end + 1)
    if end == -1 or lower.count(b"data-pagefind-", begin, end) != lower.count(ATTRIBUTE, begin, end):
        return None  # a filter, meta, sort or body inside (Pagefind reads them even there)
    return end


def _balanced(lower: bytes, begin: int, end: int) -> bool:
    """Whether ``lower[begin:end]`` (outside raw text, where every "<" starts a whole tag: _tags_sure) is
    text and balanced tags, none of them UNSAFE nor self-closing ("<div/>" leaves the div open)."""
    if lower.find(b"/>", begin, end) != -1:
        return False
    stack: list[bytes] = []
    for closing, name in _NAMES.findall(lower, begin, end):
        if closing:
            if not stack or stack.pop() != name:
                return False
        elif name in UNSAFE:
            return False
        elif name not in VOID:
            stack.append(name)
    return not stack
