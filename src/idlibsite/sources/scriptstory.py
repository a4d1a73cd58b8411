"""The story of a page built by script, read from the data blob it was built from (pure but for parsing).

A site built by script (Next.js, a store's "initial state") sends the story as data inside the page, in
``<script id="__NEXT_DATA__" type="application/json">`` or ``window.__INITIAL_STATE__ = {…}``, and draws it on screen
only when its script runs. A page saved before that, or saved without its scripts, has a skeleton for a body
("Loading…", grey blocks): the extractor finds no article in it. The story is still in the blob: a list whose items are
paragraphs (strings, or objects with a ``text``) beside the headline, the authors and the dates. The list with the most
paragraphs is the story's body (related stories' headlines are no paragraphs: they do not run to a sentence); an item
whose type names a heading is a subheading; the object holding the list gives the headline, the authors and the day it
was published.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from idlibsite.sources.reflow import STOP_END

_NEXT_DATA = re.compile(rb"""<script\b[^>]*\bid=["']__NEXT_DATA__["'][^>]*>(.*?)</script>""", re.S | re.I)
_STATE = re.compile(rb"""window\.__(?:INITIAL|PRELOADED|APOLLO)_STATE__\s*=\s*(\{.*?\})\s*;?\s*</script>""", re.S)
PARAGRAPH_WORDS = 8  # an item with fewer words is no paragraph (a label, a related story's headline)
MIN_PARAGRAPHS = 2
TEXT_KEYS = ("text", "content", "value", "html", "body")
TITLE_KEYS = ("headline", "title")
DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "firstPublished",
             "date")
AUTHOR_KEYS = ("authors", "author", "byline", "creator")
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class ScriptStory:
    """What a page's data blob gives of its story."""

    title: str
    author: str
    date: str  # YYYY-MM-DD, or ""
    blocks: tuple[tuple[str, str], ...]  # (words, "body" or "subheading") in order


def script_story(data: bytes) -> ScriptStory | None:
    """The story a page's data blob holds, or None when it holds none (no blob, or no list of paragraphs)."""
    best: tuple[int, dict[str, Any], list[Any]] | None = None
    for blob in [m[1] for m in _NEXT_DATA.finditer(data)] + [m[1] for m in _STATE.finditer(data)]:
        try:
            root = json.loads(blob.decode("utf-8", "replace"))
        except ValueError:
            continue
        for holder, items in _lists(root):
            count = sum(_is_paragraph(_words(i)) for i in items)
            if count >= MIN_PARAGRAPHS and (best is None or count > best[0]):
                best = (count, holder, items)
    if best is None:
        return None
    _, holder, items = best
    blocks = tuple((words, "subheading" if _heading(item) else "body") for item in items
                   if (words := _words(item)) and (_heading(item) or _is_paragraph(words)))
    return ScriptStory(_first(holder, TITLE_KEYS), _author(holder), _day(_first(holder, DATE_KEYS)), blocks)


def _lists(node: Any, holder: dict[str, Any] | None = None):  # type: ignore[no-untyped-def]
    """Every list in the blob, with the object that holds it."""
    if isinstance(node, dict):
        for value in node.values():
            yield from _lists(value, node)
    elif isinstance(node, list):
        yield (holder or {}), node
        for value in node:
            yield from _lists(value, holder)


def _words(item: Any) -> str:
    """The words of a list's item: a string, or an object's text field, markup taken out."""
    text = item if isinstance(item, str) else next(
        (item[k] for k in TEXT_KEYS if isinstance(item, dict) and isinstance(item.get(k), str)), "")
    return " ".join(_TAGS.sub(" ", text).split())


def _is_paragraph(words: str) -> bool:
    """Whether an item's words are a paragraph: PARAGRAPH_WORDS words or more, ending like a sentence."""
    return len(words.split()) >= PARAGRAPH_WORDS and STOP_END.search(words) is not None


def _heading(item: Any) -> bool:
    """Whether an item's type names a heading ("heading", "subheading", "h2")."""
    kind = str(item.get("type") or item.get("kind") or "") if isinstance(item, dict) else ""
    return bool(re.fullmatch(r"(?i)(sub)?head(ing|er)?|h[2-6]", kind))


def _first(holder: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The words of the first of ``keys`` whose value in ``holder`` is a string with words ("" when none is)."""
    return next((" ".join(holder[k].split()) for k in keys if isinstance(holder.get(k), str) and holder[k].strip()), "")


def _author(holder: dict[str, Any]) -> str:
    """The names the object gives for its authors (a string, an object with a name, or a list of either)."""
    for key in AUTHOR_KEYS:
        value = holder.get(key)
        values = value if isinstance(value, list) else [value] if value else []
        names = [v if isinstance(v, str) else v.get("name", "") for v in values if isinstance(v, (str, dict))]
        if any(names):
            return " and ".join(n for n in names if n)
    return ""


def _day(value: str) -> str:
    """The day (YYYY-MM-DD) an ISO date or time stamp opens with ("2020-03-05T09:12:00Z"), or ""."""
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
    return m[1] if m else ""
