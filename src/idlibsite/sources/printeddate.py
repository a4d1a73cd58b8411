"""The date a saved page prints under its headline, where neither its metadata nor its article text gives one (pure).

A site may print the date in its own element between the headline and the story ("<span class="date">٥ آذار
٢٠٢٠</span>"), which the extractor leaves out of the article's text, and write it in no metadata htmldate reads (it
reads dates in English and in numbers). The first element after the page's first <h1> whose words are a date line
(:func:`.datelines.is_date_line`, in any language the date words know) gives the day, read day first where the page's
language writes dates so; so does the date field of a byline that prints one ("By A. Writer | Example Gazette | 29
February 2020"). A date printed above the headline (a masthead's "today") is not read: it is often the day
the page was saved.
"""

from __future__ import annotations

import lxml.html

from idlibsite.sources.bylinefields import byline_fields
from idlibsite.sources.datelines import day_first, find_dates, is_date_line

# How many elements after the headline may hold its date line (a kicker, a byline, a share bar come first).
AFTER_HEADLINE = 12


def printed_date(root: lxml.html.HtmlElement | None, language: str) -> str:
    """The day (YYYY-MM-DD) of the first date line right under the page's first <h1>; "" when none or when it reads two
    ways (``language``: the page's <html lang>)."""
    heads = [] if root is None else root.xpath("//h1[1]")
    following = heads[0].xpath(f"following::*[position() <= {AFTER_HEADLINE}]") if heads else []
    for element in following:
        words = " ".join(element.text_content().split())
        fields = byline_fields(words) if words and not is_date_line(words) else None  # "By A. Writer | Outlet | date"
        words = fields.dates[0] if fields is not None and fields.dates else words
        if words and is_date_line(words):
            readings = find_dates(words)[0].readings
            readings = readings[:1] if len(readings) == 2 and day_first(words, language) else readings
            return readings[0].iso if len(readings) == 1 else ""
    return ""
