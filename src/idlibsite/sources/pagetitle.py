"""A page's headline without a section's or site's name that its social-card title alone adds.

The extractor takes a page's title from its metadata, first from the social card (``og:title``). Some
sites prefix that card's title with the section or community the page sits in ("r/syriawatch -
Is anyone else …", "World News | Ankara says …"), while the page's own ``<title>`` gives the same
headline with the site's name after it ("Is anyone else … : syriawatch"). A card title that the
``<title>`` does not hold whole, but whose words after (or before) one separator it does hold as a
part of its own, is that part: the words both titles agree on.  A card title the ``<title>`` holds
whole ("Recent Developments … - Flash Update No. 9" inside "Syria: Recent Developments … - Flash
Update No. 9 | OCHA") is the headline as it is, separators and all.

The other part of a ``<title>`` that is the headline and one name ("… - Güney Haber") is the site's name, where
the extractor finds none but the address's domain; the page must print that name elsewhere too (its logo, its
footer), or it may be a section's.
"""

from __future__ import annotations

import re

from idlibsite.sources.pageblocks import parsed

# The separators sites put between a headline and a site's or section's name.
SEPARATOR = re.compile(r"\s+(?:[-–—|:·•»]|::)\s+")
# Fewer words than this are a name, not a headline both titles agree on.
MIN_HEADLINE_WORDS = 4
# The most words of a site's name beside the headline in a <title>.
SITE_MAX_WORDS = 6
LETTER = re.compile(r"[^\W\d_]")


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


def title_site(title: str, data: bytes) -> str:
    """The site's name the page's ``<title>`` gives beside the headline ``title`` ("… - Güney Haber", "The Frontier
    Daily :: …"), when the page prints that name elsewhere too (its logo, its footer); "" when it gives none."""
    own = _title_element(data)
    parts = SEPARATOR.split(own)
    if len(parts) != 2 or not title:
        return ""
    rest = [p.strip() for p in parts if _squash(p) != _squash(title)]
    if len(rest) != 1 or not LETTER.search(rest[0]) or len(rest[0].split()) > SITE_MAX_WORDS:
        return ""
    page = " ".join(data.decode("utf-8", "replace").split())
    return rest[0] if page.casefold().count(_squash(rest[0])) >= 2 else ""


def _title_element(data: bytes) -> str:
    """The words of the page's ``<title>`` ("" when it has none), read as UTF-8 (the bytes :func:`.charsets.utf8_page`
    hands on; lxml alone would read UTF-8 that declares no charset as Latin-1)."""
    root = parsed(re.sub(r"\A\s*<\?xml[^>]*>", "", data.decode("utf-8", "replace")))
    found = None if root is None else root.find(".//title")
    return " ".join((found.text_content() if found is not None else "").split())


def _squash(value: str) -> str:
    """``value`` as titles are compared: its words, one space between each, case folded."""
    return " ".join(value.split()).casefold()
