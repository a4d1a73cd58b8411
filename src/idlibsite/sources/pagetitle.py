"""A page's headline without a section's or site's name that its social-card title alone adds.

The extractor takes a page's title from its metadata, first from the social card (``og:title``). Some
sites prefix that card's title with the section or community the page sits in ("r/syriawatch -
Is anyone else …", "World News | Ankara says …"), while the page's own ``<title>`` gives the same
headline with the site's name after it ("Is anyone else … : syriawatch"). A card title that the
``<title>`` does not hold whole, but whose words after (or before) one separator it does hold as a
part of its own, is that part: the words both titles agree on.  A card title the ``<title>`` holds
whole ("Recent Developments … - Flash Update No. 9" inside "Syria: Recent Developments … - Flash
Update No. 9 | OCHA") is the headline as it is, separators and all.
"""

from __future__ import annotations

import re

# The separators sites put between a headline and a site's or section's name.
SEPARATOR = re.compile(r"\s+(?:[-–—|:·•»]|::)\s+")
# Fewer words than this are a name, not a headline both titles agree on.
MIN_HEADLINE_WORDS = 4


def headline(title: str, data: bytes) -> str:
    """``title`` (the extractor's) without an affix the page's ``<title>`` does not share; ``title``
    itself when the ``<title>`` holds it whole, is missing, or shares no part of it."""
    own = _title_element(data)
    if not own or not title or _squash(title) in _squash(own):
        return title
    own_parts = {_squash(p) for p in SEPARATOR.split(own)}
    cuts = list(SEPARATOR.finditer(title))
    for cut in cuts[:1] + cuts[-1:]:  # a prefix before the first separator, a suffix after the last
        for part in (title[cut.end():], title[:cut.start()]):
            if len(part.split()) >= MIN_HEADLINE_WORDS and _squash(part) in own_parts:
                return part.strip()
    return title


def _title_element(data: bytes) -> str:
    """The words of the page's ``<title>`` ("" when it has none)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return ""
    found = root.find(".//title")
    return " ".join((found.text_content() if found is not None else "").split())


def _squash(value: str) -> str:
    return " ".join(value.split()).casefold()
