"""The lines an encyclopedia's article brings when copied from the browser, by the marks the wiki prints (pure).

Select-all on a wiki's article copies, besides its paragraphs: the site's tagline ("From Wikipedia, the free
encyclopedia") and "Jump to navigation Jump to search"; each section heading with its edit link run on ("Background[edit]",
"Aftermath[edit source]"); the references, one a line, each opening with a caret ("^ a b "Title". Example Times. 8
February 2020. Retrieved 9 March 2020."); the revision's address ('Retrieved from "https://…&oldid=…"'); the
categories run together; the last edit's day and the licence. Each of these lines is known by its own marks, so no
context is needed: a heading is a subheading, a reference a footnote, the revision's address its URL, the rest chrome
or a note.
"""

from __future__ import annotations

import re

EDIT_LINK = re.compile(r"\S.{0,100}?\[edit(?: source)?\]")
REFERENCE = re.compile(r"\^\s+\S.*")
REVISION = re.compile(r"Retrieved from [\"“](https?://\S+?)[\"”]\.?")
CHROME = re.compile(r"From Wikipedia, the free encyclopedia|Jump to navigation\s*Jump to search|Jump to content"
                    r"|(?:Hidden )?[Cc]ategories?: .+|This page was last edited on .{6,60}")
LICENCE = re.compile(r"Text is available under the Creative Commons .+")


def wiki_kind(line: str) -> str:
    """The kind of a wiki article's line that is none of its paragraphs ("subheading", "footnote", "url", "chrome",
    "note"), or "" for any other line."""
    stripped = line.strip()
    if EDIT_LINK.fullmatch(stripped):
        return "subheading"
    if REFERENCE.fullmatch(stripped):
        return "footnote"
    if REVISION.fullmatch(stripped):
        return "url"
    if CHROME.fullmatch(stripped):
        return "chrome"
    return "note" if LICENCE.fullmatch(stripped) else ""

