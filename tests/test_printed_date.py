"""A date a saved page prints under its headline, outside the extracted text and in no metadata htmldate reads, dates
the page (sources/printeddate.py).  Every text here is ours."""

import lxml.html
import pytest

from idlibsite.sources.printeddate import printed_date
from idlibsite.sources.webpage import extract

STORY = ("<p>Units of the army repelled an attack on their positions around the town on Thursday, the agency's "
         "correspondent said, adding that several vehicles had been destroyed.</p>"
         "<p>Engineers were clearing the roads and villages around the town of mines, the correspondent added.</p>")


def page(lang: str, before: str, after: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Army repels attack</title></head>'
            f"<body>{before}<h1>Army repels attack near the town</h1>{after}<div class=\"entry\">{STORY}</div>"
            "</body></html>")


@pytest.mark.parametrize("lang, line, iso", [
    ("ar", '<div class="post-meta"><span class="date">٥ آذار ٢٠٢٠</span></div>', "2020-03-05"),
    ("de", '<p class="autor">Von Anna Keller</p><div class="meta">05.03.2020, 19:45 Uhr</div>', "2020-03-05"),
    ("fr", "<p class=meta>Publié le 01/03/2020 à 18:42, mis à jour le 02/03/2020 à 07:15</p>", "2020-03-01"),
])
def test_the_date_line_under_the_headline_dates_the_page(lang: str, line: str, iso: str) -> None:
    assert printed_date(lxml.html.document_fromstring(page(lang, "", line)), lang) == iso
    extracted = extract(page(lang, "", line).encode("utf-8"))
    assert extracted is not None and (extracted.page.date or extracted.page.printed) == iso


@pytest.mark.parametrize("lang, before, after", [
    ("en", '<div class="today">Thursday, 10 December 2020</div>', ""),        # a masthead's day, above the headline
    ("en", "", "<p>The talks on 5 March 2020 ended without a statement.</p>"),  # a sentence, no date line
    ("en", "", '<div class="meta">03/05/2020</div>'),                          # English: month or day first?
])
def test_no_date_line_under_the_headline_gives_none(lang: str, before: str, after: str) -> None:
    assert printed_date(lxml.html.document_fromstring(page(lang, before, after)), lang) == ""
