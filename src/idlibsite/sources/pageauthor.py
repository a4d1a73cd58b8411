"""The author a page prints, from the name the extractor read in it.

The extractor reads an author from a page's byline, its metadata or its markup, and tidies the
name: it drops an English "By", and it turns a user name into a person's ("hamza_on_the_m5" becomes
"Hamza"). Two things follow. A byline in another language keeps its own word for "by" ("بقلم سامر
الأحمد" for "بقلم: سامر الأحمد", "Yazan: …", "Автор: …"), which is no part of the name: it is taken off.
And a name the page never prints as words of their own (only inside a user name, "hamza_on_the_m5")
is the extractor's making, not the page's: it is dropped, so the byline is left for a person to fill
in rather than presented as read.
"""

from __future__ import annotations

import re

# A word of a name: two letters or more.
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# A byline's word for "by" in the languages of the corpus's sources, with its colon when it has one.
FOREIGN_BY = re.compile(r"^(?:بقلم|كتب|كتبت|كتبه|إعداد|Yazan|Автор|Текст|Par|Por|Von)\s*:?\s+(?=\S)", re.I)


def printed_author(author: str, page: str) -> str:
    """``author`` without a foreign word for "by", or "" when ``page`` (the page's characters, markup
    and metadata included) prints none of its words as a word of its own (the extractor's field may
    hold more than the name, "Author Selin Arslan; Published ;", which the byline's reader sorts out)."""
    name = _as_printed(FOREIGN_BY.sub("", author.strip()), page)
    return name if any(re.search(rf"(?<![\w@/]){re.escape(word)}(?![\w@])", page, re.I)
                       for word in _LETTERS.findall(name)) else ""


# What may stand between a byline's name and the bracket after it on a page: spaces and the tags of its link.
_TAGS = r"(?:\s|</?(?:a|span|strong|b)\b[^>]*>)*"


def _as_printed(name: str, page: str) -> str:
    """The words of ``name`` that the page prints before a bracket, when the extractor joined the bracket's place and
    role to them ("Claire Dufresne Istanbul; Correspondante" from "Claire Dufresne (Istanbul, correspondante)"); the
    name as it is when the page prints it whole."""
    words = name.split()
    if len(words) < 2 or re.search(re.escape(name), page):
        return name
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        if re.search(rf"{re.escape(prefix)}{_TAGS}\(", page):
            return prefix
    return name
